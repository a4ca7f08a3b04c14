import { describe, expect, it } from 'vitest';
import { checkScheme, type SchemeCheck } from '../../../src/scoring/check-scheme.ts';
import type { Scheme } from '../../../src/scoring/scheme.ts';
import { indexScheme, pointsScheme } from './scheme-fixtures.ts';

type Loose = Record<string, any>;

function withChange(base: () => Scheme, change: (s: Loose) => void): Scheme {
  const scheme = base() as unknown as Loose;
  change(scheme);
  return scheme as Scheme;
}

function errors(check: SchemeCheck) {
  return check.ok ? [] : check.errors.map((e) => ({ code: e.code, path: e.path, expected: e.expected, actual: e.actual }));
}

function warnings(check: SchemeCheck) {
  return check.warnings.map((e) => ({ code: e.code, path: e.path }));
}

describe('checkScheme: meaning errors (what the JSON Schema cannot say)', () => {
  it('rejects duplicate ids: dimensions among themselves, items and vetoes together', () => {
    const check = checkScheme(withChange(pointsScheme, (s) => {
      s.dimensions[1].id = 'litigation';
      s.dimensions[1].items[0].id = 'lost';
      s.vetoes[0].id = 'extra';
    }));
    expect(errors(check)).toEqual([
      { code: 'id.duplicate', path: 'dimensions[1].id', expected: 'a unique id', actual: '"litigation"' },
      { code: 'id.duplicate', path: 'dimensions[1].items[0].id', expected: 'a unique id', actual: '"lost"' },
      { code: 'id.duplicate', path: 'vetoes[0].id', expected: 'a unique id', actual: '"extra"' },
    ]);
    if (!check.ok) expect(check.errors[1]!.message.en).toBe('dimensions[1].items[0].id: the id "lost" is already used at dimensions[0].items[0].id: every id must be unique within the scheme');
  });
  it('rejects empty ids', () => {
    expect(errors(checkScheme({ ...pointsScheme(), id: ' ' }))).toEqual([
      { code: 'id.empty', path: 'id', expected: 'a non-empty string', actual: '" "' },
    ]);
  });
  it("points mode: a dimension's items must add up to its points (in three languages)", () => {
    const check = checkScheme(withChange(pointsScheme, (s) => (s.dimensions[1].items[0].points = 3)));
    expect(errors(check)).toEqual([
      { code: 'points.dimension_sum', path: 'dimensions[1].points', expected: "3 (the sum of its items' points, bonus items aside)", actual: '4' },
    ]);
    if (check.ok) return;
    expect(check.errors[0]!.message).toEqual({
      'zh-Hant': 'dimensions[1].points：一級指標分值為 4，但其各項（加分項除外）分值之和為 3：請調整使兩者相等',
      'zh-Hans': 'dimensions[1].points：一级指标分值为 4，但其各项（加分项除外）分值之和为 3：请调整使两者相等',
      en: 'dimensions[1].points: the dimension is worth 4 but its items (bonus items aside) add up to 3: make them equal',
    });
  });
  it('points mode: the dimensions must add up to the total, within 1e-9', () => {
    expect(errors(checkScheme({ ...pointsScheme(), total: 12 }))).toEqual([
      { code: 'points.total_sum', path: 'total', expected: "10 (the sum of the dimensions' points)", actual: '12' },
    ]);
    const decimals = withChange(pointsScheme, (s) => {
      s.total = 0.3;
      s.vetoes = [];
      s.dimensions[0].points = 0.1;
      s.dimensions[0].items[0].points = 0.1;
      s.dimensions[1].points = 0.2;
      s.dimensions[1].items[0].points = 0.2;
    });
    expect(checkScheme(decimals).ok).toBe(true); // 0.1 + 0.2 = 0.30000000000000004
  });
  it('points mode: every dimension and non-bonus item needs points > 0; bonus items have none', () => {
    const check = checkScheme(withChange(pointsScheme, (s) => {
      delete s.dimensions[0].items[0].points;
      s.dimensions[0].items[1].points = 1;
      s.dimensions[1].items[0].points = -4;
    }));
    expect(errors(check)).toEqual([
      { code: 'points.missing', path: 'dimensions[0].items[0].points', expected: 'a number > 0', actual: 'missing' },
      { code: 'points.bonus', path: 'dimensions[0].items[1].points', expected: 'nothing', actual: '1' },
      { code: 'number.positive', path: 'dimensions[1].items[0].points', expected: 'a number > 0', actual: '-4' },
      { code: 'points.dimension_sum', path: 'dimensions[1].points', expected: "-4 (the sum of its items' points, bonus items aside)", actual: '4' },
    ]);
  });
  it('index mode: weights must be > 0 and bonus, deduct and shortfall items are refused', () => {
    const check = checkScheme(withChange(indexScheme, (s) => {
      s.dimensions[0].weight = 0;
      s.dimensions[0].items[1].rule = { type: 'deduct', per: 1 };
    }));
    expect(errors(check)).toEqual([
      { code: 'number.positive', path: 'dimensions[0].weight', expected: 'a number > 0', actual: '0' },
      { code: 'rule.points_only', path: 'dimensions[0].items[1].rule.type', expected: 'goalposts, target, bands or relative', actual: '"deduct"' },
    ]);
  });
  it('z-scores only in index mode, and never with geometric aggregation', () => {
    const points = withChange(pointsScheme, (s) => (s.dimensions[1].items[0].rule = { type: 'relative', method: 'z-score' }));
    expect(errors(checkScheme(points))).toEqual([
      { code: 'rule.z_score_points', path: 'dimensions[1].items[0].rule.method', expected: 'min-max, rank or percentile-rank', actual: '"z-score"' },
    ]);
    const geometric = { ...indexScheme(), aggregation: 'geometric' as const, geometricOffset: 1 };
    expect(errors(checkScheme(geometric))).toEqual([
      { code: 'geometric.z_score', path: 'dimensions[0].items[1].rule.method', expected: 'not z-score', actual: '"z-score"' },
    ]);
  });
  it('geometric aggregation over rules that can give 0 warns without geometricOffset, and is quiet with one', () => {
    const base = withChange(indexScheme, (s) => (s.dimensions[0].items[1].rule = { type: 'relative', method: 'min-max' }));
    const without = checkScheme({ ...base, aggregation: 'geometric' });
    expect(without.ok).toBe(true);
    expect(warnings(without)).toEqual([{ code: 'geometric.zero', path: 'aggregation' }]);
    expect(without.warnings[0]!.message.en).toContain('the rules of procedures, time can give 0: set geometricOffset (e.g. 1)');
    const percentile = withChange(indexScheme, (s) => {
      s.dimensions[0].items[0].rule = { type: 'relative', method: 'percentile-rank' };
      s.dimensions[0].items[1].rule = { type: 'relative', method: 'percentile-rank' };
    });
    expect(warnings(checkScheme({ ...percentile, aggregation: 'geometric' }))).toEqual([]); // a mid-rank percentile is never 0
    const withOffset = checkScheme({ ...base, aggregation: 'geometric', geometricOffset: 1 });
    expect(warnings(withOffset)).toEqual([]);
    expect(errors(checkScheme({ ...base, aggregation: 'geometric', geometricOffset: -1 }))).toEqual([
      { code: 'number.positive', path: 'geometricOffset', expected: 'a number > 0', actual: '-1' },
    ]);
  });
  it('bands must go from best to worst with shares in [0, 1]', () => {
    const rule = { type: 'bands', bands: [{ min: 0.8, share: 0.8 }, { min: 0.9, share: 1.2 }] };
    expect(errors(checkScheme(withChange(pointsScheme, (s) => (s.dimensions[1].items[0].rule = rule))))).toEqual([
      { code: 'number.range', path: 'dimensions[1].items[0].rule.bands[1].share', expected: 'a number in [0, 1]', actual: '1.2' },
      { code: 'bands.unsorted', path: 'dimensions[1].items[0].rule.bands[1].min', expected: '< 0.8', actual: '0.9' },
    ]);
    // litigation.loss_rate is better lower: the bands' min is read as a maximum, increasing.
    const lower = { type: 'bands', bands: [{ min: 0.05, share: 1 }, { min: 0.1, share: 0.5 }] };
    expect(checkScheme(withChange(pointsScheme, (s) => {
      s.dimensions[1].items[0].indicator = 'litigation.loss_rate';
      s.dimensions[1].items[0].rule = lower;
    })).ok).toBe(true);
    expect(errors(checkScheme(withChange(pointsScheme, (s) => (s.dimensions[1].items[0].rule = { type: 'bands', bands: [] }))))).toEqual([
      { code: 'bands.empty', path: 'dimensions[1].items[0].rule.bands', expected: 'a list of at least one entry', actual: '[]' },
    ]);
  });
  it('goalposts need best ≠ worst and an exponent > 0; swapped goalposts warn', () => {
    expect(errors(checkScheme(withChange(indexScheme, (s) => (s.dimensions[0].items[0].rule = { type: 'goalposts', worst: 5, best: 5, exponent: 0 }))))).toEqual([
      { code: 'goalposts.equal', path: 'dimensions[0].items[0].rule.best', expected: '≠ 5', actual: '5' },
      { code: 'number.positive', path: 'dimensions[0].items[0].rule.exponent', expected: 'a number > 0', actual: '0' },
    ]);
    const swapped = checkScheme(withChange(indexScheme, (s) => (s.dimensions[0].items[0].rule = { type: 'goalposts', worst: 100, best: 0 })));
    expect(warnings(swapped)).toEqual([{ code: 'goalposts.direction', path: 'dimensions[0].items[0].rule.best' }]);
  });
  it('target: a floor on the wrong side is refused; a target ≤ 0 without a floor (all or nothing) warns', () => {
    expect(errors(checkScheme(withChange(pointsScheme, (s) => (s.dimensions[1].items[0].rule = { type: 'target', target: 0.9, floor: 0.95 }))))).toEqual([
      { code: 'target.floor', path: 'dimensions[1].items[0].rule.floor', expected: '< 0.9', actual: '0.95' },
    ]);
    const zero = checkScheme(withChange(pointsScheme, (s) => (s.dimensions[1].items[0].rule = { type: 'target', target: 0 })));
    expect(zero.ok).toBe(true);
    expect(warnings(zero)).toEqual([{ code: 'target.not_positive', path: 'dimensions[1].items[0].rule.target' }]);
    // litigation.loss_rate is better lower: a floor must lie above the target.
    expect(checkScheme(withChange(pointsScheme, (s) => {
      s.dimensions[1].items[0].indicator = 'litigation.loss_rate';
      s.dimensions[1].items[0].rule = { type: 'target', target: 0.05, floor: 0.2 };
    })).ok).toBe(true);
  });
  it('shortfall needs step > 0; deduct and bonus need per > 0; a deduct cap above the points warns', () => {
    const check = checkScheme(withChange(pointsScheme, (s) => {
      s.dimensions[0].items[0].rule = { type: 'deduct', per: 2, cap: 8 };
      s.dimensions[0].items[1].rule = { type: 'bonus', per: 0, cap: 2 };
      s.dimensions[1].items[0].rule = { type: 'shortfall', target: 0.9, step: 0, per: 1 };
    }));
    expect(errors(check)).toEqual([
      { code: 'number.positive', path: 'dimensions[0].items[1].rule.per', expected: 'a number > 0', actual: '0' },
      { code: 'number.positive', path: 'dimensions[1].items[0].rule.step', expected: 'a number > 0', actual: '0' },
    ]);
    expect(warnings(check)).toEqual([{ code: 'cap.above_points', path: 'dimensions[0].items[0].rule.cap' }]);
  });
  it("missing: 'zero' only for count indicators", () => {
    const check = checkScheme(withChange(pointsScheme, (s) => (s.dimensions[1].items[0].missing = 'zero')));
    expect(errors(check)).toEqual([
      { code: 'missing.zero_not_count', path: 'dimensions[1].items[0].missing', expected: '"exclude"', actual: '"zero"' },
    ]);
    expect(checkScheme(withChange(pointsScheme, (s) => (s.dimensions[0].items[0].missing = 'zero'))).ok).toBe(true);
  });
  it('select only on business.* indicators', () => {
    expect(errors(checkScheme(withChange(pointsScheme, (s) => (s.dimensions[1].items[0].select = { item: '程序' }))))).toEqual([
      { code: 'select.not_business', path: 'dimensions[1].items[0].select', expected: 'nothing', actual: '{"item":"程序"}' },
    ]);
    const unselected = checkScheme(withChange(indexScheme, (s) => delete s.dimensions[0].items[0].select));
    expect(warnings(unselected)).toEqual([{ code: 'select.missing', path: 'dimensions[0].items[0].select' }]);
  });
  it('a veto cap must lie within the total', () => {
    expect(errors(checkScheme(withChange(pointsScheme, (s) => (s.vetoes[0].effect = { type: 'cap', total: 11 }))))).toEqual([
      { code: 'veto.cap_range', path: 'vetoes[0].effect.total', expected: 'a number in [0, 10]', actual: '11' },
    ]);
  });
  it('minCoverage must lie in (0, 1]; status near must not exceed met', () => {
    expect(errors(checkScheme({ ...pointsScheme(), minCoverage: 0 }))).toEqual([
      { code: 'number.range', path: 'minCoverage', expected: 'a number in (0, 1]', actual: '0' },
    ]);
    expect(checkScheme({ ...pointsScheme(), minCoverage: 1 }).ok).toBe(true);
    expect(errors(checkScheme({ ...pointsScheme(), status: { met: 0.9, near: 0.95 } }))).toEqual([
      { code: 'status.order', path: 'status.near', expected: '≤ 0.9', actual: '0.95' },
    ]);
  });
  it('distance-to-target needs a target', () => {
    expect(errors(checkScheme(withChange(indexScheme, (s) => (s.dimensions[0].items[1].rule = { type: 'relative', method: 'distance-to-target' }))))).toEqual([
      { code: 'rule.target_missing', path: 'dimensions[0].items[1].rule.target', expected: 'a number', actual: 'missing' },
    ]);
  });
  it('fields without effect in the scheme\'s method are warnings, not errors', () => {
    const check = checkScheme(withChange(pointsScheme, (s) => {
      s.aggregation = 'geometric';
      s.dimensions[0].weight = 2;
    }));
    expect(check.ok).toBe(true);
    expect(warnings(check)).toEqual([
      { code: 'ignored', path: 'aggregation' },
      { code: 'ignored', path: 'dimensions[0].weight' },
    ]);
  });
  it('a scheme without dimensions, or a dimension without items, is refused', () => {
    expect(errors(checkScheme({ ...pointsScheme(), dimensions: [] }))[0]).toEqual(
      { code: 'dimensions.empty', path: 'dimensions', expected: 'a list of at least one entry', actual: '[]' },
    );
  });
});
