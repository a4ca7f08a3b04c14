import { compareUnits, type UnitScore } from '@fazhi/core';

/**
 * The units the department page can show: every unit with a score in any
 * year (the jurisdiction `*` too, when the scheme scores it) and every unit
 * with indicator rows, once each, in code-point order (the jurisdiction first).
 *
 * @example
 * departmentUnits(app.scores, app.units)[0]; // '*'
 */
export function departmentUnits(scores: readonly UnitScore[], units: readonly string[]): string[] {
  return [...new Set([...scores.map((s) => s.unit), ...units])].sort(compareUnits);
}
