import type { Finding } from '@ita/domain';

export interface SourceLocation {
  file: string;
  sheet: string | null;
  row: number;
}

/** The columns of a `results` row that an import sets (see the initial migration). */
export interface StoredResultValues {
  totalPublished: number | null;
  totalDerived: number | null;
  levelPublished: string | null;
  levelDerived: string | null;
  iitPublished: number | null;
  iitPointsPublished: number | null;
  iitDerived: number | null;
  eitPublished: number | null;
  eitPointsPublished: number | null;
  eitDerived: number | null;
  eitPart1: number | null;
  eitPart2: number | null;
  oitPublished: number | null;
  oitPointsPublished: number | null;
  oitDerived: number | null;
  findings: Finding[];
}

/** A row that passed every check: what will be stored for one organisation and fiscal year. */
export interface ValidatedResult {
  organisationCode: string;
  provinceCode: string;
  fiscalYear: number;
  source: SourceLocation;
  values: StoredResultValues;
  /** Indicator number → score, as published. */
  indicators: [number, number][];
}

/** A question-level score that passed its checks. */
export interface ValidatedItemScore {
  organisationCode: string;
  provinceCode: string;
  fiscalYear: number;
  itemCode: string;
  score: number;
  source: SourceLocation;
}

/** A row that failed, kept with the import so it can be fixed and re-imported. */
export interface RejectedRow {
  source: SourceLocation;
  cells: Record<string, string | number | null>;
}
