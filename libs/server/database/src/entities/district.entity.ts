import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('districts')
export class DistrictEntity {
  @PrimaryColumn({ type: 'text' }) code!: string;
  @Column({ name: 'province_code', type: 'text' }) provinceCode!: string;
  @Column({ name: 'name_th', type: 'text' }) nameTh!: string;
  @Column({ name: 'name_en', type: 'text' }) nameEn!: string;
}
