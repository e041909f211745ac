export interface WrapLabelOptions {
  /** Widest line allowed, in the unit of `measure` (by default: user-perceived characters). */
  maxWidth: number;
  /** Locale for word segmentation; Thai has no spaces between words, so this matters. */
  locale?: string;
  /** Width of a piece of text; the default counts grapheme clusters, so a consonant with its vowel and tone mark counts once. */
  measure?: (text: string) => number;
}

const graphemeSegmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('th', { granularity: 'grapheme' }) : null;
const wordSegmenters = new Map<string, Intl.Segmenter>();

function wordSegmenter(locale: string): Intl.Segmenter | null {
  if (typeof Intl.Segmenter !== 'function') return null;
  let segmenter = wordSegmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    wordSegmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** Splits text into graphemes (a Thai consonant with its marks stays whole). */
export function splitGraphemes(text: string): string[] {
  if (!graphemeSegmenter) return Array.from(text);
  return Array.from(graphemeSegmenter.segment(text), (part) => part.segment);
}

/** Number of user-perceived characters. */
export function countGraphemes(text: string): number {
  return splitGraphemes(text).length;
}

/**
 * Splits text at word boundaries, keeping spaces and punctuation as their own pieces, so that
 * `splitWords(text).join('') === text`. Thai words are found with the dictionary of `Intl.Segmenter`;
 * without it, only spaces separate words.
 */
export function splitWords(text: string, locale = 'th'): string[] {
  const segmenter = wordSegmenter(locale);
  if (!segmenter) return text.split(/(\s+)/).filter((part) => part.length > 0);
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

/**
 * Greedy word-aware line wrapping for labels that the browser does not wrap (chart axes, titles, tooltips).
 * Breaks only between words; a single word wider than `maxWidth` is broken between graphemes, never inside one.
 */
export function wrapLabel(text: string, { maxWidth, locale = 'th', measure = countGraphemes }: WrapLabelOptions): string[] {
  if (maxWidth <= 0) throw new RangeError('maxWidth must be positive');
  const lines: string[] = [];
  let line = '';

  const pushLine = () => {
    const trimmed = line.trim();
    if (trimmed.length > 0) lines.push(trimmed);
    line = '';
  };

  for (const word of splitWords(text, locale)) {
    if (/^\s+$/.test(word)) {
      if (line.length > 0) line += word;
      continue;
    }
    if (measure((line + word).trimEnd()) <= maxWidth) {
      line += word;
      continue;
    }
    pushLine();
    if (measure(word) <= maxWidth) {
      line = word;
      continue;
    }
    for (const grapheme of splitGraphemes(word)) {
      if (line.length > 0 && measure(line + grapheme) > maxWidth) pushLine();
      line += grapheme;
    }
  }
  pushLine();
  return lines;
}

/** `wrapLabel` joined with newlines, the form ECharts text options take. */
export function wrapLabelText(text: string, options: WrapLabelOptions): string {
  return wrapLabel(text, options).join('\n');
}
