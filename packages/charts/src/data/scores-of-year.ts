import { compareUnits, JURISDICTION, type UnitScore } from '@fazhi/core';

/**
 * The scores of one year that the score charts show: every unit except the
 * jurisdiction `*` (it is not ranked among its departments) unless it is the
 * only one, ordered by rank (unranked last), then by unit name, so the order
 * never depends on the input's.
 *
 * @example
 * scoresOfYear(scores, 2019)[0]?.rank; // 1
 */
export function scoresOfYear(scores: readonly UnitScore[], year: number): UnitScore[] {
  const ofYear = scores.filter((s) => s.year === year);
  const units = ofYear.some((s) => s.unit !== JURISDICTION) ? ofYear.filter((s) => s.unit !== JURISDICTION) : ofYear;
  return units.sort((a, b) => {
    if (a.rank !== b.rank) {
      if (a.rank === null) return 1;
      if (b.rank === null) return -1;
      return a.rank - b.rank;
    }
    return compareUnits(a.unit, b.unit);
  });
}
