/**
 * How a tool's 0–100 score is formed from lower-level scores.
 * MEAN_OF_PARTS: unweighted mean of the tool's parts when all parts are given, otherwise the mean of its indicators.
 */
export type ToolScoring =
  { readonly method: 'MEAN_OF_INDICATORS' } | { readonly method: 'MEAN_OF_PARTS'; readonly otherwise: 'MEAN_OF_INDICATORS' };
