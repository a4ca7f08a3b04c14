import type { DatasetId } from '../datasets/records.ts';
import type { ResolvedIndicatorOptions } from '../indicators/indicator-options.ts';
import type { SqlDialect } from './sql-dialect.ts';

/**
 * What the SQL of a `custom` indicator compiles with.
 *
 * @example
 * const context: CustomSqlContext = { dialect: DUCKDB_DIALECT, options: resolveIndicatorOptions(), view: (id) => `"fazhi_${id}"` };
 */
export interface CustomSqlContext {
  /** The SQL dialect. */
  readonly dialect: SqlDialect;
  /** The resolved options (constants of the run). */
  readonly options: ResolvedIndicatorOptions;
  /** The quoted name of the view of an indicator id, or of a helper view named by a suffix of the custom code. */
  view(name: string): string;
}

/**
 * One view a custom indicator's SQL creates: a helper (named by a suffix,
 * e.g. `business_scored`) or the rows of one of its ids.
 *
 * @example
 * const view: CustomView = { name: 'safety.deaths_per_100m_gdp', select: 'SELECT …' };
 */
export interface CustomView {
  /** The indicator id whose rows it holds, or a helper's suffix. */
  readonly name: string;
  /** The SELECT: for an id, its rows with the columns indicator, unit, year, numerator, denominator, value, dimension, item. */
  readonly select: string;
}

/**
 * The SQL written by hand for `custom` declarations, the counterpart of
 * their JavaScript code (`CustomIndicator` in core's indicators/): which
 * ids it computes, what it reads and the views it creates, helpers first.
 * Rows that also carry `dimension` and `item` (business) give them; the
 * others give NULLs there.
 *
 * @example
 * const none: CustomSql = { ids: [], needs: [], reads: {}, views: () => [] };
 */
export interface CustomSql {
  /** The ids of the custom declarations it computes. */
  readonly ids: readonly string[];
  /** The ids of other indicators whose views it reads. */
  readonly needs: readonly string[];
  /** The columns it reads of each dataset table. */
  readonly reads: Partial<Record<DatasetId, readonly string[]>>;
  /** Its views in creation order. */
  views(context: CustomSqlContext): CustomView[];
}
