import { unitLabel } from '@fazhi/charts';
import { robustnessAnalysis, type RobustnessReport } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { coherenceRows } from '../../../src/lib/robustness/coherence-rows.ts';
import { rankTableRows } from '../../../src/lib/robustness/rank-table-rows.ts';
import { schemeSections } from '../../../src/lib/robustness/robustness-example.ts';
import { sobolTableRows } from '../../../src/lib/robustness/sobol-table-rows.ts';
import { parkFixture } from '../areas/park-fixture.ts';
import { robustnessScheme } from './park-robustness.ts';

let cached: RobustnessReport | undefined;
async function report(): Promise<RobustnessReport> {
  const { rows } = await parkFixture();
  const { scheme, stamp } = robustnessScheme();
  cached ??= robustnessAnalysis(rows, scheme, stamp, { year: 2019, runs: 300, seed: 2019, sobol: 16, bootstrap: 10 });
  return cached;
}

describe('rankTableRows(report, lang)', () => {
  it('prints every unit of the report in its order, ranks as integers and the 90% interval as "low–high", never NaN', async () => {
    const r = await report();
    const rows = rankTableRows(r, 'en');
    expect(rows.map((x) => x.unit)).toEqual(r.units.map((u) => u.unit));
    expect(rows[0]!.nominal).toBe('1');
    expect(rows.every((x) => /^\d+–\d+$/.test(x.interval) && /^\d+%$/.test(x.top3))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('NaN');
    expect(rows[0]!.sentence).toBe(r.units[0]!.sentence.en);
  });

  it("prints each unit's name in the reader's script and keeps the data's spelling in unit", async () => {
    const r = await report();
    const named = r.units.find((u) => /[园区]/.test(u.unit))!;
    const only = { ...r, units: [named] };
    expect(rankTableRows(only, 'zh-Hant')[0]).toMatchObject({ unit: named.unit, label: unitLabel(named.unit, 'zh-Hant') });
    expect(rankTableRows(only, 'zh-Hant')[0]!.label).not.toBe(named.unit);
    expect(rankTableRows(only, 'zh-Hans')[0]!.label).toBe(named.unit);
  });

  it('prints "—" for a unit without a rank', async () => {
    const r = await report();
    const unranked = { ...r, units: [{ ...r.units[0]!, nominalRank: null, medianRank: null, low: null, high: null }] };
    expect(rankTableRows(unranked, 'zh-Hans')[0]).toMatchObject({ nominal: '—', median: '—', interval: '—' });
  });
});

describe('sobolTableRows(report, lang)', () => {
  it('has one row per uncertain input with its indices to two decimals, and none before the Sobol analysis', async () => {
    const r = await report();
    const rows = sobolTableRows(r, 'en');
    expect(rows.map((x) => x.input)).toEqual(r.inputs.map((i) => i.name.en));
    expect(rows.every((x) => /^-?\d+(\.\d{1,2})?$/.test(x.total))).toBe(true);
    expect(sobolTableRows({ ...r, sensitivity: null }, 'en')).toEqual([]);
    const tiny = { first: -0.001, total: 0.004, firstInterval: null, totalInterval: [-0.002, 0.01] as [number, number] };
    expect(sobolTableRows({ ...r, sensitivity: { ...r.sensitivity!, meanAbsoluteShift: [tiny] } }, 'en')[0]).toMatchObject({ first: '0', total: '0', interval: '0–0.01' });
  });
});

describe('coherenceRows(coherence, lang, overallName)', () => {
  it("lists α per dimension then over all items, each item's correlation with its dimension, the components and the flags", async () => {
    const r = await report();
    const rows = coherenceRows(r.coherence, 'zh-Hant', '全部指標');
    expect(rows.alpha).toHaveLength(r.coherence.dimensions.length + 1);
    expect(rows.alpha.at(-1)!.name).toBe('全部指標');
    expect(rows.items).toHaveLength(r.coherence.items.length);
    expect(rows.components).toHaveLength(r.coherence.pca?.eigenvalues.length ?? 0);
    expect(rows.flags).toEqual(r.coherence.flags.map((f) => f.message['zh-Hant']));
    expect(JSON.stringify(rows)).not.toContain('NaN');
  });
});

describe('schemeSections(text, keys)', () => {
  it('keeps the named top-level sections as written, with their nested lines and comments', () => {
    const text = 'id: a\ntreatment:\n  imputation: none\nuncertainty:\n  # ten inputs\n  runs: 10\nvetoes: []\n';
    expect(schemeSections(text, ['treatment', 'uncertainty'])).toBe('treatment:\n  imputation: none\nuncertainty:\n  # ten inputs\n  runs: 10');
    expect(schemeSections(text, ['missing'])).toBe('');
  });
});
