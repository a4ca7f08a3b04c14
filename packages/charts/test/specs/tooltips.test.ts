import { describe, expect, it } from 'vitest';
import { CHART_LANGS } from '../../src/chart-base.ts';
import { park } from '../fixtures/park.ts';
import { PARK_CHARTS } from './park-specs.ts';

type Json = Record<string, unknown>;

/** Every mark definition (a view with `mark`) of a spec, with the encoding it inherits from its parent views. */
function marks(node: unknown, inherited: Json = {}): { mark: unknown; encoding: Json }[] {
  if (Array.isArray(node)) return node.flatMap((n) => marks(n, inherited));
  if (node === null || typeof node !== 'object') return [];
  const view = node as Json;
  const encoding = { ...inherited, ...((view.encoding as Json | undefined) ?? {}) };
  const own = 'mark' in view ? [{ mark: view.mark, encoding }] : [];
  return [...own, ...['layer', 'hconcat', 'vconcat', 'concat'].flatMap((k) => marks(view[k], encoding))];
}

describe('chart tooltips', () => {
  it.each(CHART_LANGS)('in %s every mark drawn from the chart\'s rows has a tooltip whose lines are titled in the language', async (lang) => {
    const p = await park();
    for (const chart of PARK_CHARTS) {
      const spec = chart.build(p, lang) as unknown as Json;
      for (const { mark, encoding } of marks(spec)) {
        // Marks on a datum of their own (a requirement's rule and label, the trend's arrow) carry no row to describe.
        const fromRows = Object.values(encoding).some((e) => typeof e === 'object' && e !== null && 'field' in e);
        if (!fromRows || (encoding.text as Json | undefined)?.field === 'arrow') continue;
        const tooltip = encoding.tooltip as Json[] | undefined;
        expect(tooltip, `${chart.name}: ${JSON.stringify(mark)}`).toBeDefined();
        expect(tooltip!.length).toBeGreaterThanOrEqual(2);
        for (const line of tooltip!) expect(String(line.title)).not.toBe('');
        if (lang === 'en') for (const line of tooltip!) expect(String(line.title)).not.toMatch(/[\u3400-\u9fff]/);
      }
    }
  });

  it('shows a rate\'s value, numerator / denominator, unit, year and change from last year in the yearly comparison', async () => {
    const p = await park();
    const chart = PARK_CHARTS.find((c) => c.name === 'yearly loss rate')!;
    const spec = JSON.stringify(chart.build(p, 'zh-Hant'));
    for (const title of ['單位', '年度', '分子／分母', '較上年']) expect(spec).toContain(`"title":"${title}"`);
  });
});
