/**
 * The vocabulary of the declarative indicator catalogue: each indicator is
 * declared once, as data, and every consumer reads that one declaration —
 * the JS engine (`computeIndicators`), the evidence lists
 * (`indicatorEvidence`), the formula table of docs/indicators.md and a SQL
 * compiler. Nothing here is a JS function, so a declaration can be printed,
 * compared and compiled.
 *
 * An indicator is computed per unit × year, plus the jurisdiction `*` × year
 * (which also counts records whose unit is blank). A `tally` indicator reads
 * one dataset:
 *
 * 1. **year** — the record's year is the calendar year of the first of the
 *    `year` fields that is not null (a date field) or that field's value (an
 *    integer year field such as `year`). A record with all of them null is in
 *    no year and no row.
 * 2. **filter** (optional) — only records for which it holds count at all.
 * 3. A row exists for every unit × year (and `*` × year) with at least one
 *    record left after 1 and 2, even when its denominator is 0.
 * 4. **numerator** and **denominator** — each a count of the records for
 *    which a predicate holds, or a sum of an expression over them.
 *    `denominator: null` makes a count (value = numerator); otherwise
 *    value = numerator / denominator, null when the denominator is 0.
 *
 * A `change` indicator is a combinator over a count indicator `of`: per unit
 * × year, numerator = this year's figure − last year's, denominator = last
 * year's (a year without a row counts as 0). Its rows are the base's rows
 * plus, for a unit whose base had a row last year but not this year, a row
 * when the jurisdiction has one this year. A `custom` indicator is computed
 * by hand-written code, only where a declaration does not fit.
 *
 * Semantics a SQL compiler must keep (DuckDB / PostgreSQL):
 *
 * - **Two-valued predicates.** Every {@link Predicate} is true or false for
 *   every record, blanks included — never unknown. `eq` and `in` are false
 *   for a null value (`COALESCE(x = v, FALSE)`, `COALESCE(x IN (…), FALSE)`),
 *   `ne` is true for a null value (`x IS DISTINCT FROM v`), `present` is
 *   `x IS [NOT] NULL`, and `le` / `lt` / `ge` / `gt` are false when either
 *   side is null (`COALESCE(x <= y, FALSE)`); so `not` is plain `NOT`.
 * - **Expressions** may be null: a blank field, a `daysBetween` with a blank
 *   date. `{ field: [a, b] }` is `COALESCE(a, b)`; `daysBetween: [a, b]` is
 *   `b − a` in calendar days (`date_diff('day', a, b)`); `add` is `+`; `if`
 *   is `CASE WHEN … THEN … ELSE … END`; an `option` is a constant of the run.
 * - **Measures.** `{ count: p }` is `count(*) FILTER (WHERE p)`;
 *   `{ sum: e, where: p }` is `COALESCE(sum(e) FILTER (WHERE p), 0)` (null
 *   terms add nothing).
 * - **Year.** `year` fields are either all dates (`year(COALESCE(a, b, …))`)
 *   or an integer year field; the dataset schemas say which.
 * - **Jurisdiction.** `*` is the same aggregate over every record of the
 *   year, unit blank or not: `GROUP BY GROUPING SETS ((unit, year), (year))`
 *   with the records of a blank unit dropped from the unit set.
 *
 * Field names are the normalised record fields of `DatasetRecords` (e.g.
 * `filed_on`, `lost`, `legality_reviewed`), not the file's headers; values
 * are those of the normalised records (`'yes'`, `'no'`, `'na'` for flags,
 * booleans, Simplified-script enum values, `YYYY-MM-DD` dates).
 *
 * @example
 * const lossRate: TallyDeclaration = {
 *   id: 'litigation.loss_rate', dataset: 'litigation', compute: 'tally',
 *   name: { 'zh-Hant': '敗訴率', 'zh-Hans': '败诉率', en: 'Loss rate' }, kind: 'rate', better: 'lower',
 *   year: ['concluded_on'],
 *   numerator: { count: { field: 'lost', eq: true } },
 *   denominator: { count: { any: [{ option: 'lossRateIncludesWithdrawals', eq: true }, { field: 'lost', eq: true }, { field: 'withdrawn', ne: true }] } },
 * };
 * @module
 */
import type { DatasetId, DatasetRecords } from '../datasets/records.ts';
import type { LocalizedText } from '../messages/localized-text.ts';
import type { ResolvedIndicatorOptions } from './indicator-options.ts';

/**
 * What an indicator's value is: a `count` (denominator null, value =
 * numerator), a `rate` (a fraction numerator / denominator in [0, 1]), a
 * `mean` (sum / count), a `change` (year-on-year change relative to last
 * year), a `ratio` (numerator per unit of denominator) or a `score` (0–100).
 *
 * @example
 * const kind: IndicatorKind = 'rate';
 */
export type IndicatorKind = 'count' | 'rate' | 'mean' | 'change' | 'ratio' | 'score';

/**
 * The direction in which an indicator improves.
 *
 * @example
 * const better: Better = 'lower'; // litigation.lost_cases
 */
export type Better = 'higher' | 'lower';

/**
 * The record fields of a dataset that a declaration may name (every field but
 * `source`).
 *
 * @example
 * const field: FieldOf<'documents'> = 'filed_on';
 */
export type FieldOf<D extends DatasetId> = Exclude<keyof DatasetRecords[D], 'source'> & string;

/**
 * A computation option that a declaration may read: any field of
 * {@link ResolvedIndicatorOptions} but `years`.
 *
 * @example
 * const deadline: OptionName = 'filingDeadlineDays';
 */
export type OptionName = Exclude<keyof ResolvedIndicatorOptions, 'years'>;

/**
 * A constant in a declaration: a string (a flag `'yes'`, an enum value), a
 * number or a boolean.
 *
 * @example
 * const notApplicable: Literal = 'na';
 */
export type Literal = string | number | boolean;

/**
 * A field read with fallbacks: one field, or a list whose first non-null
 * value is taken (`COALESCE`).
 *
 * @example
 * const clockStart: FieldRef = ['published_on', 'issued_on'];
 */
export type FieldRef<F extends string = string> = F | readonly F[];

/**
 * An expression that is not a bare literal:
 *
 * - `{ field: f }` — a record field, or `{ field: [a, b] }` the first non-null one;
 * - `{ option: o }` — a computation option (a constant of the run);
 * - `{ daysBetween: [a, b] }` — calendar days from date a to date b (b − a), null when either is null;
 * - `{ add: [a, b, …] }` — the sum, null when any term is null;
 * - `{ if: p, then: a, else: b }` — a when the predicate holds, else b.
 *
 * @example
 * const effectiveScore: ExprNode<'basic_pass' | 'score'> = { if: { field: 'basic_pass', eq: 'no' }, then: 0, else: { field: 'score' } };
 */
export type ExprNode<F extends string = string> =
  | {
    /** The record field (or the first non-null of several). */
    readonly field: FieldRef<F>;
  }
  | {
    /** The option whose value this is. */
    readonly option: OptionName;
  }
  | {
    /** From the first date to the second, in calendar days. */
    readonly daysBetween: readonly [Expr<F>, Expr<F>];
  }
  | {
    /** The terms added. */
    readonly add: readonly Expr<F>[];
  }
  | {
    /** The condition. */
    readonly if: Predicate<F>;
    /** The value where it holds. */
    readonly then: Expr<F>;
    /** The value elsewhere. */
    readonly else: Expr<F>;
  };

/**
 * A value computed from one record and the options: a {@link Literal} or an
 * {@link ExprNode}. It may be null (a blank field).
 *
 * @example
 * const limit: Expr = { add: [{ option: 'reconsiderationDeadlineDays' }, { option: 'reconsiderationExtensionDays' }] };
 */
export type Expr<F extends string = string> = Literal | ExprNode<F>;

/**
 * The test of a {@link Comparison}, applied to the value of its expression:
 *
 * - `eq: v` — equals v (false for null);
 * - `ne: v` — is null or differs from v (IS DISTINCT FROM);
 * - `in: [v, …]` — equals one of them (false for null);
 * - `present: true | false` — is (not) null;
 * - `le` / `lt` / `ge` / `gt: e` — compares with another expression (false when either is null).
 *
 * @example
 * const onTime: Test = { le: { option: 'filingDeadlineDays' } };
 */
export type Test<F extends string = string> =
  | {
    /** Equals this value (false for null). */
    readonly eq: Literal;
  }
  | {
    /** Is null or differs from this value. */
    readonly ne: Literal;
  }
  | {
    /** Equals one of these values (false for null). */
    readonly in: readonly Literal[];
  }
  | {
    /** true: is not null; false: is null. */
    readonly present: boolean;
  }
  | {
    /** At most this (false when either is null). */
    readonly le: Expr<F>;
  }
  | {
    /** Less than this (false when either is null). */
    readonly lt: Expr<F>;
  }
  | {
    /** At least this (false when either is null). */
    readonly ge: Expr<F>;
  }
  | {
    /** More than this (false when either is null). */
    readonly gt: Expr<F>;
  };

/**
 * An expression node and a test in one object: `{ field: 'legality_reviewed',
 * eq: 'yes' }`, `{ daysBetween: [{ field: ['published_on', 'issued_on'] },
 * { field: 'filed_on' }], le: { option: 'filingDeadlineDays' } }`,
 * `{ option: 'headAppearanceBase', eq: 'notified' }`. Exactly one node key
 * and one test key.
 *
 * @example
 * const filed: Comparison = { field: 'filed_on', present: true };
 */
export type Comparison<F extends string = string> = ExprNode<F> & Test<F>;

/**
 * A condition on one record (and the options), true or false for every
 * record: a {@link Comparison}, or `all` (and; true when empty), `any` (or;
 * false when empty), `not`.
 *
 * @example
 * const merits: Predicate = { all: [{ field: 'decision', present: true }, { not: { field: 'decision', in: ['终止', '调解', '和解'] } }] };
 */
export type Predicate<F extends string = string> =
  | Comparison<F>
  | {
    /** Every one holds (true when empty). */
    readonly all: readonly Predicate<F>[];
  }
  | {
    /** At least one holds (false when empty). */
    readonly any: readonly Predicate<F>[];
  }
  | {
    /** It does not hold. */
    readonly not: Predicate<F>;
  };

/**
 * A numerator or denominator of a tally: `{ count: true }` counts every
 * record of the unit × year, `{ count: p }` those for which p holds,
 * `{ sum: e }` sums e over them (null terms add nothing), `{ sum: e, where: p }`
 * over those for which p holds. Sums are exact (a full-precision adder), so
 * they do not depend on record order.
 *
 * @example
 * const deaths: Measure = { sum: { field: 'deaths' } };
 */
export type Measure<F extends string = string> =
  | {
    /** Counts every record (true) or those for which the predicate holds. */
    readonly count: true | Predicate<F>;
  }
  | {
    /** The value summed. */
    readonly sum: Expr<F>;
    /** Only over the records for which this holds. Default: every record. */
    readonly where?: Predicate<F>;
  };

/**
 * What every declaration says: its id, dataset, names, kind, direction and
 * year rule.
 *
 * @example
 * const base: DeclarationBase = {
 *   id: 'safety.deaths', dataset: 'safety_incidents', name: { 'zh-Hant': '死亡人數', 'zh-Hans': '死亡人数', en: 'Deaths' },
 *   kind: 'count', better: 'lower', year: ['occurred_on'],
 * };
 */
export interface DeclarationBase<F extends string = string> {
  /** Stable id, `<family>.<name>`. */
  readonly id: string;
  /** The dataset the indicator is computed from. */
  readonly dataset: DatasetId;
  /** The indicator's name in each language, e.g. 敗訴率 / 败诉率 / Loss rate. */
  readonly name: Readonly<LocalizedText>;
  /** What the value is: a count, a rate, a mean, a change, a ratio or a score. */
  readonly kind: IndicatorKind;
  /** Which direction is an improvement: `'higher'`, `'lower'`, or null where more is neither better nor worse. */
  readonly better: Better | null;
  /** The fields whose first non-null value gives the record's year: dates (their calendar year) or an integer year field. */
  readonly year: readonly F[];
}

/**
 * An indicator that counts or sums records of one dataset per unit × year
 * (see the module comment for the exact rules).
 *
 * @example
 * const filingRate: TallyDeclaration<FieldOf<'documents'>> = {
 *   id: 'documents.filing_rate', dataset: 'documents', compute: 'tally',
 *   name: { 'zh-Hant': '報備率', 'zh-Hans': '报备率', en: 'Filing rate' }, kind: 'rate', better: 'higher',
 *   year: ['issued_on'],
 *   numerator: { count: { all: [{ field: 'filing_required', eq: true }, { field: 'filed_on', present: true }] } },
 *   denominator: { count: { field: 'filing_required', eq: true } },
 * };
 */
export interface TallyDeclaration<F extends string = string> extends DeclarationBase<F> {
  /** Discriminant. */
  readonly compute: 'tally';
  /** Only records for which this holds count at all (and give rows). Default: every record with a year. */
  readonly filter?: Predicate<F>;
  /** What is counted or summed. */
  readonly numerator: Measure<F>;
  /** What it is counted out of; null for a count (value = numerator). */
  readonly denominator: Measure<F> | null;
}

/**
 * A year-on-year change of a count indicator `of` (see the module comment).
 *
 * @example
 * const incidentsYoy: ChangeDeclaration = {
 *   id: 'safety.incidents_yoy', dataset: 'safety_incidents', compute: 'change', of: 'safety.incidents',
 *   name: { 'zh-Hant': '事故起數同比', 'zh-Hans': '事故起数同比', en: 'Incidents, year on year' },
 *   kind: 'change', better: 'lower', year: ['occurred_on'],
 * };
 */
export interface ChangeDeclaration<F extends string = string> extends DeclarationBase<F> {
  /** Discriminant. */
  readonly compute: 'change';
  /** The id of the count indicator whose figure changes. */
  readonly of: string;
}

/**
 * An indicator computed by hand-written code (registered by id with the
 * engine), where no tally or change fits: a ratio to another dataset's
 * figure, scores built from scores. `formula` describes it for the docs.
 *
 * @example
 * const perGdp: CustomDeclaration = {
 *   id: 'safety.deaths_per_100m_gdp', dataset: 'safety_incidents', compute: 'custom', reads: ['economy'],
 *   name: { 'zh-Hant': '億元GDP死亡率', 'zh-Hans': '亿元GDP死亡率', en: 'Deaths per 100 million yuan of GDP' },
 *   kind: 'ratio', better: 'lower', year: ['occurred_on'],
 *   formula: { numerator: 'sum of deaths (jurisdiction only)', denominator: "the year's GDP in 億元 (economy)" },
 * };
 */
export interface CustomDeclaration<F extends string = string> extends DeclarationBase<F> {
  /** Discriminant. */
  readonly compute: 'custom';
  /** Other datasets the code reads. Default none. */
  readonly reads?: readonly DatasetId[];
  /** The numerator and denominator in words (English), for the formula table. */
  readonly formula: {
    /** The numerator in words. */
    readonly numerator: string;
    /** The denominator in words; null for a score without one. */
    readonly denominator: string | null;
  };
}

/**
 * One indicator, declared once: a {@link TallyDeclaration}, a
 * {@link ChangeDeclaration} or a {@link CustomDeclaration}. `F` narrows the
 * field names to one dataset's (`FieldOf<'documents'>`) where a family
 * declares its indicators.
 *
 * @example
 * const issued: IndicatorDeclaration = {
 *   id: 'documents.issued', dataset: 'documents', compute: 'tally',
 *   name: { 'zh-Hant': '規範性文件制發數', 'zh-Hans': '规范性文件制发数', en: 'Normative documents issued' },
 *   kind: 'count', better: null, year: ['issued_on'], numerator: { count: true }, denominator: null,
 * };
 */
export type IndicatorDeclaration<F extends string = string> = TallyDeclaration<F> | ChangeDeclaration<F> | CustomDeclaration<F>;

/**
 * A declaration whose id is one of `Id`: how the catalogue and each family
 * type their declarations, so that ids stay a closed set.
 *
 * @example
 * const issued: DeclarationOf<'documents.issued'> = catalogueEntry('documents.issued').declaration as DeclarationOf<'documents.issued'>;
 */
export type DeclarationOf<Id extends string> = IndicatorDeclaration & {
  /** The declaration's id. */
  readonly id: Id;
};
