import { getFramework } from '../frameworks/get-framework';
import { deriveTotal } from './derive-total';

const FY2563 = getFramework(2563);

describe('deriveTotal', () => {
  it('weights IIT 30%, EIT 30%, OIT 40%', () => {
    expect(deriveTotal(FY2563, { IIT: 100, EIT: 0, OIT: 0 })).toBe(30);
    expect(deriveTotal(FY2563, { IIT: 0, EIT: 100, OIT: 0 })).toBe(30);
    expect(deriveTotal(FY2563, { IIT: 0, EIT: 0, OIT: 100 })).toBe(40);
    expect(deriveTotal(FY2563, { IIT: 97.41, EIT: 98.85, OIT: 87.5 })).toBe(93.88);
  });

  it('is null unless every tool is known', () => {
    expect(deriveTotal(FY2563, { IIT: 90, EIT: 90 })).toBeNull();
    expect(deriveTotal(FY2563, { IIT: 90, EIT: null, OIT: 90 })).toBeNull();
    expect(deriveTotal(FY2563, {})).toBeNull();
  });

  it('agrees with exact integer arithmetic on 20,000 pseudo-random 2-decimal tool scores', () => {
    let seed = 2566;
    const nextHundredths = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % 10001;
    };
    const wrong: string[] = [];
    for (let run = 0; run < 20_000; run++) {
      const [iit, eit, oit] = [nextHundredths(), nextHundredths(), nextHundredths()];
      const thousandths = 3 * iit + 3 * eit + 4 * oit; // 0.3·(iit/100) in units of 1/1000
      const expected = Math.floor((thousandths + 5) / 10) / 100;
      const derived = deriveTotal(FY2563, { IIT: iit / 100, EIT: eit / 100, OIT: oit / 100 });
      if (derived !== expected) wrong.push(`${iit} ${eit} ${oit}: ${derived} ≠ ${expected}`);
    }
    expect(wrong).toEqual([]);
  });
});
