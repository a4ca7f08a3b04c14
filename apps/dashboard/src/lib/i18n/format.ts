import type { Lang } from '@fazhi/core';
import { LANG_TAGS } from './lang.ts';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number for the screen in the language's conventions: null, NaN and
 * infinities give `—`, never "NaN". `percent` shows a ratio as a percentage.
 *
 * @example
 * formatValue(0.5, 'zh-Hans', { percent: true }); // '50%'
 * formatValue(4311, 'en'); // '4,311'
 */
export function formatValue(value: number | null | undefined, lang: Lang, options: { percent?: boolean; digits?: number } = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const { percent = false, digits = percent ? 1 : 2 } = options;
  const key = `${lang}|${percent}|${digits}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(LANG_TAGS[lang], { style: percent ? 'percent' : 'decimal', maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format.format(value);
}
