import { TRAFFIC_LIGHT_COLORS } from '@fazhi/core';

/**
 * The categorical palette: Okabe & Ito's eight colours without black and
 * yellow (too light for thin marks), ordered so that neighbours stay apart for
 * readers with any common colour-vision deficiency. Years and dimensions take
 * their colours from it in order.
 *
 * @example
 * CATEGORY_COLORS[0]; // '#0072B2' (blue)
 */
export const CATEGORY_COLORS = ['#0072B2', '#E69F00', '#56B4E9', '#CC79A7', '#009E73', '#D55E00'] as const;

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
