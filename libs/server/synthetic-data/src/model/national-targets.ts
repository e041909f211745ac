import type { NationalTarget } from './national-target';

/**
 * docs/ita-domain.md §4. FY2562 is "slightly below 2563's 67.9"; 67.4 is our pick. 2567 is derived there
 * (93.82 − 0.77, 94.17 % − 1.73). These are all-agency figures; LAOs are ~95 % of the agencies assessed.
 */
export const NATIONAL_TARGETS: readonly NationalTarget[] = [
  { fiscalYear: 2562, mean: 67.4, shareAtLeast85: null },
  { fiscalYear: 2563, mean: 67.9, shareAtLeast85: null },
  { fiscalYear: 2564, mean: 81.25, shareAtLeast85: null },
  { fiscalYear: 2565, mean: 87.57, shareAtLeast85: 0.7052 },
  { fiscalYear: 2566, mean: 90.19, shareAtLeast85: 0.8094 },
  { fiscalYear: 2567, mean: 93.05, shareAtLeast85: 0.9244 },
  { fiscalYear: 2568, mean: 93.82, shareAtLeast85: 0.9417 },
];
