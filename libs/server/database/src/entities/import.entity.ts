import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ImportStatus = 'QUEUED' | 'RUNNING' | 'IMPORTED' | 'REJECTED' | 'DRY_RUN_OK' | 'FAILED';

@Entity('imports')
export class ImportEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'file_name', type: 'text' }) fileName!: string;
  @Column({ name: 'file_sha256', type: 'text' }) fileSha256!: string;
  @Column({ name: 'file_size', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  fileSize!: number;
  @Column({ type: 'text' }) status!: ImportStatus;
  @Column({ type: 'jsonb' }) options!: Record<string, unknown>;
  @Column({ name: 'fiscal_years', type: 'smallint', array: true }) fiscalYears!: number[];
  @Column({ name: 'rows_read', type: 'integer' }) rowsRead!: number;
  @Column({ name: 'rows_imported', type: 'integer' }) rowsImported!: number;
  @Column({ name: 'rows_unchanged', type: 'integer' }) rowsUnchanged!: number;
  @Column({ name: 'rows_rejected', type: 'integer' }) rowsRejected!: number;
  @Column({ type: 'jsonb', nullable: true }) report!: unknown;
  @Column({ name: 'rejected_rows', type: 'jsonb' }) rejectedRows!: unknown[];
  @Column({ name: 'requested_by', type: 'text', nullable: true }) requestedBy!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true }) startedAt!: Date | null;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
}
