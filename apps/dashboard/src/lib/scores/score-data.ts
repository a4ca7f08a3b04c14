import { scoreUnits, type SchemeCheck, type UnitScore } from '@fazhi/core';
import type { LoadResult } from '../load/load-protocol.ts';

/**
 * Every unit's score in every year of a loaded data set (with change from the
 * year before) under the checked scheme, or empty when there is no data yet or
 * the scheme has errors. It is core's `scoreUnits` with the data's registered
 * units (`units.csv`), so that a scheme naming units by alias or in the other
 * script (`劳保局`, `蘇州工業園區司法局`) scores exactly what `fazhi score` scores
 * (packages/cli/test/score-parity.test.ts holds them to it).
 *
 * @example
 * scoreData(app.data, app.schemeCheck).filter((s) => s.year === 2019).length; // 15
 */
export function scoreData(data: Pick<LoadResult, 'rows' | 'records'> | null, check: SchemeCheck): UnitScore[] {
  if (data === null || !check.ok) return [];
  return scoreUnits(data.rows, check.scheme, check.stamp, { unitRecords: data.records.units });
}
