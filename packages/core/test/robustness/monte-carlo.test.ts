import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../src/indicators/compute-indicators.ts';
import type { IndicatorRow } from '../../src/indicators/indicator-row.ts';
import { MonteCarlo } from '../../src/robustness/monte-carlo.ts';
import { rankDistribution } from '../../src/robustness/rank-distribution.ts';
import { RobustnessModel } from '../../src/robustness/robustness-model.ts';
import { checkScheme } from '../../src/scoring/check-scheme.ts';
import type { Scheme } from '../../src/scoring/scheme.ts';
import { loadFixture } from '../fixtures/load-fixture.ts';

const data = await loadFixture('sip-2019');
const rows = computeIndicators(data.records).rows;
const scheme = (file: string): { scheme: Scheme; stamp: { id: string; version: string; hash: string } } => {
  const check = checkScheme(readFileSync(new URL(`../../../../schemes/${file}`, import.meta.url), 'utf8'), { fileName: file });
  if (!check.ok) throw new Error(check.errors[0]!.message.en);
  return check;
};
const park = scheme('sip-robustness-2019.yaml');
const parkModel = new RobustnessModel(rows, park.scheme, park.stamp, { year: 2019, unitRecords: data.records.units });

describe('MonteCarlo', () => {
  // A small discrete space: 4 units, a weight with 2 alternatives and a deduction with 3, so 6 equally likely runs.
  const small = (): RobustnessModel => {
    const row = (unit: string, indicator: string, value: number): IndicatorRow => ({ indicator, unit, year: 2019, numerator: value, denominator: null, value });
    const data = [
      ['A', 0.9, 3], ['B', 0.6, 1], ['C', 0.75, 2], ['D', 1, 4],
    ].flatMap(([unit, rate, lost]) => [row(unit as string, 'litigation.head_appearance_rate', rate as number), row(unit as string, 'litigation.lost_cases', lost as number)]);
    const tiny: Scheme = {
      format: 'fazhi-scheme/1', id: 'tiny', version: '1', name: 'tiny', total: 20,
      dimensions: [
        { id: 'appear', name: '出庭', points: 10, items: [{ id: 'rate', name: '出庭率', indicator: 'litigation.head_appearance_rate', points: 10, rule: { type: 'target', target: 1 } }] },
        { id: 'lost', name: '敗訴', points: 10, items: [{ id: 'lost', name: '敗訴', indicator: 'litigation.lost_cases', points: 10, rule: { type: 'deduct', per: 2 } }] },
      ],
      uncertainty: { inputs: [{ type: 'weight', target: 'appear', alternatives: [5, 15] }, { type: 'amount', item: 'lost', field: 'per', alternatives: [1, 2, 3] }] },
    };
    return new RobustnessModel(data, tiny, { id: 'tiny', version: '1', hash: 'sha256:0' }, { year: 2019 });
  };

  it('gives the exact rank distribution of a small discrete space within 0.02 at 10,000 runs', () => {
    const model = small();
    // Exact: the 6 combinations, each with probability 1/6 (u at the middle of each alternative's slice).
    const exact = model.units.map(() => new Map<number, number>());
    for (const a of [0.25, 0.75]) {
      for (const b of [1 / 6, 0.5, 5 / 6]) {
        const run = model.run([a, b]);
        model.units.forEach((_, k) => exact[k]!.set(run.ranks[k]!, (exact[k]!.get(run.ranks[k]!) ?? 0) + 1 / 6));
      }
    }
    expect(new Set(exact.flatMap((m) => [...m.keys()])).size).toBeGreaterThan(2);
    const mc = new MonteCarlo(model, { seed: 3 });
    mc.step(10_000);
    const summary = mc.summary();
    const p = (k: number, test: (rank: number) => boolean): number => [...exact[k]!].reduce((s, [r, q]) => s + (test(r) ? q : 0), 0);
    model.units.forEach((_, k) => {
      // 10,000 runs: a probability's standard error is at most 0.005, so 0.02 is four of them.
      expect(Math.abs(summary[k]!.top3 - p(k, (r) => r <= 3))).toBeLessThan(0.02);
      expect(Math.abs(summary[k]!.bottom3 - p(k, (r) => r > 1))).toBeLessThan(0.02);
      const exactShift = [...exact[k]!].reduce((s, [r, q]) => s + q * Math.abs(r - model.nominal.ranks[k]!), 0);
      expect(Math.abs(summary[k]!.meanShift! - exactShift)).toBeLessThan(0.05);
      const seen = [...exact[k]!.keys()].sort((a, b) => a - b);
      expect([summary[k]!.low, summary[k]!.high]).toEqual([seen[0], seen.at(-1)]);
    });
  });
  it('gives the same numbers for the same seed, and different ones for another', () => {
    const a = new MonteCarlo(parkModel, { seed: 7 });
    const b = new MonteCarlo(parkModel, { seed: 7 });
    const c = new MonteCarlo(parkModel, { seed: 8 });
    a.step(200);
    b.step(120);
    b.step(80);
    c.step(200);
    expect(b.summary()).toEqual(a.summary());
    expect(c.summary()).not.toEqual(a.summary());
  });
  it('reports a unit without a nominal rank as not ranked, never with NaN', () => {
    const mc = new MonteCarlo(parkModel, { seed: 1 });
    mc.step(100);
    const summary = mc.summary();
    const k = parkModel.units.findIndex((_, j) => parkModel.nominal.ranks[j] === 0);
    expect(k).toBeGreaterThanOrEqual(0);
    expect(summary[k]!.nominalRank).toBeNull();
    expect(summary[k]!.meanShift).toBeNull();
    for (const s of summary) for (const v of [s.medianRank, s.low, s.high, s.meanShift, s.top3, s.bottom3, s.unranked]) expect(Number.isNaN(v)).toBe(false);
  });
  it('rankDistribution takes percentiles as ranks that occurred', () => {
    const d = rankDistribution([1, 2, 2, 3, 0], [90, 80, 81, 70, Number.NaN], 2, [4, 4, 4, 4, 3]);
    expect([d.medianRank, d.low, d.high, d.top3, d.bottom3, d.unranked, d.meanShift]).toEqual([2, 1, 3, 0.8, 0.6, 0.2, 0.5]);
    expect(d.total).toEqual({ median: 80.5, low: expect.closeTo(71.5, 9), high: expect.closeTo(88.65, 9) });
  });
});
