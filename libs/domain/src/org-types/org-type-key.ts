import { foldThaiVariants } from '../parsing/fold-thai-variants';
import { normaliseText } from '../parsing/normalise-text';

/** Case-, space- and punctuation-insensitive key; "organization" and "organisation" agree. */
export function orgTypeKey(raw: string): string {
  return foldThaiVariants(normaliseText(raw).toLowerCase())
    .replace(/[^\p{L}\p{M}\p{N}]/gu, '')
    .replace(/ization/g, 'isation');
}
