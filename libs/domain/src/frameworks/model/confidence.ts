/** How far a fact is backed by sources (see docs/ita-domain.md): HIGH = NACC or recomputed, LOW = inferred or single third party. */
export type Confidence = 'HIGH' | 'MEDIUM' | 'LOW';
