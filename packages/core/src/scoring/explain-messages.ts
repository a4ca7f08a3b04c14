import { catalogueEntry, type IndicatorId } from '../indicators/catalogue.ts';
import type { Lang, LocalizedText } from '../messages/localized-text.ts';
import { formatIndicatorChange } from '../format/format-indicator-change.ts';
import { formatIndicatorValue, type FormatIndicatorOptions } from '../format/format-indicator-value.ts';
import { isPercentKind } from '../format/is-percent-kind.ts';
import { formatScoreNumber } from './format-number.ts';
import { ruleMessages } from './rule-messages.ts';
import { exactDecimal } from './rules/exact-decimal.ts';

// ---------------------------------------------------------------------------
// Rules: the sentences that explain an item's points (engineer 2 of issue 3).
// Every sentence of a score's arithmetic is here, in 繁體中文, 简体中文 and
// English. Numbers arrive as numbers and are formatted here, so that no
// sentence can show NaN or undefined; names arrive as LocalizedText.
// ---------------------------------------------------------------------------

/**
 * How a count indicator's events are counted in a sentence: the Chinese
 * measure word (量詞) and the English noun, singular and plural.
 *
 * @example
 * const noun: CountNoun = { measure: { 'zh-Hant': '件', 'zh-Hans': '件' }, en: ['lost case', 'lost cases'] };
 */
export interface CountNoun {
  /** The Chinese measure word (量詞) written after the number, per script. */
  measure: {
    /** In Traditional script, e.g. `項`. */
    'zh-Hant': string;
    /** In Simplified script, e.g. `项`. */
    'zh-Hans': string;
  };
  /** The English noun, singular (for exactly 1) and plural. */
  en: readonly [singular: string, plural: string];
}

const noun = (hant: string, hans: string, singular: string, plural: string): CountNoun => ({
  measure: { 'zh-Hant': hant, 'zh-Hans': hans },
  en: [singular, plural],
});

/**
 * The measure word and English noun of every count indicator: 件 for cases
 * and documents, 起 for incidents, 人 for deaths, 份 for case files, 項 for
 * decisions. Sentences read "敗訴 3 件" / "3 lost cases".
 *
 * @example
 * COUNT_NOUNS['safety.deaths']?.measure['zh-Hant']; // '人'
 */
export const COUNT_NOUNS: { readonly [K in IndicatorId]?: CountNoun } = {
  'documents.issued': noun('件', '件', 'document', 'documents'),
  'litigation.cases': noun('件', '件', 'case', 'cases'),
  'litigation.concluded': noun('件', '件', 'concluded case', 'concluded cases'),
  'litigation.lost_cases': noun('件', '件', 'lost case', 'lost cases'),
  'reconsideration.cases': noun('件', '件', 'case', 'cases'),
  'enforcement.files_reviewed': noun('份', '份', 'case file', 'case files'),
  'decisions.count': noun('項', '项', 'major decision', 'major decisions'),
  'safety.incidents': noun('起', '起', 'incident', 'incidents'),
  'safety.deaths': noun('人', '人', 'death', 'deaths'),
  'safety.major_incidents': noun('起', '起', 'major incident', 'major incidents'),
};

/**
 * How an explanation prints an indicator's values: to two decimals where
 * the kind shows fewer (ratios keep four), since the reader checks the
 * arithmetic with them (1,376 / 17,701 → 7.77%, not 7.8%), and ungrouped,
 * like every other number of the sentence.
 *
 * @example
 * formatIndicatorValue('litigation.loss_rate', 1376 / 17701, 'en', EXPLANATION_FORMAT); // '7.77%'
 */
export const EXPLANATION_FORMAT: Readonly<FormatIndicatorOptions> = { digits: 2, grouping: false };

/**
 * An indicator's value as a sentence of an explanation shows it:
 * {@link formatIndicatorValue} with {@link EXPLANATION_FORMAT} — rates and
 * changes as percentages (0.955 → 95.5%, 1,376 / 17,701 → 7.77%), ratios
 * such as deaths per 億元 of GDP with up to 4 decimals, everything else with
 * up to 2. Item sentences, flags and vetoes all use it, so a value reads the
 * same everywhere. The three languages write such a number alike.
 *
 * @example
 * explainedValue('litigation.loss_rate', 1376 / 17701); // '7.77%'
 * explainedValue('enforcement.mean_score', 88.456); // '88.46'
 * explainedValue('safety.deaths_per_100m_gdp', 0.01234); // '0.0123'
 */
export function explainedValue(indicator: IndicatorId, value: number): string {
  return formatIndicatorValue(indicator, value, 'en', EXPLANATION_FORMAT);
}

/** The same string in every language. */
const same = (text: string): LocalizedText => ({ 'zh-Hant': text, 'zh-Hans': text, en: text });

/** A difference of an indicator's values: percentage points for rates, the measure word for counts. */
function formatGap(indicator: IndicatorId, gap: number): LocalizedText {
  if (isPercentKind(catalogueEntry(indicator).kind)) return map((lang) => formatIndicatorChange(indicator, gap, lang, { ...EXPLANATION_FORMAT, sign: false, words: 'long' }));
  const n = formatScoreNumber(gap);
  const counted = COUNT_NOUNS[indicator];
  if (counted === undefined) return same(n);
  return { 'zh-Hant': `${n} ${counted.measure['zh-Hant']}`, 'zh-Hans': `${n} ${counted.measure['zh-Hans']}`, en: `${n} ${counted.en[n === '1' ? 0 : 1]}` };
}

/**
 * The subject of an item's sentence: the item's name and its value, with the
 * measure word for counts ("敗訴 3 件", "3 lost cases") and as a percentage
 * for rates ("報備率 95.5%", "Filing rate 95.5%").
 *
 * @example
 * valuePhrase('litigation.lost_cases', { 'zh-Hant': '敗訴', 'zh-Hans': '败诉', en: 'Lost cases' }, 3).en; // '3 lost cases'
 */
export function valuePhrase(indicator: IndicatorId, name: LocalizedText, value: number): LocalizedText {
  const counted = COUNT_NOUNS[indicator];
  if (counted !== undefined && !isPercentKind(catalogueEntry(indicator).kind)) {
    const n = formatScoreNumber(value);
    return {
      'zh-Hant': `${name['zh-Hant']} ${n} ${counted.measure['zh-Hant']}`,
      'zh-Hans': `${name['zh-Hans']} ${n} ${counted.measure['zh-Hans']}`,
      en: `${n} ${counted.en[n === '1' ? 0 : 1]}`,
    };
  }
  const v = explainedValue(indicator, value);
  return { 'zh-Hant': `${name['zh-Hant']} ${v}`, 'zh-Hans': `${name['zh-Hans']} ${v}`, en: `${name.en} ${v}` };
}

const num = (x: number) => formatScoreNumber(x);
/** A number inside arithmetic: negatives in parentheses, so "18 − (−2)". */
const operand = (x: string) => (x.startsWith('\u2212') ? `(${x})` : x);
const pointWord = (x: string) => (x === '1' ? 'point' : 'points');

const scoreTail = (earned: number, possible: number): LocalizedText => {
  const e = num(earned);
  const p = num(possible);
  return { 'zh-Hant': `本項得 ${e} / ${p} 分`, 'zh-Hans': `本项得 ${e} / ${p} 分`, en: `item scores ${e} / ${p}` };
};

const map = (f: (lang: Lang) => string): LocalizedText => ({ 'zh-Hant': f('zh-Hant'), 'zh-Hans': f('zh-Hans'), en: f('en') });

/** The word for a deduction's limit, or '' (with the separator the language needs before the tail). */
function limitClause(limit: 'cap' | 'zero' | null, cap: number | null): LocalizedText {
  if (limit === 'cap' && cap !== null) {
    const c = num(cap);
    return { 'zh-Hant': `，扣分以 ${c} 分為限`, 'zh-Hans': `，扣分以 ${c} 分为限`, en: `, capped at ${c} ${pointWord(c)}` };
  }
  if (limit === 'zero') return ruleMessages.toZero;
  return same('');
}

/**
 * Every sentence explaining an item's points, one function per rule and
 * case, each returning the sentence in the three languages. Numbers are
 * passed raw and formatted here; values of the item's indicator are shown
 * the way {@link explainedValue} shows them.
 *
 * @example
 * const subject = valuePhrase('litigation.lost_cases', { 'zh-Hant': '敗訴', 'zh-Hans': '败诉', en: 'Lost cases' }, 3);
 * explainMessages['deduct.applied']({ subject, per: 2, raw: 6, earned: 4, points: 10, limit: null, cap: null })['zh-Hant'];
 * // '敗訴 3 件 × 扣 2 分 = −6 分，本項得 4 / 10 分'
 */
export const explainMessages = {
  // -- deduct ---------------------------------------------------------------
  /** A `deduct` item with nothing to deduct (count 0): the subject, "no deduction" and the score `earned` / `points`. */
  'deduct.none': (a: { subject: LocalizedText; earned: number; points: number }): LocalizedText => {
    const tail = scoreTail(a.earned, a.points);
    return {
      'zh-Hant': `${a.subject['zh-Hant']}，不扣分，${tail['zh-Hant']}`,
      'zh-Hans': `${a.subject['zh-Hans']}，不扣分，${tail['zh-Hans']}`,
      en: `${a.subject.en}, no deduction; ${tail.en}`,
    };
  },
  /** A `deduct` item with events: subject × `per` points each = −`raw`, the `limit` clause (`'cap'` at `cap` points, `'zero'` stopping at 0, null none) and the score `earned` / `points`. */
  'deduct.applied': (a: {
    subject: LocalizedText; per: number; raw: number; earned: number; points: number;
    limit: 'cap' | 'zero' | null; cap: number | null;
  }): LocalizedText => {
    const tail = scoreTail(a.earned, a.points);
    const limit = limitClause(a.limit, a.cap);
    const per = num(a.per);
    const raw = num(a.raw);
    return {
      'zh-Hant': `${a.subject['zh-Hant']} × 扣 ${per} 分 = \u2212${raw} 分${limit['zh-Hant']}，${tail['zh-Hant']}`,
      'zh-Hans': `${a.subject['zh-Hans']} × 扣 ${per} 分 = \u2212${raw} 分${limit['zh-Hans']}，${tail['zh-Hans']}`,
      en: `${a.subject.en} × \u2212${per} ${pointWord(per)} = \u2212${raw} ${pointWord(raw)}${limit.en}; ${tail.en}`,
    };
  },

  // -- bonus ----------------------------------------------------------------
  /** A `bonus` item with nothing to add: the subject, "no bonus" with the `cap` in points, and 0 points added. */
  'bonus.none': (a: { subject: LocalizedText; cap: number }): LocalizedText => {
    const c = num(a.cap);
    return {
      'zh-Hant': `${a.subject['zh-Hant']}，不加分（上限 ${c} 分），本項加 0 分`,
      'zh-Hans': `${a.subject['zh-Hans']}，不加分（上限 ${c} 分），本项加 0 分`,
      en: `${a.subject.en}, no bonus (cap ${c}); item adds 0 points`,
    };
  },
  /** A `bonus` item with events: subject × `per` points = +`raw`, then `earned` points added; `capped` says whether `raw` was cut down to `cap`. */
  'bonus.applied': (a: { subject: LocalizedText; per: number; raw: number; earned: number; cap: number; capped: boolean }): LocalizedText => {
    const per = num(a.per);
    const raw = num(a.raw);
    const e = num(a.earned);
    const c = num(a.cap);
    return a.capped
      ? {
          'zh-Hant': `${a.subject['zh-Hant']} × 加 ${per} 分 = +${raw} 分，加分以 ${c} 分為限，本項加 ${e} 分`,
          'zh-Hans': `${a.subject['zh-Hans']} × 加 ${per} 分 = +${raw} 分，加分以 ${c} 分为限，本项加 ${e} 分`,
          en: `${a.subject.en} × +${per} ${pointWord(per)} = +${raw} ${pointWord(raw)}, capped at ${c} ${pointWord(c)}; item adds ${e} ${pointWord(e)}`,
        }
      : {
          'zh-Hant': `${a.subject['zh-Hant']} × 加 ${per} 分 = +${raw} 分（上限 ${c} 分），本項加 ${e} 分`,
          'zh-Hans': `${a.subject['zh-Hans']} × 加 ${per} 分 = +${raw} 分（上限 ${c} 分），本项加 ${e} 分`,
          en: `${a.subject.en} × +${per} ${pointWord(per)} = +${raw} ${pointWord(raw)} (cap ${c}); item adds ${e} ${pointWord(e)}`,
        };
  },

  // -- target (and distance to target) --------------------------------------
  /** A `target` item whose value reaches `target` (≥ it when `higher` is better, else ≤): full points, `earned` / `points`. */
  'target.met': (a: { subject: LocalizedText; indicator: IndicatorId; target: number; higher: boolean; earned: number; points: number }): LocalizedText => {
    const t = explainedValue(a.indicator, a.target);
    const tail = scoreTail(a.earned, a.points);
    const op = a.higher ? '≥' : '≤';
    return {
      'zh-Hant': `${a.subject['zh-Hant']} ${op} 目標 ${t}，${tail['zh-Hant']}`,
      'zh-Hans': `${a.subject['zh-Hans']} ${op} 目标 ${t}，${tail['zh-Hans']}`,
      en: `${a.subject.en}, at or ${a.higher ? 'above' : 'below'} the target ${t}; ${tail.en}`,
    };
  },
  /** A `target` item short of `target` and scored in proportion: `value` ÷ `target` × `points` (`target` ÷ `value` when lower is better) = `earned`. */
  'target.proportional': (a: { subject: LocalizedText; indicator: IndicatorId; value: number; target: number; higher: boolean; earned: number; points: number }): LocalizedText => {
    const v = explainedValue(a.indicator, a.value);
    const t = explainedValue(a.indicator, a.target);
    const p = num(a.points);
    const e = num(a.earned);
    const tail = scoreTail(a.earned, a.points);
    const formula = a.higher ? `${operand(v)} ÷ ${operand(t)} × ${p} = ${e}` : `${operand(t)} ÷ ${operand(v)} × ${p} = ${e}`;
    return a.higher
      ? {
          'zh-Hant': `${a.subject['zh-Hant']} 未達目標 ${t}，按比例 ${formula}，${tail['zh-Hant']}`,
          'zh-Hans': `${a.subject['zh-Hans']} 未达目标 ${t}，按比例 ${formula}，${tail['zh-Hans']}`,
          en: `${a.subject.en}, below the target ${t}: in proportion, ${formula}; ${tail.en}`,
        }
      : {
          'zh-Hant': `${a.subject['zh-Hant']} 高於目標 ${t}，按比例 ${formula}，${tail['zh-Hant']}`,
          'zh-Hans': `${a.subject['zh-Hans']} 高于目标 ${t}，按比例 ${formula}，${tail['zh-Hans']}`,
          en: `${a.subject.en}, above the target ${t}: in proportion, ${formula}; ${tail.en}`,
        };
  },
  /** A `target` item short of `target` with no proportional credit: 0 of `points`. */
  'target.missed': (a: { subject: LocalizedText; indicator: IndicatorId; target: number; higher: boolean; points: number }): LocalizedText => {
    const t = explainedValue(a.indicator, a.target);
    const tail = scoreTail(0, a.points);
    return {
      'zh-Hant': `${a.subject['zh-Hant']} 未達目標 ${t}，${tail['zh-Hant']}`,
      'zh-Hans': `${a.subject['zh-Hans']} 未达目标 ${t}，${tail['zh-Hans']}`,
      en: `${a.subject.en}, ${a.higher ? 'below' : 'above'} the target ${t}; ${tail.en}`,
    };
  },
  /** A `target` item at or beyond its `floor` (the value that earns nothing): 0 of `points`. */
  'target.floor': (a: { subject: LocalizedText; indicator: IndicatorId; floor: number; higher: boolean; points: number }): LocalizedText => {
    const f = explainedValue(a.indicator, a.floor);
    const tail = scoreTail(0, a.points);
    const op = a.higher ? '≤' : '≥';
    return {
      'zh-Hant': `${a.subject['zh-Hant']} ${op} 下限 ${f}，${tail['zh-Hant']}`,
      'zh-Hans': `${a.subject['zh-Hans']} ${op} 下限 ${f}，${tail['zh-Hans']}`,
      en: `${a.subject.en}, at or ${a.higher ? 'below' : 'above'} the floor ${f}; ${tail.en}`,
    };
  },
  /** A `target` item between `floor` and `target`, scored linearly: (`value` − `floor`) ÷ (`target` − `floor`) × `points` = `earned` (the differences reversed when lower is better). */
  'target.between': (a: {
    subject: LocalizedText; indicator: IndicatorId; value: number; floor: number; target: number; higher: boolean; earned: number; points: number;
  }): LocalizedText => {
    const v = operand(explainedValue(a.indicator, a.value));
    const f = operand(explainedValue(a.indicator, a.floor));
    const t = operand(explainedValue(a.indicator, a.target));
    const p = num(a.points);
    const e = num(a.earned);
    const tail = scoreTail(a.earned, a.points);
    const formula = a.higher ? `(${v} − ${f}) ÷ (${t} − ${f}) × ${p} = ${e}` : `(${f} − ${v}) ÷ (${f} − ${t}) × ${p} = ${e}`;
    const fText = explainedValue(a.indicator, a.floor);
    const tText = explainedValue(a.indicator, a.target);
    return {
      'zh-Hant': `${a.subject['zh-Hant']} 介於下限 ${fText} 與目標 ${tText} 之間：${formula}，${tail['zh-Hant']}`,
      'zh-Hans': `${a.subject['zh-Hans']} 介于下限 ${fText} 与目标 ${tText} 之间：${formula}，${tail['zh-Hans']}`,
      en: `${a.subject.en}, between the floor ${fText} and the target ${tText}: ${formula}; ${tail.en}`,
    };
  },

  // -- goalposts ------------------------------------------------------------
  /** A `goalposts` item at or beyond the `best` goalpost: full points, `earned` / `points`. */
  'goalposts.best': (a: { subject: LocalizedText; indicator: IndicatorId; best: number; earned: number; points: number }): LocalizedText => {
    const b = explainedValue(a.indicator, a.best);
    const tail = scoreTail(a.earned, a.points);
    return {
      'zh-Hant': `${a.subject['zh-Hant']} 達到或優於最佳值 ${b}，${tail['zh-Hant']}`,
      'zh-Hans': `${a.subject['zh-Hans']} 达到或优于最佳值 ${b}，${tail['zh-Hans']}`,
      en: `${a.subject.en}, at or beyond the best value ${b}; ${tail.en}`,
    };
  },
  /** A `goalposts` item at or beyond the `worst` goalpost: 0 of `points`. */
  'goalposts.worst': (a: { subject: LocalizedText; indicator: IndicatorId; worst: number; points: number }): LocalizedText => {
    const w = explainedValue(a.indicator, a.worst);
    const tail = scoreTail(0, a.points);
    return {
      'zh-Hant': `${a.subject['zh-Hant']} 達到或劣於最差值 ${w}，${tail['zh-Hant']}`,
      'zh-Hans': `${a.subject['zh-Hans']} 达到或劣于最差值 ${w}，${tail['zh-Hans']}`,
      en: `${a.subject.en}, at or beyond the worst value ${w}; ${tail.en}`,
    };
  },
  /** A `goalposts` item between the goalposts: the ratio of distances from `worst`, raised to `exponent` when it is not 1, = `share` (0–1, shown as a percentage), and `earned` / `points`. */
  'goalposts.between': (a: {
    subject: LocalizedText; indicator: IndicatorId; value: number; best: number; worst: number; exponent: number; share: number; earned: number; points: number;
  }): LocalizedText => {
    const v = operand(explainedValue(a.indicator, a.value));
    const b = explainedValue(a.indicator, a.best);
    const w = explainedValue(a.indicator, a.worst);
    // Written so both differences are positive: the DB form (worst − value) ÷ (worst − best) when lower is better.
    const ratio = a.best > a.worst
      ? `(${v} − ${operand(w)}) ÷ (${operand(b)} − ${operand(w)})`
      : `(${operand(w)} − ${v}) ÷ (${operand(w)} − ${operand(b)})`;
    const formula = a.exponent === 1 ? ratio : `(${ratio})^${num(a.exponent)}`;
    const share = `${num(exactDecimal.product(a.share, 100))}%`;
    const tail = scoreTail(a.earned, a.points);
    return {
      'zh-Hant': `${a.subject['zh-Hant']}（最佳 ${b}，最差 ${w}）：${formula} = ${share}，${tail['zh-Hant']}`,
      'zh-Hans': `${a.subject['zh-Hans']}（最佳 ${b}，最差 ${w}）：${formula} = ${share}，${tail['zh-Hans']}`,
      en: `${a.subject.en} (best ${b}, worst ${w}): ${formula} = ${share}; ${tail.en}`,
    };
  },

  // -- bands ----------------------------------------------------------------
  /** A `bands` item that reaches a band: the band's edge `min` (≥ when `higher` is better, else ≤), its `share` of the points (0–1) and `earned` / `points`. */
  'bands.reached': (a: { subject: LocalizedText; indicator: IndicatorId; min: number; share: number; higher: boolean; earned: number; points: number }): LocalizedText => {
    const edge = `${a.higher ? '≥' : '≤'} ${explainedValue(a.indicator, a.min)}`;
    const share = `${num(exactDecimal.product(a.share, 100))}%`;
    const tail = scoreTail(a.earned, a.points);
    return {
      'zh-Hant': `${a.subject['zh-Hant']} 落在「${edge}」檔（得 ${share}），${tail['zh-Hant']}`,
      'zh-Hans': `${a.subject['zh-Hans']} 落在“${edge}”档（得 ${share}），${tail['zh-Hans']}`,
      en: `${a.subject.en} reaches the band ${edge} (${share} of the points); ${tail.en}`,
    };
  },
  /** A `bands` item that reaches no band: names the `lowest` band's edge, or says no bands are set when `lowest` is null; 0 of `points`. */
  'bands.none': (a: { subject: LocalizedText; indicator: IndicatorId; lowest: number | null; higher: boolean; points: number }): LocalizedText => {
    const tail = scoreTail(0, a.points);
    if (a.lowest === null) {
      return {
        'zh-Hant': `${a.subject['zh-Hant']}，未設任何檔次，${tail['zh-Hant']}`,
        'zh-Hans': `${a.subject['zh-Hans']}，未设任何档次，${tail['zh-Hans']}`,
        en: `${a.subject.en}, no bands are set; ${tail.en}`,
      };
    }
    const edge = `${a.higher ? '≥' : '≤'} ${explainedValue(a.indicator, a.lowest)}`;
    return {
      'zh-Hant': `${a.subject['zh-Hant']} 未達任何檔次（最低一檔為「${edge}」），${tail['zh-Hant']}`,
      'zh-Hans': `${a.subject['zh-Hans']} 未达任何档次（最低一档为“${edge}”），${tail['zh-Hans']}`,
      en: `${a.subject.en} reaches no band (the lowest is ${edge}); ${tail.en}`,
    };
  },

  // -- shortfall ------------------------------------------------------------
  /** A `shortfall` item that reaches `target`: no deduction, `earned` / `points`. */
  'shortfall.none': (a: { subject: LocalizedText; indicator: IndicatorId; target: number; higher: boolean; earned: number; points: number }): LocalizedText => {
    const t = explainedValue(a.indicator, a.target);
    const tail = scoreTail(a.earned, a.points);
    const op = a.higher ? '≥' : '≤';
    return {
      'zh-Hant': `${a.subject['zh-Hant']} ${op} 目標 ${t}，不扣分，${tail['zh-Hant']}`,
      'zh-Hans': `${a.subject['zh-Hans']} ${op} 目标 ${t}，不扣分，${tail['zh-Hans']}`,
      en: `${a.subject.en}, at or ${a.higher ? 'above' : 'below'} the target ${t}, no deduction; ${tail.en}`,
    };
  },
  /** A `shortfall` item short of `target` by `short` (in the indicator's units): −`per` points per `step` short, counted by `mode` (`'started'` a started step counts, `'whole'` whole steps only, `'exact'` in proportion), `steps` × −`per` = −`raw`, the `limit` clause and `earned` / `points`. */
  'shortfall.applied': (a: {
    subject: LocalizedText; indicator: IndicatorId; target: number; short: number; step: number; mode: 'started' | 'whole' | 'exact';
    steps: number; per: number; raw: number; earned: number; points: number; limit: 'cap' | 'zero' | null; cap: number | null;
  }): LocalizedText => {
    const t = explainedValue(a.indicator, a.target);
    const gap = formatGap(a.indicator, a.short);
    const step = formatGap(a.indicator, a.step);
    const per = num(a.per);
    const steps = num(a.steps);
    const raw = num(a.raw);
    const limit = limitClause(a.limit, a.cap);
    const tail = scoreTail(a.earned, a.points);
    const mode = ruleMessages.shortfallMode[a.mode];
    return map((lang) => {
      if (lang === 'en') {
        return `${a.subject.en} is ${gap.en} short of the target ${t}; \u2212${per} ${pointWord(per)} per ${step.en} short, ${mode.en}: `
          + `${steps} ${steps === '1' ? 'step' : 'steps'} × \u2212${per} = \u2212${raw} ${pointWord(raw)}${limit.en}; ${tail.en}`;
      }
      const target = lang === 'zh-Hant' ? '目標' : '目标';
      const each = lang === 'zh-Hant' ? '檔' : '档';
      return `${a.subject[lang]} 距${target} ${t} 差 ${gap[lang]}，每差 ${step[lang]}，扣 ${per} 分，${mode[lang]}：`
        + `${steps} ${each} × 扣 ${per} 分 = \u2212${raw} 分${limit[lang]}，${tail[lang]}`;
    });
  },

  // -- relative methods -----------------------------------------------------
  /** A `min-max` item scored against its peers: the peers' `best` and `worst` values and (`value` − `worst`) ÷ (`best` − `worst`) × `points` = `earned`. */
  'relative.min-max': (a: {
    subject: LocalizedText; indicator: IndicatorId; value: number; best: number; worst: number; higher: boolean; earned: number; points: number;
  }): LocalizedText => {
    const v = operand(explainedValue(a.indicator, a.value));
    const bText = explainedValue(a.indicator, a.best);
    const wText = explainedValue(a.indicator, a.worst);
    const b = operand(bText);
    const w = operand(wText);
    const p = num(a.points);
    const e = num(a.earned);
    const formula = a.higher ? `(${v} − ${w}) ÷ (${b} − ${w}) × ${p} = ${e}` : `(${w} − ${v}) ÷ (${w} − ${b}) × ${p} = ${e}`;
    const tail = scoreTail(a.earned, a.points);
    return {
      'zh-Hant': `${a.subject['zh-Hant']}，各單位最佳 ${bText}、最差 ${wText}：${formula}，${tail['zh-Hant']}`,
      'zh-Hans': `${a.subject['zh-Hans']}，各单位最佳 ${bText}、最差 ${wText}：${formula}，${tail['zh-Hans']}`,
      en: `${a.subject.en}; across units the best is ${bText} and the worst ${wText}: ${formula}; ${tail.en}`,
    };
  },
  /** A relative item whose peers all have the same value, so every unit scores in full: `earned` / `points`. */
  'relative.all-equal': (a: { subject: LocalizedText; earned: number; points: number }): LocalizedText => {
    const tail = scoreTail(a.earned, a.points);
    return {
      'zh-Hant': `${a.subject['zh-Hant']}，各單位數值相同，均得滿分，${tail['zh-Hant']}`,
      'zh-Hans': `${a.subject['zh-Hans']}，各单位数值相同，均得满分，${tail['zh-Hans']}`,
      en: `${a.subject.en}; every unit has the same value, so each scores in full; ${tail.en}`,
    };
  },
  /** A `z-score` item: the peers' `mean` and standard deviation `sd` and the item's z-score `z` (a z-score, not points); says every unit is equal when `sd` is 0. */
  'relative.z-score': (a: { subject: LocalizedText; indicator: IndicatorId; value: number; mean: number; sd: number; higher: boolean; z: number }): LocalizedText => {
    const z = num(a.z);
    if (a.sd === 0) {
      return {
        'zh-Hant': `${a.subject['zh-Hant']}，各單位數值相同，本項 z 分數 0`,
        'zh-Hans': `${a.subject['zh-Hans']}，各单位数值相同，本项 z 分数 0`,
        en: `${a.subject.en}; every unit has the same value, so the item's z-score is 0`,
      };
    }
    const v = operand(explainedValue(a.indicator, a.value));
    const mText = explainedValue(a.indicator, a.mean);
    const sText = explainedValue(a.indicator, a.sd);
    const m = operand(mText);
    const formula = a.higher ? `(${v} − ${m}) ÷ ${sText} = ${z}` : `(${m} − ${v}) ÷ ${sText} = ${z}`;
    return {
      'zh-Hant': `${a.subject['zh-Hant']}，各單位平均 ${mText}、標準差 ${sText}：z = ${formula}，本項 z 分數 ${z}`,
      'zh-Hans': `${a.subject['zh-Hans']}，各单位平均 ${mText}、标准差 ${sText}：z = ${formula}，本项 z 分数 ${z}`,
      en: `${a.subject.en}; across units the mean is ${mText} and the standard deviation ${sText}: z = ${formula}; the item's z-score is ${z}`,
    };
  },
  /** A `rank` item: ranked `rank` (1 = best) of `count` units, (`count` − `rank`) ÷ (`count` − 1) × `points` = `earned`; full points for the only unit. */
  'relative.rank': (a: { subject: LocalizedText; rank: number; count: number; earned: number; points: number }): LocalizedText => {
    const tail = scoreTail(a.earned, a.points);
    if (a.count <= 1) {
      return {
        'zh-Hant': `${a.subject['zh-Hant']}，僅此 1 個單位，得滿分，${tail['zh-Hant']}`,
        'zh-Hans': `${a.subject['zh-Hans']}，仅此 1 个单位，得满分，${tail['zh-Hans']}`,
        en: `${a.subject.en}; the only unit, so it scores in full; ${tail.en}`,
      };
    }
    const n = String(a.count);
    const r = String(a.rank);
    const formula = `(${n} − ${r}) ÷ (${n} − 1) × ${num(a.points)} = ${num(a.earned)}`;
    return {
      'zh-Hant': `${a.subject['zh-Hant']}，在 ${n} 個單位中排第 ${r}：${formula}，${tail['zh-Hant']}`,
      'zh-Hans': `${a.subject['zh-Hans']}，在 ${n} 个单位中排第 ${r}：${formula}，${tail['zh-Hans']}`,
      en: `${a.subject.en}, ranked ${r} of ${n}: ${formula}; ${tail.en}`,
    };
  },
  /** A `percentile-rank` item: of `count` units, `worse` are worse and `same` equal (itself included), (`worse` + `same` ÷ 2) ÷ `count` × `points` = `earned`. */
  'relative.percentile-rank': (a: { subject: LocalizedText; count: number; worse: number; same: number; earned: number; points: number }): LocalizedText => {
    const tail = scoreTail(a.earned, a.points);
    const formula = `(${a.worse} + ${a.same} ÷ 2) ÷ ${a.count} × ${num(a.points)} = ${num(a.earned)}`;
    return {
      'zh-Hant': `${a.subject['zh-Hant']}，${a.count} 個單位中 ${a.worse} 個較差、${a.same} 個相同（含本單位）：${formula}，${tail['zh-Hant']}`,
      'zh-Hans': `${a.subject['zh-Hans']}，${a.count} 个单位中 ${a.worse} 个较差、${a.same} 个相同（含本单位）：${formula}，${tail['zh-Hans']}`,
      en: `${a.subject.en}; of ${a.count} units, ${a.worse} ${a.worse === 1 ? 'is' : 'are'} worse and ${a.same} equal (itself included): ${formula}; ${tail.en}`,
    };
  },

  // -- aggregation ----------------------------------------------------------
  /** Why a weighted geometric mean cannot be computed: the score `value` plus `offset` (the scheme's geometricOffset, 0 when unset) is not positive. */
  'geometric.nonpositive': (value: number, offset: number): LocalizedText => {
    const v = num(value);
    if (offset === 0) {
      return {
        'zh-Hant': `幾何平均無法計算：得分 ${v} 不是正數（對數需要正數）。請在方案中設定 geometricOffset，或改用算術平均。`,
        'zh-Hans': `几何平均无法计算：得分 ${v} 不是正数（对数需要正数）。请在方案中设置 geometricOffset，或改用算术平均。`,
        en: `The geometric mean cannot be computed: the score ${v} is not positive (a logarithm needs a positive number). Set geometricOffset in the scheme, or use the arithmetic mean.`,
      };
    }
    const o = num(offset);
    return {
      'zh-Hant': `幾何平均無法計算：得分 ${v} 加上偏移量 ${o} 後仍不是正數。請加大 geometricOffset，或改用算術平均。`,
      'zh-Hans': `几何平均无法计算：得分 ${v} 加上偏移量 ${o} 后仍不是正数。请加大 geometricOffset，或改用算术平均。`,
      en: `The geometric mean cannot be computed: the score ${v} plus the offset ${o} is still not positive. Raise geometricOffset, or use the arithmetic mean.`,
    };
  },
  /** Why a weighted geometric mean cannot be computed: no score has a weight above 0. */
  'geometric.empty': (): LocalizedText => ({
    'zh-Hant': '幾何平均無法計算：沒有權重大於 0 的得分。',
    'zh-Hans': '几何平均无法计算：没有权重大于 0 的得分。',
    en: 'The geometric mean cannot be computed: no score has a weight above 0.',
  }),
} as const;
