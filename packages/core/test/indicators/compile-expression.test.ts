import { describe, expect, it } from 'vitest';
import { compileExpr, compileMeasure, compilePredicate, compileScope, compileYear } from '../../src/indicators/compile-expression.ts';
import type { Expr, Predicate } from '../../src/indicators/indicator-declaration.ts';
import { resolveIndicatorOptions } from '../../src/indicators/indicator-options.ts';

const options = resolveIndicatorOptions();

/** The predicate's value for each record, as booleans. */
function holds(predicate: Predicate, records: object[], scope = compileScope()): boolean[] {
  const compiled = compilePredicate(predicate, options, scope);
  compiled.run(records, 0, records.length);
  return [...compiled.out.subarray(0, records.length)].map((x) => x === 1);
}

function values(expr: Expr, records: object[]): unknown[] {
  const compiled = compileExpr(expr, options);
  compiled.run(records, 0, records.length);
  return compiled.out.slice(0, records.length);
}

const flags = [{ f: 'yes' }, { f: 'no' }, { f: 'na' }, { f: null }];

describe('compilePredicate: every predicate is two-valued, a blank never unknown', () => {
  it('eq and in are false for a blank; ne is true for it (IS DISTINCT FROM)', () => {
    expect(holds({ field: 'f', eq: 'yes' }, flags)).toEqual([true, false, false, false]);
    expect(holds({ field: 'f', in: ['yes', 'na'] }, flags)).toEqual([true, false, true, false]);
    expect(holds({ field: 'f', ne: 'na' }, flags)).toEqual([true, true, false, true]);
  });

  it('not of eq is true for a blank, so not is plain negation', () => {
    expect(holds({ not: { field: 'f', eq: 'yes' } }, flags)).toEqual([false, true, true, true]);
  });

  it('present tests null, and a missing field counts as null', () => {
    expect(holds({ field: 'f', present: true }, [...flags, {}])).toEqual([true, true, true, false, false]);
    expect(holds({ field: 'f', present: false }, [...flags, {}])).toEqual([false, false, false, true, true]);
  });

  it('le, lt, ge and gt are false when either side is blank', () => {
    const rows = [{ a: 1, b: 2 }, { a: 2, b: 2 }, { a: 3, b: 2 }, { a: null, b: 2 }, { a: 1, b: null }];
    expect(holds({ field: 'a', le: { field: 'b' } }, rows)).toEqual([true, true, false, false, false]);
    expect(holds({ field: 'a', lt: { field: 'b' } }, rows)).toEqual([true, false, false, false, false]);
    expect(holds({ field: 'a', ge: { field: 'b' } }, rows)).toEqual([false, true, true, false, false]);
    expect(holds({ field: 'a', gt: 2 }, rows)).toEqual([false, false, true, false, false]);
  });

  it('all is and (true when empty), any is or (false when empty)', () => {
    const rows = [{ a: true, b: true }, { a: true, b: false }, { a: false, b: false }];
    expect(holds({ all: [{ field: 'a', eq: true }, { field: 'b', eq: true }] }, rows)).toEqual([true, false, false]);
    expect(holds({ any: [{ field: 'a', eq: true }, { field: 'b', eq: true }] }, rows)).toEqual([true, true, false]);
    expect(holds({ all: [] }, rows)).toEqual([true, true, true]);
    expect(holds({ any: [] }, rows)).toEqual([false, false, false]);
  });

  it('an option is a constant of the run', () => {
    expect(holds({ option: 'headAppearanceBase', eq: 'hearings' }, flags)).toEqual([true, true, true, true]);
    const notified = compilePredicate({ option: 'headAppearanceBase', eq: 'hearings' }, resolveIndicatorOptions({ headAppearanceBase: 'notified' }));
    notified.run(flags, 0, 2);
    expect([...notified.out.subarray(0, 2)]).toEqual([0, 0]);
  });

  it('evaluates records from start, and the same part compiled twice in one scope is one part', () => {
    const scope = compileScope(null, 2);
    const a = compilePredicate({ field: 'f', eq: 'yes' }, options, scope);
    expect(compilePredicate({ field: 'f', eq: 'yes' }, options, scope)).toBe(a);
    a.run(flags, 2, 2);
    expect([...a.out]).toEqual([0, 0]);
    a.run([{ f: 'no' }, { f: 'yes' }, { f: 'yes' }], 1, 2);
    expect([...a.out]).toEqual([1, 1]);
  });

  it('throws a TypeError for a node with no test, two tests or two expressions', () => {
    expect(() => compilePredicate({ field: 'f' } as unknown as Predicate, options)).toThrow(TypeError);
    expect(() => compilePredicate({ field: 'f', eq: 1, ne: 2 } as unknown as Predicate, options)).toThrow(/invalid predicate/);
    expect(() => compilePredicate({ field: 'f', option: 'filingDeadlineDays', eq: 1 } as unknown as Predicate, options)).toThrow(/invalid expression/);
    expect(() => compileExpr({ field: [] }, options)).toThrow(/empty list of fields/);
  });
});

describe('compileExpr', () => {
  it('a list of fields takes the first that is not blank', () => {
    expect(values({ field: ['a', 'b', 'c'] }, [{ a: 1, b: 2, c: 3 }, { a: null, b: 2, c: 3 }, { a: null, b: null, c: 3 }, { a: null, b: null, c: null }]))
      .toEqual([1, 2, 3, null]);
  });

  it('daysBetween counts calendar days from the first date to the second, null when either is blank', () => {
    const rows = [{ a: '2019-01-01', b: '2019-01-31' }, { a: '2020-02-28', b: '2020-03-01' }, { a: '2019-01-01', b: null }, { a: null, b: '2019-01-01' }];
    expect(values({ daysBetween: [{ field: 'a' }, { field: 'b' }] }, rows)).toEqual([30, 2, null, null]);
  });

  it('add is null when a term is blank; if chooses by its predicate', () => {
    expect(values({ add: [{ field: 'a' }, 2, { option: 'filingDeadlineDays' }] }, [{ a: 1 }, { a: null }])).toEqual([33, null]);
    expect(values({ if: { field: 'p', eq: 'no' }, then: 0, else: { field: 's' } }, [{ p: 'no', s: 88 }, { p: null, s: 88 }])).toEqual([0, 88]);
  });
});

describe('compileYear and compileMeasure', () => {
  it('compileYear reads the year of a date, an integer year as it is, and NaN when every field is blank', () => {
    const year = compileYear(['d', 'y']);
    year.run([{ d: '2018-12-31', y: 2019 }, { d: null, y: 2017 }, { d: null, y: null }], 0, 3);
    expect([...year.out.subarray(0, 3)]).toEqual([2018, 2017, Number.NaN]);
  });

  it('compileMeasure counts 1 per included record and sums a value (a blank adds 0) over the records its where keeps', () => {
    const rows = [{ x: 2, k: true }, { x: null, k: true }, { x: 5, k: false }];
    const sum = compileMeasure({ sum: { field: 'x' }, where: { field: 'k', eq: true } }, options);
    sum.run(rows, 0, 3);
    expect([...sum.out.subarray(0, 3)]).toEqual([2, 0, 0]);
    expect([...sum.includes.subarray(0, 3)]).toEqual([1, 1, 0]);
    const count = compileMeasure({ count: { field: 'k', eq: false } }, options);
    count.run(rows, 0, 3);
    expect([...count.out.subarray(0, 3)]).toEqual([0, 0, 1]);
  });
});
