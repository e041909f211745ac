export type AssessedField = 'total' | 'iit' | 'eit' | 'oit' | 'level';
