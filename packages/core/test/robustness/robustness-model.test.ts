import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../src/indicators/compute-indicators.ts';
import type { IndicatorRow } from '../../src/indicators/indicator-row.ts';
import { Random } from '../../src/robustness/random.ts';
import { RobustnessModel } from '../../src/robustness/robustness-model.ts';
import { checkScheme } from '../../src/scoring/check-scheme.ts';
import type { Scheme } from '../../src/scoring/scheme.ts';
import { scoreUnits } from '../../src/scoring/score-units.ts';
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

/** Runs both paths on `count` seeded points and returns the runs where they disagree. */
function disagreements(model: RobustnessModel, count: number, seed: number): string[] {
  const random = new Random(seed);
  const out: string[] = [];
  for (let r = 0; r < count; r++) {
    const u = model.inputs.map(() => random.next());
    const fast = model.run(u);
    const slow = model.reference(u);
    model.units.forEach((unit, k) => {
      const same = fast.ranks[k] === slow.ranks[k] && (Number.isNaN(fast.totals[k]!) ? Number.isNaN(slow.totals[k]!) : Math.abs(fast.totals[k]! - slow.totals[k]!) <= 1e-9);
      if (!same) out.push(`${r} ${unit}: ${fast.ranks[k]} ${fast.totals[k]} vs ${slow.ranks[k]} ${slow.totals[k]} (${JSON.stringify(model.choices(u))})`);
    });
    if (fast.ranked !== slow.ranked) out.push(`${r}: ranked ${fast.ranked} vs ${slow.ranked}`);
  }
  return out;
}

describe('RobustnessModel', () => {
  it('without choices scores the units as scoreUnits does (the scheme\'s nominal result)', () => {
    const plain = scheme('sip-example-2019.yaml');
    const model = new RobustnessModel(rows, plain.scheme, plain.stamp, { year: 2019, unitRecords: data.records.units });
    const scores = scoreUnits(rows, plain.scheme, plain.stamp, { years: [2019], unitRecords: data.records.units });
    expect(model.inputs).toEqual([]);
    model.units.forEach((unit, k) => {
      const s = scores.find((x) => x.unit === unit)!;
      expect([model.nominal.ranks[k], model.nominal.totals[k]]).toEqual([s.rank ?? 0, s.total ?? Number.NaN]);
      expect([model.run([]).ranks[k], model.run([]).totals[k]]).toEqual([s.rank ?? 0, s.total ?? Number.NaN]);
    });
    expect(model.units).not.toContain('*');
  });
  it('with a treatment, its nominal result is what scoreUnits gives the same scheme, and its changes are the items scoreUnits marks treated', () => {
    const treated: Scheme = { ...park.scheme, treatment: { imputation: 'median' } };
    const model = new RobustnessModel(rows, treated, park.stamp, { year: 2019, unitRecords: data.records.units });
    const scores = scoreUnits(rows, treated, park.stamp, { years: [2019], unitRecords: data.records.units });
    expect(model.scores).toEqual(scores);
    const marked = scores.flatMap((s) => s.items.filter((i) => i.treatment !== null).map((i) => `${s.unit} ${i.item} ${i.value}`));
    expect(marked.length).toBeGreaterThan(0);
    expect(model.treatment.changes.flatMap((c) => c.items.map((i) => `${c.unit} ${i} ${c.to}`)).sort()).toEqual(marked.sort());
  });
  it('fast path equals scoreUnits on the variant scheme: park sample, weights, a deduction, coverage and imputation (15 runs)', () => {
    expect(parkModel.inputs.map((i) => i.input.type)).toEqual(['weight', 'weight', 'weight', 'weight', 'weight', 'weight', 'weight', 'amount', 'coverage', 'imputation']);
    expect(disagreements(parkModel, 15, 11)).toEqual([]);
  });
  it('fast path equals scoreUnits in index mode: weights, normalisation, aggregation and coverage (15 runs)', () => {
    const db = scheme('doing-business-2020.json');
    const relative = db.scheme.dimensions.flatMap((d) => d.items).find((i) => i.rule.type !== 'relative');
    const varied: Scheme = {
      ...db.scheme,
      dimensions: db.scheme.dimensions.map((d, j) => (j === 0
        ? { ...d, items: d.items.map((i, k) => (k === 0 ? { ...i, rule: { type: 'relative', method: 'min-max' } } : i)) }
        : d)),
      geometricOffset: 1,
      uncertainty: { inputs: [
        { type: 'weight', target: db.scheme.dimensions[0]!.id, noise: 0.5 },
        { type: 'weight', target: relative!.id, alternatives: [0.5, 2] },
        { type: 'normalisation', alternatives: ['min-max', 'rank', 'percentile-rank'] },
        { type: 'aggregation', alternatives: ['arithmetic', 'geometric'] },
        { type: 'coverage', alternatives: [0.3, 0.6, 0.9] },
      ] },
    };
    expect(checkScheme(varied).ok).toBe(true);
    const model = new RobustnessModel(rows, varied, db.stamp, { year: 2019, unitRecords: data.records.units });
    expect(disagreements(model, 15, 5)).toEqual([]);
  });
});

