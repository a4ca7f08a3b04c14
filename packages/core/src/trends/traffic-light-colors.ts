import type { TrafficLight } from './traffic-light.ts';

/**
 * The colour of each traffic light, for charts and the dashboard (sRGB hex).
 *
 * Chosen from the colours SDSN's dashboards use (sdsna/sdgindex-starter
 * `helpers/ratings.js`: Material green 600, #FCC30B yellow, orange 700, red
 * 700), shifted so that the four stay apart for readers with colour-vision
 * deficiency: a bluish green (Okabe & Ito's #009E73) that deuteranopes do not
 * confuse with orange, a light yellow, a mid orange and a dark red, so their
 * luminance falls from yellow (0.79) through orange (0.43) and green (0.26)
 * to red (0.10). Simulated for deuteranopia and protanopia (Machado et al.
 * 2009), every pair stays at least 18 CIELAB ΔE apart. Colour is never the
 * only cue: charts also print the label or the arrow.
 *
 * @example
 * TRAFFIC_LIGHT_COLORS.green; // '#009E73'
 */
export const TRAFFIC_LIGHT_COLORS: Readonly<Record<TrafficLight, string>> = {
  green: '#009E73',
  yellow: '#FCE83A',
  orange: '#F39C12',
  red: '#B2182B',
};
