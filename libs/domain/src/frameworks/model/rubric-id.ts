export type RubricId = 'RATING_AA_F' | 'PASS_LEVELS';
