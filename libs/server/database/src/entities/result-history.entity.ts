import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('result_history')
export class ResultHistoryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'organisation_code', type: 'text' }) organisationCode!: string;
  @Column({ name: 'fiscal_year', type: 'smallint' }) fiscalYear!: number;
  @Column({ name: 'province_code', type: 'text' }) provinceCode!: string;
  /** The superseded result row and its indicator scores, as they were. */
  @Column({ type: 'jsonb' }) previous!: Record<string, unknown>;
  @Column({ name: 'previous_import_id', type: 'uuid', nullable: true }) previousImportId!: string | null;
  @Column({ name: 'superseded_by_import_id', type: 'uuid', nullable: true }) supersededByImportId!: string | null;
  @Column({ name: 'superseded_at', type: 'timestamptz' }) supersededAt!: Date;
}
