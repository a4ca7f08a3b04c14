import { describe, expect, it } from 'vitest';
import { BLOCK_SIZE } from '../../src/indicators/compile-expression.ts';
import type { CustomIndicator } from '../../src/indicators/custom-indicator.ts';
import type { IndicatorDeclaration, TallyDeclaration } from '../../src/indicators/indicator-declaration.ts';
import { resolveIndicatorOptions } from '../../src/indicators/indicator-options.ts';
import { runDeclarations } from '../../src/indicators/run-declarations.ts';
import { findRow, ndv } from './find-row.ts';
import { litigationRecord as lit, safetyRecord } from './records.ts';

const options = resolveIndicatorOptions();
const name = { 'zh-Hant': '測', 'zh-Hans': '测', en: 'Test' };
const tally = (over: Partial<TallyDeclaration>): TallyDeclaration => ({
  id: 'test.tally', dataset: 'litigation', compute: 'tally', name, kind: 'rate', better: null, year: ['concluded_on'],
  numerator: { count: { field: 'lost', eq: true } }, denominator: { count: true }, ...over,
});

describe('runDeclarations', () => {
  it('runDeclarations gives rows only where a record has a year and passes the filter, even when the denominator is 0', () => {
    const records = { litigation: [lit({ lost: true }), lit({ concluded_on: null }), lit({ unit: '法院', instance: '二审' })] };
    const rows = runDeclarations([tally({ filter: { field: 'instance', eq: '一审' }, denominator: { count: { field: 'lost', eq: false } } })], records, options);
    expect(rows.map((r) => [r.unit, r.year, r.numerator, r.denominator, r.value])).toEqual([['*', 2019, 1, 0, null], ['公安局', 2019, 1, 0, null]]);
  });

  it('runDeclarations sums a value over the records a where keeps, and counts a null unit for * only', () => {
    const sum = tally({ id: 'test.sum', dataset: 'safety_incidents', year: ['occurred_on'], numerator: { sum: { field: 'deaths' }, where: { field: 'grade', ne: '一般' } }, denominator: null });
    const records = { safety_incidents: [safetyRecord({ deaths: 3, grade: '较大' }), safetyRecord({ deaths: 1 }), safetyRecord({ unit: null, deaths: 4, grade: '较大' })] };
    const rows = runDeclarations([sum], records, options);
    expect(ndv(findRow(rows, 'test.sum', '*', 2019))).toEqual([7, null, 7]);
    expect(ndv(findRow(rows, 'test.sum', '娄葑街道', 2019))).toEqual([3, null, 3]);
  });

  it('runDeclarations counts every record when there are more than one block of them', () => {
    const records = { litigation: Array.from({ length: 2 * BLOCK_SIZE + 7 }, (_, i) => lit({ lost: i % 3 === 0, unit: i % 2 === 0 ? '甲' : null })) };
    const rows = runDeclarations([tally({})], records, options);
    const lost = records.litigation.filter((r) => r.lost).length;
    expect(ndv(findRow(rows, 'test.tally', '*', 2019))).toEqual([lost, records.litigation.length, lost / records.litigation.length]);
    expect(findRow(rows, 'test.tally', '甲', 2019)?.denominator).toBe(BLOCK_SIZE + 4);
  });

  it('runDeclarations gives the rows in declaration order, and decides option tests before counting', () => {
    const declarations: IndicatorDeclaration[] = [
      tally({ id: 'test.b', numerator: { count: { any: [{ option: 'lossRateIncludesWithdrawals', eq: true }, { field: 'lost', eq: true }] } } }),
      tally({ id: 'test.a' }),
    ];
    const rows = runDeclarations(declarations, { litigation: [lit(), lit({ lost: true })] }, options);
    expect(rows.filter((r) => r.unit === '*').map((r) => [r.indicator, r.numerator])).toEqual([['test.b', 2], ['test.a', 1]]);
  });

  it('runDeclarations throws a TypeError for a change without its base and a custom id without its code', () => {
    const change: IndicatorDeclaration = { id: 'test.change', dataset: 'litigation', compute: 'change', of: 'test.tally', name, kind: 'change', better: null, year: ['concluded_on'] };
    expect(() => runDeclarations([change], {}, options)).toThrow(/needs test.tally/);
    const custom: IndicatorDeclaration = { id: 'test.custom', dataset: 'litigation', compute: 'custom', name, kind: 'score', better: null, year: ['concluded_on'], formula: { numerator: 'n', denominator: null } };
    expect(() => runDeclarations([custom], {}, options)).toThrow(/no implementation computes test.custom/);
    const code: CustomIndicator = { ids: ['test.custom'], rows: () => [{ indicator: 'test.custom', unit: '*', year: 2019, numerator: 1, denominator: null, value: 1 }], evidence: () => [] };
    expect(runDeclarations([custom], {}, options, [code]).map((r) => r.indicator)).toEqual(['test.custom']);
  });

  it('a change compares with last year, 0 for a year without a row, and adds a row for a unit that fell to none', () => {
    const base = tally({ id: 'test.count', year: ['filed_on'], numerator: { count: true }, denominator: null });
    const change: IndicatorDeclaration = { id: 'test.change', dataset: 'litigation', compute: 'change', of: 'test.count', name, kind: 'change', better: null, year: ['filed_on'] };
    const records = { litigation: [lit({ unit: '甲', filed_on: '2018-01-01' }), lit({ unit: '甲', filed_on: '2018-02-01' }), lit({ unit: '乙', filed_on: '2019-01-01' })] };
    const rows = runDeclarations([base, change], records, options).filter((r) => r.indicator === 'test.change');
    expect(rows.map((r) => [r.unit, r.year, r.numerator, r.denominator, r.value])).toEqual([
      ['*', 2018, 2, 0, null], ['*', 2019, -1, 2, -0.5], ['乙', 2019, 1, 0, null], ['甲', 2018, 2, 0, null], ['甲', 2019, -2, 2, -1],
    ]);
  });
});
