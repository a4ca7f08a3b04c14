import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatasetTables } from '../../src/load/data-set.ts';
import { INDICATOR_CATALOGUE, INDICATOR_IDS, type IndicatorId } from '../../src/indicators/catalogue.ts';
import { compareUnits } from '../../src/indicators/compare-units.ts';
import { computeIndicators } from '../../src/indicators/compute-indicators.ts';
import type { IndicatorRow } from '../../src/indicators/indicator-row.ts';
import { recordsArb, shuffled } from './arbitrary-records.ts';
import { documentRecord, enforcementRecord, litigationRecord, safetyRecord } from './records.ts';

const SEED = 20191231;
const RUNS = 150;

function shuffleAll(records: Partial<DatasetTables>, seed: number): Partial<DatasetTables> {
  const out: Record<string, unknown[]> = {};
  for (const [name, list] of Object.entries(records)) out[name] = shuffled(list as unknown[], seed + name.length);
  return out as Partial<DatasetTables>;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('computeIndicators', () => {
  it('computeIndicators gives no rows for empty input and echoes the default options', () => {
    const result = computeIndicators({});
    expect(result.rows).toEqual([]);
    expect(result.options).toEqual({
      filingDeadlineDays: 30, lossRateIncludesWithdrawals: true, headAppearanceBase: 'hearings',
      reconsiderationDeadlineDays: 60, reconsiderationExtensionDays: 30, reconsiderationSimpleDays: 30,
      enforcementPassScore: 60, enforcementExcellentScore: 90, years: null,
    });
  });

  it('computeIndicators echoes the options it was given, defaults filled in', () => {
    const { options } = computeIndicators({}, { filingDeadlineDays: 15, lossRateIncludesWithdrawals: false, headAppearanceBase: 'notified', years: [2019, 2018, 2019] });
    expect(options).toMatchObject({ filingDeadlineDays: 15, lossRateIncludesWithdrawals: false, headAppearanceBase: 'notified', reconsiderationDeadlineDays: 60, years: [2018, 2019] });
  });

  it('computeIndicators options and ids are checked by the type checker, and a bad option value throws at run time', () => {
    // @ts-expect-error headAppearanceBase is 'hearings' | 'notified'
    expect(() => computeIndicators({}, { headAppearanceBase: 'court' })).toThrow(RangeError);
    // @ts-expect-error not a catalogue id
    const id: IndicatorId = 'safety.dead';
    expect(INDICATOR_IDS).not.toContain(id);
  });

  it('computeIndicators with years keeps only those years, while year-on-year rows still see the year before', () => {
    const { rows } = computeIndicators(
      { safety_incidents: [safetyRecord({ occurred_on: '2018-01-01' }), safetyRecord({ occurred_on: '2019-01-01' }), safetyRecord({ occurred_on: '2019-02-01' })] },
      { years: [2019] },
    );
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set([2019]));
    expect(rows.find((r) => r.indicator === 'safety.incidents_yoy' && r.unit === '*')).toMatchObject({ numerator: 1, denominator: 1, value: 1 });
  });

  it('computeIndicators orders rows by catalogue, then * first and units by code point, then year', () => {
    const { rows } = computeIndicators({
      enforcement_reviews: [enforcementRecord({ unit: '乙', year: 2020 }), enforcementRecord({ unit: '甲', year: 2019 }), enforcementRecord({ unit: '乙', year: 2019 })],
      documents: [documentRecord()],
      litigation: [litigationRecord()],
    });
    const order = rows.map((r) => INDICATOR_IDS.indexOf(r.indicator as (typeof INDICATOR_IDS)[number]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(rows.filter((r) => r.indicator === 'enforcement.files_reviewed').map((r) => `${r.unit}${r.year}`))
      .toEqual(['*2019', '*2020', '乙2019', '乙2020', '甲2019']);
  });

  it('computeIndicators does not modify its input', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const before = structuredClone(records);
        computeIndicators(records);
        expect(records).toEqual(before);
      }),
      { seed: SEED, numRuns: 30 },
    );
  });

  it('computeIndicators rows do not depend on record order', () => {
    fc.assert(
      fc.property(recordsArb, fc.integer(), (records, seed) => {
        expect(computeIndicators(shuffleAll(records, seed)).rows).toEqual(computeIndicators(records).rows);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('computeIndicators never gives NaN or Infinity, and every rate is in [0, 1] or null', () => {
    const kinds = new Map(INDICATOR_CATALOGUE.map((e) => [e.id as string, e.kind]));
    fc.assert(
      fc.property(recordsArb, (records) => {
        for (const row of computeIndicators(records).rows) {
          expect(Number.isFinite(row.numerator)).toBe(true);
          if (row.denominator !== null) expect(Number.isFinite(row.denominator)).toBe(true);
          if (row.value !== null) expect(Number.isFinite(row.value)).toBe(true);
          if (row.denominator === 0) expect(row.value).toBeNull();
          const kind = kinds.get(row.indicator);
          if (kind === 'rate' && row.value !== null) {
            expect(row.value).toBeGreaterThanOrEqual(0);
            expect(row.value).toBeLessThanOrEqual(1);
          }
          if (kind === 'count') expect([row.denominator, row.value]).toEqual([null, row.numerator]);
          if (kind === 'score' && row.indicator === 'business.indicator_score') {
            expect(row.numerator).toBeGreaterThanOrEqual(0);
            expect(row.numerator).toBeLessThanOrEqual(100);
          }
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('computeIndicators emits only catalogue ids, and unit rows are sorted with * first', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const rows = computeIndicators(records).rows;
        const keyOf = (r: IndicatorRow) => [INDICATOR_IDS.indexOf(r.indicator as (typeof INDICATOR_IDS)[number]), r.unit, r.year, r.dimension ?? '', r.item ?? ''] as const;
        for (let i = 1; i < rows.length; i++) {
          const a = keyOf(rows[i - 1]!);
          const b = keyOf(rows[i]!);
          expect(a[0]).toBeGreaterThanOrEqual(0);
          const cmp = a[0] - b[0] || compareUnits(a[1], b[1]) || a[2] - b[2] || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0) || (a[4] < b[4] ? -1 : a[4] > b[4] ? 1 : 0);
          expect(cmp).toBeLessThanOrEqual(0);
        }
      }),
      { seed: SEED, numRuns: 50 },
    );
  });

  it('for additive indicators the jurisdiction equals the sum over units, records without a unit counted as one more unit', () => {
    const additive = new Set(INDICATOR_CATALOGUE.filter((e) => e.additive).map((e) => e.id as string));
    fc.assert(
      fc.property(recordsArb, (records) => {
        const named: Record<string, unknown[]> = {};
        for (const [name, list] of Object.entries(records)) {
          named[name] = (list as { unit?: string | null }[]).map((r) => ('unit' in r && r.unit === null ? { ...r, unit: '∅' } : r));
        }
        const withNull = computeIndicators(records).rows;
        const withNamed = computeIndicators(named as Partial<DatasetTables>).rows;
        const sums = new Map<string, { n: number; d: number | null }>();
        for (const row of withNamed) {
          if (!additive.has(row.indicator) || row.unit === '*') continue;
          const key = `${row.indicator}|${row.year}`;
          const sum = sums.get(key) ?? { n: 0, d: row.denominator === null ? null : 0 };
          sum.n += row.numerator;
          if (sum.d !== null) sum.d += row.denominator ?? 0;
          sums.set(key, sum);
        }
        const totals = withNull.filter((r) => additive.has(r.indicator) && r.unit === '*');
        expect(totals).toEqual(withNamed.filter((r) => additive.has(r.indicator) && r.unit === '*'));
        expect(new Set(totals.map((r) => `${r.indicator}|${r.year}`))).toEqual(new Set(sums.keys()));
        for (const total of totals) {
          const sum = sums.get(`${total.indicator}|${total.year}`)!;
          expect(close(total.numerator, sum.n)).toBe(true);
          if (total.denominator === null) expect(sum.d).toBeNull();
          else expect(close(total.denominator, sum.d ?? Number.NaN)).toBe(true);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
