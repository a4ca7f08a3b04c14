import { describe, expect, it } from 'vitest';
import { kpiTiles } from '../../src/data/kpi-tiles.ts';
import { park } from '../fixtures/park.ts';
import { shuffled } from '../support/check-spec.ts';

describe('kpiTiles', () => {
  it('gives the park\'s 2019 incidents: 29, 13 fewer than 2018, ↑ because fewer is better', async () => {
    const { rows } = await park();
    expect(kpiTiles(rows, { lang: 'zh-Hans', year: 2019, indicators: ['safety.incidents'] })).toEqual([
      { indicator: 'safety.incidents', label: '生产安全事故起数', value: 29, formatted: '29', change: -13, changeFormatted: '−13', verdict: 'better', arrow: '↑', light: null, better: 'lower' },
    ]);
  });

  it('formats rates as percentages and their changes in points; a worse loss rate gets ↓', async () => {
    const { rows } = await park();
    const [tile] = kpiTiles(rows, { lang: 'en', year: 2019, indicators: ['litigation.loss_rate'] });
    expect(tile).toMatchObject({ formatted: '14.1%', changeFormatted: '+4.4 pp', arrow: '↓', better: 'lower' });
  });

  it('takes the SDG arrow and the light from core with a target and thresholds', async () => {
    const { rows } = await park();
    const [tile] = kpiTiles(rows, { lang: 'en', year: 2019, indicators: ['safety.incidents'], targets: { 'safety.incidents': { target: 20, targetYear: 2021, thresholds: { green: 20, red: 40 } } } });
    expect(tile).toMatchObject({ arrow: '↑', light: 'yellow' });
  });

  it('by default lists every indicator with one row for the jurisdiction in the year, in catalogue order, without arrows for directionless ones', async () => {
    const { rows } = await park();
    const tiles = kpiTiles(rows, { lang: 'zh-Hant', year: 2019 });
    expect(tiles[0]).toMatchObject({ indicator: 'documents.issued', label: '規範性文件制發數', arrow: null, better: null });
    expect(tiles.map((t) => t.indicator)).not.toContain('business.dimension_score');
    expect(tiles.map((t) => t.indicator)).toContain('business.score');
    expect(kpiTiles(shuffled(rows, 3), { lang: 'zh-Hant', year: 2019 })).toEqual(tiles);
  });

  it('prints — for a year without data and gives it no arrow or light', async () => {
    const { rows } = await park();
    expect(kpiTiles(rows, { lang: 'en', year: 2025, indicators: ['safety.deaths'] })).toEqual([
      { indicator: 'safety.deaths', label: 'Deaths', value: null, formatted: '—', change: null, changeFormatted: '—', verdict: 'none', arrow: null, light: null, better: 'lower' },
    ]);
  });
});
