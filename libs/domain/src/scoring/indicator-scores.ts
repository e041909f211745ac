/** Indicator number (1–10) → 0–100 score; absent or null = not published. */
export type IndicatorScores = Readonly<Partial<Record<number, number | null>>>;
