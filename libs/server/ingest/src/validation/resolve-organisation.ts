import { getOrgTypeDefinition, memoByText, parseOrgType, splitOrganisationName } from '@ita/domain';
import { IssueCode } from '../report/issue-code';
import { cellCode, cellText } from './cell-text';
import type { RegistryIndex, RegistryOrganisation } from './registry-index';
import type { RowIssueSink } from './row-issue-sink';
import type { SourceRow } from '../reading/recognised-sheet';

// A type column holds a handful of spellings, repeated on every row.
const parseTypeText = memoByText((text) => parseOrgType(text));

/**
 * The registry organisation a row is about: by DLA code, else by name within the row's province (the type,
 * from a name prefix or the type column, narrows the choice). Unknown or ambiguous is an error, never a guess.
 * A row that names a code and also a name, type or province that differ from the registry is flagged.
 */
export function resolveOrganisation(source: SourceRow, registry: RegistryIndex, issues: RowIssueSink): RegistryOrganisation | null {
  const code = cellCode(source.cells.org_code);
  const rawName = cellText(source.cells.org_name);
  const rawType = cellText(source.cells.org_type);
  const rawProvince = cellText(source.cells.province);
  const { name, typeHint } = splitOrganisationName(rawName);
  const typeFromColumn = rawType ? parseTypeText(rawType) : null;
  const type = typeFromColumn ?? typeHint;

  let province = null;
  if (rawProvince) {
    province = registry.findProvince(rawProvince) ?? null;
    if (!province && !code) {
      issues.error('province', IssueCode.PROVINCE_UNKNOWN, `ไม่รู้จักจังหวัด "${rawProvince}" / Unknown province "${rawProvince}"`);
      return null;
    }
  }

  if (code) {
    const org = registry.organisation(code);
    if (!/^\d{7}$/.test(code) || !org) {
      issues.error(
        'org_code',
        IssueCode.ORG_NOT_FOUND,
        `ไม่พบรหัส อปท. "${code}" ในทะเบียน อปท. ของกรมส่งเสริมการปกครองท้องถิ่น / DLA code "${code}" is not in the organisation registry (7 digits expected)`,
      );
      return null;
    }
    if (name && name !== org.nameTh && registry.organisationsNamed(org.provinceCode, name).every((o) => o.code !== org.code)) {
      issues.warning(
        'org_name',
        IssueCode.NAME_MISMATCH,
        `ชื่อ "${rawName}" ไม่ตรงกับทะเบียน (${org.code} = ${org.nameTh}); ใช้ตามรหัส / Name "${rawName}" differs from the registry (${org.code} = ${org.nameTh}); the code was used`,
      );
    }
    if (type && type !== org.orgType) {
      issues.warning(
        typeFromColumn ? 'org_type' : 'org_name',
        IssueCode.TYPE_MISMATCH,
        `ประเภท "${rawType || rawName}" ไม่ตรงกับทะเบียน (${getOrgTypeDefinition(org.orgType).nameTh}) / Type differs from the registry (${org.orgType}); renamed or upgraded organisation?`,
      );
    }
    if (province && province.code !== org.provinceCode) {
      issues.warning(
        'province',
        IssueCode.PROVINCE_MISMATCH,
        `จังหวัด "${rawProvince}" ไม่ตรงกับทะเบียน (${org.provinceCode}) / Province "${rawProvince}" differs from the registry (${org.provinceCode})`,
      );
    }
    return org;
  }

  if (!name) {
    issues.error(
      'org_name',
      IssueCode.ORG_MISSING,
      'แถวนี้ไม่มีรหัส อปท. หรือชื่อหน่วยงาน / The row has neither a DLA code nor an organisation name',
    );
    return null;
  }
  if (!province) {
    issues.error(
      'province',
      IssueCode.PROVINCE_UNKNOWN,
      `ระบุ "${rawName}" ด้วยชื่อ ต้องมีจังหวัดหรือรหัส อปท. / "${rawName}" is given by name only: add its province or its DLA code`,
    );
    return null;
  }
  const candidates = registry.organisationsNamed(province.code, name).filter((o) => !type || o.orgType === type);
  if (candidates.length === 1) return candidates[0];
  if (candidates.length === 0) {
    issues.error(
      'org_name',
      IssueCode.ORG_NOT_FOUND,
      `ไม่พบ "${rawName}" ในจังหวัด${province.nameTh} / No organisation "${rawName}"${type ? ` of type ${type}` : ''} in ${province.nameEn}; add its DLA code`,
    );
    return null;
  }
  const listed = candidates.map((o) => `${o.code} ${getOrgTypeDefinition(o.orgType).abbreviationTh ?? ''}${o.nameTh}`).join(', ');
  issues.error(
    'org_name',
    IssueCode.ORG_AMBIGUOUS,
    `"${rawName}" ในจังหวัด${province.nameTh} ตรงกับหลายหน่วยงาน: ${listed} — ระบุรหัส อปท. หรือประเภท / "${rawName}" in ${province.nameEn} matches several organisations: ${listed}; give the DLA code or the type`,
  );
  return null;
}
