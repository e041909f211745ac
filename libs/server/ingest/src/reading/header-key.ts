import { memoByText, normaliseHeader } from '@ita/domain';

/**
 * normaliseHeader, remembered: the header search tries every one of the first rows, alone and in pairs, so each
 * cell of them is normalised a dozen times over.
 */
export const headerKey: (text: string) => string = memoByText(normaliseHeader, 5000);
