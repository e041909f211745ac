import type { StoredResultValues } from '../validation/validated-result';

/**
 * The stored values of a result and their columns, in the order the upsert's parameters and the COPY's columns
 * take them (findings go separately: they are JSON, not a value compared between imports).
 */
export const RESULT_VALUE_COLUMNS: readonly (readonly [keyof Omit<StoredResultValues, 'findings'>, string])[] = [
  ['totalPublished', 'total_published'],
  ['totalDerived', 'total_derived'],
  ['levelPublished', 'level_published'],
  ['levelDerived', 'level_derived'],
  ['iitPublished', 'iit_published'],
  ['iitPointsPublished', 'iit_points_published'],
  ['iitDerived', 'iit_derived'],
  ['eitPublished', 'eit_published'],
  ['eitPointsPublished', 'eit_points_published'],
  ['eitDerived', 'eit_derived'],
  ['eitPart1', 'eit_part1'],
  ['eitPart2', 'eit_part2'],
  ['oitPublished', 'oit_published'],
  ['oitPointsPublished', 'oit_points_published'],
  ['oitDerived', 'oit_derived'],
];
