/** Columns a generated file can hold: the importer's canonical fields plus a running number (ลำดับ). */
export type PublishedField =
  | 'seq'
  | 'fiscal_year'
  | 'org_code'
  | 'org_name'
  | 'org_type'
  | 'province'
  | 'district'
  | `indicator_${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10}`
  | 'iit'
  | 'eit'
  | 'eit_part1'
  | 'eit_part2'
  | 'oit'
  | 'total'
  | 'level';
