import type { IndicatorTableRow } from '../areas/indicator-table-rows.ts';
import type { EvidenceQuery } from './evidence-query.ts';

/**
 * The records query of a line of an area's indicator table: its indicator,
 * unit and year, and the business dimension and item its key carries
 * (`indicator|unit|dimension|item`, see indicator-table-rows.ts).
 *
 * @example
 * tableRowQuery({ ...row, key: 'business.dimension_score|*|政务服务|', indicator: 'business.dimension_score', unit: '*', year: 2019 });
 * // { indicator: 'business.dimension_score', unit: '*', year: 2019, dimension: '政务服务' }
 */
export function tableRowQuery(row: Pick<IndicatorTableRow, 'key' | 'indicator' | 'unit' | 'year'>): EvidenceQuery {
  const rest = row.key.slice(`${row.indicator}|${row.unit}|`.length);
  const cut = rest.lastIndexOf('|');
  const dimension = cut < 0 ? '' : rest.slice(0, cut);
  const item = cut < 0 ? '' : rest.slice(cut + 1);
  return {
    indicator: row.indicator, unit: row.unit, year: row.year,
    ...(dimension === '' ? {} : { dimension }), ...(item === '' ? {} : { item }),
  };
}
