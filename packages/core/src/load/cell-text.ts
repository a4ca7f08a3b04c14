import type { XlsxCell } from '../io/read-xlsx.ts';

/**
 * The text of a cell as a user would quote it: strings as written, numbers
 * in plain notation, XLSX dates as `YYYY-MM-DD` (their UTC parts), booleans
 * as TRUE/FALSE, empty as ''.
 *
 * @example
 * cellText(43595); // '43595'
 * cellText(new Date(Date.UTC(2019, 4, 10))); // '2019-05-10'
 */
export function cellText(cell: XlsxCell | undefined): string {
  if (cell == null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
}
