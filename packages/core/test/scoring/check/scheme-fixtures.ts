import type { Scheme } from '../../../src/scoring/scheme.ts';

/**
 * A valid minimal points scheme: two dimensions worth 6 + 4 = 10 points, a
 * deduct item, a target item and a bonus item, and a veto.
 *
 * @example
 * const scheme = pointsScheme(); // a fresh object each call
 */
export function pointsScheme(): Scheme {
  return {
    format: 'fazhi-scheme/1',
    id: 'mini-points',
    version: '1',
    name: '示例方案',
    total: 10,
    dimensions: [
      {
        id: 'litigation', name: { 'zh-Hant': '行政應訴', en: 'Litigation' }, points: 6, items: [
          { id: 'lost', name: '敗訴案件', indicator: 'litigation.lost_cases', points: 6, rule: { type: 'deduct', per: 2 } },
          { id: 'extra', name: '加分', indicator: 'decisions.count', rule: { type: 'bonus', per: 0.5, cap: 2 } },
        ],
      },
      {
        id: 'documents', name: '規範性文件', points: 4, items: [
          { id: 'filing', name: '報備率', indicator: 'documents.filing_rate', points: 4, rule: { type: 'target', target: 1 } },
        ],
      },
    ],
    vetoes: [
      { id: 'major', name: '較大事故', indicator: 'safety.major_incidents', when: { op: '>=', value: 1 }, effect: { type: 'cap', total: 6 } },
    ],
  };
}

/**
 * A valid minimal index scheme in the Doing Business manner: one dimension
 * with two goalposts items, arithmetic aggregation.
 *
 * @example
 * const scheme = indexScheme();
 */
export function indexScheme(): Scheme {
  return {
    format: 'fazhi-scheme/1',
    id: 'mini-index',
    version: '2020',
    name: { en: 'Starting a business' },
    method: 'index',
    dimensions: [
      {
        id: 'start', name: '開辦企業', weight: 1, items: [
          { id: 'procedures', name: '程序', indicator: 'business.indicator_score', select: { dimension: '開辦企業', item: '程序' }, rule: { type: 'goalposts', worst: 0, best: 100, exponent: 1 } },
          { id: 'time', name: '時間', indicator: 'business.indicator_score', select: { dimension: '開辦企業', item: '時間' }, weight: 2, rule: { type: 'relative', method: 'z-score' } },
        ],
      },
    ],
  };
}

/** The YAML text of {@link pointsScheme}, keys in another order than the JSON's. */
export const POINTS_SCHEME_YAML = `# 示例方案 (the same content as pointsScheme())
id: mini-points
format: fazhi-scheme/1
name: 示例方案
version: "1"
total: 10
vetoes:
  - id: major
    name: 較大事故
    indicator: safety.major_incidents
    when: { op: ">=", value: 1 }
    effect: { type: cap, total: 6 }
dimensions:
  - id: litigation
    name: { en: Litigation, zh-Hant: 行政應訴 }
    points: 6
    items:
      - id: lost
        name: 敗訴案件
        indicator: litigation.lost_cases
        points: 6
        rule: { type: deduct, per: 2 }
      - id: extra
        name: 加分
        indicator: decisions.count
        rule: { type: bonus, per: 0.5, cap: 2 }
  - id: documents
    name: 規範性文件
    points: 4
    items:
      - id: filing
        name: 報備率
        indicator: documents.filing_rate
        points: 4.0
        rule: { type: target, target: 1 }
`;
