/**
 * A pure function of a text, remembered for the texts a file repeats on every row (its year, provinces, types).
 * Everything is forgotten once `limit` texts are held, so that a file of distinct values cannot grow it for ever.
 * Callers must not change what it returns: the same value is handed out again.
 */
export function memoByText<T>(compute: (text: string) => T, limit = 1000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined || known.has(text)) return hit as T;
    if (known.size >= limit) known.clear();
    const value = compute(text);
    known.set(text, value);
    return value;
  };
}
