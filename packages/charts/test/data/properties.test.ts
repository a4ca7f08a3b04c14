import type { IndicatorRow } from '@fazhi/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kpiTiles } from '../../src/data/kpi-tiles.ts';
import { trendRows } from '../../src/data/trend-rows.ts';
import { yearlyComparisonRows } from '../../src/data/yearly-comparison-rows.ts';
import { yearlyComparisonSpec } from '../../src/specs/yearly-comparison-spec.ts';
import { compileWarnings, shuffled } from '../support/check-spec.ts';

const UNITS = ['*', '甲局', '乙街道', '丙中心'] as const;

/** Loss-rate rows: at most one per unit × year, values in [0, 1] or null. */
const lossRates = fc.uniqueArray(
  fc.record({ unit: fc.constantFrom(...UNITS), year: fc.integer({ min: 2016, max: 2020 }), value: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }) }),
  { selector: (r) => `${r.unit}|${r.year}`, maxLength: 20 },
).map((rs) => rs.map((r): IndicatorRow => ({ indicator: 'litigation.loss_rate', unit: r.unit, year: r.year, numerator: 0, denominator: r.value === null ? 0 : 1, value: r.value })));

const langs = fc.constantFrom('zh-Hant' as const, 'zh-Hans' as const, 'en' as const);

describe('chart rows for any indicator rows', () => {
  it('yearlyComparisonRows: one bar per unit × year, changes are the differences, lower loss rates are better, and input order does not matter', () => {
    fc.assert(fc.property(lossRates, langs, fc.integer(), (rows, lang, seed) => {
      const d = yearlyComparisonRows(rows, { lang, indicator: 'litigation.loss_rate', years: [2018, 2019] });
      expect(d.bars).toHaveLength(d.units.length * 2);
      for (const c of d.changes) {
        const a = rows.find((r) => r.unit === c.unit && r.year === 2018)?.value ?? null;
        const b = rows.find((r) => r.unit === c.unit && r.year === 2019)?.value ?? null;
        expect(c.change).toBe(a === null || b === null ? null : b - a);
        if (c.verdict === 'better') expect(c.change).toBeLessThan(0);
        if (c.verdict === 'worse') expect(c.change).toBeGreaterThan(0);
      }
      expect(d.bars.every((b) => b.text !== '' && !/NaN|null/.test(b.text))).toBe(true);
      expect(yearlyComparisonRows(shuffled(rows, seed), { lang, indicator: 'litigation.loss_rate', years: [2019, 2018] })).toEqual(d);
    }), { seed: 4, numRuns: 200 });
  });

  it('yearlyComparisonSpec compiles without a warning whatever the rows', () => {
    fc.assert(fc.property(lossRates, langs, (rows, lang) => {
      expect(compileWarnings(yearlyComparisonSpec(rows, { lang, indicator: 'litigation.loss_rate', years: [2018, 2019] }))).toEqual([]);
    }), { seed: 5, numRuns: 60 });
  });

  it('trendRows: contiguous years, every value printed or —', () => {
    fc.assert(fc.property(lossRates, langs, (rows, lang) => {
      const d = trendRows(rows, { lang, indicator: 'litigation.loss_rate', unit: '*' });
      d.years.forEach((y, i) => { if (i > 0) expect(y).toBe((d.years[i - 1] ?? NaN) + 1); });
      expect(d.points.every((p) => (p.value === null) === (p.text === '—'))).toBe(true);
    }), { seed: 6, numRuns: 200 });
  });

  it('kpiTiles: a tile per indicator asked for, its change the difference from the year before', () => {
    fc.assert(fc.property(lossRates, langs, (rows, lang) => {
      const [tile] = kpiTiles(rows, { lang, year: 2019, unit: '甲局', indicators: ['litigation.loss_rate'] });
      const now = rows.find((r) => r.unit === '甲局' && r.year === 2019)?.value ?? null;
      const before = rows.find((r) => r.unit === '甲局' && r.year === 2018)?.value ?? null;
      expect(tile?.value).toBe(now);
      expect(tile?.change).toBe(now === null || before === null ? null : now - before);
      if (tile?.arrow === '↑') expect(tile.change).toBeLessThan(0);
    }), { seed: 7, numRuns: 200 });
  });
});
