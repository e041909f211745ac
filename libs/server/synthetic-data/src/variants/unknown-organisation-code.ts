import type { RegistryOrganisation } from '../registry/registry-organisation';

/** A well-formed SAO code (6 + province + amphoe 99 + sequence) that the registry does not hold. */
export function unknownOrganisationCode(registry: readonly RegistryOrganisation[], provinceCode: string): string {
  const codes = new Set(registry.map((organisation) => organisation.code));
  for (let sequence = 99; sequence > 0; sequence--) {
    const code = `6${provinceCode}99${String(sequence).padStart(2, '0')}`;
    if (!codes.has(code)) return code;
  }
  throw new Error(`No free organisation code in province ${provinceCode}`);
}
