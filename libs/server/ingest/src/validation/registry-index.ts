import { memoByText, normaliseHeader, normaliseNameForMatch, OrgType } from '@ita/domain';
import { DataSource } from 'typeorm';

export interface RegistryOrganisation {
  code: string;
  nameTh: string;
  nameMatch: string;
  orgType: OrgType;
  provinceCode: string;
}

export interface RegistryProvince {
  code: string;
  nameTh: string;
  nameEn: string;
}

const builtIndexes = new WeakMap<DataSource, { stamp: string; index: RegistryIndex }>();

/**
 * The registry in memory for imports: organisations by code and by (province, matchable name), and
 * provinces by code, Thai or English name. ~8,000 rows, loaded with two statements.
 */
export class RegistryIndex {
  private readonly byCode = new Map<string, RegistryOrganisation>();
  private readonly byProvinceAndName = new Map<string, RegistryOrganisation[]>();
  private readonly provinces = new Map<string, RegistryProvince>();
  private readonly provinceByName = new Map<string, RegistryProvince>();
  // Every row names its province: the same few dozen texts, each normalised once.
  private readonly provinceOfText = memoByText((raw) => this.provinceByName.get(provinceKey(raw)));

  constructor(organisations: RegistryOrganisation[], provinces: RegistryProvince[]) {
    for (const org of organisations) {
      this.byCode.set(org.code, org);
      const key = `${org.provinceCode}|${org.nameMatch}`;
      const named = this.byProvinceAndName.get(key);
      if (named) named.push(org);
      else this.byProvinceAndName.set(key, [org]);
    }
    for (const province of provinces) {
      this.provinces.set(province.code, province);
      for (const name of [province.code, province.nameTh, province.nameEn, `จังหวัด${province.nameTh}`, `จ.${province.nameTh}`]) {
        this.provinceByName.set(provinceKey(name), province);
      }
    }
  }

  /**
   * The index for the registry as it is now: the one built for an earlier import when the registry has not changed
   * since (a long-running worker imports file after file against the same ~8,000 organisations), else a new one.
   * The stamp is cheap: the organisations' count and latest update (every registry write sets updated_at) and a hash
   * of the province names.
   */
  static async current(dataSource: DataSource): Promise<RegistryIndex> {
    const [{ stamp }] = await dataSource.query(
      `SELECT (SELECT count(*) || '|' || coalesce(max(updated_at)::text, '') FROM organisations)
              || '|' || (SELECT coalesce(md5(string_agg(code || name_th || name_en, ',' ORDER BY code)), '') FROM provinces) AS stamp`,
    );
    const cached = builtIndexes.get(dataSource);
    if (cached && cached.stamp === stamp) return cached.index;
    const index = await RegistryIndex.load(dataSource);
    builtIndexes.set(dataSource, { stamp, index });
    return index;
  }

  static async load(dataSource: DataSource): Promise<RegistryIndex> {
    const [organisations, provinces] = await Promise.all([
      dataSource.query(
        `SELECT code, name_th AS "nameTh", name_match AS "nameMatch", org_type AS "orgType", province_code AS "provinceCode" FROM organisations`,
      ),
      dataSource.query(`SELECT code, name_th AS "nameTh", name_en AS "nameEn" FROM provinces`),
    ]);
    return new RegistryIndex(organisations, provinces);
  }

  organisation(code: string): RegistryOrganisation | undefined {
    return this.byCode.get(code);
  }

  organisationsNamed(provinceCode: string, name: string): RegistryOrganisation[] {
    return this.byProvinceAndName.get(`${provinceCode}|${normaliseNameForMatch(name)}`) ?? [];
  }

  province(code: string): RegistryProvince | undefined {
    return this.provinces.get(code);
  }

  /** A province from its 2-digit code, Thai name (with or without จังหวัด/จ.) or English name. */
  findProvince(raw: string): RegistryProvince | undefined {
    return this.provinceOfText(raw);
  }
}

function provinceKey(raw: string): string {
  return normaliseHeader(raw).replace(/\s+/g, '');
}
