import { schemeRequirements, type IndicatorRequirement } from '@fazhi/charts';
import type { IndicatorId, IndicatorRow, Lang } from '@fazhi/core';
import { beforeAll, describe, expect, test } from 'vitest';
import { OVERVIEW_INDICATORS, overviewTiles } from '../../../src/lib/areas/overview-tiles.ts';
import { parkFixture, reversed, type ParkFixture } from './park-fixture.ts';

const LANGS: readonly Lang[] = ['zh-Hant', 'zh-Hans', 'en'];
const none = new Map<IndicatorId, IndicatorRequirement>();
const row = (indicator: IndicatorId, unit: string, year: number, value: number | null): IndicatorRow => ({ indicator, unit, year, numerator: value ?? 0, denominator: null, value });
let park: ParkFixture;

beforeAll(async () => {
  park = await parkFixture();
});

describe('overviewTiles', () => {
  test("the park's jurisdiction gets every headline indicator, in order, each opening its area", () => {
    const tiles = overviewTiles(park.rows, { lang: 'zh-Hans', year: 2019, unit: '*', requirements: none });
    expect(tiles.map((t) => t.indicator)).toEqual(OVERVIEW_INDICATORS);
    expect(tiles.map((t) => t.area)).toEqual(['documents', 'documents', 'litigation', 'litigation', 'litigation', 'reconsideration', 'enforcement', 'decisions', 'safety', 'safety', 'business']);
  });

  test('without a requirement the light is the change from last year, said in words: green better, red worse, yellow the same', () => {
    const tiles = overviewTiles(park.rows, { lang: 'zh-Hans', year: 2019, unit: '*', requirements: none });
    const by = (id: string) => tiles.find((t) => t.indicator === id)!;
    expect(by('litigation.lost_cases')).toMatchObject({ formatted: '9', changeFormatted: '+4', arrow: '↓', arrowText: '变差', status: 'red', statusText: '较上年变差' });
    expect(by('safety.incidents')).toMatchObject({ formatted: '29', changeFormatted: '−13', arrow: '↑', arrowText: '改善', status: 'green', statusText: '较上年改善' });
    expect(by('documents.filing_rate')).toMatchObject({ formatted: '100%', status: 'yellow', statusText: '与上年持平' });
  });

  test("without a requirement the light is the tile's own verdict (charts' kpiTiles), never judged again; a change that prints as 0 is the same", () => {
    const light = { better: 'green', worse: 'red', same: 'yellow', none: null } as const;
    for (const year of [2018, 2019]) {
      for (const t of overviewTiles(park.rows, { lang: 'en', year, unit: '*', requirements: none })) {
        expect(t.status, t.indicator).toBe(t.better === null ? null : light[t.verdict]);
      }
    }
    const tiny = overviewTiles([row('litigation.loss_rate', '*', 2019, 0.1004), row('litigation.loss_rate', '*', 2018, 0.1)], { lang: 'en', year: 2019, unit: '*', requirements: none });
    expect(tiny[0]).toMatchObject({ changeFormatted: '0', verdict: 'same', arrow: '→', status: 'yellow' });
  });

  test("the scheme's requirement lights a tile by whether it is met, and says the required value", () => {
    const requirements = schemeRequirements(park.scheme);
    const tile = (lang: Lang) => overviewTiles(park.rows, { lang, year: 2019, unit: '*', requirements }).find((t) => t.indicator === 'litigation.head_appearance_rate')!;
    expect(tile('zh-Hans')).toMatchObject({ formatted: '50%', status: 'red', statusText: '未达要求（80%）' });
    expect(tile('zh-Hant').statusText).toBe('未達要求（80%）');
    expect(tile('en').statusText).toBe('Misses the requirement (80%)');
    const met = overviewTiles([row('litigation.head_appearance_rate', '*', 2019, 0.85)], { lang: 'en', year: 2019, unit: '*', requirements });
    expect(met[0]).toMatchObject({ status: 'green', statusText: 'Meets the requirement (80%)' });
  });

  test('a requirement on the lower side is met at or below it', () => {
    const requirements = new Map<IndicatorId, IndicatorRequirement>([['litigation.loss_rate', { value: 0.1, direction: 'lower' }]]);
    const at = overviewTiles([row('litigation.loss_rate', '*', 2019, 0.1)], { lang: 'en', year: 2019, unit: '*', requirements });
    const above = overviewTiles([row('litigation.loss_rate', '*', 2019, 0.12)], { lang: 'en', year: 2019, unit: '*', requirements });
    expect([at[0]?.status, above[0]?.status]).toEqual(['green', 'red']);
  });

  test('without last year there is no light, and the words say there is nothing to compare', () => {
    const tiles = overviewTiles(park.rows, { lang: 'en', year: 2018, unit: '*', requirements: none });
    const lost = tiles.find((t) => t.indicator === 'litigation.lost_cases')!;
    expect(lost).toMatchObject({ changeFormatted: '—', arrow: null, arrowText: '', status: null, statusText: 'No comparison with last year' });
  });

  test('a unit gets tiles only for the indicators it has rows for (no business score for a department)', () => {
    const tiles = overviewTiles(park.rows, { lang: 'zh-Hans', year: 2019, unit: '苏州工业园区劳动和社会保障局', requirements: none });
    const ids = tiles.map((t) => t.indicator);
    expect(ids).toContain('litigation.lost_cases');
    expect(ids).not.toContain('business.score');
    expect(tiles.find((t) => t.indicator === 'litigation.lost_cases')).toMatchObject({ formatted: '4', changeFormatted: '+2' });
  });

  test('no rows give no tiles; a value of null prints — and is never NaN', () => {
    expect(overviewTiles([], { lang: 'en', year: 2019, unit: '*', requirements: none })).toEqual([]);
    const tiles = overviewTiles([row('litigation.loss_rate', '*', 2019, null), row('litigation.loss_rate', '*', 2018, 0.1)], { lang: 'en', year: 2019, unit: '*', requirements: none });
    expect(tiles[0]).toMatchObject({ formatted: '—', changeFormatted: '—', status: null });
  });

  test('every tile has its words in every language and does not depend on row order', () => {
    for (const lang of LANGS) {
      const tiles = overviewTiles(park.rows, { lang, year: 2019, unit: '*', requirements: schemeRequirements(park.scheme) });
      for (const t of tiles) expect(`${t.label} ${t.formatted} ${t.changeFormatted} ${t.statusText}`, t.indicator).not.toMatch(/NaN|undefined|null/);
      expect(overviewTiles(reversed(park.rows), { lang, year: 2019, unit: '*', requirements: none })).toEqual(overviewTiles(park.rows, { lang, year: 2019, unit: '*', requirements: none }));
    }
  });
});
