import { InitialSchema1763800000000 } from './1763800000000-initial-schema';
import { ImportFiles1763900000000 } from './1763900000000-import-files';
import { Analytics1764000000000 } from './1764000000000-analytics';
import { BulkWriteReferenceChecks1764100000000 } from './1764100000000-bulk-write-reference-checks';
import { AnalyticsStage1764200000000 } from './1764200000000-analytics-stage';

/** Every migration, in order. New migrations are appended here. */
export const migrations = [
  InitialSchema1763800000000,
  ImportFiles1763900000000,
  Analytics1764000000000,
  BulkWriteReferenceChecks1764100000000,
  AnalyticsStage1764200000000,
];
