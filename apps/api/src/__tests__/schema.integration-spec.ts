import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiTestContext, startApiForTest } from './api-test-client';

const SCHEMA_FILE = join(__dirname, '../../../../docs/schema.graphql');

/**
 * docs/schema.graphql is the API as clients see it, reviewed with every change: this test fails when the
 * code-first schema differs from it (UPDATE_SCHEMA=1 npm test -- schema rewrites it).
 */
describe('the published GraphQL schema', () => {
  let api: ApiTestContext;
  beforeAll(async () => {
    api = await startApiForTest();
  }, 60_000);
  afterAll(() => api?.close());

  it('matches docs/schema.graphql', () => {
    const printed = `${printSchema(lexicographicSortSchema(api.app.get(GraphQLSchemaHost).schema))}\n`;
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, printed);
    expect(printed).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('keeps every contract operation and argument (arguments in sorted order)', () => {
    const printed = printSchema(lexicographicSortSchema(api.app.get(GraphQLSchemaHost).schema));
    for (const line of [
      'organisation(code: ID!): Organisation',
      'organisations(filter: OrganisationFilter, limit: Int! = 50, offset: Int! = 0, sort: OrganisationSort): OrganisationPage!',
      'rankings(by: RankBy! = TOTAL, fiscalYear: Int!, limit: Int! = 50, offset: Int! = 0, scope: ScopeInput!): RankingPage!',
      'trend(metric: Metric!, scope: ScopeInput!): [TrendPoint!]!',
      'weakestIndicators(fiscalYear: Int!, scope: ScopeInput!): [IndicatorRank!]!',
      'benchmark(code: ID!, fiscalYear: Int!, peerGroup: PeerGroup! = SAME_TYPE_PROVINCE): Benchmark!',
      'importJob(id: ID!): ImportJob',
    ]) {
      expect(printed).toContain(line);
    }
  });
});
