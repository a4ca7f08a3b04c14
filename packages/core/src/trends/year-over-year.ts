/**
 * A year-on-year comparison: the change (current − previous) and the
 * relative change as a fraction of the previous value (−0.25 = a quarter
 * less, the same convention as the catalogue's `*_yoy` indicators).
 *
 * @example
 * const yoy: YearOverYear = { change: -13, percent: -13 / 42 };
 */
export interface YearOverYear {
  /** current − previous; null when either is null or not finite. */
  change: number | null;
  /**
   * change / |previous| as a fraction (0.1 = +10 %); null when the base is 0,
   * or either value is null or not finite. Never NaN or ±Infinity.
   */
  percent: number | null;
}

/**
 * The change from `previous` to `current` and the relative change. The
 * relative change divides by the absolute value of the base, so its sign is
 * always the sign of the change (a rise from −4 to −2 is +50 %, not −50 %);
 * it is null when the base is 0, since no share of nothing can be stated.
 *
 * @example
 * yearOverYear(29, 42); // { change: -13, percent: -0.30952380952380953 }
 * yearOverYear(3, 0); // { change: 3, percent: null }
 * yearOverYear(3, null); // { change: null, percent: null }
 */
export function yearOverYear(current: number | null, previous: number | null): YearOverYear {
  if (current === null || previous === null || !Number.isFinite(current) || !Number.isFinite(previous)) {
    return { change: null, percent: null };
  }
  const change = current - previous;
  if (!Number.isFinite(change)) return { change: null, percent: null };
  const percent = previous === 0 ? null : change / Math.abs(previous);
  return { change, percent: percent !== null && Number.isFinite(percent) ? percent : null };
}
