import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDICATOR_CATALOGUE, type IndicatorId } from '../../../src/indicators/catalogue.ts';
import { COUNT_NOUNS, explainedValue } from '../../../src/scoring/explain-messages.ts';
import { applyRule, type RuleInput } from '../../../src/scoring/rules/apply-rule.ts';
import type { ItemRule } from '../../../src/scoring/scheme.ts';

const lost = { 'zh-Hant': '敗訴', 'zh-Hans': '败诉', en: 'Lost cases' };
const filing = { 'zh-Hant': '報備率', 'zh-Hans': '报备率', en: 'Filing rate' };

const lostInput = (value: number, points = 10): RuleInput => ({
  method: 'points', value, points, direction: 'lower', peers: [], indicator: 'litigation.lost_cases', name: lost,
});
const filingInput = (value: number, points = 5): RuleInput => ({
  method: 'points', value, points, direction: 'higher', peers: [], indicator: 'documents.filing_rate', name: filing,
});

describe('applyRule: deduct', () => {
  it('applyRule explains a deduction in three languages: 敗訴 3 件 × 扣 2 分 = −6 分，本項得 4 / 10 分', () => {
    expect(applyRule({ type: 'deduct', per: 2 }, lostInput(3))).toEqual({
      earned: 4,
      possible: 10,
      explanation: {
        'zh-Hant': '敗訴 3 件 × 扣 2 分 = −6 分，本項得 4 / 10 分',
        'zh-Hans': '败诉 3 件 × 扣 2 分 = −6 分，本项得 4 / 10 分',
        en: '3 lost cases × −2 points = −6 points; item scores 4 / 10',
      },
    });
  });

  it('applyRule says when a deduction hits its cap (扣分以 6 分為限)', () => {
    const o = applyRule({ type: 'deduct', per: 2, cap: 6 }, lostInput(5));
    expect(o.earned).toBe(4);
    expect(o.explanation['zh-Hant']).toBe('敗訴 5 件 × 扣 2 分 = −10 分，扣分以 6 分為限，本項得 4 / 10 分');
    expect(o.explanation['zh-Hans']).toBe('败诉 5 件 × 扣 2 分 = −10 分，扣分以 6 分为限，本项得 4 / 10 分');
    expect(o.explanation.en).toBe('5 lost cases × −2 points = −10 points, capped at 6 points; item scores 4 / 10');
  });

  it('applyRule says when a deduction uses up the points (扣完為止)', () => {
    const o = applyRule({ type: 'deduct', per: 2 }, lostInput(6));
    expect(o.earned).toBe(0);
    expect(o.explanation['zh-Hant']).toBe('敗訴 6 件 × 扣 2 分 = −12 分，扣完為止，本項得 0 / 10 分');
    expect(o.explanation['zh-Hans']).toBe('败诉 6 件 × 扣 2 分 = −12 分，扣完为止，本项得 0 / 10 分');
    expect(o.explanation.en).toBe('6 lost cases × −2 points = −12 points, stopping at 0; item scores 0 / 10');
  });

  it('applyRule with zero events says no deduction, and uses the singular for one event in English', () => {
    expect(applyRule({ type: 'deduct', per: 2 }, lostInput(0)).explanation['zh-Hant']).toBe('敗訴 0 件，不扣分，本項得 10 / 10 分');
    expect(applyRule({ type: 'deduct', per: 1 }, lostInput(1)).explanation.en).toBe('1 lost case × −1 point = −1 point; item scores 9 / 10');
  });

  it('applyRule uses the measure word of the indicator: 起 for incidents, 人 for deaths, 份 for case files, 項 for decisions', () => {
    const name = { 'zh-Hant': '事故', 'zh-Hans': '事故', en: 'Incidents' };
    const at = (indicator: IndicatorId) => applyRule({ type: 'deduct', per: 1 }, { ...lostInput(2), indicator, name });
    expect(at('safety.incidents').explanation['zh-Hant']).toMatch(/^事故 2 起 ×/);
    expect(at('safety.deaths').explanation['zh-Hant']).toMatch(/^事故 2 人 ×/);
    expect(at('enforcement.files_reviewed').explanation['zh-Hant']).toMatch(/^事故 2 份 ×/);
    expect(at('decisions.count').explanation['zh-Hans']).toMatch(/^事故 2 项 ×/);
    expect(at('safety.deaths').explanation.en).toMatch(/^2 deaths ×/);
  });
});

describe('applyRule: target', () => {
  it('applyRule shows rates as percentages and the proportion below a target: 報備率 95.5% → 4.78 / 5', () => {
    const o = applyRule({ type: 'target', target: 1 }, filingInput(0.955));
    expect(o.earned).toBe(4.775);
    expect(o.explanation).toEqual({
      'zh-Hant': '報備率 95.5% 未達目標 100%，按比例 95.5% ÷ 100% × 5 = 4.78，本項得 4.78 / 5 分',
      'zh-Hans': '报备率 95.5% 未达目标 100%，按比例 95.5% ÷ 100% × 5 = 4.78，本项得 4.78 / 5 分',
      en: 'Filing rate 95.5%, below the target 100%: in proportion, 95.5% ÷ 100% × 5 = 4.78; item scores 4.78 / 5',
    });
  });

  it('applyRule gives full points at the target exactly', () => {
    const o = applyRule({ type: 'target', target: 1 }, filingInput(1));
    expect(o.earned).toBe(5);
    expect(o.explanation['zh-Hant']).toBe('報備率 100% ≥ 目標 100%，本項得 5 / 5 分');
    expect(o.explanation.en).toBe('Filing rate 100%, at or above the target 100%; item scores 5 / 5');
  });

  it('applyRule explains a floor: 0 at the floor, linear between floor and target', () => {
    const rule: ItemRule = { type: 'target', target: 1, floor: 0.8 };
    expect(applyRule(rule, filingInput(0.8)).explanation['zh-Hant']).toBe('報備率 80% ≤ 下限 80%，本項得 0 / 5 分');
    const between = applyRule(rule, filingInput(0.9));
    expect(between.earned).toBe(2.5);
    expect(between.explanation['zh-Hans']).toBe('报备率 90% 介于下限 80% 与目标 100% 之间：(90% − 80%) ÷ (100% − 80%) × 5 = 2.5，本项得 2.5 / 5 分');
  });

  it('applyRule uses the rule direction over the resolved one, and target / value when lower is better', () => {
    const o = applyRule({ type: 'target', target: 0.05, direction: 'lower' }, { ...filingInput(0.1), indicator: 'litigation.loss_rate' });
    expect(o.earned).toBe(2.5);
    expect(o.explanation.en).toBe('Filing rate 10%, above the target 5%: in proportion, 5% ÷ 10% × 5 = 2.5; item scores 2.5 / 5');
  });
});

describe('applyRule: bands, shortfall, bonus, goalposts', () => {
  const bands: ItemRule = { type: 'bands', bands: [{ min: 0.9, share: 1 }, { min: 0.8, share: 0.8 }] };

  it('applyRule names the band reached and its share', () => {
    const o = applyRule(bands, filingInput(0.85, 10));
    expect(o.earned).toBe(8);
    expect(o.explanation['zh-Hant']).toBe('報備率 85% 落在「≥ 80%」檔（得 80%），本項得 8 / 10 分');
    expect(o.explanation.en).toBe('Filing rate 85% reaches the band ≥ 80% (80% of the points); item scores 8 / 10');
  });

  it('applyRule says when no band is reached, naming the lowest', () => {
    const o = applyRule(bands, filingInput(0.7, 10));
    expect(o.earned).toBe(0);
    expect(o.explanation['zh-Hans']).toBe('报备率 70% 未达任何档次（最低一档为“≥ 80%”），本项得 0 / 10 分');
  });

  it('applyRule explains a shortfall in percentage points with the step mode', () => {
    const o = applyRule({ type: 'shortfall', target: 0.9, step: 0.1, per: 1 }, filingInput(0.85, 10));
    expect(o.earned).toBe(9);
    expect(o.explanation['zh-Hant']).toBe('報備率 85% 距目標 90% 差 5 個百分點，每差 10 個百分點，扣 1 分，不足一檔按一檔計：1 檔 × 扣 1 分 = −1 分，本項得 9 / 10 分');
    expect(o.explanation.en).toBe('Filing rate 85% is 5 percentage points short of the target 90%; −1 point per 10 percentage points short, a started step counting in full: 1 step × −1 = −1 point; item scores 9 / 10');
    expect(applyRule({ type: 'shortfall', target: 0.9, step: 0.1, per: 1 }, filingInput(0.9, 10)).explanation['zh-Hans'])
      .toBe('报备率 90% ≥ 目标 90%，不扣分，本项得 10 / 10 分');
  });

  it('applyRule gives a bonus its cap as possible points only inside the total', () => {
    const input = { ...lostInput(5, 0), direction: 'higher' as const };
    const outside = applyRule({ type: 'bonus', per: 0.5, cap: 2 }, input);
    expect(outside).toMatchObject({ earned: 2, possible: 0 });
    expect(outside.explanation['zh-Hant']).toBe('敗訴 5 件 × 加 0.5 分 = +2.5 分，加分以 2 分為限，本項加 2 分');
    expect(applyRule({ type: 'bonus', per: 0.5, cap: 2, outside: false }, input)).toMatchObject({ earned: 2, possible: 2 });
    expect(applyRule({ type: 'bonus', per: 0.5, cap: 2 }, { ...input, value: 0 }).explanation.en).toBe('0 lost cases, no bonus (cap 2); item adds 0 points');
  });

  it('applyRule shows the goalpost formula, with the exponent when there is one', () => {
    const name = { 'zh-Hant': '開辦程序', 'zh-Hans': '开办程序', en: 'Procedures' };
    const input: RuleInput = { method: 'index', value: 2, points: 100, direction: 'lower', peers: [], indicator: 'business.indicator_score', name };
    const o = applyRule({ type: 'goalposts', worst: 18, best: 1 }, input);
    expect(o.earned).toBeCloseTo(94.11765, 5);
    expect(o.explanation['zh-Hant']).toBe('開辦程序 2（最佳 1，最差 18）：(18 − 2) ÷ (18 − 1) = 94.12%，本項得 94.12 / 100 分');
    const tax = applyRule({ type: 'goalposts', worst: 84, best: 26.1, exponent: 0.8 }, { ...input, value: 44.8 });
    expect(tax.explanation.en).toBe('Procedures 44.8 (best 26.1, worst 84): ((84 − 44.8) ÷ (84 − 26.1))^0.8 = 73.2%; item scores 73.2 / 100');
    expect(applyRule({ type: 'goalposts', worst: 0, best: 100 }, { ...input, value: 88.24 }).explanation.en)
      .toBe('Procedures 88.24 (best 100, worst 0): (88.24 − 0) ÷ (100 − 0) = 88.24%; item scores 88.24 / 100');
    expect(applyRule({ type: 'goalposts', worst: 18, best: 1 }, { ...input, value: 1 }).explanation['zh-Hans'])
      .toBe('开办程序 1 达到或优于最佳值 1，本项得 100 / 100 分');
  });
});

describe('applyRule: relative methods', () => {
  const input = (value: number, peers: number[], method: 'points' | 'index' = 'index'): RuleInput => ({
    ...lostInput(value, method === 'index' ? 100 : 10), method, peers,
  });

  it('applyRule scores min-max against the peers, best = 100 (lower is better for lost cases)', () => {
    const o = applyRule({ type: 'relative', method: 'min-max' }, input(1, [0, 1, 3]));
    expect(o.earned).toBeCloseTo(200 / 3, 12);
    expect(o.explanation['zh-Hant']).toBe('敗訴 1 件，各單位最佳 0、最差 3：(3 − 1) ÷ (3 − 0) × 100 = 66.67，本項得 66.67 / 100 分');
  });

  it('applyRule turns a relative score into points in points mode', () => {
    expect(applyRule({ type: 'relative', method: 'min-max' }, input(1.5, [0, 1.5, 3], 'points')).earned).toBe(5);
  });

  it('applyRule gives a z-score with no possible points, and refuses z-scores in points mode', () => {
    const o = applyRule({ type: 'relative', method: 'z-score' }, input(1, [0, 1, 3, 4]));
    expect(o.possible).toBeNull();
    expect(o.earned).toBeCloseTo(1 / Math.sqrt(2.5), 12);
    expect(o.explanation.en).toBe("1 lost case; across units the mean is 2 and the standard deviation 1.58: z = (2 − 1) ÷ 1.58 = 0.63; the item's z-score is 0.63");
    expect(() => applyRule({ type: 'relative', method: 'z-score' }, input(1, [0, 1], 'points'))).toThrow(RangeError);
  });

  it('applyRule explains rank and percentile-rank scores with the counts they use', () => {
    const r = applyRule({ type: 'relative', method: 'rank' }, input(1, [0, 1, 1, 3]));
    expect(r.explanation['zh-Hant']).toBe('敗訴 1 件，在 4 個單位中排第 2：(4 − 2) ÷ (4 − 1) × 100 = 66.67，本項得 66.67 / 100 分');
    const p = applyRule({ type: 'relative', method: 'percentile-rank' }, input(1, [0, 1, 1, 3]));
    expect(p.earned).toBe(50);
    expect(p.explanation.en).toBe('1 lost case; of 4 units, 1 is worse and 2 equal (itself included): (1 + 2 ÷ 2) ÷ 4 × 100 = 50; item scores 50 / 100');
  });

  it('applyRule scores distance to target like a proportional target on 0–100', () => {
    const o = applyRule({ type: 'relative', method: 'distance-to-target', target: 0.05 }, { ...input(0.1, []), indicator: 'litigation.loss_rate' });
    expect(o.earned).toBe(50);
    expect(o.explanation['zh-Hant']).toBe('敗訴 10% 高於目標 5%，按比例 5% ÷ 10% × 100 = 50，本項得 50 / 100 分');
  });

  it('applyRule with every peer equal gives every unit the full score and says why', () => {
    const o = applyRule({ type: 'relative', method: 'min-max' }, input(2, [2, 2, 2]));
    expect(o.earned).toBe(100);
    expect(o.explanation['zh-Hans']).toBe('败诉 2 件，各单位数值相同，均得满分，本项得 100 / 100 分');
  });
});

describe('applyRule: every rule, every language', () => {
  const indicators = INDICATOR_CATALOGUE.map((e) => e.id);
  const ruleArb: fc.Arbitrary<ItemRule> = fc.oneof(
    fc.record({ type: fc.constant('goalposts' as const), worst: fc.integer({ min: 0, max: 100 }), best: fc.integer({ min: 101, max: 200 }), exponent: fc.constantFrom(1, 0.8) }),
    fc.record({ type: fc.constant('target' as const), target: fc.double({ min: -1, max: 2, noNaN: true }) }),
    fc.record({ type: fc.constant('target' as const), target: fc.constant(1), floor: fc.constant(0.6) }),
    fc.record({ type: fc.constant('bands' as const), bands: fc.array(fc.record({ min: fc.double({ min: 0, max: 1, noNaN: true }), share: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 4 }) }),
    fc.record({ type: fc.constant('deduct' as const), per: fc.double({ min: 0, max: 5, noNaN: true }), cap: fc.double({ min: 0, max: 10, noNaN: true }) }),
    fc.record({ type: fc.constant('shortfall' as const), target: fc.constant(0.9), step: fc.constantFrom(0.05, 0.1), per: fc.constantFrom(0.5, 1), steps: fc.constantFrom('started' as const, 'whole' as const, 'exact' as const) }),
    fc.record({ type: fc.constant('bonus' as const), per: fc.double({ min: 0, max: 2, noNaN: true }), cap: fc.double({ min: 0, max: 5, noNaN: true }) }),
    fc.record({
      type: fc.constant('relative' as const),
      method: fc.constantFrom('min-max' as const, 'z-score' as const, 'rank' as const, 'percentile-rank' as const, 'distance-to-target' as const),
      target: fc.double({ min: 0.01, max: 1, noNaN: true }),
    }),
  );

  it('applyRule never puts NaN, undefined or Infinity in a sentence, and bounded rules stay within their points', () => {
    fc.assert(
      fc.property(
        ruleArb,
        fc.constantFrom(...indicators),
        fc.double({ min: -10, max: 1000, noNaN: true }),
        fc.array(fc.double({ min: -10, max: 1000, noNaN: true }), { maxLength: 8 }),
        fc.constantFrom('higher' as const, 'lower' as const),
        (rule, indicator, value, peers, direction) => {
          const points = rule.type === 'bonus' ? 0 : 100;
          const o = applyRule(rule, { method: 'index', value, points, direction, peers: [...peers, value], indicator, name: lost });
          for (const text of Object.values(o.explanation)) {
            expect(text).not.toMatch(/NaN|undefined|Infinity|null|∞/);
            expect(text.length).toBeGreaterThan(0);
          }
          if (rule.type === 'bonus') {
            expect(o.earned).toBeGreaterThanOrEqual(0);
            expect(o.earned).toBeLessThanOrEqual(rule.cap);
          } else if (!(rule.type === 'relative' && rule.method === 'z-score')) {
            expect(o.earned).toBeGreaterThanOrEqual(0);
            expect(o.earned).toBeLessThanOrEqual(100);
            expect(o.possible).toBe(100);
          }
        },
      ),
      { seed: 29, numRuns: 1500 },
    );
  });

  it('every count indicator of the catalogue has a measure word and an English noun', () => {
    for (const entry of INDICATOR_CATALOGUE.filter((e) => e.kind === 'count')) {
      expect(COUNT_NOUNS[entry.id], entry.id).toBeDefined();
    }
  });

  it('explainedValue shows Jiangsu courts 2022, 1,376 lost of 17,701, as 7.77%', () => {
    expect(explainedValue('litigation.loss_rate', 1376 / 17701)).toBe('7.77%');
    const o = applyRule({ type: 'target', target: 0.05, direction: 'lower' }, {
      ...lostInput(1376 / 17701, 5), indicator: 'litigation.loss_rate', name: { 'zh-Hant': '敗訴率', 'zh-Hans': '败诉率', en: 'Loss rate' },
    });
    expect(o.explanation['zh-Hant']).toBe('敗訴率 7.77% 高於目標 5%，按比例 5% ÷ 7.77% × 5 = 3.22，本項得 3.22 / 5 分');
  });
});
