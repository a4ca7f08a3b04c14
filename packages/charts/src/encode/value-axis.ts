import { catalogueEntry, type IndicatorId } from '@fazhi/core';
import type { Axis } from 'vega-lite/types_unstable/axis.js';
import { axisFormat } from '../locale/axis-format.ts';

/**
 * The axis of an indicator's values: percentages for rates, grouped numbers
 * otherwise, and whole-number ticks for counts (never "0.5 cases").
 *
 * @example
 * valueAxis('litigation.lost_cases'); // { format: ',~r', tickMinStep: 1 }
 * valueAxis('litigation.loss_rate'); // { format: '.0%' }
 */
export function valueAxis(indicator: IndicatorId): Axis {
  const { kind } = catalogueEntry(indicator);
  return kind === 'count' ? { format: axisFormat(indicator), tickMinStep: 1 } : { format: axisFormat(indicator) };
}
