import { TRAFFIC_LIGHT_COLORS } from '@fazhi/core';

/**
 * The categorical palette: Okabe & Ito's eight colours, safe for readers with
 * any common colour-vision deficiency, ordered so that the first six (years,
 * dimensions) are the strongest and neighbours stay apart; yellow and black
 * come last.
 *
 * @example
 * CATEGORY_COLORS[0]; // '#0072B2' (blue)
 */
export const CATEGORY_COLORS = ['#0072B2', '#E69F00', '#56B4E9', '#CC79A7', '#009E73', '#D55E00', '#F0E442', '#000000'] as const;

/**
 * The colours with a fixed meaning in every chart: the four traffic lights
 * (core's `TRAFFIC_LIGHT_COLORS`), a change for the better or the worse (the
 * green and red lights), no change or no direction, and missing data.
 *
 * @example
 * STATUS_COLORS.better === TRAFFIC_LIGHT_COLORS.green; // true
 */
export const STATUS_COLORS = {
  ...TRAFFIC_LIGHT_COLORS,
  better: TRAFFIC_LIGHT_COLORS.green,
  worse: TRAFFIC_LIGHT_COLORS.red,
  same: '#595959',
  missing: '#BDBDBD',
  lost: '#9E9E9E',
} as const;
