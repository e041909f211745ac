import { buildSchema, graphql, GraphQLResolveInfo } from 'graphql';
import { selectsAnyField } from './selects-any-field';

const schema = buildSchema(`
  type Detail { a: Int b: Int c: Int }
  type Query { detail: Detail }
`);

async function asks(query: string): Promise<boolean> {
  let answer: boolean | null = null;
  const rootValue = {
    detail: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
      answer = selectsAnyField(info, new Set(['b', 'c']));
      return { a: 1, b: 2, c: 3 };
    },
  };
  const result = await graphql({ schema, source: query, rootValue });
  expect(result.errors).toBeUndefined();
  return answer as unknown as boolean;
}

describe('selectsAnyField', () => {
  it('sees a named subfield, directly, in an inline fragment or in a named fragment', async () => {
    expect(await asks('{ detail { a } }')).toBe(false);
    expect(await asks('{ detail { a b } }')).toBe(true);
    expect(await asks('{ detail { ... on Detail { c } } }')).toBe(true);
    expect(await asks('{ detail { ...parts } } fragment parts on Detail { a c }')).toBe(true);
    expect(await asks('{ detail { ...parts } } fragment parts on Detail { a }')).toBe(false);
  });
});
