import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from './history-location';
import { useLocation } from './use-location';

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** An app path such as "/about"; may carry a query. */
  to: string;
}

function opensElsewhere(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
}

/**
 * A real anchor (so opening in a new tab, copying the link and crawling work) that navigates without a
 * page load on a plain click, and marks itself as the current page.
 */
export function Link({ to, children, onClick, target, ...rest }: LinkProps) {
  const { path } = useLocation();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || opensElsewhere(event) || (target && target !== '_self')) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} target={target} aria-current={path === to ? 'page' : undefined} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}
