// Client-side routes are real paths (/about). The API serves index.html for every GET outside /graphql,
// /health and /api/ (apps/api serve-web-app.ts), and Vite's dev server does the same, so a reload or a
// shared link opens the right page. Another static host needs the same fallback rule.

export interface AppLocation {
  /** Starts with "/", no trailing slash, percent-decoded. */
  path: string;
  query: URLSearchParams;
}

// pushState fires no event; the router listens for this one as well as popstate (back and forward).
const NAVIGATE_EVENT = 'ita:navigate';

export function parseLocation(pathname: string, search = ''): AppLocation {
  let path = pathname.startsWith('/') ? pathname : `/${pathname}`;
  if (path.length > 1) path = path.replace(/\/+$/, '') || '/';
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape stays as typed; it matches no route.
  }
  return { path, query: new URLSearchParams(search) };
}

export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

export function subscribeToLocation(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

/** A string that changes whenever the route does (useSyncExternalStore compares snapshots with Object.is). */
export function locationSnapshot(): string {
  return `${window.location.pathname}${window.location.search}`;
}
