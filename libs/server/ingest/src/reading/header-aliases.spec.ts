import { normaliseHeader } from '@ita/domain';
import { CanonicalField } from './canonical-field';
import { HEADER_ALIASES } from './header-aliases';
import { matchHeader } from './match-header';

describe('HEADER_ALIASES', () => {
  it('names every canonical field', () => {
    const named = new Set(HEADER_ALIASES.map((alias) => alias.field));
    expect(Object.values(CanonicalField).filter((field) => !named.has(field))).toEqual([]);
  });

  it('gives every alias a non-empty key that matches its own field', () => {
    for (const alias of HEADER_ALIASES) {
      for (const text of alias.texts) {
        expect({ text, key: normaliseHeader(text) !== '' }).toEqual({ text, key: true });
        expect({ text, field: matchHeader(text, alias.kind ?? 'WIDE') }).toEqual({ text, field: alias.field });
      }
    }
  });
});
