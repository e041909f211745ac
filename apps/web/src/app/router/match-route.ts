export type RouteParams = Record<string, string>;

/**
 * Matches a path against a pattern such as "/organisations/:code". Segments starting with ":" capture
 * one path segment; everything else must be equal. Returns the captured params, or null.
 */
export function matchRoute(pattern: string, path: string): RouteParams | null {
  const patternParts = pattern.split('/').filter(Boolean);
  const pathParts = path.split('/').filter(Boolean);
  if (patternParts.length !== pathParts.length) return null;
  const params: RouteParams = {};
  for (const [index, part] of patternParts.entries()) {
    const segment = pathParts[index];
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part !== segment) return null;
  }
  return params;
}
