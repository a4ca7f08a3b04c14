import type { UnitScore } from '@fazhi/core';

function unitLines(result: UnitScore): string {
  const lines = Object.entries(result).map(([key, value]) => {
    if (Array.isArray(value) && value.length > 0) {
      return `    ${JSON.stringify(key)}: [\n${value.map((v) => `      ${JSON.stringify(v)}`).join(',\n')}\n    ]`;
    }
    return `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  });
  return `  {\n${lines.join(',\n')}\n  }`;
}

/**
 * `fazhi score --format json`: the UnitScore array, the public contract of
 * docs/schemes.md. One key of a result per line and one item, dimension or
 * flag per line, so that a diff of two runs reads item by item; ended by a
 * newline. Keys keep the order of the UnitScore type. The golden file
 * `fixtures/golden/sip-2019-scores.json` is this text.
 *
 * @example
 * process.stdout.write(scoresJson(scoreUnits(rows, scheme, stamp)));
 */
export function scoresJson(results: readonly UnitScore[]): string {
  if (results.length === 0) return '[]\n';
  return `[\n${results.map(unitLines).join(',\n')}\n]\n`;
}
