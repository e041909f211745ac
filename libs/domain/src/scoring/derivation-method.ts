/** How an effective value was obtained. */
export type DerivationMethod = 'PUBLISHED' | 'FROM_POINTS' | 'MEAN_OF_INDICATORS' | 'MEAN_OF_PARTS' | 'WEIGHTED_TOOLS' | 'RUBRIC';
