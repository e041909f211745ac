export interface DerivedToolScore {
  readonly value: number;
  readonly method: 'MEAN_OF_INDICATORS' | 'MEAN_OF_PARTS';
}
