import { describe, expect, it } from 'vitest';
import { weightedArithmeticMean } from '../../src/scoring/aggregate/weighted-arithmetic-mean.ts';
import { explainedValue } from '../../src/scoring/explain-messages.ts';
import { applyRule } from '../../src/scoring/rules/apply-rule.ts';
import type { GoalpostsRule } from '../../src/scoring/scheme.ts';

/** A Doing Business component score, the way a business scheme's goalposts item is scored (index mode). */
function dbScore(value: number, worst: number, best: number, exponent?: number): number {
  const rule: GoalpostsRule = exponent === undefined ? { type: 'goalposts', worst, best } : { type: 'goalposts', worst, best, exponent };
  return applyRule(rule, {
    method: 'index', value, points: 100, direction: 'lower', peers: [],
    indicator: 'business.indicator_score', name: { 'zh-Hant': '指標', 'zh-Hans': '指标', en: 'Indicator' },
  }).earned;
}

/** A topic score: the plain mean of its component scores. */
const topic = (scores: number[]) => weightedArithmeticMean(scores, scores.map(() => 1))!;

// Goalposts of starting a business, DB2017–DB2020 (Doing Business 2020, table 6.1):
// procedures 1–18, time 0.5–100 days, cost 0–200% of income per capita, paid-in minimum capital 0–400%.
const SB = { procedures: [18, 1], time: [100, 0.5], cost: [200, 0], capital: [400, 0] } as const;

describe('published figures: Doing Business starting a business', () => {
  // World Bank, Doing Business 2020, Singapore (SCORING.md, issue 3).
  it('Singapore DB2020: 2 procedures → 94.11765, 1.5 days → 98.99497, capital 0 → 100', () => {
    expect(dbScore(2, ...SB.procedures)).toBeCloseTo(94.11765, 5);
    expect(dbScore(1.5, ...SB.time)).toBeCloseTo(98.99497, 5);
    expect(dbScore(0, ...SB.capital)).toBe(100);
  });

  it('Singapore DB2020: cost 0.4% → 99.8; the published 99.80609 comes from the unrounded cost 0.38782%', () => {
    expect(dbScore(0.4, ...SB.cost)).toBe(99.8);
    expect(dbScore(0.38782, ...SB.cost)).toBeCloseTo(99.80609, 5);
  });

  it('Singapore DB2020: the topic score is the mean of its four scores, 98.22968 to 1e-5 with the unrounded cost', () => {
    const score = topic([dbScore(2, ...SB.procedures), dbScore(1.5, ...SB.time), dbScore(0.38782, ...SB.cost), dbScore(0, ...SB.capital)]);
    expect(Math.abs(score - 98.22968)).toBeLessThan(1e-5);
  });

  // doingbusiness.org/data/exploreeconomies/new-zealand (Doing Business 2017): starting a business
  // DTF 99.96 from 1.0 procedure, 0.5 days, cost 0.3% (published rounded to 0.1), capital 0.0.
  it('New Zealand DB2017: 1 procedure, 0.5 days, cost 0.3%, capital 0 → 99.96', () => {
    const score = topic([dbScore(1, ...SB.procedures), dbScore(0.5, ...SB.time), dbScore(0.3, ...SB.cost), dbScore(0, ...SB.capital)]);
    expect(score).toBeCloseTo(99.9625, 10);
    expect(Math.abs(score - 99.96)).toBeLessThanOrEqual(0.005);
  });

  // Doing Business 2018 country tables, Afghanistan (copy at pdfslide.net, "country tables … DTF score for
  // starting a business"): DTF 84.28 from 3.5 procedures, 7.5 days, cost 82.3%, minimum capital 0.0.
  it('Afghanistan DB2018: 3.5 procedures, 7.5 days, cost 82.3%, capital 0 → 84.28', () => {
    const score = topic([dbScore(3.5, ...SB.procedures), dbScore(7.5, ...SB.time), dbScore(82.3, ...SB.cost), dbScore(0, ...SB.capital)]);
    expect(Math.abs(score - 84.28)).toBeLessThanOrEqual(0.005);
  });
});

describe('published figures: Doing Business dealing with construction permits', () => {
  // Same source, Afghanistan DB2018: DTF for dealing with construction permits 22.54 from 13 procedures,
  // 354 days, cost 89.8% of warehouse value and a building quality control index of 2.5 (0–15). Goalposts:
  // procedures 5–30, time 26–373 days, cost 0–20% of warehouse value, index 15 (best) – 0 (worst).
  // The cost lies beyond the worst goalpost and scores 0: the figure checks the clamp.
  it('Afghanistan DB2018: 13 procedures, 354 days, cost 89.8% (beyond the worst, so 0), index 2.5 → 22.54', () => {
    const cost = dbScore(89.8, 20, 0);
    expect(cost).toBe(0);
    const score = topic([dbScore(13, 30, 5), dbScore(354, 373, 26), cost, dbScore(2.5, 0, 15)]);
    expect(Math.abs(score - 22.54)).toBeLessThanOrEqual(0.005);
  });
});

describe('published method: Doing Business total tax and contribution rate', () => {
  // Doing Business 2020, chapter 6: the total tax and contribution rate is scored between 26.1% (best)
  // and 84.0% (worst) and the score is raised to the power 0.8 (the nonlinear transformation). No
  // published economy score with its unrounded rate was found to test against; these check the method.
  it('a rate at or below 26.1% scores 100, at or above 84.0% scores 0', () => {
    expect(dbScore(26.1, 84, 26.1, 0.8)).toBe(100);
    expect(dbScore(20, 84, 26.1, 0.8)).toBe(100);
    expect(dbScore(84, 84, 26.1, 0.8)).toBe(0);
  });

  it('a rate halfway between the goalposts (55.05%) scores 100 × 0.5^0.8 = 57.43492', () => {
    expect(dbScore(55.05, 84, 26.1, 0.8)).toBeCloseTo(57.43492, 5);
  });

  it('the transformation raises every score strictly between the goalposts above its linear score', () => {
    for (const rate of [30, 40, 50, 60, 70, 80]) expect(dbScore(rate, 84, 26.1, 0.8)).toBeGreaterThan(dbScore(rate, 84, 26.1));
  });
});

describe('published method: WJP Rule of Law Index', () => {
  // World Justice Project, Rule of Law Index methodology: the overall score is the simple mean of the
  // 8 factor scores and a factor score the simple mean of its sub-factors (44 sub-factors: 6, 4, 4, 8, 3,
  // 5, 7, 7). The scores below are made up; the test checks that the two-level equal-weight aggregation
  // is what weightedArithmeticMean computes, and that it is not the flat mean of the 44 sub-factors.
  const factors = [
    [0.91, 0.88, 0.95, 0.9, 0.87, 0.93],
    [0.96, 0.97, 0.95, 0.94],
    [0.82, 0.85, 0.8, 0.79],
    [0.9, 0.88, 0.91, 0.93, 0.86, 0.92, 0.89, 0.9],
    [0.95, 0.99, 0.8],
    [0.86, 0.84, 0.9, 0.88, 0.85],
    [0.83, 0.8, 0.9, 0.88, 0.87, 0.84, 0.86],
    [0.8, 0.78, 0.85, 0.88, 0.9, 0.82, 0.84],
  ];
  const mean = (xs: number[]) => weightedArithmeticMean(xs, xs.map(() => 1))!;

  it('overall = mean of the 8 factor means', () => {
    const factorScores = factors.map(mean);
    const overall = mean(factorScores);
    const byHand = factors.map((f) => f.reduce((s, x) => s + x, 0) / f.length).reduce((s, x) => s + x, 0) / 8;
    expect(overall).toBeCloseTo(byHand, 12);
  });

  it('the same overall as one weighted mean of the 44 sub-factors, each weighted 1 / (8 × its factor size)', () => {
    const values = factors.flat();
    const weights = factors.flatMap((f) => f.map(() => 1 / (8 * f.length)));
    expect(values).toHaveLength(44);
    expect(weightedArithmeticMean(values, weights)).toBeCloseTo(mean(factors.map(mean)), 12);
    expect(Math.abs(mean(values) - mean(factors.map(mean)))).toBeGreaterThan(1e-4);
  });
});

describe('published figures: Jiangsu courts 2022', () => {
  // Jiangsu courts 2022 (SCORING.md): 1,376 lost of 17,701 concluded first-instance administrative cases = 7.77%.
  it('1,376 lost of 17,701 shows as 7.77%', () => {
    expect(explainedValue('litigation.loss_rate', 1376 / 17701)).toBe('7.77%');
  });
});
