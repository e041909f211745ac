// The public entry point itself is what this test checks, so it imports it by its alias.
// eslint-disable-next-line @nx/enforce-module-boundaries
import * as domain from '@ita/domain';

describe('@ita/domain public API', () => {
  it('exports the functions and constants other projects use', () => {
    const functions = [
      'getFramework',
      'findFramework',
      'listFrameworks',
      'toolOfIndicator',
      'deriveToolScores',
      'toolScoreFromPoints',
      'deriveTotal',
      'determineLevel',
      'assessResult',
      'round2',
      'normaliseText',
      'thaiDigitsToArabic',
      'parseScore',
      'parseFiscalYear',
      'findFiscalYearInText',
      'parseOrgType',
      'orgTypeFromRegistryCode',
      'splitOrganisationName',
      'normaliseNameForMatch',
      'parseLevel',
      'normaliseHeader',
    ] as const;
    expect(functions.filter((name) => typeof domain[name] !== 'function')).toEqual([]);
    expect(domain.SUPPORTED_FISCAL_YEARS).toContain(2568);
    expect(domain.INDICATOR_NUMBERS).toHaveLength(10);
    expect(domain.OrgType.SAO).toBe('SAO');
    expect(domain.RATING_AA_F.id).toBe('RATING_AA_F');
    expect(domain.PASS_LEVELS.id).toBe('PASS_LEVELS');
  });

  it('works end to end through the barrel', () => {
    const year = domain.parseFiscalYear('พ.ศ. ๒๕๖๘');
    expect(year).toEqual({ ok: true, value: 2568, convertedFromCE: false });
    const framework = domain.getFramework(year.ok ? year.value : Number.NaN);
    const score = domain.parseScore('๙๗.๔๑');
    expect(score.ok && score.value).toBe(97.41);
    expect(
      domain.assessResult(framework, { iit: 97.41, eitPart1: 99.82, eitPart2: 97.88, oit: 87.5, indicators: {} }).effective.total,
    ).toBe(93.88);
  });
});
