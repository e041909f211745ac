import { UnknownIndicatorError } from '../errors/unknown-indicator.error';
import { UnknownToolError } from '../errors/unknown-tool.error';
import { getFramework } from './get-framework';
import { getIndicator } from './get-indicator';
import { getTool } from './get-tool';
import type { ToolCode } from './model/tool-code';
import { toolOfIndicator } from './tool-of-indicator';

const FY2564 = getFramework(2564);

describe('toolOfIndicator, getTool, getIndicator', () => {
  it('maps each indicator to its tool', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((indicator) => toolOfIndicator(FY2564, indicator))).toEqual([
      'IIT',
      'IIT',
      'IIT',
      'IIT',
      'IIT',
      'EIT',
      'EIT',
      'EIT',
      'OIT',
      'OIT',
    ]);
  });

  it('throws a typed error for an indicator the year does not have', () => {
    expect(() => toolOfIndicator(FY2564, 11)).toThrow(UnknownIndicatorError);
    expect(() => getIndicator(FY2564, 0)).toThrow(UnknownIndicatorError);
  });

  it('looks up tools and indicators', () => {
    expect(getTool(FY2564, 'OIT').nameEn).toBe('Open Data Integrity and Transparency Assessment');
    expect(getIndicator(FY2564, 8).nameTh).toBe('การปรับปรุงระบบการทำงาน');
    expect(() => getTool(FY2564, 'XIT' as ToolCode)).toThrow(UnknownToolError);
  });
});
