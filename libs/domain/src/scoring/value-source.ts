/** PUBLISHED = taken from the file; DERIVED = computed by us (including tool scores converted from weighted points). */
export type ValueSource = 'PUBLISHED' | 'DERIVED';
