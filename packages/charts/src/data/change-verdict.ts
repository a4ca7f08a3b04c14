import { catalogueEntry, roundsToZero, type Better, type IndicatorId } from '@fazhi/core';

/**
 * Whether a change is for the better, for the worse, no change, or has no
 * direction (the indicator is neither better higher nor lower, or the change
 * is unknown).
 *
 * @example
 * const v: ChangeVerdict = 'worse';
 */
export type ChangeVerdict = 'better' | 'worse' | 'same' | 'none';

/**
 * Every verdict, in legend order.
 *
 * @example
 * CHANGE_VERDICTS.length; // 4
 */
export const CHANGE_VERDICTS = ['better', 'worse', 'same', 'none'] as const satisfies readonly ChangeVerdict[];

/**
 * The verdict on a change given the direction in which the indicator
 * improves. `zero` tells whether the change counts as none (e.g. it rounds to
 * zero as printed); by default only an exact 0 does.
 *
 * @example
 * changeVerdict(-2, 'lower'); // 'better'
 * changeVerdict(0.01, 'lower'); // 'worse'
 * changeVerdict(5, null); // 'none'
 * changeVerdict(0, 'higher'); // 'same'
 */
export function changeVerdict(change: number | null, better: Better | null, zero: (change: number) => boolean = (c) => c === 0): ChangeVerdict {
  if (change === null || !Number.isFinite(change)) return 'none';
  if (zero(change)) return 'same';
  if (better === null) return 'none';
  return (change > 0) === (better === 'higher') ? 'better' : 'worse';
}

/**
 * The verdict on the change of an indicator's value from the year before, as
 * every view of it says it: the catalogue's direction of improvement
 * (`better`), and a change that prints as 0 ({@link roundsToZero}: 0.04
 * percentage points) is `same`, never better or worse. The one place the
 * verdict of an indicator's change is decided: `kpiTiles` stores it on each
 * tile (`verdict`), from which the tile's arrow, the dashboard's overview
 * light and the tile's ▲ ▼ ＝ glyph are all read.
 *
 * @example
 * indicatorChangeVerdict('safety.incidents', -13); // 'better'
 * indicatorChangeVerdict('litigation.loss_rate', 0.044); // 'worse'
 * indicatorChangeVerdict('litigation.loss_rate', 0.0004); // 'same'
 * indicatorChangeVerdict('litigation.cases', 5); // 'none'
 * indicatorChangeVerdict('litigation.lost_cases', null); // 'none'
 */
export function indicatorChangeVerdict(indicator: IndicatorId, change: number | null): ChangeVerdict {
  return changeVerdict(change, catalogueEntry(indicator).better, (c) => roundsToZero(indicator, c));
}
