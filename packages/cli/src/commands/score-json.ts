import type { UnitScore } from '@fazhi/core';

/**
 * `fazhi score --format json`: the UnitScore array, the public contract of
 * docs/schemes.md, indented by two spaces (so that a diff of two runs reads
 * item by item) and ended by a newline. Keys keep the order of the UnitScore
 * type; the golden file `fixtures/golden/sip-2019-scores.json` is this text.
 *
 * @example
 * process.stdout.write(scoresJson(scoreUnits(rows, scheme, stamp)));
 */
export function scoresJson(results: readonly UnitScore[]): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}
