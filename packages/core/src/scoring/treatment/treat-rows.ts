import type { UnitRecord } from '../../datasets/records.ts';
import { catalogueEntry } from '../../indicators/catalogue.ts';
import type { IndicatorRow } from '../../indicators/indicator-row.ts';
import { IndicatorLookup } from '../engine/indicator-lookup.ts';
import { missingPolicy } from '../engine/item-value.ts';
import type { Imputation, OutlierTreatment, Scheme, SchemeItem } from '../scheme.ts';
import { toSimplified } from '../../values/to-simplified.ts';
import { imputeMissing } from './impute-missing.ts';
import { jrcOutliers } from './jrc-outliers.ts';

/**
 * One value the data treatment changed.
 *
 * @example
 * const change: TreatmentChange = { unit: '苏州工业园区司法局', indicator: 'litigation.head_appearance_rate', items: ['head-appearance'],
 *   from: null, to: 0.5, reason: 'imputed', imputation: 'median' };
 */
export interface TreatmentChange {
  /** The unit whose value changed. */
  unit: string;
  /** The indicator the value belongs to. */
  indicator: string;
  /** The business dimension and item of a `select`, when the items have one. */
  select?: {
    /** The business-environment dimension. */
    dimension?: string;
    /** The measured item. */
    item?: string;
  };
  /** The ids of the scheme's items that read the value. */
  items: string[];
  /** The value before (null: missing). */
  from: number | null;
  /** The value after. */
  to: number;
  /** `imputed` (a missing value filled in), `winsorised` or `log` (the JRC outlier rule). */
  reason: 'imputed' | 'winsorised' | 'log';
  /** The imputation used, for `imputed`; else null. */
  imputation: Imputation | null;
}

/**
 * An item whose values stay outside the outlier thresholds after treatment.
 *
 * @example
 * const note: TreatmentNote = { indicator: 'litigation.lost_cases', items: ['lost-cases'], skewness: 2.9, kurtosis: 9.1, logAllowed: false };
 */
export interface TreatmentNote {
  /** The indicator. */
  indicator: string;
  /** The items that read it. */
  items: string[];
  /** Skewness after treatment. */
  skewness: number;
  /** Kurtosis after treatment. */
  kurtosis: number;
  /** false when a rule reads the values on their own scale (a deduction per case), so no log transform was made. */
  logAllowed: boolean;
}

/**
 * What {@link treatRows} returns.
 *
 * @example
 * const treated: TreatedRows = treatRows(rows, scheme, { year: 2019, units, imputation: 'mean' });
 */
export interface TreatedRows {
  /** The rows with treated values (the rows given, some replaced, some added). */
  rows: IndicatorRow[];
  /** Every changed value, by item then unit. */
  changes: TreatmentChange[];
  /** Items still skewed after treatment. */
  notes: TreatmentNote[];
}

/**
 * Options of {@link treatRows}.
 *
 * @example
 * const options: TreatRowsOptions = { year: 2019, units: ['苏州工业园区司法局'], imputation: 'median' };
 */
export interface TreatRowsOptions {
  /** The year treated. */
  year: number;
  /** The units whose values are compared and treated (the scored units, not the jurisdction `*`). */
  units: readonly string[];
  /** Default `none`. */
  imputation?: Imputation;
  /** The JRC outlier rule's options; leave out for no outlier treatment. */
  outliers?: OutlierTreatment;
  /** units.csv records, for the kinds of `kind-mean`. Default none. */
  unitRecords?: readonly Pick<UnitRecord, 'unit' | 'kind'>[];
}

/**
 * Data treatment before scoring (OECD/JRC Handbook, step 3), per value the
 * scheme's items read (an indicator, narrowed by `select`) across `units` in
 * `year`: first imputation of the values an item would exclude as missing
 * (`imputeMissing`; items whose missing values count as zero have none),
 * then the JRC outlier rule (`jrcOutliers`), whose log transform is made
 * only when every item reading the values has a relative rule — a deduction
 * per lost case read from log-transformed counts would mean nothing.
 * Returns the rows with the treated values (replaced or, for a value that
 * had no row, added, with the treated value as numerator and no
 * denominator), and every change. Rows of other years, units and indicators
 * are returned as they are; the input is never changed.
 *
 * @example
 * const units = ['苏州工业园区司法局', '苏州工业园区劳动和社会保障局'];
 * treatRows(rows, scheme, { year: 2019, units }).changes; // []
 */
export function treatRows(rows: readonly IndicatorRow[], scheme: Scheme, options: TreatRowsOptions): TreatedRows {
  const { year, units, imputation = 'none', outliers, unitRecords = [] } = options;
  const lookup = new IndicatorLookup(rows);
  const kindOf = new Map(unitRecords.map((r) => [toSimplified(r.unit), r.kind] as const));
  const replaced = new Map<IndicatorRow, IndicatorRow>();
  const added: IndicatorRow[] = [];
  const changes: TreatmentChange[] = [];
  const notes: TreatmentNote[] = [];

  for (const group of valueGroups(scheme)) {
    const { indicator, select, items } = group;
    const first = items[0]!;
    const found = units.map((unit) => lookup.find(unit, year, indicator, select));
    const raw = found.map((row) => row?.value ?? null);
    // Values as the items read them: a count's missing row is 0 events, not a gap.
    const zero = missingPolicy(first) === 'zero';
    const read = raw.map((v) => (v === null && zero ? 0 : v));
    const imputed = zero ? read : imputeMissing(read, imputation, {
      kinds: units.map((u) => kindOf.get(toSimplified(u)) ?? null),
      lastYear: units.map((u) => lookup.find(u, year - 1, indicator, select)?.value ?? null),
      count: catalogueEntry(first.indicator).kind === 'count',
    });
    let treated = imputed;
    let winsorised = new Set<number>();
    let logged = false;
    if (outliers !== undefined) {
      const allowLog = items.every((item) => item.rule.type === 'relative');
      const t = jrcOutliers(imputed, { ...outliers, allowLog });
      treated = t.values;
      winsorised = new Set(t.winsorised);
      logged = t.logged;
      if (t.stillSkewed) {
        notes.push({ indicator, items: items.map((i) => i.id), skewness: t.after.skewness!, kurtosis: t.after.kurtosis!, logAllowed: allowLog });
      }
    }
    units.forEach((unit, u) => {
      const to = treated[u] ?? null;
      const from = read[u] ?? null;
      if (to === null || to === from) return;
      const reason = logged ? 'log' : winsorised.has(u) ? 'winsorised' : 'imputed';
      changes.push({
        unit, indicator, ...(select !== undefined && { select }), items: items.map((i) => i.id), from: raw[u] === null && zero ? 0 : from, to, reason,
        imputation: reason === 'imputed' ? imputation : null,
      });
      const row = found[u];
      if (row != null) replaced.set(row, { ...row, value: to });
      else {
        added.push({
          indicator, unit, year, numerator: to, denominator: null, value: to,
          ...(select?.dimension !== undefined && { dimension: select.dimension }), ...(select?.item !== undefined && { item: select.item }),
        });
      }
    });
  }
  return { rows: [...rows.map((row) => replaced.get(row) ?? row), ...added], changes, notes };
}

/** The distinct values the scheme's items read (indicator and select), with the items that read each, in scheme order. */
function valueGroups(scheme: Scheme): { indicator: string; select: SchemeItem['select']; items: SchemeItem[] }[] {
  const groups = new Map<string, { indicator: string; select: SchemeItem['select']; items: SchemeItem[] }>();
  for (const item of scheme.dimensions.flatMap((d) => d.items)) {
    const key = JSON.stringify([item.indicator, item.select?.dimension ?? null, item.select?.item ?? null]);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { indicator: item.indicator, select: item.select, items: [item] });
    else group.items.push(item);
  }
  return [...groups.values()];
}
