/** The analytics run an import asks for has a deterministic id, so a retried import does not ask twice. */
export function analyticsJobId(importId: string): string {
  return `analytics-after-${importId}`;
}
