import { describe, expect, it } from 'vitest';
import { robustnessCharts } from '../../src/plan/robustness-charts.ts';
import { parkRobustness } from '../fixtures/park-robustness.ts';

describe('robustnessCharts(report, options)', () => {
  it('plans the rank intervals and the Sobol bars of an analysis, named after the year', async () => {
    const charts = robustnessCharts(await parkRobustness(), { lang: 'en' });
    expect(charts.map((c) => [c.kind, c.name])).toEqual([['ranks', 'robustness-ranks-2019'], ['sobol', 'robustness-sobol-2019']]);
    expect(charts.every((c) => typeof c.spec().title === 'object')).toBe(true);
  });

  it('plans nothing for a scheme without uncertain inputs, and no Sobol bars without a sensitivity analysis', async () => {
    const report = await parkRobustness();
    expect(robustnessCharts({ ...report, uncertainty: null, sensitivity: null }, { lang: 'en' })).toEqual([]);
    expect(robustnessCharts({ ...report, sensitivity: null }, { lang: 'en' }).map((c) => c.kind)).toEqual(['ranks']);
  });
});
