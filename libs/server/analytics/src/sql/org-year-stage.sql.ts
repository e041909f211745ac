import { mergeChanged } from './merge-changed.sql';
import { ORG_YEAR_ANALYTICS, orgYearRows } from './recompute-org-year.sql';

/** The organisation rows a run's second connection computes (migration AnalyticsStage1764200000000). */
export const ORG_YEAR_STAGE_TABLE = 'analytics_org_year_stage';

const columns = [...ORG_YEAR_ANALYTICS.keys, ...ORG_YEAR_ANALYTICS.columns].join(', ');

/** $1: fiscal years; $2: those years and the four before each. Their organisation rows, into the stage. */
export const stageOrgYearSql = `INSERT INTO ${ORG_YEAR_STAGE_TABLE} (${columns}) ${orgYearRows}`;

/** $1: fiscal years. Brings org_year_analytics for those years to the staged rows, as recomputeOrgYearSql would. */
export const mergeStagedOrgYearSql = mergeChanged(
  ORG_YEAR_ANALYTICS,
  `SELECT ${columns} FROM ${ORG_YEAR_STAGE_TABLE} WHERE fiscal_year = ANY($1::smallint[])`,
);
