import type { ReactNode } from 'react';

export interface NoticeProps {
  /** `error` and `warning` are announced at once (role="alert"), `info` politely. */
  tone?: 'info' | 'warning' | 'error';
  title?: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
}

export function Notice({ tone = 'info', title, children, action }: NoticeProps) {
  return (
    <div className={`ita-notice ita-notice--${tone}`} role={tone === 'info' ? 'status' : 'alert'}>
      {title && <p className="ita-notice__title">{title}</p>}
      {children && <div className="ita-notice__body">{children}</div>}
      {action && <div className="ita-notice__action">{action}</div>}
    </div>
  );
}
