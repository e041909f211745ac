import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('indicators')
export class IndicatorEntity {
  @PrimaryColumn({ name: 'fiscal_year', type: 'smallint' }) fiscalYear!: number;
  @PrimaryColumn({ type: 'smallint' }) indicator!: number;
  @Column({ type: 'text' }) tool!: 'IIT' | 'EIT' | 'OIT';
  @Column({ name: 'name_th', type: 'text' }) nameTh!: string;
  @Column({ name: 'name_en', type: 'text' }) nameEn!: string;
}
