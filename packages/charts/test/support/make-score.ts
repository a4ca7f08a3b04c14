import type { ScoredItem, UnitScore } from '@fazhi/core';

const text = (s: string) => ({ 'zh-Hant': s, 'zh-Hans': s, en: s });

/** A UnitScore for tests: a points-mode score of one item (`lost-cases`, 10 points), with the fields given. */
export function makeScore(fields: Partial<UnitScore> & Pick<UnitScore, 'unit' | 'year'>): UnitScore {
  const item: ScoredItem = {
    item: 'lost-cases', dimension: 'litigation', indicator: 'litigation.lost_cases', value: 2, numerator: 2, denominator: null,
    missing: false, missingAs: null, treatment: null, rule: { type: 'deduct', per: 2 }, earned: 6, possible: 10, weight: null, status: 'missed',
    change: null, flags: [], explanation: { 'zh-Hant': '敗訴 2 件', 'zh-Hans': '败诉 2 件', en: '2 lost cases' },
  };
  return {
    scheme: { id: 'test', version: '1', hash: 'sha256:0' },
    items: [item],
    dimensions: [{ dimension: 'litigation', name: { 'zh-Hant': '行政應訴', 'zh-Hans': '行政应诉', en: 'Litigation' }, earned: 6, possible: 10, weight: 10 }],
    total: 60, possible: 100, coverage: 1, notComputable: null, failed: false, rank: 1, ranked: 1, change: null, flags: [], explanation: text('60'),
    ...fields,
  };
}
