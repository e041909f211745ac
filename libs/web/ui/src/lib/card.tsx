import type { ReactNode } from 'react';

export interface CardProps {
  title?: ReactNode;
  /** Heading level of the title, so the page keeps a sensible outline. */
  headingLevel?: 2 | 3;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

export function Card({ title, headingLevel = 2, actions, children, className }: CardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={['ita-card', className].filter(Boolean).join(' ')}>
      {(title || actions) && (
        <header className="ita-card__header">
          {title && <Heading className="ita-card__title">{title}</Heading>}
          {actions && <div className="ita-card__actions">{actions}</div>}
        </header>
      )}
      <div className="ita-card__body">{children}</div>
    </section>
  );
}
