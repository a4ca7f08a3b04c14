import type { IndicatorId } from '../indicators/catalogue.ts';
import type { LocalizedText } from '../messages/localized-text.ts';
import type { Imputation, ItemRule } from './scheme.ts';

/**
 * The scheme a result was scored with: stamped on every result so that a
 * score can always be traced to the exact scheme text.
 *
 * @example
 * const stamp: SchemeStamp = { id: 'sip-2019-example', version: '2019.1', hash: 'sha256:9f2c…' };
 */
export interface SchemeStamp {
  /** The scheme's `id`. */
  id: string;
  /** The scheme's `version`. */
  version: string;
  /** `sha256:` + the hex SHA-256 of the scheme's canonical JSON (keys sorted, no whitespace). */
  hash: string;
}

/**
 * An item's status against its target: `met`, `near` or `missed`; null when
 * the item has no value.
 *
 * @example
 * const status: ItemStatus = 'near';
 */
export type ItemStatus = 'met' | 'near' | 'missed';

/**
 * Something worth a reader's attention about a unit's item or total.
 * - `below_requirement`: the value misses a higher-level requirement;
 * - `outlier`: far worse than the other units (robust modified z-score);
 * - `veto`: a veto condition was met.
 *
 * @example
 * const flag: ScoreFlag = { code: 'below_requirement', item: 'head-appearance', value: 0.75, reference: 0.8,
 *   message: { 'zh-Hant': '…', 'zh-Hans': '…', en: '…' } };
 */
export interface ScoreFlag {
  /** What kind of flag (see above). */
  code: 'below_requirement' | 'outlier' | 'veto';
  /** The item (or veto) id the flag is about. */
  item: string;
  /** The value the flag is about (the item's value, or the indicator value the veto read). */
  value: number | null;
  /** The requirement, the peers' median, or the veto threshold. */
  reference: number | null;
  /** What the flag means, in zh-Hant, zh-Hans and en. */
  message: LocalizedText;
}

/**
 * How the scheme's data treatment (`treatment`: imputation, the JRC outlier
 * rule) changed an item's value before it was scored.
 *
 * @example
 * const treated: ItemTreatment = { reason: 'imputed', imputation: 'median', from: null };
 */
export interface ItemTreatment {
  /** `imputed` (a missing value filled in), `winsorised` or `log` (the JRC outlier rule). */
  reason: 'imputed' | 'winsorised' | 'log';
  /** The imputation used, for `imputed`; else null. */
  imputation: Imputation | null;
  /** The value before treatment (null: missing); `value` is the value after. */
  from: number | null;
}

/**
 * One item of one unit × year.
 *
 * @example
 * result.items.find((i) => i.item === 'lost-cases')?.explanation['zh-Hant'];
 * // '敗訴 3 件 × 扣 2 分 = −6 分，本項得 4 / 10 分'
 */
export interface ScoredItem {
  /** The item's id in the scheme. */
  item: string;
  /** The id of the item's dimension. */
  dimension: string;
  /** The catalogue id the item scores. */
  indicator: IndicatorId;
  /** The indicator's value used (null when the unit has none and the item is excluded). */
  value: number | null;
  /** The indicator row's numerator (0 for a missing count scored as zero; null without a row). */
  numerator: number | null;
  /** The indicator row's denominator (null for counts and without a row). */
  denominator: number | null;
  /** true when the value was missing (then `missing` tells what was done). */
  missing: boolean;
  /** What a missing value became: `exclude` or `zero`; null when the value was present. */
  missingAs: 'exclude' | 'zero' | null;
  /** How the scheme's `treatment` changed the value (then `value` is the treated value); null when it did not. */
  treatment: ItemTreatment | null;
  /** The item's rule, as in the scheme. */
  rule: ItemRule;
  /** Points mode: points earned; index mode: the item's score. null when excluded or not computable. */
  earned: number | null;
  /** Points mode: points possible (0 for an outside bonus); index mode: 100 for bounded rules, null for z-scores. */
  possible: number | null;
  /** Index mode: the item's weight; points mode: null. */
  weight: number | null;
  /** Met, near or missed against the item's possible points; null when not scored, for bonus items and z-scores. */
  status: ItemStatus | null;
  /** Change from the previous year's result of the same unit and item (null when there is none). */
  change: {
    /** This year's value − last year's. */
    value: number | null;
    /** This year's points (score) − last year's. */
    earned: number | null;
  } | null;
  /** The item's flags: `below_requirement`, `outlier`. */
  flags: ScoreFlag[];
  /** The arithmetic as one sentence per language: "敗訴 3 件 × 扣 2 分 = −6 分，本項得 4 / 10 分". */
  explanation: LocalizedText;
}

/**
 * A dimension's subtotal for one unit × year.
 *
 * @example
 * result.dimensions.map((d) => `${d.dimension}: ${d.earned} / ${d.possible}`);
 */
export interface ScoredDimension {
  /** The dimension's id in the scheme. */
  dimension: string;
  /** The dimension's name in each language. */
  name: LocalizedText;
  /** Points mode: the sum of its items' points earned; index mode: its score. null when not computable. */
  earned: number | null;
  /** Points mode: the points of its items with data; index mode: 100 (null with z-scores). */
  possible: number | null;
  /** Points mode: the dimension's points in the scheme; index mode: its weight. */
  weight: number;
}

/**
 * A unit's score for one year under one scheme: the public contract of
 * `fazhi score --format json` (docs/schemes.md).
 *
 * @example
 * const [best] = scoreUnits(indicatorRows, scheme, { year: 2019 }).filter((r) => r.rank === 1);
 */
export interface UnitScore {
  /** The scheme the result was scored with. */
  scheme: SchemeStamp;
  /** The canonical unit name, or `*` for the jurisdiction. */
  unit: string;
  /** The year scored. */
  year: number;
  /** Every item of the scheme, in scheme order. */
  items: ScoredItem[];
  /** Every dimension of the scheme, in scheme order. */
  dimensions: ScoredDimension[];
  /** The total, after rescaling for excluded items, bonuses and vetoes; null when not computable. */
  total: number | null;
  /** The points (or 100 for an index) the total is out of. */
  possible: number | null;
  /** Share (0–1) of the scheme's points or weights that had data. */
  coverage: number;
  /** Why the total is null, when it is. */
  notComputable: LocalizedText | null;
  /** true when a `fail` veto applies: the unit fails the assessment. */
  failed: boolean;
  /** 1 = best; ties share a rank (1, 2, 2, 4); failed units rank after all others; null when the total is null. */
  rank: number | null;
  /** How many units were ranked that year. */
  ranked: number;
  /** Change from the previous year: total, and rank (positive = moved up). null when there is no previous result. */
  change: {
    /** This year's total − last year's. */
    total: number | null;
    /** Last year's rank − this year's: positive = moved up. */
    rank: number | null;
  } | null;
  /** Every item flag, then the veto flags. */
  flags: ScoreFlag[];
  /** One sentence per language summing up the total: subtotals, rescaling, bonuses and vetoes. */
  explanation: LocalizedText;
}
