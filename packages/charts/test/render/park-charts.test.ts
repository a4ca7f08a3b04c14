import { JURISDICTION, type IndicatorId } from '@fazhi/core';
import type { TopLevelSpec } from 'vega-lite';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_LANGS, chartConfig, compositionSpec, heatmapSpec, monthlyComparisonSpec, rankingSpec, trendSpec, unitLabel, yearlyComparisonSpec, type ChartLang } from '../../src/index.ts';
import { findCjkFont } from '../../src/render/find-cjk-font.ts';
import { normalizeSvg } from '../../src/render/normalize-svg.ts';
import { readFontFaces, type FontFace } from '../../src/render/read-font-faces.ts';
import { renderSvg } from '../../src/render/render-svg.ts';
import { textWidth } from '../../src/render/text-width.ts';
import { park, type Park } from '../fixtures/park.ts';
import { overlappingTexts, textBoxes } from './text-boxes.ts';

const years = [2018, 2019];
const texts = (svg: string): string[] => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

let faces: FontFace[] | undefined;
const pngFaces = (): FontFace[] => (faces ??= findCjkFont().files.flatMap((file) => readFontFaces(readFileSync(file))));

interface ParkChart {
  build: (p: Park, lang: ChartLang) => TopLevelSpec;
  /** For charts with one bar per unit: the indicator, whose units must all be labelled. */
  unitsOf?: IndicatorId;
}

/** The park's charts, one or more of each kind, by snapshot name. */
const charts: Record<string, ParkChart> = {
  'yearly-head-appearance-rate': {
    build: ({ rows }, lang) => yearlyComparisonSpec(rows, { lang, indicator: 'litigation.head_appearance_rate', years }),
    unitsOf: 'litigation.head_appearance_rate',
  },
  'yearly-lost-cases': {
    build: ({ rows }, lang) => yearlyComparisonSpec(rows, { lang, indicator: 'litigation.lost_cases', years }),
    unitsOf: 'litigation.lost_cases',
  },
  'trend-safety-incidents': {
    build: ({ rows }, lang) => trendSpec(rows, { lang, indicator: 'safety.incidents', unit: JURISDICTION, target: 20, targetYear: 2021 }),
  },
  'monthly-safety-incidents': {
    build: ({ incidents }, lang) => monthlyComparisonSpec(incidents, { lang, year: 2019, measure: 'incidents' }),
  },
  'ranking-total': {
    build: ({ scores }, lang) => rankingSpec(scores, { lang, year: 2019, requirement: 80 }),
  },
  'ranking-filing-rate': {
    build: ({ scores }, lang) => rankingSpec(scores, { lang, year: 2019, item: 'filing-rate' }),
  },
  'heatmap-2019': {
    build: ({ scores }, lang) => heatmapSpec(scores, { lang, year: 2019 }),
  },
  'composition-2019': {
    build: ({ scores }, lang) => compositionSpec(scores, { lang, year: 2019 }),
  },
};

describe('the park’s charts rendered headless', () => {
  for (const [name, chart] of Object.entries(charts)) {
    for (const lang of CHART_LANGS) {
      it(`${name} (${lang}) matches its normalised SVG snapshot`, async () => {
        const svg = await renderSvg(chart.build(await park(), lang), { lang });
        await expect(normalizeSvg(svg)).toMatchFileSnapshot(`__snapshots__/park-${name}.${lang}.svg`);
      });
      it(`${name} (${lang}) has a glyph for every character of its text in the fonts the PNG renderer loads (no tofu)`, async () => {
        const svg = await renderSvg(chart.build(await park(), lang), { lang });
        const faces = pngFaces();
        const chars = new Set(texts(svg).join('').replace(/\s/g, ''));
        expect([...chars].filter((c) => !faces.some((f) => f.hasGlyph(c.codePointAt(0)!)))).toEqual([]);
      });
      it(`${name} (${lang}) lays out no two upright texts over each other`, async () => {
        expect(overlappingTexts(await textBoxes(chart.build(await park(), lang)))).toEqual([]);
      });
      it(`${name} (${lang}) cuts no text with “…”`, async () => {
        const p = await park();
        const labels = texts(await renderSvg(chart.build(p, lang), { lang }));
        expect(labels.filter((t) => t.includes('…'))).toEqual([]);
        if (chart.unitsOf === undefined) return;
        const units = new Set(p.rows.filter((r) => r.indicator === chart.unitsOf && r.unit !== JURISDICTION).map((r) => unitLabel(r.unit, lang)));
        expect(units.size).toBeGreaterThan(5);
        expect(labels).toEqual(expect.arrayContaining([...units]));
      });
    }
  }

  it('the theme’s y-axis label limit is wider than the park’s longest unit name (20 characters) at the label font size', async () => {
    const { rows } = await park();
    const longest = Math.max(...rows.map((r) => textWidth(r.unit, 11)));
    expect(longest).toBe(220);
    for (const lang of CHART_LANGS) {
      const config = chartConfig(lang);
      expect(config.axis?.labelFontSize).toBe(11);
      expect(config.axisY?.labelLimit).toBeGreaterThan(longest);
    }
  });
});
