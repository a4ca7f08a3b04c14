import { unitLabel } from '@fazhi/charts';
import { JURISDICTION, type Lang } from '@fazhi/core';

/**
 * A unit's name as a download (CSV, XLSX) writes it: the data's own
 * spelling, whatever the page's script — the screen prints names in the
 * reader's script (`unitLabel`), a file that is read back, joined or
 * compared with the source data keeps them as they were written. Only the
 * jurisdiction `*`, which has no spelling of its own, is named in the language.
 *
 * @example
 * exportUnitName('苏州工业园区司法局', 'zh-Hant'); // '苏州工业园区司法局'
 * exportUnitName('*', 'zh-Hant'); // '全區'
 */
export function exportUnitName(unit: string, lang: Lang): string {
  return unit === JURISDICTION ? unitLabel(unit, lang) : unit;
}
