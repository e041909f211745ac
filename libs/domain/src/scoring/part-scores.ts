/** Part number (1, 2) → 0–100 score of that part of a tool; absent or null = not published. */
export type PartScores = Readonly<Partial<Record<number, number | null>>>;
