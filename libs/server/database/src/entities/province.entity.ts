import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('provinces')
export class ProvinceEntity {
  @PrimaryColumn({ type: 'text' }) code!: string;
  @Column({ name: 'name_th', type: 'text' }) nameTh!: string;
  @Column({ name: 'name_en', type: 'text' }) nameEn!: string;
  @Column({ name: 'region_th', type: 'text' }) regionTh!: string;
  @Column({ name: 'region_en', type: 'text' }) regionEn!: string;
}
