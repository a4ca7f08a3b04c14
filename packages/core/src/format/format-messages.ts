import type { LocalizedText } from '../messages/localized-text.ts';

const text = (zhHant: string, zhHans: string, en: string): Readonly<LocalizedText> => ({ 'zh-Hant': zhHant, 'zh-Hans': zhHans, en });

/**
 * The words fazhi writes after a number, in zh-Hant, zh-Hans and en: the
 * percentage points of a rate's change, short for labels and tables
 * ("+2.5个百分点", "+2.5 pp") and long for sentences ("2.5 個百分點",
 * "2.5 percentage points"; `pointLong` after exactly 1 in English).
 *
 * @example
 * FORMAT_MESSAGES.percentagePoints.en; // ' pp'
 * FORMAT_MESSAGES.percentagePointsLong['zh-Hans']; // ' 个百分点'
 */
export const FORMAT_MESSAGES = {
  /** After a rate's change in a label or table: "+2.5个百分点", "+2.5 pp". */
  percentagePoints: text('個百分點', '个百分点', ' pp'),
  /** After a rate's change in a sentence: "2.5 個百分點", "2.5 percentage points". */
  percentagePointsLong: text(' 個百分點', ' 个百分点', ' percentage points'),
  /** After a change of exactly one point in a sentence: "1 percentage point". */
  percentagePointLong: text(' 個百分點', ' 个百分点', ' percentage point'),
} as const satisfies Record<string, Readonly<LocalizedText>>;
