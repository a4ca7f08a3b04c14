import type { LocalizedText } from '../../messages/localized-text.ts';
import { formatScoreNumber } from '../format-number.ts';
import type { ScoredDimension } from '../unit-score.ts';
import { engineMessages } from './engine-messages.ts';
import type { PointsTotal } from './points-total.ts';

/**
 * What the total's sentence says.
 *
 * @example
 * const parts: TotalExplanation = { dimensions, method: 'points', schemeTotal: 100, points, cap: null, failed: false, total: 92, possible: 100, notComputable: null };
 */
export interface TotalExplanation {
  dimensions: readonly ScoredDimension[];
  method: 'points' | 'index';
  /** Points mode: the scheme's total points. */
  schemeTotal: number;
  /** Points mode: how the total was reached. */
  points: PointsTotal | null;
  /** Index mode: the aggregation and the mean before vetoes. */
  index: { aggregation: 'arithmetic' | 'geometric'; mean: number | null; bonus: number } | null;
  /** The cap of a veto that lowered the total (null: none did). */
  cap: number | null;
  failed: boolean;
  total: number | null;
  possible: number | null;
  notComputable: LocalizedText | null;
}

const n = (x: number): string => formatScoreNumber(x);

/**
 * The total's arithmetic as one sentence per language: the dimension
 * subtotals, their sum, the rescaling for items without data, bonuses,
 * vetoes and the total (or why there is none).
 *
 * @example
 * explainTotal(parts)['zh-Hant'];
 * // '規範性文件 15 / 15、行政應訴 12 / 20，合計 27 / 35 分；總分 27 / 35 分。'
 */
export function explainTotal(parts: TotalExplanation): LocalizedText {
  const subtotals = parts.dimensions.map((d) =>
    engineMessages.subtotal(d.name, d.earned === null ? null : n(d.earned), d.possible === null ? null : n(d.possible)));
  const out: LocalizedText[] = [];
  if (parts.method === 'points' && parts.points !== null) {
    const p = parts.points;
    out.push(engineMessages.pointsSum(subtotals, n(p.earned), n(p.withData)));
    if (p.notComputable !== null) return engineMessages.sentence([...out, engineMessages.noTotal(p.notComputable)]);
    if (p.rescaled !== null) out.push(engineMessages.rescaled(p.excluded, n(p.earned), n(p.withData), n(parts.schemeTotal), n(p.rescaled)));
    if (p.bonusInside > 0) out.push(engineMessages.bonusInside(n(p.bonusInside), n(parts.schemeTotal)));
    if (p.bonusOutside > 0) out.push(engineMessages.bonusOutside(n(p.bonusOutside)));
  } else if (parts.index !== null) {
    const { aggregation, mean, bonus } = parts.index;
    out.push(engineMessages.indexMean(subtotals, aggregation, mean === null ? '—' : n(mean)));
    if (bonus > 0) out.push(engineMessages.bonusOutside(n(bonus)));
  }
  if (parts.notComputable !== null || parts.total === null) {
    return engineMessages.sentence([...out, engineMessages.noTotal(parts.notComputable ?? engineMessages.noPoints())]);
  }
  if (parts.cap !== null) out.push(engineMessages.vetoCapped(n(parts.cap)));
  if (parts.failed) out.push(engineMessages.vetoFailed());
  out.push(engineMessages.total(n(parts.total), parts.possible === null ? null : n(parts.possible)));
  return engineMessages.sentence(out);
}
