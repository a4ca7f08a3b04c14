import { describe, expect, test } from 'vitest';
import { LANGS } from '../../../src/lib/i18n/lang.ts';
import { departmentSummary } from '../../../src/lib/scores/department-summary.ts';
import { park } from '../../../../../packages/charts/test/fixtures/park.ts';
import { makeScore } from '../../../../../packages/charts/test/support/make-score.ts';

async function weiting2019() {
  const { scores, scheme } = await park();
  const score = scores.find((s) => s.unit === '唯亭街道' && s.year === 2019);
  if (score === undefined) throw new Error('the park fixture lost 唯亭街道 2019');
  return { score, scheme };
}

describe('departmentSummary(score, lang, scheme)', () => {
  test('lists every dimension and item of the scheme, in scheme order', async () => {
    const { score, scheme } = await weiting2019();
    const summary = departmentSummary(score, 'en', scheme);
    expect(summary.map((d) => d.dimension)).toEqual(scheme.dimensions.map((d) => d.id));
    expect(summary.flatMap((d) => d.items.map((i) => i.item))).toEqual(scheme.dimensions.flatMap((d) => d.items.map((i) => i.id)));
  });

  test('prints an item’s value, rule, points, status and explanation in each language', async () => {
    const { score, scheme } = await weiting2019();
    const head = LANGS.map((lang) => departmentSummary(score, lang, scheme).flatMap((d) => d.items).find((i) => i.item === 'head-appearance'));
    expect(head.map((i) => [i?.name, i?.value, i?.points, i?.status, i?.statusText])).toEqual([
      ['負責人出庭應訴率', '0%', '0 / 10', 'missed', '未達標'],
      ['负责人出庭应诉率', '0%', '0 / 10', 'missed', '未达标'],
      ['Heads appearing in court', '0%', '0 / 10', 'missed', 'Missed'],
    ]);
    expect(head[2]?.rule).toBe('full points at ≥ 80%, none at ≤ 30%, linear between');
    expect(head[1]?.explanation).toBe(score.items.find((i) => i.item === 'head-appearance')?.explanation['zh-Hans']);
    expect(head[0]?.flags).toHaveLength(1);
  });

  test('says in words what became of a missing value: excluded, or counted as zero', async () => {
    const { score, scheme } = await weiting2019();
    const items = departmentSummary(score, 'zh-Hans', scheme).flatMap((d) => d.items);
    expect(items.find((i) => i.item === 'filing-rate')).toMatchObject({ value: '无数据，不计入', points: '—', status: null, statusText: '未评' });
    const zero = score.items.find((i) => i.missingAs === 'zero');
    expect(zero).toBeDefined();
    expect(items.find((i) => i.item === zero?.item)?.value).toBe('无记录，按 0 计');
  });

  test('gives each dimension its subtotal and its points in the scheme', async () => {
    const { score, scheme } = await weiting2019();
    const litigation = departmentSummary(score, 'en', scheme).find((d) => d.dimension === 'litigation');
    expect(litigation).toMatchObject({ name: 'Administrative litigation', points: '10 / 20', weight: '20' });
  });

  test('names items after their indicators without a scheme, and prints an index item’s weight', () => {
    const score = makeScore({ unit: '甲', year: 2019 });
    const [item] = score.items;
    if (item === undefined) throw new Error('makeScore has one item');
    const indexed = { ...score, items: [{ ...item, earned: 62.5, possible: 100, weight: 2 }] };
    expect(departmentSummary(indexed, 'zh-Hans')[0]?.items[0]).toMatchObject({ name: '败诉案件数', points: '62.5 / 100 · 2' });
  });
});
