import { InitialSchema1763800000000 } from './1763800000000-initial-schema';

/** Every migration, in order. New migrations are appended here. */
export const migrations = [InitialSchema1763800000000];
