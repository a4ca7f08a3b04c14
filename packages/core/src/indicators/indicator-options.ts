/**
 * Options of the indicator computation (INDICATORS.md, the values in
 * brackets). Every field is optional; {@link resolveIndicatorOptions} applies
 * the defaults once, and the result echoes the resolved options.
 *
 * @example
 * const options: IndicatorOptions = { filingDeadlineDays: 15, years: [2019] };
 */
export interface IndicatorOptions {
  /** documents.timely_filing_rate: a document is on time when filed at most this many calendar days after published_on (else issued_on). Default 30. */
  filingDeadlineDays?: number;
  /** litigation.loss_rate: keep withdrawals (准予撤诉) in the denominator. Default true. */
  lossRateIncludesWithdrawals?: boolean;
  /** litigation.head_appearance_rate base: `'hearings'` (cases with a hearing) or `'notified'` (cases whose head was notified). Default `'hearings'`. */
  headAppearanceBase?: 'hearings' | 'notified';
  /** reconsideration.on_time_rate: time limit in calendar days from received_on for ordinary procedure. Default 60. */
  reconsiderationDeadlineDays?: number;
  /** reconsideration.on_time_rate: days added to the limit of an extended ordinary case. Default 30. */
  reconsiderationExtensionDays?: number;
  /** reconsideration.on_time_rate: time limit for the simple procedure (简易), extension or not. Default 30. */
  reconsiderationSimpleDays?: number;
  /** enforcement.pass_rate: a file passes at this score or above. Default 60. */
  enforcementPassScore?: number;
  /** enforcement.excellent_rate: a file is excellent at this score or above. Default 90. */
  enforcementExcellentScore?: number;
  /** Keep only rows of these years (every year is still read, so year-on-year rows see the year before). Default: all years. */
  years?: readonly number[];
}

/**
 * {@link IndicatorOptions} with every default applied; `years` is null when
 * every year is kept.
 *
 * @example
 * resolveIndicatorOptions().years; // null
 */
export interface ResolvedIndicatorOptions {
  /** {@link IndicatorOptions.filingDeadlineDays}, 30 unless set. */
  filingDeadlineDays: number;
  /** {@link IndicatorOptions.lossRateIncludesWithdrawals}, true unless set. */
  lossRateIncludesWithdrawals: boolean;
  /** {@link IndicatorOptions.headAppearanceBase}, `'hearings'` unless set. */
  headAppearanceBase: 'hearings' | 'notified';
  /** {@link IndicatorOptions.reconsiderationDeadlineDays}, 60 unless set. */
  reconsiderationDeadlineDays: number;
  /** {@link IndicatorOptions.reconsiderationExtensionDays}, 30 unless set. */
  reconsiderationExtensionDays: number;
  /** {@link IndicatorOptions.reconsiderationSimpleDays}, 30 unless set. */
  reconsiderationSimpleDays: number;
  /** {@link IndicatorOptions.enforcementPassScore}, 60 unless set. */
  enforcementPassScore: number;
  /** {@link IndicatorOptions.enforcementExcellentScore}, 90 unless set. */
  enforcementExcellentScore: number;
  /** The years kept, ascending and without repeats; null when every year is kept. */
  years: readonly number[] | null;
}

/**
 * Applies the defaults of {@link IndicatorOptions}. Throws a RangeError that
 * quotes the bad value when an option is out of range (a programmer error):
 * day counts must be finite and ≥ 0, scores finite, years integers.
 *
 * @example
 * resolveIndicatorOptions({ filingDeadlineDays: 15 }).filingDeadlineDays; // 15
 * resolveIndicatorOptions().reconsiderationDeadlineDays; // 60
 */
export function resolveIndicatorOptions(options: IndicatorOptions = {}): ResolvedIndicatorOptions {
  const {
    filingDeadlineDays = 30,
    lossRateIncludesWithdrawals = true,
    headAppearanceBase = 'hearings',
    reconsiderationDeadlineDays = 60,
    reconsiderationExtensionDays = 30,
    reconsiderationSimpleDays = 30,
    enforcementPassScore = 60,
    enforcementExcellentScore = 90,
    years,
  } = options;
  checkDays('filingDeadlineDays', filingDeadlineDays);
  checkDays('reconsiderationDeadlineDays', reconsiderationDeadlineDays);
  checkDays('reconsiderationExtensionDays', reconsiderationExtensionDays);
  checkDays('reconsiderationSimpleDays', reconsiderationSimpleDays);
  checkFinite('enforcementPassScore', enforcementPassScore);
  checkFinite('enforcementExcellentScore', enforcementExcellentScore);
  if (typeof lossRateIncludesWithdrawals !== 'boolean') {
    throw new RangeError(`invalid lossRateIncludesWithdrawals: ${String(lossRateIncludesWithdrawals)} (expected true or false)`);
  }
  if (headAppearanceBase !== 'hearings' && headAppearanceBase !== 'notified') {
    throw new RangeError(`invalid headAppearanceBase: ${JSON.stringify(headAppearanceBase)} (expected "hearings" or "notified")`);
  }
  let keptYears: number[] | null = null;
  if (years !== undefined) {
    for (const year of years) {
      if (!Number.isInteger(year)) throw new RangeError(`invalid years: ${JSON.stringify(year)} is not an integer year`);
    }
    keptYears = [...new Set(years)].sort((a, b) => a - b);
  }
  return {
    filingDeadlineDays,
    lossRateIncludesWithdrawals,
    headAppearanceBase,
    reconsiderationDeadlineDays,
    reconsiderationExtensionDays,
    reconsiderationSimpleDays,
    enforcementPassScore,
    enforcementExcellentScore,
    years: keptYears,
  };
}

function checkDays(name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`invalid ${name}: ${JSON.stringify(value)} (expected a finite number of days ≥ 0)`);
  }
}

function checkFinite(name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`invalid ${name}: ${JSON.stringify(value)} (expected a finite number)`);
  }
}
