import { Column, Entity, PrimaryColumn } from 'typeorm';
import { numericColumnTransformer } from './numeric-column.transformer';

/** Question-level scores (i1…i30, e1…e15, o1…oNN as used that year), when a file provides them. */
@Entity('item_scores')
export class ItemScoreEntity {
  @PrimaryColumn({ name: 'organisation_code', type: 'text' }) organisationCode!: string;
  @PrimaryColumn({ name: 'fiscal_year', type: 'smallint' }) fiscalYear!: number;
  @PrimaryColumn({ name: 'item_code', type: 'text' }) itemCode!: string;
  @Column({ name: 'province_code', type: 'text' }) provinceCode!: string;
  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: numericColumnTransformer }) score!: number;
  @Column({ name: 'import_id', type: 'uuid' }) importId!: string;
  @Column({ name: 'source_file', type: 'text' }) sourceFile!: string;
  @Column({ name: 'source_sheet', type: 'text', nullable: true }) sourceSheet!: string | null;
  @Column({ name: 'source_row', type: 'integer' }) sourceRow!: number;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
