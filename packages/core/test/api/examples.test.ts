import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/index.ts';
import * as internals from '../../src/internals.ts';
import * as table from '../../src/table.ts';
import { fixtureFiles, loadFixture } from '../fixtures/load-fixture.ts';
import { exportDocs } from './export-docs.ts';
import { runExample, statedValue, type ExampleRun } from './run-example.ts';

const indexFile = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
/** The `@fazhi/core/table` entry (arquero), documented and tested like the main one. */
const tableFile = fileURLToPath(new URL('../../src/table.ts', import.meta.url));
/** The `@fazhi/core/internals` entry (the loader's and the checker's building blocks), documented and tested like the main one. */
const internalsFile = fileURLToPath(new URL('../../src/internals.ts', import.meta.url));

/** Typed arrays and Maps compared by content, as an example's comment writes them. */
function plain(value: unknown): unknown {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return Array.from(value as unknown as ArrayLike<unknown>);
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), plain(v)]));
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/**
 * `actual` with every number that equals the stated one to 12 significant digits replaced by the stated
 * one: comments write 0.1 for 0.10000000000000009.
 */
function roundedLike(actual: unknown, expected: unknown): unknown {
  if (typeof actual === 'number' && typeof expected === 'number') {
    const close = Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(actual), Math.abs(expected));
    return close ? expected : actual;
  }
  if (Array.isArray(actual) && Array.isArray(expected)) return actual.map((a, i) => roundedLike(a, expected[i]));
  if (actual !== null && expected !== null && typeof actual === 'object' && typeof expected === 'object') {
    const e = expected as Record<string, unknown>;
    return Object.fromEntries(Object.entries(actual).map(([k, v]) => [k, roundedLike(v, e[k])]));
  }
  return actual;
}

describe('runExample (the runner behind the examples test)', () => {
  it('statedValue reads a literal before an explanation and refuses prose and elided values', () => {
    expect(statedValue("'较大'")).toEqual({ value: '较大' });
    expect(statedValue("['*', 'A', '園區']")).toEqual({ value: ['*', 'A', '園區'] });
    expect(statedValue('94.11764705882354 (Singapore, procedures to start a business)')).toEqual({ value: 94.11764705882354 });
    expect(statedValue('true, though it looks otherwise')).toEqual({ value: true });
    expect(statedValue("{ name: '新部门', known: false }: counted under this name")).toEqual({ value: { name: '新部门', known: false } });
    expect(statedValue("['a', 'b'], in code-point order")).toEqual({ value: ['a', 'b'] });
    expect(statedValue("{ failure: 'flag' }")).toEqual({ value: { failure: 'flag' } });
    expect(statedValue('the columns of safety_incidents')).toBeUndefined();
    expect(statedValue('documents.issued')).toBeUndefined();
    expect(statedValue('0.0731707…')).toBeUndefined();
  });

  it('records the value of each claimed statement, declarations included, with types stripped', async () => {
    const run = await runExample(
      ['const n: number = twice(2); // 4', 'n + 1; // 6', "twice(1); // the double", 'const s = [n,', '  n]; // [4, 4]'].join('\n'),
      { twice: (x: number) => 2 * x },
    );
    expect(run.error).toBeUndefined();
    expect(run.claims.map((c) => [c.code, c.expected, c.actual])).toEqual([
      ['twice(2)', 4, 4],
      ['n + 1', 6, 5],
      ['[n,\n  n]', [4, 4], [4, 4]],
    ]);
  });

  it('lets an example declare a name the bindings hold', async () => {
    const run = await runExample(['const data = 2;', 'data * 3; // 6'].join('\n'), { data: 1 });
    expect(run.error).toBeUndefined();
    expect(run.claims[0]?.actual).toBe(6);
  });

  it('roundedLike forgives the last digits of a stated number only', () => {
    expect(roundedLike(0.10000000000000009, 0.1)).toBe(0.1);
    expect(roundedLike({ ok: true, value: 20.000000000000007 }, { ok: true, value: 20 })).toEqual({ ok: true, value: 20 });
    expect(roundedLike(0.1001, 0.1)).toBe(0.1001);
  });

  it('reports the error that stops a block and which claims were not reached', async () => {
    const run = await runExample(['1 + 1; // 2', 'record.lost; // true'].join('\n'), {});
    expect(run.error).toBeInstanceOf(ReferenceError);
    expect(run.claims.map((c) => c.reached)).toEqual([true, false]);
  });
});

// Examples may use the park's fixture under the names the doc comments use for it.
const dataSet = await loadFixture('sip-2019');
const bindings: Record<string, unknown> = {
  ...core,
  ...table,
  ...internals,
  dataSet,
  data: dataSet,
  records: dataSet.records,
  files: fixtureFiles('sip-2019'),
  rows: core.computeIndicators(dataSet.records).rows,
};

interface Checked {
  name: string;
  file: string;
  run: ExampleRun;
}

const checked: Checked[] = [];
/** Examples that cannot run: `file: export (error)`. */
const illustrative: string[] = [];
for (const doc of [...exportDocs(indexFile), ...exportDocs(tableFile), ...exportDocs(internalsFile)]) {
  for (const example of doc.examples) {
    const run = await runExample(example, bindings);
    // A block that names something only its reader has (`record`, `issue`), or elides part of a literal
    // (`{ id: 'sip-example', … }`), illustrates; it cannot be run.
    const elided = /…|\.\.\.\s*[}\]]/.test(example);
    if (run.error instanceof ReferenceError || (elided && run.error instanceof SyntaxError)) {
      illustrative.push(`${doc.file}: ${doc.name} (${String(run.error)})`);
    } else {
      checked.push({ name: doc.name, file: doc.file, run });
    }
  }
}

describe('@fazhi/core examples: each @example runs, and every `expression; // value` in it holds', () => {
  it('runs nearly every example (the walk, the runner and the fixture bindings work on the real API)', () => {
    expect(checked.length).toBeGreaterThan(100);
    expect(illustrative.length, illustrative.join('\n')).toBeLessThan(checked.length / 4);
  });

  it.each(checked.map((c) => [`${c.file}: ${c.name}`, c] as const))('%s', (_title, { run }) => {
    expect(run.error).toBeUndefined();
    for (const claim of run.claims) {
      expect(claim.reached, claim.code).toBe(true);
      expect(roundedLike(plain(claim.actual), claim.expected), claim.code).toEqual(claim.expected);
    }
  });
});

