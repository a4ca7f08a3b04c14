import type { Flag } from '../datasets/records.ts';
import type { ParseFailure } from './parse-failure.ts';

const FLAGS = new Map<string, Flag>();
for (const s of ['是', 'y', 'yes', 'true', '1', '√', '✓', '✔', '有', '已', '对', '對']) FLAGS.set(s, 'yes');
for (const s of ['否', 'n', 'no', 'false', '0', '×', '✗', '✘', 'x', '無', '无', '未', '没有', '沒有']) FLAGS.set(s, 'no');
for (const s of ['不適用', '不适用', 'n/a', 'na', '不涉及']) FLAGS.set(s, 'na');

const BLANKS = new Set(['', '—', '——', '-', '--', '/']);
const INVALID: ParseFailure = Object.freeze({ failure: 'flag' });

/**
 * Reads a yes / no / not-applicable flag. yes = `是 Y y yes true 1 √ ✓ 有 已`;
 * no = `否 N n no false 0 × ✗ 無 无 未`; na = `不適用 不适用 N/A`. Case- and
 * width-insensitive (NFKC). In a flag column `無` means no and `N/A` means
 * not applicable; only empty, `—`, `-` and `/` are blank (null). XLSX
 * booleans and 0/1 numbers are accepted.
 *
 * @example
 * parseFlag('√');     // 'yes'
 * parseFlag('無');    // 'no'
 * parseFlag('N/A');   // 'na'
 * parseFlag('maybe'); // { failure: 'flag' }
 */
export function parseFlag(raw: string | number | boolean | null | undefined): Flag | null | ParseFailure {
  if (raw == null) return null;
  if (typeof raw === 'boolean') return raw ? 'yes' : 'no';
  if (typeof raw === 'number') return raw === 1 ? 'yes' : raw === 0 ? 'no' : INVALID;
  const key = raw.normalize('NFKC').trim().toLowerCase();
  if (BLANKS.has(key)) return null;
  return FLAGS.get(key) ?? INVALID;
}
