import { catalogueEntry, isPercentKind, type IndicatorId } from '@fazhi/core';

/**
 * The d3 format of an indicator's value axis: ".0%" for percentages (vega's
 * locale supplies the separators), ",~r" otherwise. The labels on the marks
 * are core's `formatIndicatorValue`.
 *
 * @example
 * axisFormat('litigation.loss_rate'); // '.0%'
 * axisFormat('litigation.cases'); // ',~r'
 */
export function axisFormat(indicator: IndicatorId): string {
  return isPercentKind(catalogueEntry(indicator).kind) ? '.0%' : ',~r';
}
