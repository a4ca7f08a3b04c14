import type { BandsRule, Direction } from '../scheme.ts';

/**
 * One band of a {@link BandsRule}: the threshold and the share it gives.
 *
 * @example
 * const band: Band = { min: 0.9, share: 1 };
 */
export type Band = BandsRule['bands'][number];

/**
 * The band a value reaches: for `higher`, the band with the highest `min` at
 * or below the value; for `lower` (where `min` is read as a maximum), the band
 * with the lowest `min` at or above it. A value exactly at a band's edge
 * reaches that band; of two bands with the same edge, the larger share wins. null when the value reaches no band. The bands' order in
 * the scheme does not matter.
 *
 * @example
 * matchBand(0.85, { type: 'bands', bands: [{ min: 0.9, share: 1 }, { min: 0.8, share: 0.8 }] }, 'higher');
 * // { min: 0.8, share: 0.8 }
 * matchBand(3, { type: 'bands', bands: [{ min: 0, share: 1 }, { min: 2, share: 0.5 }] }, 'lower'); // null
 */
export function matchBand(value: number, rule: Pick<BandsRule, 'bands'>, direction: Direction): Band | null {
  let best: Band | null = null;
  for (const band of rule.bands) {
    const reached = direction === 'higher' ? value >= band.min : value <= band.min;
    if (!reached) continue;
    const better = best === null
      || (direction === 'higher' ? band.min > best.min : band.min < best.min)
      || (band.min === best.min && band.share > best.share);
    if (better) best = band;
  }
  return best;
}

/**
 * The share (0–1) of an item's points a threshold ladder gives a value: the
 * share of the band it reaches ({@link matchBand}), 0 below every band.
 * Shares outside 0–1 (which `checkScheme` rejects) are clamped.
 *
 * @example
 * const rule: BandsRule = { type: 'bands', bands: [{ min: 0.9, share: 1 }, { min: 0.8, share: 0.8 }] };
 * bandsShare(0.9, rule, 'higher'); // 1
 * bandsShare(0.85, rule, 'higher'); // 0.8
 * bandsShare(0.7, rule, 'higher'); // 0
 */
export function bandsShare(value: number, rule: Pick<BandsRule, 'bands'>, direction: Direction): number {
  const band = matchBand(value, rule, direction);
  return band === null ? 0 : Math.min(1, Math.max(0, band.share));
}
