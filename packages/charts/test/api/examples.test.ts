import { fileURLToPath } from 'node:url';
import * as core from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { exportDocs } from '../../../core/test/api/export-docs.ts';
import { runExample, type ExampleRun } from '../../../core/test/api/run-example.ts';
import * as charts from '../../src/index.ts';
import { park } from '../fixtures/park.ts';

const indexFile = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

/** Maps compared by content, as an example's comment writes them. */
function plain(value: unknown): unknown {
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), plain(v)]));
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

// Examples may use the park's fixture under the names the doc comments use for it.
const p = await park();
const bindings: Record<string, unknown> = {
  ...core,
  ...charts,
  rows: p.rows,
  indicatorRows: p.rows,
  scores: p.scores,
  scheme: p.scheme,
  records: { safety_incidents: p.incidents },
};

interface Checked {
  name: string;
  file: string;
  run: ExampleRun;
}

const checked: Checked[] = [];
/** Examples that cannot run (they name something only their reader has, or elide a literal). */
const illustrative: string[] = [];
for (const doc of exportDocs(indexFile)) {
  for (const example of doc.examples) {
    const run = await runExample(example, bindings);
    const elided = /…|\.\.\.\s*[}\]]/.test(example);
    if (run.error instanceof ReferenceError || (elided && run.error instanceof SyntaxError)) {
      illustrative.push(`${doc.file}: ${doc.name} (${String(run.error)})`);
    } else {
      checked.push({ name: doc.name, file: doc.file, run });
    }
  }
}

describe('@fazhi/charts examples: each @example runs, and every `expression; // value` in it holds', () => {
  it('runs nearly every example', () => {
    expect(checked.length).toBeGreaterThan(40);
    expect(illustrative.length, illustrative.join('\n')).toBeLessThan(checked.length / 4);
  });

  it.each(checked.map((c) => [`${c.file}: ${c.name}`, c] as const))('%s', (_title, { run }) => {
    expect(run.error).toBeUndefined();
    for (const claim of run.claims) {
      expect(claim.reached, claim.code).toBe(true);
      expect(plain(claim.actual), claim.code).toEqual(claim.expected);
    }
  });
});
