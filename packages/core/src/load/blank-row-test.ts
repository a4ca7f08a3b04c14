import type { CsvColumns } from '../io/csv-columns.ts';

/**
 * The blank-row test of a table read as columns, {@link isBlankRow} for
 * row `r`: a row is blank when each of its cells is empty or whitespace,
 * tested once per distinct text of each column.
 *
 * @example
 * const isBlank = blankRowTest(table); isBlank(3); // true for a line of commas
 */
export function blankRowTest(table: CsvColumns): (r: number) => boolean {
  const ids = table.columns.map((c) => c.ids);
  const texts = table.columns.map((c) => c.values);
  // Per text: 0 = not tested yet, 1 = filled, 2 = blank. Most rows end the test at their first cell.
  const states = table.columns.map((c) => new Uint8Array(c.values.length));
  const count = ids.length;
  return (r) => {
    for (let c = 0; c < count; c++) {
      const id = (ids[c] as Int32Array)[r] as number;
      if (id === -1) return true;
      const state = states[c] as Uint8Array;
      let filled = state[id] as number;
      if (filled === 0) state[id] = filled = isFilled((texts[c] as readonly string[])[id] as string) ? 1 : 2;
      if (filled === 1) return false;
    }
    return true;
  };
}

/** `text.trim() !== ''`, without trimming when the first character is plainly not whitespace. */
function isFilled(text: string): boolean {
  const first = text.charCodeAt(0);
  // Printable ASCII but space, or CJK and full-width forms (from 、 up to, not including, the BOM).
  if ((first > 0x20 && first < 0x7f) || (first > 0x3000 && first < 0xfeff)) return true;
  return text !== '' && text.trim() !== '';
}
