import { buildSchema, graphql, GraphQLResolveInfo } from 'graphql';
import { selectedFieldNames } from './selected-field-names';

const schema = buildSchema(`
  type Detail { a: Int b: Int c: Int }
  type Query { detail: Detail }
`);

async function asked(query: string): Promise<string[]> {
  let names: Set<string> | null = null;
  const rootValue = {
    detail: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
      names = selectedFieldNames(info);
      return { a: 1, b: 2, c: 3 };
    },
  };
  const result = await graphql({ schema, source: query, rootValue });
  expect(result.errors).toBeUndefined();
  return [...(names ?? [])].sort();
}

describe('selectedFieldNames', () => {
  it('collects subfields asked for directly, in an inline fragment, in a named fragment and under an alias', async () => {
    expect(await asked('{ detail { a } }')).toEqual(['a']);
    expect(await asked('{ detail { a b } }')).toEqual(['a', 'b']);
    expect(await asked('{ detail { ... on Detail { c } } }')).toEqual(['c']);
    expect(await asked('{ detail { ...parts b } } fragment parts on Detail { a c }')).toEqual(['a', 'b', 'c']);
    expect(await asked('{ detail { first: a second: a __typename } }')).toEqual(['__typename', 'a']);
  });

  it('merges the selections of a field asked for twice', async () => {
    expect(await asked('{ detail { a } detail { c } }')).toEqual(['a', 'c']);
  });
});
