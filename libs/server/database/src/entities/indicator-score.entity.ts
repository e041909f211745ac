import { Column, Entity, PrimaryColumn } from 'typeorm';
import { numericColumnTransformer } from './numeric-column.transformer';

/** Belongs to the result row of the same organisation and year; its provenance is that row's. */
@Entity('indicator_scores')
export class IndicatorScoreEntity {
  @PrimaryColumn({ name: 'organisation_code', type: 'text' }) organisationCode!: string;
  @PrimaryColumn({ name: 'fiscal_year', type: 'smallint' }) fiscalYear!: number;
  @PrimaryColumn({ type: 'smallint' }) indicator!: number;
  @Column({ name: 'province_code', type: 'text' }) provinceCode!: string;
  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: numericColumnTransformer }) score!: number;
}
