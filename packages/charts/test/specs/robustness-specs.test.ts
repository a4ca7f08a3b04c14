import type { UnitRobustness } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { CHART_LANGS } from '../../src/chart-base.ts';
import { robustnessRanksSpec } from '../../src/specs/robustness-ranks-spec.ts';
import { robustnessSobolSpec } from '../../src/specs/robustness-sobol-spec.ts';
import { parkRobustness } from '../fixtures/park-robustness.ts';
import { compileWarnings, deepFreeze, schemaErrors } from '../support/check-spec.ts';

const report = parkRobustness().then((r) => deepFreeze(structuredClone(r)));

const builds = {
  'robustness ranks': async (lang: (typeof CHART_LANGS)[number]) => robustnessRanksSpec((await report).units, { lang, year: 2019, runs: 200 }),
  'robustness sobol': async (lang: (typeof CHART_LANGS)[number]) => {
    const r = await report;
    return robustnessSobolSpec(r.inputs.map((i) => i.name), r.sensitivity!.meanAbsoluteShift!, { lang, n: r.sensitivity!.n });
  },
};

describe.each(Object.entries(builds))('%s of the park', (name, build) => {
  it.each(CHART_LANGS)('in %s validates against vega-lite\'s JSON schema and compiles without a warning', async (lang) => {
    const spec = await build(lang);
    expect(schemaErrors(spec)).toEqual([]);
    expect(compileWarnings(spec)).toEqual([]);
  });

  it.each(CHART_LANGS)('in %s carries no NaN and no "NaN" text', async (lang) => {
    expect(JSON.stringify(await build(lang))).not.toMatch(/NaN|null,"high":null,"nominalText":"—"/);
  });

  // Regenerate with `pnpm exec vitest run packages/charts/test/specs/robustness-specs.test.ts -u`.
  it('equals its committed golden spec (zh-Hans)', async () => {
    await expect(`${JSON.stringify(await build('zh-Hans'), null, 1)}\n`).toMatchFileSnapshot(`golden/${name.replace(/ /g, '-')}.zh-Hans.vl.json`);
  });
});

describe('robustnessRanksSpec(units, options)', () => {
  const unit = (name: string, nominalRank: number | null, low: number | null, high: number | null): UnitRobustness => ({
    unit: name, nominalRank, medianRank: low, low, high, top3: 0, bottom3: 0, meanShift: null, unranked: 0, total: null, nominalTotal: null, driver: null,
    sentence: { 'zh-Hant': '', 'zh-Hans': '', en: '' },
  });

  it('keeps the units in the order given and leaves out a unit never ranked', () => {
    const spec = robustnessRanksSpec([unit('甲', 1, 1, 2), unit('乙', 2, 1, 3), unit('丙', null, null, null)], { lang: 'en', year: 2019, runs: 10 }) as { data: { values: { unit: string; intervalText: string }[] } };
    expect(spec.data.values.map((v) => [v.unit, v.intervalText])).toEqual([['甲', '1–2'], ['乙', '1–3']]);
  });

  it('runs the rank axis from 1 to the worst rank seen, and says the runs in the title', () => {
    const spec = robustnessRanksSpec([unit('甲', 1, 1, 2), unit('乙', 2, 1, 7)], { lang: 'en', year: 2019, runs: 10000 });
    expect(JSON.stringify(spec)).toContain('"domain":[1,7]');
    expect(spec.title).toEqual({ text: 'How certain each rank is, 2019 (10,000 runs)' });
  });
});

describe('robustnessSobolSpec(inputs, indices, options)', () => {
  it('draws a first-order and a total bar per input, with the interval where there is one', () => {
    const spec = robustnessSobolSpec([{ 'zh-Hant': '甲', 'zh-Hans': '甲', en: 'A' }], [{ first: 0.25, total: 0.5, firstInterval: null, totalInterval: [0.4, 0.6] }], { lang: 'en', n: 64 }) as {
      data: { values: { measure: string; value: number; low: number | null; intervalText: string }[] };
    };
    expect(spec.data.values.map((v) => [v.measure, v.value, v.low, v.intervalText])).toEqual([['First order (alone)', 0.25, null, '—'], ['Total (with interactions)', 0.5, 0.4, '0.4–0.6']]);
  });
});
