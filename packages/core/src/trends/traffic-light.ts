import type { Direction } from '../scoring/scheme.ts';
import { atLeast } from './at-least.ts';

/**
 * A traffic-light rating in the style of the SDG Index dashboards: green
 * (achieved), yellow (challenges remain), orange (significant challenges),
 * red (major challenges).
 *
 * @example
 * const light: TrafficLight = 'orange';
 */
export type TrafficLight = 'green' | 'yellow' | 'orange' | 'red';

/**
 * The lights, best first.
 *
 * @example
 * TRAFFIC_LIGHTS.indexOf('red'); // 3
 */
export const TRAFFIC_LIGHTS = ['green', 'yellow', 'orange', 'red'] as const satisfies readonly TrafficLight[];

/**
 * The two thresholds a traffic light needs; the midpoint between them
 * separates yellow from orange.
 *
 * @example
 * // SDR 2025: poverty headcount at $2.15/day (%), lower is better
 * const poverty: TrafficLightThresholds = { green: 2, red: 13 };
 */
export interface TrafficLightThresholds {
  /** At or past this value (in the better direction) the light is green. */
  green: number;
  /** Past this value (in the worse direction) the light is red. */
  red: number;
}

/**
 * The traffic light of a value, as the SDG Index dashboards assign them
 * (Sachs et al., Sustainable Development Report, methods summary): green at
 * or past the green threshold; yellow up to and including the midpoint of the
 * green and red thresholds; orange from there up to and including the red
 * threshold; red beyond it. "Past" follows `direction`: above for `higher`,
 * below for `lower`. Each boundary belongs to the better light, compared
 * with a relative tolerance of 1e-9 (`atLeast`), so a midpoint such as
 * (0.9 + 0.7) / 2 catches a value of 0.8 however the sum rounds.
 *
 * Returns null when the value is null or not finite. Throws a RangeError when
 * the thresholds contradict the direction (a green threshold below the red
 * one when higher is better, or above it when lower is better) or are not
 * finite: that is a mistake in the caller's configuration, not in the data.
 *
 * @example
 * trafficLight(1.5, { green: 2, red: 13 }, 'lower'); // 'green'
 * trafficLight(7.5, { green: 2, red: 13 }, 'lower'); // 'yellow' (the midpoint)
 * trafficLight(13, { green: 2, red: 13 }, 'lower'); // 'orange'
 * trafficLight(20, { green: 2, red: 13 }, 'lower'); // 'red'
 * trafficLight(72, { green: 70, red: 30 }, 'higher'); // 'green'
 */
export function trafficLight(value: number | null, thresholds: TrafficLightThresholds, direction: Direction): TrafficLight | null {
  const { green, red } = thresholds;
  if (!Number.isFinite(green) || !Number.isFinite(red)) {
    throw new RangeError(`trafficLight: thresholds must be finite numbers, got green ${green} and red ${red}.`);
  }
  const sign = direction === 'higher' ? 1 : -1;
  if (sign * (green - red) < 0) {
    throw new RangeError(
      `trafficLight: with ${direction} better, the green threshold must be ${direction === 'higher' ? 'at or above' : 'at or below'} the red one; got green ${green} and red ${red}.`,
    );
  }
  if (value === null || !Number.isFinite(value)) return null;
  // Measured as improvement, every comparison reads "at or past".
  const v = sign * value;
  if (atLeast(v, sign * green)) return 'green';
  if (atLeast(v, sign * ((green + red) / 2))) return 'yellow';
  if (atLeast(v, sign * red)) return 'orange';
  return 'red';
}
