import type { PublishedField } from './published-field';

export function indicatorField(number: number): PublishedField {
  return `indicator_${number}` as PublishedField;
}
