import type { IndicatorId } from '../indicators/catalogue.ts';

/**
 * The scheme file format this version of fazhi reads. A scheme file says
 * `"format": "fazhi-scheme/1"`; a later, incompatible format gets a new number.
 *
 * @example
 * const scheme = { format: SCHEME_FORMAT, id: 'sip-example', version: '2019.1', ... };
 */
export const SCHEME_FORMAT = 'fazhi-scheme/1';

/**
 * A name or text in a scheme: one string (used for every language), or a text
 * per language. Missing languages fall back to the others (Traditional and
 * Simplified are converted into each other).
 *
 * @example
 * const a: SchemeText = '依法行政';
 * const b: SchemeText = { 'zh-Hans': '依法行政', en: 'Administration by law' };
 */
export type SchemeText =
  | string
  | {
    /** 繁體中文. */
    'zh-Hant'?: string;
    /** 简体中文. */
    'zh-Hans'?: string;
    /** English. */
    en?: string;
  };

/**
 * Which way an item's indicator improves: `higher` (a filing rate) or `lower`
 * (a loss rate). Rules that compare a value with a target or goalposts use it.
 *
 * @example
 * const direction: Direction = 'lower';
 */
export type Direction = 'higher' | 'lower';

/**
 * An assessment scheme (考核方案): a versioned tree of dimensions (一級指標) and
 * items (二級/三級指標), each item bound to an indicator and worth points or a
 * weight, plus vetoes (一票否決). A scheme is data: JSON or YAML, checked by
 * `checkScheme` before anything is scored.
 *
 * Two methods:
 * - `points` (扣分制/百分制 assessments): every item is worth `points`; its rule
 *   earns 0 … points (bonus items earn extra points); the total is the sum,
 *   rescaled to the scheme's `total` when items without data are excluded.
 * - `index` (composite indices such as Doing Business): every item has a
 *   `weight` and its rule gives a score (0–100 for bounded rules); dimensions
 *   and the total are weighted means, arithmetic or geometric.
 *
 * @example
 * const scheme: Scheme = {
 *   format: 'fazhi-scheme/1', id: 'example', version: '1', name: '示例方案', method: 'points', total: 10,
 *   dimensions: [{ id: 'litigation', name: '行政應訴', points: 10, items: [
 *     { id: 'lost', name: '敗訴案件', indicator: 'litigation.lost_cases', points: 10, rule: { type: 'deduct', per: 2 } },
 *   ] }],
 * };
 */
export interface Scheme {
  /**
   * Where editors find the JSON Schema, e.g. `./scheme.schema.json`. Ignored by
   * fazhi and left out of the content hash.
   */
  $schema?: string;
  /** Always `'fazhi-scheme/1'` for this format. */
  format: typeof SCHEME_FORMAT;
  /** Stable id, stamped on every result, e.g. `sip-2019-example`. */
  id: string;
  /** The scheme's own version, e.g. `2019.1`; stamped on every result. */
  version: string;
  /** The scheme's name, shown above its results. */
  name: SchemeText;
  /** What the scheme is for and where it comes from. */
  description?: SchemeText;
  /** true for a scheme that only illustrates the format and is not any authority's official scheme. Default false. */
  example?: boolean;
  /** `points` (the default) or `index`; see above. */
  method?: 'points' | 'index';
  /** Points mode: the points a unit can reach (e.g. 100); the dimensions' points must add up to it. Default: their sum. */
  total?: number;
  /** Index mode: how item scores form a dimension's score and dimension scores the total. Default `arithmetic`. */
  aggregation?: 'arithmetic' | 'geometric';
  /**
   * Index mode with geometric aggregation: added to every score before the
   * geometric mean (and subtracted after), so that a zero score does not zero
   * the total. Without it, a zero score makes the total not computable, with
   * that reason. Default: none.
   */
  geometricOffset?: number;
  /**
   * The least share (0–1) of the scheme's points (points mode) or weights
   * (index mode) that must have data for a total to be computed; below it the
   * total is reported as not computable, with the reason. Default 0.6.
   */
  minCoverage?: number;
  /** How an item's status (met / near / missed) is judged. */
  status?: StatusThresholds;
  /** How outliers among units are flagged. */
  outliers?: OutlierRule;
  /** Which units are scored. Default: every unit with data in the year, not the jurisdiction `*`. */
  units?: UnitSelection;
  /** The dimensions (一級指標), at least one. */
  dimensions: SchemeDimension[];
  /** 一票否決: conditions that fail a unit or cap its total. */
  vetoes?: SchemeVeto[];
  /**
   * How item values are treated before they are scored, each year across
   * the units ranked (docs/schemes.md, docs/robustness.md): imputation of
   * missing values and the JRC outlier rule. `scoreUnits` (so `fazhi score`,
   * the report and the dashboard) and the robustness analysis apply it
   * alike; every changed value is recorded on its item (`treatment`) and
   * said in its explanation. Default: no treatment.
   */
  treatment?: DataTreatment;
  /**
   * What in the scheme is uncertain, for the robustness analysis's Monte
   * Carlo and Sobol sensitivity analysis (docs/robustness.md). Default: none
   * (the analysis then reports coherence and treatment only). `scoreUnits`
   * does not read it.
   */
  uncertainty?: SchemeUncertainty;
}

/**
 * How a missing item value is filled in: `none` (today's rule: the item is
 * excluded and the total rescaled), `mean` or `median` of the other scored
 * units' values, `kind-mean` (mean of the units of the same kind in
 * units.csv, else of all units), `last-year` (the same unit's value the year
 * before, else excluded), `zero` (count indicators only; others stay
 * excluded).
 *
 * @example
 * const imputation: Imputation = 'median';
 */
export type Imputation = 'none' | 'mean' | 'median' | 'kind-mean' | 'last-year' | 'zero';

/**
 * Data treatment before scoring (OECD/JRC Handbook, step 3). Every changed
 * value is recorded in the result: on the unit's item (`ScoredItem.treatment`)
 * and in the robustness analysis's list of changes.
 *
 * @example
 * const treatment: DataTreatment = { imputation: 'median', outliers: { maxWinsorised: 3 } };
 */
export interface DataTreatment {
  /** How a missing value is filled in. Default `none`. */
  imputation?: Imputation;
  /** The JRC outlier rule; leave out for no outlier treatment. */
  outliers?: OutlierTreatment;
}

/**
 * The JRC rule for outliers (COIN tool, COINr): while an item's values across
 * the scored units have |skewness| > `skewness` and kurtosis > `kurtosis`
 * (Excel's SKEW and KURT), the most extreme value on the skewed side is
 * winsorised to the next one, up to `maxWinsorised` values; still skewed
 * after that, the values are log-transformed when the item's rule compares
 * units (relative rules), and only reported otherwise.
 *
 * @example
 * const outliers: OutlierTreatment = { maxWinsorised: 5 };
 */
export interface OutlierTreatment {
  /** Default 2. */
  skewness?: number;
  /** Default 3.5. */
  kurtosis?: number;
  /** The most values winsorised per item. Default 5. */
  maxWinsorised?: number;
}

/**
 * The uncertain choices of a scheme and how many Monte Carlo runs explore
 * them (Saisana, Saltelli & Tarantola 2005). Each input draws a number u in
 * [0, 1): with `noise` the nominal value is multiplied by 1 + noise × (2u − 1);
 * with `alternatives` the ⌊u × n⌋-th alternative is taken, each equally likely.
 *
 * @example
 * const uncertainty: SchemeUncertainty = { runs: 1000, seed: 1, inputs: [
 *   { type: 'weight', target: 'litigation', noise: 0.25 },
 *   { type: 'amount', item: 'lost-cases', field: 'per', alternatives: [2, 3] },
 * ] };
 */
export interface SchemeUncertainty {
  /** Monte Carlo runs, a whole number ≥ 1. Default 1000. */
  runs?: number;
  /** The seed of the pseudo-random generator (a whole number); the same seed gives the same numbers everywhere. Default 1. */
  seed?: number;
  /** The uncertain inputs, at least one. */
  inputs: UncertainInput[];
}

/**
 * One uncertain choice of a scheme.
 *
 * @example
 * const input: UncertainInput = { type: 'coverage', alternatives: [0.5, 0.6, 0.7] };
 */
export type UncertainInput =
  | WeightUncertainty
  | AmountUncertainty
  | AggregationUncertainty
  | NormalisationUncertainty
  | ImputationUncertainty
  | CoverageUncertainty;

/**
 * The points (points mode) or weight (index mode) of a dimension or an item.
 * In points mode the points are scaled back to the scheme's total, so a
 * heavier dimension makes the others lighter; an item's rule amounts
 * (deductions, caps) scale with its points.
 *
 * @example
 * const input: WeightUncertainty = { type: 'weight', target: 'litigation', alternatives: [15, 20, 25] };
 */
export interface WeightUncertainty {
  /** The input's kind. */
  type: 'weight';
  /** The id of a dimension or a (non-bonus) item. */
  target: string;
  /** ± this share of the nominal value, uniformly (0 ≤ noise < 1), e.g. 0.25. Give this or `alternatives`. */
  noise?: number;
  /** Explicit points or weights (> 0), each equally likely. Give this or `noise`. */
  alternatives?: number[];
  /** The input's name in results. Default: the target's name and 的權重 / weight. */
  name?: SchemeText;
}

/**
 * A rule amount of an item: `per` (points per event of a deduct, shortfall or
 * bonus rule), `cap` (of the same rules) or `target` (of a target, shortfall
 * or distance-to-target rule).
 *
 * @example
 * const input: AmountUncertainty = { type: 'amount', item: 'lost-cases', field: 'per', alternatives: [2, 3] };
 */
export interface AmountUncertainty {
  /** The input's kind. */
  type: 'amount';
  /** The item's id. */
  item: string;
  /** Which amount. */
  field: 'per' | 'cap' | 'target';
  /** ± this share of the nominal amount, uniformly (noise ≥ 0). Give this or `alternatives`. */
  noise?: number;
  /** Explicit amounts, each equally likely. Give this or `noise`. */
  alternatives?: number[];
  /** The input's name in results. Default: the item's name and the field. */
  name?: SchemeText;
}

/**
 * Index mode: arithmetic or geometric aggregation of item and dimension scores.
 *
 * @example
 * const input: AggregationUncertainty = { type: 'aggregation', alternatives: ['arithmetic', 'geometric'] };
 */
export interface AggregationUncertainty {
  /** The input's kind. */
  type: 'aggregation';
  /** The methods, each equally likely. */
  alternatives: ('arithmetic' | 'geometric')[];
  /** The input's name in results. Default: 加總方法 / aggregation. */
  name?: SchemeText;
}

/**
 * The method of the items with a `relative` rule (normalisation).
 *
 * @example
 * const input: NormalisationUncertainty = { type: 'normalisation', alternatives: ['min-max', 'rank'] };
 */
export interface NormalisationUncertainty {
  /** The input's kind. */
  type: 'normalisation';
  /** The methods, each equally likely. */
  alternatives: RelativeRule['method'][];
  /** The items whose method varies (relative rules only). Default: every item with a relative rule. */
  items?: string[];
  /** The input's name in results. Default: 標準化方法 / normalisation. */
  name?: SchemeText;
}

/**
 * How missing item values are filled in (see {@link Imputation}).
 *
 * @example
 * const input: ImputationUncertainty = { type: 'imputation', alternatives: ['none', 'mean', 'median'] };
 */
export interface ImputationUncertainty {
  /** The input's kind. */
  type: 'imputation';
  /** The imputations, each equally likely. */
  alternatives: Imputation[];
  /** The input's name in results. Default: 缺漏值處理 / imputation. */
  name?: SchemeText;
}

/**
 * The least coverage for a total (`minCoverage`).
 *
 * @example
 * const input: CoverageUncertainty = { type: 'coverage', alternatives: [0.5, 0.6, 0.7] };
 */
export interface CoverageUncertainty {
  /** The input's kind. */
  type: 'coverage';
  /** Thresholds in (0, 1], each equally likely. */
  alternatives: number[];
  /** The input's name in results. Default: 覆蓋率門檻 / coverage threshold. */
  name?: SchemeText;
}

/**
 * Thresholds of an item's status, as shares of the item's possible points (or
 * of 100 for an index score): met at or above `met`, near at or above `near`,
 * missed below.
 *
 * @example
 * const status: StatusThresholds = { met: 1, near: 0.8 };
 */
export interface StatusThresholds {
  /** Default 1: only full points are met. */
  met?: number;
  /** Default 0.8. */
  near?: number;
}

/**
 * The robust rule for outlier flags: a unit's value of an item's indicator is
 * an outlier when its modified z-score 0.6745 × (x − median) / MAD exceeds
 * `threshold` in the item's bad direction (Iglewicz & Hoaglin). With MAD = 0
 * a value counts when it exceeds the median by more than `minExcess`.
 *
 * @example
 * const outliers: OutlierRule = { threshold: 3.5, minExcess: 2 };
 */
export interface OutlierRule {
  /** Default 3.5. */
  threshold?: number;
  /** Default 2 (events, or the indicator's unit). */
  minExcess?: number;
}

/**
 * Which units a scheme scores.
 *
 * @example
 * const units: UnitSelection = { exclude: ['園區管委會本級'] };
 */
export interface UnitSelection {
  /** Score only these (canonical names or aliases). Default: every unit with data. */
  include?: string[];
  /** Never score these. Default none. */
  exclude?: string[];
  /** Also score the jurisdiction `*` as a unit of its own. Default false. */
  jurisdiction?: boolean;
}

/**
 * A dimension (一級指標): a named group of items.
 *
 * @example
 * const dimension: SchemeDimension = { id: 'documents', name: '規範性文件', points: 15, items: [] };
 */
export interface SchemeDimension {
  /** Unique within the scheme. */
  id: string;
  /** The dimension's name. */
  name: SchemeText;
  /** Points mode: the dimension's points; its items' points (bonus items aside) must add up to it. */
  points?: number;
  /** Index mode: the dimension's weight in the total. Default 1. */
  weight?: number;
  /** Its items (二級/三級指標), at least one. */
  items: SchemeItem[];
}

/**
 * An item (二級/三級指標): one indicator, scored by one rule.
 *
 * @example
 * const item: SchemeItem = {
 *   id: 'filing', name: '報備率', indicator: 'documents.filing_rate', points: 5,
 *   rule: { type: 'target', target: 1 },
 * };
 */
export interface SchemeItem {
  /** Unique within the scheme. */
  id: string;
  /** The item's name, used in its explanation. */
  name: SchemeText;
  /** The catalogue id whose value the rule scores (INDICATORS.md). */
  indicator: IndicatorId;
  /** For business rows: which dimension and item of the measurements. */
  select?: {
    /** The business-environment dimension (一級指標) as written in the data. */
    dimension?: string;
    /** The measured indicator's name as written in the data. */
    item?: string;
  };
  /** Points mode: what the item is worth. Bonus items: leave out (their cap is what they can add). */
  points?: number;
  /** Index mode: the item's weight within its dimension. Default 1. */
  weight?: number;
  /** How the value becomes points or a score. */
  rule: ItemRule;
  /**
   * What a unit without a value for this item gets: `exclude` (the item drops
   * out of the unit's possible points and the total is rescaled; counts
   * against coverage) or `zero` (a count with no records means zero events;
   * only allowed for count indicators). Default: `zero` for count indicators,
   * `exclude` otherwise. The explanation always says which applied.
   */
  missing?: 'exclude' | 'zero';
  /**
   * A requirement set by a higher level (e.g. the province's 80% for heads
   * appearing in court): a unit whose value misses it is flagged, whatever
   * its points.
   */
  requirement?: Requirement;
}

/**
 * A higher-level requirement on an item's value.
 *
 * @example
 * const requirement: Requirement = { value: 0.8, direction: 'higher', source: '省級要求' };
 */
export interface Requirement {
  /** The value required (e.g. 0.8 for 80%). */
  value: number;
  /** Default: the indicator's better direction, else `higher`. */
  direction?: Direction;
  /** Who sets it, for the flag's text. */
  source?: SchemeText;
}

/**
 * How an item turns its indicator's value into points (points mode) or a
 * score (index mode). See SCORING.md and docs/schemes.md.
 *
 * @example
 * const rule: ItemRule = { type: 'deduct', per: 2, cap: 10 };
 */
export type ItemRule =
  | GoalpostsRule
  | TargetRule
  | BandsRule
  | DeductRule
  | ShortfallRule
  | BonusRule
  | RelativeRule;

/**
 * Linear between worst and best, clamped, raised to `exponent`:
 * share = clamp((value − worst) / (best − worst), 0, 1)^exponent (Doing Business).
 *
 * @example
 * const rule: GoalpostsRule = { type: 'goalposts', worst: 18, best: 1 };
 */
export interface GoalpostsRule {
  /** The rule's name. */
  type: 'goalposts';
  /** The value that scores 0 (and anything worse). */
  worst: number;
  /** The value that scores full (and anything better); must differ from worst. */
  best: number;
  /** Default 1. */
  exponent?: number;
}

/**
 * Full points at or beyond the target, proportional below it; with a floor,
 * zero at or beyond the floor and linear between floor and target.
 *
 * @example
 * const rule: TargetRule = { type: 'target', target: 1, floor: 0.8 };
 */
export interface TargetRule {
  /** The rule's name. */
  type: 'target';
  /** The value that earns full points. */
  target: number;
  /** The value that earns 0 (and anything worse); linear between floor and target. Default: none (proportional). */
  floor?: number;
  /** Default: the indicator's better direction, else `higher`. */
  direction?: Direction;
}

/**
 * A threshold ladder: the first band the value reaches gives the item that
 * share of its points (or that index score); below every band, 0.
 * For `higher`, bands are read from the highest `min` down; for `lower`, `min`
 * is read as a maximum.
 *
 * @example
 * const rule: BandsRule = { type: 'bands', bands: [{ min: 0.9, share: 1 }, { min: 0.8, share: 0.8 }] };
 */
export interface BandsRule {
  /** The rule's name. */
  type: 'bands';
  /** The ladder, best band first. */
  bands: {
    /** The threshold: a minimum for `higher`, a maximum for `lower`. */
    min: number;
    /** The share (0–1) of the points the band gives. */
    share: number;
  }[];
  /** Default: the indicator's better direction, else `higher`. */
  direction?: Direction;
}

/**
 * 扣分制: start from the item's points and subtract `per` for every counted
 * event (the indicator's value), at most `cap` in all, never below zero (扣完為止).
 *
 * @example
 * const rule: DeductRule = { type: 'deduct', per: 2, cap: 6 };
 */
export interface DeductRule {
  /** The rule's name. */
  type: 'deduct';
  /** Points deducted per counted event (> 0). */
  per: number;
  /** Default: the item's points. */
  cap?: number;
}

/**
 * Subtract `per` points for every `step` the value falls short of `target`
 * (a started step counts: 1 point per 10 points short means 85% against 90%
 * loses 1), at most `cap`, never below zero.
 *
 * @example
 * const rule: ShortfallRule = { type: 'shortfall', target: 0.9, step: 0.1, per: 1 };
 */
export interface ShortfallRule {
  /** The rule's name. */
  type: 'shortfall';
  /** The value below which (for `higher`) points are lost. */
  target: number;
  /** The size of one step of shortfall (> 0), e.g. 0.1 for 10 percentage points. */
  step: number;
  /** Points deducted per step (> 0). */
  per: number;
  /** Default: the item's points. */
  cap?: number;
  /** Default: the indicator's better direction, else `higher`. */
  direction?: Direction;
  /** `started` (the default): a begun step counts whole; `whole`: only whole steps; `exact`: proportional. */
  steps?: 'started' | 'whole' | 'exact';
}

/**
 * 加分項: add `per` points for every counted event, up to `cap`. Outside the
 * total (`outside`, the default) the total can exceed the scheme's points;
 * inside, the total is capped at them.
 *
 * @example
 * const rule: BonusRule = { type: 'bonus', per: 0.5, cap: 2 };
 */
export interface BonusRule {
  /** The rule's name. */
  type: 'bonus';
  /** Points added per counted event (> 0). */
  per: number;
  /** The most the item adds (> 0). */
  cap: number;
  /** Default true. */
  outside?: boolean;
}

/**
 * Scores a unit's value against the other scored units' values of the same
 * year (composite indices): `min-max` (0–100), `z-score` (index mode only,
 * unbounded), `rank` (best = 100, worst = 0, ties shared), `percentile-rank`
 * (0–100), `distance-to-target` (100 at or beyond the target, 100 × value /
 * target below it for `higher`).
 *
 * @example
 * const rule: RelativeRule = { type: 'relative', method: 'min-max', direction: 'lower' };
 */
export interface RelativeRule {
  /** The rule's name. */
  type: 'relative';
  /** How the value is compared with the other units' values (see above). */
  method: 'min-max' | 'z-score' | 'rank' | 'percentile-rank' | 'distance-to-target';
  /** Required for `distance-to-target`. */
  target?: number;
  /** Default: the indicator's better direction, else `higher`. */
  direction?: Direction;
}

/**
 * 一票否決: when a unit's (or, with `scope: 'jurisdiction'`, the
 * jurisdiction's) indicator value meets the condition, the unit fails the
 * assessment (`fail`: total reported, status failed, ranked last) or its total
 * is capped (`cap`).
 *
 * @example
 * const veto: SchemeVeto = {
 *   id: 'major-incident', name: '發生較大及以上生產安全事故', indicator: 'safety.major_incidents',
 *   when: { op: '>=', value: 1 }, effect: { type: 'cap', total: 60 },
 * };
 */
export interface SchemeVeto {
  /** Unique within the scheme, items included. */
  id: string;
  /** The condition in words, used in the flag and the explanation. */
  name: SchemeText;
  /** The catalogue id whose value the condition reads. */
  indicator: IndicatorId;
  /** For business rows: which dimension and item of the measurements. */
  select?: {
    /** The business-environment dimension (一級指標) as written in the data. */
    dimension?: string;
    /** The measured indicator's name as written in the data. */
    item?: string;
  };
  /** The condition: the value compared with `value` by `op`; a missing value never meets it. */
  when: {
    /** The comparison. */
    op: '>=' | '>' | '<=' | '<' | '==';
    /** The threshold. */
    value: number;
  };
  /** What happens when the condition is met. */
  effect:
    | {
      /** The unit fails the assessment: its total is reported, it ranks after every unit that did not fail. */
      type: 'fail';
    }
    | {
      /** The unit's total is capped. */
      type: 'cap';
      /** The most the total can be (0 … the scheme's total). */
      total: number;
    };
  /** `unit` (the default): the unit's own value; `jurisdiction`: the `*` value applies to every unit. */
  scope?: 'unit' | 'jurisdiction';
}
