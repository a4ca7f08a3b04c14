import { describe, expect, test } from 'vitest';
import type { Lang } from '../../src/messages/localized-text.ts';
import { explainMessages, valuePhrase } from '../../src/scoring/explain-messages.ts';
import { ruleText } from '../../src/scoring/rule-text.ts';
import type { BandsRule } from '../../src/scoring/scheme.ts';

const LANGS: readonly Lang[] = ['zh-Hant', 'zh-Hans', 'en'];

describe('ruleText(rule, indicator, lang)', () => {
  test('a target with a floor, thresholds as the indicator prints them (rates in %)', () => {
    const rule = { type: 'target', target: 0.8, floor: 0.3 } as const;
    expect(LANGS.map((lang) => ruleText(rule, 'litigation.head_appearance_rate', lang))).toEqual([
      '≥ 80% 得滿分，≤ 30% 不得分，其間按線性', '≥ 80% 得满分，≤ 30% 不得分，其间按线性', 'full points at ≥ 80%, none at ≤ 30%, linear between',
    ]);
  });

  test('a target without a floor is proportional; a lower-is-better indicator turns the comparison round', () => {
    expect(ruleText({ type: 'target', target: 1 }, 'documents.filing_rate', 'zh-Hans')).toBe('≥ 100% 得满分，不足按比例');
    expect(ruleText({ type: 'target', target: 0.1 }, 'litigation.loss_rate', 'en')).toBe('full points at ≤ 10%, proportional short of it');
    expect(ruleText({ type: 'target', target: 0.1, direction: 'higher' }, 'litigation.loss_rate', 'en')).toBe('full points at ≥ 10%, proportional short of it');
  });

  test('a deduction names the counted event in each language', () => {
    expect(LANGS.map((lang) => ruleText({ type: 'deduct', per: 2 }, 'litigation.lost_cases', lang))).toEqual([
      '每 1 件扣 2 分，扣完為止', '每 1 件扣 2 分，扣完为止', '−2 per lost case, stopping at 0',
    ]);
    expect(ruleText({ type: 'deduct', per: 1, cap: 6 }, 'safety.deaths', 'zh-Hans')).toBe('每 1 人扣 1 分，最多扣 6 分，扣完为止');
  });

  test('bands list each step with its share; lower-is-better bands read as maxima', () => {
    const rule: BandsRule = { type: 'bands', direction: 'lower', bands: [{ min: 0.1, share: 1 }, { min: 0.2, share: 0.8 }] };
    expect(ruleText(rule, 'reconsideration.correction_rate', 'en')).toBe('bands: ≤ 10% → 100%, ≤ 20% → 80%; otherwise 0');
    expect(ruleText({ type: 'bands', bands: [{ min: 90, share: 1 }] }, 'enforcement.mean_score', 'zh-Hant')).toBe('分檔：≥ 90 得 100%；其餘 0');
  });

  test('a shortfall states its step in percentage points for a rate, and how a step begun counts', () => {
    const rule = { type: 'shortfall', target: 1, step: 0.05, per: 1 } as const;
    expect(LANGS.map((lang) => ruleText(rule, 'enforcement.pass_rate', lang))).toEqual([
      '未達 ≥ 100% 時，每差 5個百分點 扣 1 分（不足一檔按一檔計），扣完為止',
      '未达 ≥ 100% 时，每差 5个百分点 扣 1 分（不足一档按一档计），扣完为止',
      '−1 for every 5 pp short of ≥ 100% (a started step counting in full), stopping at 0',
    ]);
    expect(ruleText({ ...rule, steps: 'whole', cap: 3 }, 'enforcement.pass_rate', 'en')).toBe('−1 for every 5 pp short of ≥ 100% (whole steps only), at most −3');
  });

  test('a bonus says whether it counts on top of the total', () => {
    expect(ruleText({ type: 'bonus', per: 0.5, cap: 1 }, 'decisions.count', 'zh-Hans')).toBe('每 1 项加 0.5 分，最多加 1 分（总分外加分）');
    expect(ruleText({ type: 'bonus', per: 0.5, cap: 1, outside: false }, 'decisions.count', 'en')).toBe('+0.5 per major decision, at most +1');
  });

  test('goalposts and relative rules', () => {
    expect(ruleText({ type: 'goalposts', worst: 18, best: 1, exponent: 2 }, 'business.score', 'en')).toBe('0 at 18, full points at 1, linear between (exponent 2)');
    expect(ruleText({ type: 'relative', method: 'distance-to-target', target: 0.9 }, 'documents.filing_rate', 'zh-Hans')).toBe('按距目标的距离计分（目标 90%）');
    expect(ruleText({ type: 'relative', method: 'rank', direction: 'lower' }, 'litigation.lost_cases', 'en')).toBe('by rank among the units (lower is better)');
  });

  test('an event without a measure word falls back to a neutral one', () => {
    expect(ruleText({ type: 'deduct', per: 1 }, 'business.score', 'zh-Hant')).toBe('每 1 項扣 1 分，扣完為止');
  });

  test("says that a deduction stops at 0 in the words of the score's explanation", () => {
    const subject = valuePhrase('litigation.lost_cases', { 'zh-Hant': '敗訴', 'zh-Hans': '败诉', en: 'Lost cases' }, 6);
    const explained = explainMessages['deduct.applied']({ subject, per: 2, raw: 12, earned: 0, points: 10, limit: 'zero', cap: null });
    for (const lang of LANGS) expect(explained[lang]).toContain(ruleText({ type: 'deduct', per: 2 }, 'litigation.lost_cases', lang).split(lang === 'en' ? ', ' : '，').at(-1));
  });
});
