import { Column, Entity, PrimaryColumn } from 'typeorm';
import { numericColumnTransformer } from './numeric-column.transformer';

/** A copy of the domain framework of a fiscal year, for SQL-side joins and as a record of what was applied. */
@Entity('fiscal_years')
export class FiscalYearEntity {
  @PrimaryColumn({ name: 'fiscal_year', type: 'smallint' }) fiscalYear!: number;
  @Column({ name: 'rubric_code', type: 'text' }) rubricCode!: string;
  @Column({ name: 'weight_iit', type: 'numeric', transformer: numericColumnTransformer }) weightIit!: number;
  @Column({ name: 'weight_eit', type: 'numeric', transformer: numericColumnTransformer }) weightEit!: number;
  @Column({ name: 'weight_oit', type: 'numeric', transformer: numericColumnTransformer }) weightOit!: number;
  @Column({ type: 'jsonb' }) framework!: unknown;
}
