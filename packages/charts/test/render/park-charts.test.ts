import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { JURISDICTION, type IndicatorId } from '@fazhi/core';
import { CHART_LANGS, unitLabel, yearlyComparisonSpec } from '../../src/index.ts';
import { normalizeSvg } from '../../src/render/normalize-svg.ts';
import { renderSvg } from '../../src/render/render-svg.ts';
import { park } from '../fixtures/park.ts';

const years = [2018, 2019];
const texts = (svg: string): string[] => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

/** The indicator each unit chart shows, to list the units it must label. */
const indicators: Record<string, IndicatorId> = {
  'yearly-head-appearance-rate': 'litigation.head_appearance_rate',
  'yearly-lost-cases': 'litigation.lost_cases',
};

/** The park's charts, one of each kind, by snapshot name. */
const charts: Record<string, (p: Awaited<ReturnType<typeof park>>, lang: (typeof CHART_LANGS)[number]) => TopLevelSpec> = {
  'yearly-head-appearance-rate': ({ rows }, lang) => yearlyComparisonSpec(rows, { lang, indicator: 'litigation.head_appearance_rate', years }),
  'yearly-lost-cases': ({ rows }, lang) => yearlyComparisonSpec(rows, { lang, indicator: 'litigation.lost_cases', years }),
};

describe('the park’s charts rendered headless', () => {
  for (const [name, build] of Object.entries(charts)) {
    for (const lang of CHART_LANGS) {
      it(`${name} (${lang}) matches its normalised SVG snapshot`, async () => {
        const svg = await renderSvg(build(await park(), lang), { lang });
        await expect(normalizeSvg(svg)).toMatchFileSnapshot(`__snapshots__/park-${name}.${lang}.svg`);
      });
      it(`${name} (${lang}) labels every unit with its whole name, none cut with “…”`, async () => {
        const p = await park();
        const labels = texts(await renderSvg(build(p, lang), { lang }));
        expect(labels.filter((t) => t.includes('…'))).toEqual([]);
        const units = new Set(p.rows.filter((r) => r.indicator === indicators[name] && r.unit !== JURISDICTION).map((r) => unitLabel(r.unit, lang)));
        expect(units.size).toBeGreaterThan(5);
        expect(labels).toEqual(expect.arrayContaining([...units]));
      });
    }
  }
});
