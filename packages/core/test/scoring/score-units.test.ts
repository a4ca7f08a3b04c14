import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../../src/indicators/indicator-row.ts';
import type { Scheme, SchemeDimension } from '../../src/scoring/scheme.ts';
import { scoreUnits } from '../../src/scoring/score-units.ts';
import type { SchemeStamp, UnitScore } from '../../src/scoring/unit-score.ts';

const stamp: SchemeStamp = { id: 'test', version: '1', hash: 'sha256:0' };

const count = (indicator: string, unit: string, year: number, value: number): IndicatorRow =>
  ({ indicator, unit, year, numerator: value, denominator: null, value });
const rate = (indicator: string, unit: string, year: number, numerator: number, denominator: number): IndicatorRow =>
  ({ indicator, unit, year, numerator, denominator, value: denominator === 0 ? null : numerator / denominator });

const documents: SchemeDimension = {
  id: 'documents', name: { 'zh-Hant': '規範性文件', 'zh-Hans': '规范性文件', en: 'Documents' }, points: 10,
  items: [{ id: 'filing', name: { 'zh-Hant': '報備率', 'zh-Hans': '报备率', en: 'Filing rate' }, indicator: 'documents.filing_rate', points: 10, rule: { type: 'target', target: 1 } }],
};
const litigation: SchemeDimension = {
  id: 'litigation', name: { 'zh-Hant': '行政應訴', 'zh-Hans': '行政应诉', en: 'Litigation' }, points: 10,
  items: [{ id: 'lost', name: { 'zh-Hant': '敗訴', 'zh-Hans': '败诉', en: 'Lost cases' }, indicator: 'litigation.lost_cases', points: 10, rule: { type: 'deduct', per: 2 } }],
};
const scheme = (extra: Partial<Scheme> = {}): Scheme => ({
  format: 'fazhi-scheme/1', id: 'test', version: '1', name: '測試', method: 'points', total: 20,
  dimensions: [documents, litigation], ...extra,
});

const byUnit = (results: UnitScore[], unit: string, year = 2019): UnitScore => {
  const found = results.find((r) => r.unit === unit && r.year === year);
  if (found === undefined) throw new Error(`no result for ${unit} ${year}`);
  return found;
};

describe('scoreUnits, points mode', () => {
  const rows = [
    rate('documents.filing_rate', 'A', 2019, 4, 4), count('litigation.lost_cases', 'A', 2019, 3),
    rate('documents.filing_rate', 'B', 2019, 3, 4),
    rate('documents.filing_rate', '*', 2019, 7, 8), count('litigation.lost_cases', '*', 2019, 3),
  ];

  it('earns each item by its rule and sums items into dimensions and the total, stamped with the scheme', () => {
    const a = byUnit(scoreUnits(rows, scheme(), stamp), 'A');
    expect(a.scheme).toEqual(stamp);
    expect(a.items.map((i) => [i.item, i.value, i.earned, i.possible, i.status])).toEqual([
      ['filing', 1, 10, 10, 'met'], ['lost', 3, 4, 10, 'missed'],
    ]);
    expect(a.items[1]!.explanation['zh-Hant']).toBe('敗訴 3 件 × 扣 2 分 = −6 分，本項得 4 / 10 分');
    expect(a.dimensions.map((d) => [d.dimension, d.earned, d.possible, d.weight])).toEqual([['documents', 10, 10, 10], ['litigation', 4, 10, 10]]);
    expect(a).toMatchObject({ total: 14, possible: 20, coverage: 1, notComputable: null, failed: false });
    expect(a.explanation['zh-Hant']).toBe('規範性文件 10 / 10、行政應訴 4 / 10，合計 14 / 20 分；總分 14 / 20 分。');
    expect(a.explanation.en).toBe('Documents 10 / 10; Litigation 4 / 10; together 14 / 20; total 14 / 20.');
  });

  it('counts a unit without lost-case rows as having lost none, and says so', () => {
    const b = byUnit(scoreUnits(rows, scheme(), stamp), 'B');
    const lost = b.items.find((i) => i.item === 'lost')!;
    expect(lost).toMatchObject({ value: 0, missing: true, missingAs: 'zero', earned: 10, possible: 10, status: 'met' });
    expect(lost.explanation['zh-Hant'].startsWith('無記錄，按 0 件計：')).toBe(true);
    expect(lost.explanation.en.startsWith('no records, counted as 0: ')).toBe(true);
    expect(b.total).toBe(17.5);
  });

  it('excludes a missing rate (never 0) and rescales the total to the scheme total (按比例折算)', () => {
    const results = scoreUnits([count('litigation.lost_cases', 'C', 2019, 1)], scheme({ minCoverage: 0.5 }), stamp);
    const c = byUnit(results, 'C');
    const filing = c.items.find((i) => i.item === 'filing')!;
    expect(filing).toMatchObject({ value: null, missing: true, missingAs: 'exclude', earned: null, possible: null, status: null });
    expect(filing.explanation['zh-Hant']).toBe('報備率：無數據，本項不計分（不計入應得分，總分按比例折算）');
    expect(c).toMatchObject({ total: 16, coverage: 0.5 });
    expect(c.explanation['zh-Hant']).toBe('規範性文件 無數據、行政應訴 8 / 10，合計 8 / 10 分；1 項無數據，按比例折算 8 ÷ 10 × 20 = 16 分；總分 16 / 20 分。');
  });

  it('reports no total below the minimum coverage, with the reason, and leaves the unit unranked', () => {
    const results = scoreUnits([count('litigation.lost_cases', 'C', 2019, 1), rate('documents.filing_rate', 'D', 2019, 1, 1)], scheme(), stamp);
    const c = byUnit(results, 'C');
    expect(c.total).toBeNull();
    expect(c.rank).toBeNull();
    expect(c.notComputable?.['zh-Hant']).toBe('有數據的指標僅佔方案的 50%，低於要求的 60%');
    expect(c.explanation.en).toBe('Documents no data; Litigation 8 / 10; together 8 / 10; no total: only 50% of the scheme has data, less than the 60% required.');
    expect(byUnit(results, 'D')).toMatchObject({ total: 20, rank: 1, ranked: 1 });
  });

  it('scores * only with units.jurisdiction, and never ranks it', () => {
    expect(scoreUnits(rows, scheme(), stamp).map((r) => r.unit)).toEqual(['B', 'A']);
    const results = scoreUnits(rows, scheme({ units: { jurisdiction: true } }), stamp);
    expect(results.map((r) => [r.unit, r.rank, r.ranked])).toEqual([['B', 1, 2], ['A', 2, 2], ['*', null, 2]]);
    expect(byUnit(results, '*').total).toBe(12.75);
  });

  it('adds an outside bonus after the sum, beyond the total', () => {
    const bonus: SchemeDimension = {
      ...litigation,
      items: [...litigation.items, { id: 'bonus', name: '加分', indicator: 'decisions.count', rule: { type: 'bonus', per: 0.5, cap: 1 } }],
    };
    const results = scoreUnits([...rows, count('decisions.count', 'A', 2019, 3)], scheme({ dimensions: [documents, bonus] }), stamp);
    const a = byUnit(results, 'A');
    expect(a.items.find((i) => i.item === 'bonus')).toMatchObject({ earned: 1, status: null });
    expect(a.dimensions[1]).toMatchObject({ earned: 4, possible: 10 });
    expect(a.total).toBe(15);
    expect(a.explanation['zh-Hant']).toBe('規範性文件 10 / 10、行政應訴 4 / 10，合計 14 / 20 分；另加分 1 分；總分 15 / 20 分。');
  });
});

describe('scoreUnits, vetoes', () => {
  const rows = [
    rate('documents.filing_rate', 'A', 2019, 1, 1), count('litigation.lost_cases', 'A', 2019, 0), count('safety.major_incidents', 'A', 2019, 1),
    rate('documents.filing_rate', 'B', 2019, 1, 2), count('litigation.lost_cases', 'B', 2019, 2),
    rate('documents.filing_rate', 'C', 2019, 1, 4),
    count('safety.major_incidents', '*', 2019, 1),
  ];

  it('caps the total of a unit that meets a cap veto, with a flag and the sentence', () => {
    const veto = { id: 'major', name: '較大事故', indicator: 'safety.major_incidents' as const, when: { op: '>=' as const, value: 1 }, effect: { type: 'cap' as const, total: 12 } };
    const a = byUnit(scoreUnits(rows, scheme({ vetoes: [veto] }), stamp), 'A');
    expect(a.total).toBe(12);
    expect(a.failed).toBe(false);
    expect(a.flags).toEqual([{
      code: 'veto', item: 'major', value: 1, reference: 1,
      message: { 'zh-Hant': '觸發一票否決「較大事故」（較大及以上事故數 1 ≥ 1）：總分以 12 分封頂', 'zh-Hans': '触发一票否决“较大事故”（较大及以上事故数 1 ≥ 1）：总分以 12 分封顶', en: 'veto "較大事故" applies (Incidents graded major (较大) or worse 1 ≥ 1): the total is capped at 12' },
    }]);
    expect(a.explanation['zh-Hant']).toBe('規範性文件 10 / 10、行政應訴 10 / 10，合計 20 / 20 分；一票否決封頂 12 分；總分 12 / 20 分。');
  });

  it('fails a unit that meets a fail veto and ranks it after every other unit', () => {
    const veto = { id: 'major', name: '較大事故', indicator: 'safety.major_incidents' as const, when: { op: '>=' as const, value: 1 }, effect: { type: 'fail' as const } };
    const results = scoreUnits(rows, scheme({ vetoes: [veto], minCoverage: 0.5 }), stamp);
    expect(results.map((r) => [r.unit, r.total, r.failed, r.rank])).toEqual([['C', 12.5, false, 1], ['B', 11, false, 2], ['A', 20, true, 3]]);
    expect(byUnit(results, 'A').explanation['zh-Hant'].endsWith('；一票否決：考核不合格；總分 20 / 20 分。')).toBe(true);
  });

  it('applies a jurisdiction-scope veto, read from *, to every unit', () => {
    const veto = { id: 'park', name: '全區較大事故', indicator: 'safety.major_incidents' as const, when: { op: '>=' as const, value: 1 }, effect: { type: 'cap' as const, total: 10 }, scope: 'jurisdiction' as const };
    const results = scoreUnits(rows, scheme({ vetoes: [veto], minCoverage: 0.5 }), stamp);
    expect(results.map((r) => r.total)).toEqual([10, 10, 10]);
    expect(results.every((r) => r.flags.some((f) => f.code === 'veto' && f.message['zh-Hant'].includes('全區較大及以上事故數')))).toBe(true);
  });
});

describe('scoreUnits, ranks, change and flags', () => {
  const year = (y: number, lost: Record<string, number>, filing: Record<string, [number, number]>): IndicatorRow[] => [
    ...Object.entries(lost).map(([u, v]) => count('litigation.lost_cases', u, y, v)),
    ...Object.entries(filing).map(([u, [a, b]]) => rate('documents.filing_rate', u, y, a, b)),
  ];
  const rows = [
    ...year(2018, { A: 1, B: 0 }, { A: [1, 1], B: [1, 2], C: [1, 1] }),
    ...year(2019, { A: 0, B: 1, D: 0, E: 0, F: 0, G: 5 }, { A: [1, 1], B: [1, 1], C: [1, 1], D: [1, 1], E: [1, 1], F: [1, 1], G: [1, 1] }),
  ];

  it('shares ranks between equal totals (1, 1, 1, 1, 1, 6, 7) and counts the ranked units', () => {
    const results = scoreUnits(rows, scheme(), stamp, { years: [2019] });
    expect(results.map((r) => [r.unit, r.total, r.rank])).toEqual([
      ['A', 20, 1], ['C', 20, 1], ['D', 20, 1], ['E', 20, 1], ['F', 20, 1], ['B', 18, 6], ['G', 10, 7],
    ]);
    expect(results.every((r) => r.ranked === 7 && r.year === 2019)).toBe(true);
  });

  it('gives the change from the previous year: total, rank (positive = moved up) and per item', () => {
    const results = scoreUnits(rows, scheme(), stamp, { years: [2019] });
    const a = byUnit(results, 'A');
    // 2018: A 18 (rank 2), B 15 (rank 3), C 20 (rank 1)
    expect(a.change).toEqual({ total: 2, rank: 1 });
    expect(a.items.find((i) => i.item === 'lost')!.change).toEqual({ value: -1, earned: 2 });
    expect(byUnit(results, 'B').change).toEqual({ total: 3, rank: -3 });
    expect(byUnit(results, 'D').change).toBeNull();
    expect(scoreUnits(rows, scheme(), stamp, { years: [2018] }).every((r) => r.change === null)).toBe(true);
  });

  it('returns only the units asked for, ranked among all', () => {
    const results = scoreUnits(rows, scheme(), stamp, { years: [2019], units: ['G', 'B'] });
    expect(results.map((r) => [r.unit, r.rank, r.ranked])).toEqual([['B', 6, 7], ['G', 7, 7]]);
  });

  it('flags a unit with far more lost cases than the others as an outlier (MAD 0: more than 2 above the median)', () => {
    const g = byUnit(scoreUnits(rows, scheme(), stamp), 'G');
    expect(g.flags).toEqual([{
      code: 'outlier', item: 'lost', value: 5, reference: 0,
      message: {
        'zh-Hant': '敗訴 5 遠差於各單位中位數 0（多數單位相同，差距 5 > 2）',
        'zh-Hans': '败诉 5 远差于各单位中位数 0（多数单位相同，差距 5 > 2）',
        en: 'Lost cases 5 is far worse than the units’ median of 0 (most units equal; off by 5 > 2)',
      },
    }]);
    expect(byUnit(scoreUnits(rows, scheme(), stamp), 'B').flags).toEqual([]);
  });

  it('flags a value that misses the item requirement, whatever its points', () => {
    const withRequirement: SchemeDimension = {
      ...documents,
      items: [{ ...documents.items[0]!, rule: { type: 'target', target: 0.4 }, requirement: { value: 0.8, source: '上級要求' } }],
    };
    const b = byUnit(scoreUnits(rows, scheme({ dimensions: [withRequirement, litigation] }), stamp, { years: [2018] }), 'B', 2018);
    const filing = b.items.find((i) => i.item === 'filing')!;
    expect(filing).toMatchObject({ earned: 10, status: 'met' });
    expect(filing.flags).toEqual([{
      code: 'below_requirement', item: 'filing', value: 0.5, reference: 0.8,
      message: { 'zh-Hant': '報備率 50% 未達「上級要求」要求的 80%', 'zh-Hans': '报备率 50% 未达“上级要求”要求的 80%', en: 'Filing rate 50% misses the 80% required by 上級要求' },
    }]);
  });
});

describe('scoreUnits, units named by alias or in the other script (unitRecords)', () => {
  const rows = [
    count('litigation.lost_cases', '苏州工业园区劳动和社会保障局', 2019, 4),
    count('litigation.lost_cases', '苏州工业园区司法局', 2019, 0),
    count('litigation.lost_cases', '苏州工业园区规划建设委员会', 2019, 3),
    count('litigation.lost_cases', '*', 2019, 7),
  ];
  const unitRecords = [
    { unit: '苏州工业园区劳动和社会保障局', aliases: ['劳保局'] },
    { unit: '苏州工业园区司法局', aliases: ['司法局'] },
    { unit: '苏州工业园区规划建设委员会', aliases: ['规建委'] },
  ];
  const lost = scheme({ total: 10, dimensions: [litigation] });

  it('includes the units a scheme names by alias, in either script, given the registered units', () => {
    const named = { ...lost, units: { include: ['劳保局', '司法局'] } };
    expect(scoreUnits(rows, named, stamp, { unitRecords }).map((r) => [r.unit, r.rank])).toEqual([
      ['苏州工业园区司法局', 1], ['苏州工业园区劳动和社会保障局', 2],
    ]);
    const traditional = { ...lost, units: { include: ['勞保局', '蘇州工業園區司法局'] } };
    expect(scoreUnits(rows, traditional, stamp, { unitRecords }).map((r) => r.unit)).toEqual(['苏州工业园区司法局', '苏州工业园区劳动和社会保障局']);
  });

  it('excludes the units a scheme names by alias', () => {
    const named = { ...lost, units: { exclude: ['規建委'] } };
    expect(scoreUnits(rows, named, stamp, { unitRecords }).map((r) => r.unit)).toEqual(['苏州工业园区司法局', '苏州工业园区劳动和社会保障局']);
  });

  it('without unitRecords compares canonical names only (an alias then matches no unit)', () => {
    expect(scoreUnits(rows, { ...lost, units: { include: ['劳保局', '蘇州工業園區司法局'] } }, stamp).map((r) => r.unit)).toEqual(['苏州工业园区司法局']);
  });

  it('resolves the units option through the same records, and leaves the scheme unmutated', () => {
    const named = { ...lost, units: { include: ['劳保局', '司法局'] } };
    const copy = structuredClone(named);
    expect(scoreUnits(rows, named, stamp, { unitRecords, units: ['勞保局', '*'] }).map((r) => [r.unit, r.rank, r.ranked])).toEqual([
      ['苏州工业园区劳动和社会保障局', 2, 2],
    ]);
    expect(named).toEqual(copy);
  });
});

describe('scoreUnits, index mode', () => {
  it('scores a Doing Business topic as the mean of its indicator scores (Singapore 2020: 98.22968)', () => {
    const topic = (item: string, value: number): IndicatorRow =>
      ({ indicator: 'business.indicator_score', unit: 'SG', year: 2019, numerator: value, denominator: null, value, dimension: '开办企业', item });
    const rows = [topic('procedures', (18 - 2) / 17 * 100), topic('time', (100 - 1.5) / 99.5 * 100), topic('cost', (200 - 0.38782) / 200 * 100), topic('capital', 100)];
    const db: Scheme = {
      format: 'fazhi-scheme/1', id: 'db', version: '1', name: 'DB', method: 'index', minCoverage: 0.5,
      dimensions: [
        { id: 'start', name: '开办企业', items: ['procedures', 'time', 'cost', 'capital'].map((item) => ({
          id: item, name: item, indicator: 'business.indicator_score' as const, select: { dimension: '开办企业', item }, rule: { type: 'goalposts' as const, worst: 0, best: 100 },
        })) },
        { id: 'other', name: 'other', items: [{ id: 'x', name: 'x', indicator: 'business.indicator_score', select: { dimension: 'x', item: 'x' }, rule: { type: 'goalposts', worst: 0, best: 100 } }] },
      ],
    };
    const [sg] = scoreUnits(rows, db, stamp);
    expect(sg!.dimensions[0]!.earned).toBeCloseTo(98.22968, 5);
    expect(sg!.dimensions[1]).toMatchObject({ earned: null, possible: null });
    expect(sg!.coverage).toBe(0.5);
    expect(sg!.total).toBeCloseTo(98.22968, 5);
    expect(sg!.possible).toBe(100);
    expect(sg!.items.map((i) => i.weight)).toEqual([1, 1, 1, 1, 1]);
  });
});

describe('scoreUnits, relative rules', () => {
  it('compares each unit with the scored units of the year, never with *, which is scored against them', () => {
    const rows = [
      count('litigation.lost_cases', 'A', 2019, 0), count('litigation.lost_cases', 'B', 2019, 2),
      count('litigation.lost_cases', 'C', 2019, 4), count('litigation.lost_cases', '*', 2019, 6),
    ];
    const relative: Scheme = {
      format: 'fazhi-scheme/1', id: 'rel', version: '1', name: 'rel', method: 'index', units: { jurisdiction: true },
      dimensions: [{ id: 'd', name: 'd', items: [{ id: 'lost', name: '敗訴', indicator: 'litigation.lost_cases', rule: { type: 'relative', method: 'min-max' } }] }],
    };
    const results = scoreUnits(rows, relative, stamp);
    expect(results.map((r) => [r.unit, r.items[0]!.earned, r.rank])).toEqual([['A', 100, 1], ['B', 50, 2], ['C', 0, 3], ['*', 0, null]]);
    expect(results.every((r) => r.ranked === 3)).toBe(true);
  });
});

describe('scoreUnits, properties', () => {
  const units = ['A', 'B', 'C', 'D', 'E'];
  const rowsArb = fc.tuple(
    fc.array(fc.tuple(fc.constantFrom(...units), fc.constantFrom(2018, 2019), fc.integer({ min: 0, max: 6 })), { maxLength: 10 }),
    fc.array(fc.tuple(fc.constantFrom(...units), fc.constantFrom(2018, 2019), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 5 })), { maxLength: 10 }),
  ).map(([lost, filing]) => {
    // One row per unit × year × indicator, as computeIndicators gives them.
    const seen = new Set<string>();
    const rows: IndicatorRow[] = [];
    for (const [u, y, v] of lost) if (!seen.has(`l${u}${y}`)) { seen.add(`l${u}${y}`); rows.push(count('litigation.lost_cases', u, y, v)); }
    for (const [u, y, a, b] of filing) if (!seen.has(`f${u}${y}`)) { seen.add(`f${u}${y}`); rows.push(rate('documents.filing_rate', u, y, Math.min(a, b), b)); }
    return rows;
  });
  const s = scheme({
    minCoverage: 0.5,
    dimensions: [
      { ...documents, items: [{ ...documents.items[0]!, rule: { type: 'bands', bands: [{ min: 0.9, share: 1 }, { min: 0.5, share: 0.5 }] } }] },
      litigation,
    ],
  });

  it('does not depend on the order of the rows', () => {
    fc.assert(fc.property(rowsArb, fc.integer(), (rows, seed) => {
      const shuffled = rows.map((r, i) => ({ r, k: ((i + 1) * 2654435761 + seed) % 1000 })).sort((a, b) => a.k - b.k).map((x) => x.r);
      expect(scoreUnits(shuffled, s, stamp)).toEqual(scoreUnits(rows, s, stamp));
    }), { seed: 2019 });
  });

  it('never lowers a unit total when one of its indicators improves (arithmetic aggregation)', () => {
    fc.assert(fc.property(rowsArb, fc.nat(), (rows, pick) => {
      if (rows.length === 0) return;
      const k = pick % rows.length;
      const row = rows[k]!;
      const better: IndicatorRow = row.indicator === 'litigation.lost_cases'
        ? count(row.indicator, row.unit, row.year, Math.max(0, row.numerator - 1))
        : rate(row.indicator, row.unit, row.year, Math.min(row.denominator!, row.numerator + 1), row.denominator!);
      const before = scoreUnits(rows, s, stamp).find((r) => r.unit === row.unit && r.year === row.year)!;
      const after = scoreUnits(rows.map((r, i) => (i === k ? better : r)), s, stamp).find((r) => r.unit === row.unit && r.year === row.year)!;
      if (before.total !== null) expect(after.total!).toBeGreaterThanOrEqual(before.total);
    }), { seed: 31 });
  });

  it('ranks each year as a competition ranking: rank = 1 + the number of units with a higher total', () => {
    fc.assert(fc.property(rowsArb, (rows) => {
      const results = scoreUnits(rows, s, stamp);
      for (const r of results) {
        const year = results.filter((o) => o.year === r.year);
        if (r.total === null) expect(r.rank).toBeNull();
        else expect(r.rank).toBe(1 + year.filter((o) => o.total !== null && o.total > r.total!).length);
        expect(r.ranked).toBe(year.filter((o) => o.total !== null).length);
      }
    }), { seed: 5 });
  });
});
