/** The value, or a thrown error naming what was missing (instead of a non-null assertion in tests). */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`missing: ${what}`);
  return value;
}
