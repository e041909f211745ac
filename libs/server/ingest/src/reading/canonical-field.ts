/** The columns the importer understands, whatever the file calls them (docs/import-format.md §1, §5). */
export const CanonicalField = {
  FiscalYear: 'fiscal_year',
  OrgCode: 'org_code',
  OrgName: 'org_name',
  OrgType: 'org_type',
  Province: 'province',
  District: 'district',
  Total: 'total',
  Level: 'level',
  Iit: 'iit',
  Eit: 'eit',
  Oit: 'oit',
  EitPart1: 'eit_part1',
  EitPart2: 'eit_part2',
  Indicator1: 'indicator_1',
  Indicator2: 'indicator_2',
  Indicator3: 'indicator_3',
  Indicator4: 'indicator_4',
  Indicator5: 'indicator_5',
  Indicator6: 'indicator_6',
  Indicator7: 'indicator_7',
  Indicator8: 'indicator_8',
  Indicator9: 'indicator_9',
  Indicator10: 'indicator_10',
  /** Question-level (long) tables only. */
  ItemCode: 'item_code',
  ItemScore: 'item_score',
} as const;
export type CanonicalField = (typeof CanonicalField)[keyof typeof CanonicalField];

/** The score columns of a result table: total, tools, EIT parts and the ten indicators. */
export const RESULT_SCORE_FIELDS: readonly CanonicalField[] = [
  CanonicalField.Total,
  CanonicalField.Iit,
  CanonicalField.Eit,
  CanonicalField.Oit,
  CanonicalField.EitPart1,
  CanonicalField.EitPart2,
  ...Array.from({ length: 10 }, (_, i) => `indicator_${i + 1}` as CanonicalField),
];
