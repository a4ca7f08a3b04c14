import { describe, expect, it } from 'vitest';
import { CHART_LANGS } from '../../src/chart-base.ts';
import { park, type Park } from '../fixtures/park.ts';
import { allStrings, compileWarnings, deepFreeze, schemaErrors, shuffled } from '../support/check-spec.ts';
import { PARK_CHARTS } from './park-specs.ts';

const frozen: Promise<Park> = park().then((p) => deepFreeze({ rows: structuredClone(p.rows), incidents: structuredClone(p.incidents), scores: structuredClone(p.scores), scheme: structuredClone(p.scheme) }));

describe.each(PARK_CHARTS)('$name', ({ build }) => {
  it.each(CHART_LANGS)('in %s validates against vega-lite\'s JSON schema', async (lang) => {
    expect(schemaErrors(build(await frozen, lang))).toEqual([]);
  });

  it.each(CHART_LANGS)('in %s compiles with vega-lite without a warning', async (lang) => {
    expect(compileWarnings(build(await frozen, lang))).toEqual([]);
  });

  it.each(CHART_LANGS)('in %s does not mutate its (deep-frozen) input, and builds the same spec twice', async (lang) => {
    const p = await frozen;
    expect(JSON.stringify(build(p, lang))).toBe(JSON.stringify(build(p, lang)));
  });

  it.each(CHART_LANGS)('in %s is the same for shuffled input', async (lang) => {
    const p = await frozen;
    const expected = JSON.stringify(build(p, lang));
    for (const seed of [1, 2, 3]) {
      const q = { rows: shuffled(p.rows, seed), incidents: shuffled(p.incidents, seed), scores: shuffled(p.scores, seed), scheme: p.scheme };
      expect(JSON.stringify(build(q, lang))).toBe(expected);
    }
  });

  it.each(CHART_LANGS)('in %s prints no NaN, null, undefined or Infinity', async (lang) => {
    const strings = allStrings(build(await frozen, lang));
    expect(strings.filter((s) => /NaN|null|undefined|Infinity/.test(s))).toEqual([]);
  });

  it('prints English titles without Chinese apart from names from the data (units, dimensions), and Chinese titles in Chinese', async () => {
    const p = await frozen;
    const en = build(p, 'en') as { title?: { text: string } };
    const hans = build(p, 'zh-Hans') as { title?: { text: string } };
    const units = [...new Set(p.rows.flatMap((r) => [r.unit, r.dimension ?? '', r.item ?? '']))].filter((u) => u !== '').sort((a, b) => b.length - a.length);
    const withoutUnits = units.reduce((text, unit) => text.split(unit).join('U'), en.title?.text ?? '');
    expect(withoutUnits).toMatch(/^[\x20-\x7e\u00b7\u2013\u2014\u2212’]+$/);
    expect(hans.title?.text).toMatch(/[\u4e00-\u9fff]/);
  });
});
