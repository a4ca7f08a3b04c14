import type { IndicatorId } from '../../indicators/catalogue.ts';
import { formatScoreNumber } from '../format-number.ts';
import { indicatorEntry } from './indicator-entry.ts';

/**
 * An indicator's value as the engine's sentences print it: rates and
 * year-on-year changes as percentages with up to 2 decimals (`97.92%`),
 * everything else as {@link formatScoreNumber} prints it (counts, means,
 * 0–100 scores, ratios with up to 4 decimals).
 *
 * @example
 * formatIndicatorValue(0.5, 'litigation.head_appearance_rate'); // '50%'
 * formatIndicatorValue(4, 'litigation.lost_cases');             // '4'
 */
export function formatIndicatorValue(value: number, indicator: IndicatorId): string {
  const kind = indicatorEntry(indicator).kind;
  if (kind === 'rate' || kind === 'change') return `${formatScoreNumber(value * 100)}%`;
  if (kind === 'ratio') return formatScoreNumber(value, 4);
  return formatScoreNumber(value);
}
