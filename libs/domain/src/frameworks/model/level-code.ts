export type LevelCode =
  'AA' | 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'EXCELLENT' | 'GOOD' | 'PASS' | 'NEEDS_IMPROVEMENT' | 'URGENT_IMPROVEMENT';
