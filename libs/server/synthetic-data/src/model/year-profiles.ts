import type { YearProfile } from './year-profile';

/**
 * Indicator means chosen to match what docs/ita-domain.md §4 reports: IIT high throughout, OIT the weakest tool
 * until 2564 with indicator 10 the weakest indicator (FY2564 group 6: ind. 9 82.30, ind. 10 67.28), indicator 8
 * ≈ 84.5 in 2567 and 94.39 in 2568, indicator 3 the highest in 2568 (99.45). OIT is wide early on (many
 * organisations published little) and narrows as OIT items became routine.
 */
export const YEAR_PROFILES: readonly YearProfile[] = [
  {
    fiscalYear: 2562,
    indicatorMeans: [89.2, 87.4, 90.6, 88.7, 86.1, 86.9, 85.6, 84.8],
    oitGap: 16,
    spread: { IIT: 4.5, EIT: 4.5, OIT: 24 },
    noise: { IIT: 3.5, EIT: 4, OIT: 12 },
    missingRate: 0.025,
  },
  {
    fiscalYear: 2563,
    indicatorMeans: [89.8, 88.1, 91.2, 89.3, 86.6, 87.4, 86.2, 85.1],
    oitGap: 18,
    spread: { IIT: 4.5, EIT: 4.5, OIT: 24 },
    noise: { IIT: 3.5, EIT: 4, OIT: 12 },
    missingRate: 0.024,
  },
  {
    fiscalYear: 2564,
    indicatorMeans: [92.1, 89.6, 92.9, 90.4, 87.9, 90.5, 89.1, 88.3],
    oitGap: 16,
    spread: { IIT: 4, EIT: 4, OIT: 16 },
    noise: { IIT: 3.5, EIT: 3.5, OIT: 10 },
    missingRate: 0.02,
  },
  {
    fiscalYear: 2565,
    indicatorMeans: [93.4, 91.2, 94.6, 92.8, 90.3, 91.3, 89.8, 88.6],
    oitGap: 9,
    spread: { IIT: 3.5, EIT: 3.5, OIT: 12 },
    noise: { IIT: 3, EIT: 3, OIT: 8 },
    missingRate: 0.018,
  },
  {
    fiscalYear: 2566,
    indicatorMeans: [95.1, 93.4, 96.8, 94.9, 92.6, 91.6, 89.9, 87.1],
    oitGap: 4,
    spread: { IIT: 3, EIT: 3.5, OIT: 10 },
    noise: { IIT: 2.5, EIT: 3, OIT: 7 },
    missingRate: 0.015,
  },
  {
    fiscalYear: 2567,
    indicatorMeans: [96.3, 95.2, 98.1, 96.4, 94.5, 92.4, 90.6, 84.5],
    oitGap: 2,
    spread: { IIT: 2.5, EIT: 3.5, OIT: 7 },
    noise: { IIT: 2, EIT: 3, OIT: 5 },
    missingRate: 0.013,
  },
  {
    fiscalYear: 2568,
    indicatorMeans: [97.6, 96.8, 99.45, 97.5, 95.9, 94.8, 93.6, 94.39],
    oitGap: 3,
    spread: { IIT: 2.5, EIT: 3, OIT: 8 },
    noise: { IIT: 2, EIT: 2.5, OIT: 5 },
    missingRate: 0.012,
  },
];
