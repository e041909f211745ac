import type { OrgType } from '@ita/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('organisations')
export class OrganisationEntity {
  @PrimaryColumn({ type: 'text' }) code!: string;
  @Column({ name: 'name_th', type: 'text' }) nameTh!: string;
  /** The name normalised for matching names in imported files (see splitOrganisationName in the domain). */
  @Column({ name: 'name_match', type: 'text' }) nameMatch!: string;
  @Column({ name: 'org_type', type: 'text' }) orgType!: OrgType;
  @Column({ name: 'province_code', type: 'text' }) provinceCode!: string;
  @Column({ name: 'district_code', type: 'text', nullable: true }) districtCode!: string | null;
  /** False once a registry refresh no longer lists it; its results stay. */
  @Column({ name: 'in_registry', type: 'boolean' }) inRegistry!: boolean;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
