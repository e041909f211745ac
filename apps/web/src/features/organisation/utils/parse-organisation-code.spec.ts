import { parseOrganisationCode } from './parse-organisation-code';

describe('parseOrganisationCode', () => {
  it('accepts seven digits', () => {
    expect(parseOrganisationCode('5451607')).toEqual({ valid: true, code: '5451607' });
  });

  it('accepts Thai digits, spaces and dashes', () => {
    expect(parseOrganisationCode('๕๔๕๑๖๐๗')).toEqual({ valid: true, code: '5451607' });
    expect(parseOrganisationCode(' 545-1607 ')).toEqual({ valid: true, code: '5451607' });
  });

  it('keeps the leading digit as typed (codes are strings)', () => {
    expect(parseOrganisationCode('0000001')).toEqual({ valid: true, code: '0000001' });
  });

  it.each(['', '545160', '54516071', '545160a', 'รหัส', '5451607.0'])('rejects %j', (input) => {
    expect(parseOrganisationCode(input)).toEqual({ valid: false, input });
  });
});
