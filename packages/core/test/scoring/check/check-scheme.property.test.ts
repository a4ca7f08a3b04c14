import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScheme } from '../../../src/scoring/check-scheme.ts';

const shipped = ['sip-example-2019.yaml', 'doing-business-2020.json'].map((name) => ({
  name, text: readFileSync(new URL(`../../../../../schemes/${name}`, import.meta.url), 'utf8'),
}));

/** checkScheme returned (never threw), with a result of the documented shape. */
function expectAnswer(text: unknown, fileName?: string): void {
  const check = checkScheme(text, fileName === undefined ? {} : { fileName });
  if (check.ok) expect(check.stamp.hash).toMatch(/^sha256:/);
  else {
    expect(check.errors.length).toBeGreaterThan(0);
    expect(check.errors.some((e) => e.code === 'check.failed')).toBe(false);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** One edit of a text: delete, duplicate or swap a slice, nest it, or insert an anchor and aliases. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }), times: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('nest' as const), at: fc.nat(), depth: fc.integer({ min: 1, max: 200 }), open: fc.constantFrom('[', '{"a":', '- ', '{a: ') }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('&a ', '*a', ' *a, *a, *a', '__proto__: ', '"constructor": ', '1e999', '-1e999', '.nan', '\u0000', '\uFEFF', ':', '#', '"', "'", '\n  ', '!!binary ', '<<: *a\n') }),
);

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, e: Edit): string {
  const at = e.at % (text.length + 1);
  switch (e.kind) {
    case 'delete': return text.slice(0, at) + text.slice(at + e.length);
    case 'duplicate': return text.slice(0, at) + text.slice(at, at + e.length).repeat(e.times) + text.slice(at);
    case 'swap': {
      const b = e.other % (text.length + 1);
      const [i, j] = at < b ? [at, b] : [b, at];
      return text.slice(0, i) + (text[j] ?? '') + text.slice(i + 1, j) + (text[i] ?? '') + text.slice(j + 1);
    }
    case 'nest': return text.slice(0, at) + e.open.repeat(e.depth) + text.slice(at);
    case 'insert': return text.slice(0, at) + e.text + text.slice(at);
  }
}

describe('checkScheme never throws (seeded properties)', () => {
  it('for any string, as JSON, as YAML and undecided', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('x.json', 'x.yaml', undefined), (text, fileName) => expectAnswer(text, fileName)),
      { seed: 11, numRuns: 300 },
    );
  });
  it('for any JSON value, as text and as a value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expectAnswer(value);
        expectAnswer(JSON.stringify(value), 'x.json');
        expectAnswer(JSON.stringify({ format: 'fazhi-scheme/1', id: 'x', version: '1', name: 'x', dimensions: [value] }), 'x.json');
      }),
      { seed: 12, numRuns: 150 },
    );
  });
  it('for the shipped schemes after a few random edits (delete, duplicate, swap, nest, aliases, prototype keys)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...shipped), fc.array(edit, { minLength: 1, maxLength: 4 }), ({ name, text }, edits) => {
        expectAnswer(edits.reduce(apply, text), name);
      }),
      { seed: 13, numRuns: 60 },
    );
  });
});
