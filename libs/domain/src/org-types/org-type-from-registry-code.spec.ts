import { orgTypeFromRegistryCode } from './org-type-from-registry-code';

describe('orgTypeFromRegistryCode', () => {
  it.each([
    ['pao', 'PAO'],
    ['city_municipality', 'CITY_MUNICIPALITY'],
    ['town_municipality', 'TOWN_MUNICIPALITY'],
    ['subdistrict_municipality', 'SUBDISTRICT_MUNICIPALITY'],
    ['sao', 'SAO'],
    ['special', 'SPECIAL'],
    [' SAO ', 'SAO'],
  ])('%p → %s', (code, type) => {
    expect(orgTypeFromRegistryCode(code)).toBe(type);
  });

  it('accepts only registry codes', () => {
    expect(orgTypeFromRegistryCode('อบต.')).toBeNull();
    expect(orgTypeFromRegistryCode('subdistrict municipality')).toBeNull();
    expect(orgTypeFromRegistryCode('')).toBeNull();
  });
});
