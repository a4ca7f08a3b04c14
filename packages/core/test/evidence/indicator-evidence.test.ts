import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fsum } from 'd3-array';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDataSet } from '../../../../bench/src/generate-data-set.ts';
import { indicatorEvidence } from '../../src/evidence/indicator-evidence.ts';
import { catalogueEntry, type IndicatorId } from '../../src/indicators/catalogue.ts';
import { computeIndicators } from '../../src/indicators/compute-indicators.ts';
import type { IndicatorOptions } from '../../src/indicators/indicator-options.ts';
import type { IndicatorRow } from '../../src/indicators/indicator-row.ts';
import type { DatasetTables } from '../../src/load/data-set.ts';
import { loadDataSet } from '../../src/load/load-data-set.ts';
import { loadFixture } from '../fixtures/load-fixture.ts';

const generated = mkdtempSync(join(tmpdir(), 'fazhi-evidence-'));
afterAll(() => rmSync(generated, { recursive: true, force: true }));
generateDataSet({ dir: generated, records: 50, seed: 2024 });
const generatedFiles = readdirSync(generated).filter((n) => n.endsWith('.csv')).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(generated, name))) }));

const sets: [string, Partial<DatasetTables>][] = [
  ['sip-2019', (await loadFixture('sip-2019')).records],
  ['messy', (await loadFixture('messy')).records],
  ['generated (bench generator, 50 records a dataset)', (await loadDataSet(generatedFiles)).records],
];

/** Equal, to 1e-9 of the larger, for the business scores' shares; exactly, for everything else. */
function addsUp(indicator: string, total: number, weights: number[]): boolean {
  const sum = fsum(weights);
  if (catalogueEntry(indicator as IndicatorId).declaration.compute === 'custom' && indicator.startsWith('business.')) {
    return Math.abs(sum - total) <= 1e-9 * Math.max(1, Math.abs(total));
  }
  return sum === total;
}

/** Every row's evidence: numerator and denominator records add up, one record per counted unit for a count. */
function check(records: Partial<DatasetTables>, rows: readonly IndicatorRow[], options: IndicatorOptions): string[] {
  const failures: string[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const key = JSON.stringify([row.indicator, row.unit, row.year, row.dimension, row.item]);
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    const pick = { ...(row.dimension === undefined ? {} : { dimension: row.dimension }), ...(row.item === undefined ? {} : { item: row.item }) };
    const found = indicatorEvidence(records, row.indicator as IndicatorId, row.unit, row.year, { ...options, ...pick });
    const evidence = found[nth];
    const name = `${key}#${nth}`;
    if (evidence === undefined || JSON.stringify(evidence.row) !== JSON.stringify(row)) {
      failures.push(`${name}: no evidence for this row`);
      continue;
    }
    if (!addsUp(row.indicator, row.numerator, evidence.numerator.map((r) => r.weight))) failures.push(`${name}: numerator ${row.numerator}`);
    if ((row.denominator === null) !== (evidence.denominator === null)) failures.push(`${name}: denominator null mismatch`);
    else if (row.denominator !== null && !addsUp(row.indicator, row.denominator, evidence.denominator!.map((r) => r.weight))) {
      failures.push(`${name}: denominator ${row.denominator}`);
    }
    const declaration = catalogueEntry(row.indicator as IndicatorId).declaration;
    if (declaration.compute === 'tally' && 'count' in declaration.numerator && evidence.numerator.length !== row.numerator) {
      failures.push(`${name}: ${evidence.numerator.length} records for a count of ${row.numerator}`);
    }
    for (const r of evidence.numerator) {
      if (declaration.compute === 'tally' && (r.year !== row.year || (row.unit !== '*' && r.unit !== row.unit))) failures.push(`${name}: a record of another unit or year`);
    }
  }
  return failures;
}

describe('indicatorEvidence adds up to every indicator row', () => {
  it.each(sets)('on %s, the evidence of every row adds up to its numerator and denominator', (_name, records) => {
    const { rows } = computeIndicators(records);
    expect(rows.length).toBeGreaterThan(20);
    expect(check(records, rows, {})).toEqual([]);
  });

  it('with other options, the evidence follows them (sip-2019)', () => {
    const options: IndicatorOptions = {
      lossRateIncludesWithdrawals: false, headAppearanceBase: 'notified', filingDeadlineDays: 10, enforcementPassScore: 85,
      reconsiderationDeadlineDays: 20, reconsiderationSimpleDays: 5,
    };
    const records = sets[0]![1];
    const rows = computeIndicators(records, options).rows.filter((r) => r.unit === '*' || r.indicator.startsWith('litigation.'));
    expect(check(records, rows, options)).toEqual([]);
  });
});

describe('indicatorEvidence', () => {
  const records = sets[0]![1];

  it('lists the four cases behind 4 lost cases, with file, row and case number, in source order', () => {
    const [lost] = indicatorEvidence(records, 'litigation.lost_cases', '苏州工业园区劳动和社会保障局', 2019);
    expect(lost?.numerator).toHaveLength(4);
    for (const r of lost!.numerator) {
      expect(r).toMatchObject({ dataset: 'litigation', unit: '苏州工业园区劳动和社会保障局', year: 2019, weight: 1, fields: { lost: true } });
      expect(typeof r.fields.case_no).toBe('string');
    }
    const rows = lost!.numerator.map((r) => r.source.row);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(lost?.denominator).toBeNull();
  });

  it('leaves withdrawals out of the loss rate denominator when the option says so', () => {
    const [kept] = indicatorEvidence(records, 'litigation.loss_rate', '*', 2019);
    const [left] = indicatorEvidence(records, 'litigation.loss_rate', '*', 2019, { lossRateIncludesWithdrawals: false });
    expect([kept?.denominator?.length, left?.denominator?.length]).toEqual([64, 55]);
  });

  it('gives a change this year\'s records adding and last year\'s taking away, and its denominator last year\'s', () => {
    const [yoy] = indicatorEvidence(records, 'safety.incidents_yoy', '*', 2019);
    expect(yoy?.row.numerator).toBe(-13);
    expect(yoy?.numerator.filter((r) => r.weight === 1 && r.year === 2019)).toHaveLength(29);
    expect(yoy?.numerator.filter((r) => r.weight === -1 && r.year === 2018)).toHaveLength(42);
    expect(yoy?.denominator).toHaveLength(42);
  });

  it('gives the GDP ratio the incidents and the economy row', () => {
    const [ratio] = indicatorEvidence(records, 'safety.deaths_per_100m_gdp', '*', 2019);
    expect(ratio?.denominator).toEqual([expect.objectContaining({ dataset: 'economy', weight: 2743, fields: { year: 2019, gdp: 2743 } })]);
    expect(fsum(ratio!.numerator.map((r) => r.weight))).toBe(ratio?.row.numerator);
  });

  it('narrows business rows by dimension and item, and has one entry per row otherwise', () => {
    const all = indicatorEvidence(records, 'business.dimension_score', '*', 2019);
    expect(all.length).toBeGreaterThan(1);
    const one = indicatorEvidence(records, 'business.dimension_score', '*', 2019, { dimension: '开办企业' });
    expect(one.map((e) => e.row.dimension)).toEqual(['开办企业']);
    expect(one[0]?.numerator.every((r) => r.fields.dimension === '开办企业')).toBe(true);
  });

  it('gives no entry for a unit or year without a row, and throws a RangeError for an unknown id', () => {
    expect(indicatorEvidence(records, 'litigation.loss_rate', '*', 1990)).toEqual([]);
    expect(indicatorEvidence(records, 'litigation.loss_rate', '没有的单位', 2019)).toEqual([]);
    expect(() => indicatorEvidence(records, 'safety.dead' as IndicatorId, '*', 2019)).toThrow(RangeError);
  });
});
