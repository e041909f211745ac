import { Column, Entity, PrimaryColumn } from 'typeorm';
import { numericColumnTransformer } from './numeric-column.transformer';

const score = (name: string, generated = false) =>
  Column({
    name,
    type: 'numeric',
    precision: 5,
    scale: 2,
    nullable: true,
    transformer: numericColumnTransformer,
    ...(generated ? { insert: false, update: false } : {}),
  });

/**
 * One organisation's result for one fiscal year. `total`, `level`, `iit`, `eit` and `oit` are generated
 * columns (published value, else derived); the importer writes the *_published and *_derived columns.
 */
@Entity('results')
export class ResultEntity {
  @PrimaryColumn({ name: 'organisation_code', type: 'text' }) organisationCode!: string;
  @PrimaryColumn({ name: 'fiscal_year', type: 'smallint' }) fiscalYear!: number;
  @Column({ name: 'province_code', type: 'text' }) provinceCode!: string;

  @score('total_published') totalPublished!: number | null;
  @score('total_derived') totalDerived!: number | null;
  @score('total', true) total!: number;
  @Column({ name: 'level_published', type: 'text', nullable: true }) levelPublished!: string | null;
  @Column({ name: 'level_derived', type: 'text', nullable: true }) levelDerived!: string | null;
  @Column({ name: 'level', type: 'text', nullable: true, insert: false, update: false }) level!: string | null;

  @score('iit_published') iitPublished!: number | null;
  @score('iit_points_published') iitPointsPublished!: number | null;
  @score('iit_derived') iitDerived!: number | null;
  @score('iit', true) iit!: number | null;
  @score('eit_published') eitPublished!: number | null;
  @score('eit_points_published') eitPointsPublished!: number | null;
  @score('eit_derived') eitDerived!: number | null;
  @score('eit', true) eit!: number | null;
  @score('eit_part1') eitPart1!: number | null;
  @score('eit_part2') eitPart2!: number | null;
  /** indicatorScores[n - 1] is indicator n's score; null where the file gave none. */
  @Column({
    name: 'indicator_scores',
    type: 'numeric',
    precision: 5,
    scale: 2,
    array: true,
    transformer: {
      to: (v: (number | null)[]) => v,
      from: (v: (string | null)[] | null) => (v ?? []).map((x) => (x === null ? null : Number(x))),
    },
  })
  indicatorScores!: (number | null)[];
  @score('oit_published') oitPublished!: number | null;
  @score('oit_points_published') oitPointsPublished!: number | null;
  @score('oit_derived') oitDerived!: number | null;
  @score('oit', true) oit!: number | null;

  /** Structured findings of the published-vs-derived comparison (domain `Finding[]`). */
  @Column({ type: 'jsonb' }) findings!: unknown[];
  @Column({ name: 'import_id', type: 'uuid' }) importId!: string;
  @Column({ name: 'source_file', type: 'text' }) sourceFile!: string;
  @Column({ name: 'source_sheet', type: 'text', nullable: true }) sourceSheet!: string | null;
  @Column({ name: 'source_row', type: 'integer' }) sourceRow!: number;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
