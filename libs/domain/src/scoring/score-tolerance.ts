/** A published score may differ from the derived one by this much (one unit of the last published decimal). */
export const SCORE_TOLERANCE = 0.01;
