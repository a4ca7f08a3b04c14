import { Validator } from '@cfworker/json-schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainSchema, type SchemaNode } from '../../../src/scoring/check/explain-schema.ts';
import { SCHEME_JSON_SCHEMA } from '../../../src/scoring/scheme-json-schema.ts';
import { indexScheme, pointsScheme } from './scheme-fixtures.ts';

const validator = new Validator(SCHEME_JSON_SCHEMA, '7', false);
const schema = SCHEME_JSON_SCHEMA as SchemaNode;

type Json = unknown;

/** Every [parent, key] inside a value, the root's own slot as [holder, 'root']. */
function slots(value: Json): [Record<string | number, unknown>, string | number][] {
  const out: [Record<string | number, unknown>, string | number][] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach((child, i) => { out.push([node as unknown as Record<number, unknown>, i]); visit(child); });
    else if (typeof node === 'object' && node !== null) {
      for (const [k, child] of Object.entries(node)) { out.push([node as Record<string, unknown>, k]); visit(child); }
    }
  };
  visit(value);
  return out;
}

const replacement = fc.oneof(
  fc.constant(undefined), fc.constant(null), fc.integer({ min: -5, max: 200 }), fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom('two', 'deduct', 'dedcut', 'litigation.lost', 'litigation.lost_cases', 'index', 'geometric', 'z-score', 'fail', ''),
  fc.boolean(), fc.constant([]), fc.constant({}), fc.constant({ type: 'bonus', per: 1, cap: 2 }), fc.constant({ 'zh-TW': 'x' }),
);

/** Strings that are sometimes right where a string was: rule types, ids, methods, directions … */
const SAME_KIND_STRINGS = [
  'deduct', 'target', 'bonus', 'goalposts', 'relative', 'fail', 'cap', 'litigation.lost_cases', 'documents.filing_rate',
  'index', 'points', 'geometric', 'arithmetic', 'higher', 'lower', 'exclude', 'zero', 'z-score', 'min-max', 'fazhi-scheme/1', 'x',
];

describe('explainSchema', () => {
  it('says "expected a number, got \\"two\\"" at the path of a bad number', () => {
    const findings = explainSchema({ per: 'two' }, { type: 'object', properties: { per: { type: 'number' } } });
    expect(findings).toEqual([{
      path: ['per'], code: 'type', actual: '"two"',
      expected: { 'zh-Hant': '數字', 'zh-Hans': '数字', en: 'a number' },
      body: { 'zh-Hant': '應為數字，實為 "two"', 'zh-Hans': '应为数字，实为 "two"', en: 'expected a number, got "two"' },
    }]);
  });
  it('finds nothing in the valid fixtures', () => {
    expect(explainSchema(pointsScheme(), schema)).toEqual([]);
    expect(explainSchema(indexScheme(), schema)).toEqual([]);
  });
  it('finds something exactly when @cfworker/json-schema rejects (random edits of valid schemes, seeded)', () => {
    let valid = 0;
    let invalid = 0;
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.tuple(fc.nat(), replacement, fc.constantFrom('replace', 'add', 'same-kind'), fc.nat()), { minLength: 1, maxLength: 3 }), (usePoints, edits) => {
        const value = (usePoints ? pointsScheme() : indexScheme()) as unknown;
        for (const [at, replace, mode, pick] of edits) {
          const all = slots(value);
          const [holder, key] = all[at % all.length]!;
          const current = holder[key];
          if (mode === 'same-kind' && typeof current === 'number') holder[key] = (pick % 200) / 10;
          else if (mode === 'same-kind' && typeof current === 'string') holder[key] = SAME_KIND_STRINGS[pick % SAME_KIND_STRINGS.length];
          else if (mode === 'add' && !Array.isArray(holder)) holder[`${String(key)}x`] = replace;
          else if (replace === undefined && !Array.isArray(holder)) delete holder[key];
          else holder[key] = replace === undefined ? null : replace;
        }
        const isValid = validator.validate(value).valid;
        if (isValid) valid++;
        else invalid++;
        expect(explainSchema(value, schema).length === 0).toBe(isValid);
      }),
      { seed: 20190101, numRuns: 600 },
    );
    // Both sides were exercised.
    expect(Math.min(valid, invalid)).toBeGreaterThan(50);
  });

});
