import type { AssessmentFramework } from './model/assessment-framework';
import { getFramework } from './get-framework';
import { validateFramework } from './validate-framework';

const FY2566 = getFramework(2566);
const broken = (patch: Partial<AssessmentFramework>): string[] => validateFramework({ ...FY2566, ...patch });

describe('validateFramework', () => {
  it('reports weights that do not sum to 1', () => {
    expect(
      broken({ tools: FY2566.tools.map((tool) => (tool.code === 'OIT' ? { ...tool, weight: 0.5, maxPoints: 50 } : tool)) }),
    ).toContainEqual(expect.stringMatching(/weights sum to 1\.1/));
  });

  it('reports an indicator claimed by two tools', () => {
    const tools = FY2566.tools.map((tool) => (tool.code === 'EIT' ? { ...tool, indicators: [5, 6, 7, 8] } : tool));
    expect(broken({ tools })).toEqual(
      expect.arrayContaining(['EIT: indicator 5 does not name this tool', 'every indicator must belong to exactly one tool']),
    );
  });

  it('reports levels out of order and a missing floor', () => {
    const levels = [...FY2566.rubric.levels].reverse();
    expect(broken({ rubric: { ...FY2566.rubric, levels } })).toEqual(
      expect.arrayContaining([
        'PASS_LEVELS: level order must be 1, 2, … best first',
        'PASS_LEVELS: minTotal must not increase',
        'PASS_LEVELS: the last level must start at 0',
      ]),
    );
  });

  it('reports a gap in item codes', () => {
    const indicators = FY2566.indicators.map((indicator) =>
      indicator.number === 10
        ? { ...indicator, itemCodes: { status: 'KNOWN' as const, prefix: 'o' as const, first: 35, last: 43, confidence: 'LOW' as const } }
        : indicator,
    );
    expect(broken({ indicators })).toContain('OIT: item ranges must be contiguous from 1');
  });

  it('reports MEAN_OF_PARTS without parts', () => {
    const tools = FY2566.tools.map((tool) =>
      tool.code === 'EIT' ? { ...tool, scoring: { method: 'MEAN_OF_PARTS', otherwise: 'MEAN_OF_INDICATORS' } as const } : tool,
    );
    expect(broken({ tools })).toContain('EIT: MEAN_OF_PARTS needs at least two parts');
  });
});
