import { JURISDICTION } from '@fazhi/core';

/**
 * The unit a click on a chart mark drills down to: the datum's `unit` field
 * (as the yearly comparison's bars, value labels and change labels carry
 * it), unless it is the jurisdiction `*`, which has no department page.
 * Null when the datum names no unit.
 *
 * @example
 * drillUnit({ unit: '苏州工业园区司法局', year: 2019, value: 1 }); // '苏州工业园区司法局'
 * drillUnit({ unit: '*' }); // null
 */
export function drillUnit(datum: Readonly<Record<string, unknown>>): string | null {
  const unit = datum['unit'];
  return typeof unit === 'string' && unit !== '' && unit !== JURISDICTION ? unit : null;
}
