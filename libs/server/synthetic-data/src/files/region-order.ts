/** Regions in the order Thai reports usually list them; regions not listed follow in name order. */
export const REGION_ORDER: readonly string[] = ['ภาคเหนือ', 'ภาคตะวันออกเฉียงเหนือ', 'ภาคกลาง', 'ภาคตะวันออก', 'ภาคตะวันตก', 'ภาคใต้'];
