import { textWidth } from './text-width.ts';

/**
 * The fields of a vega text item that its width depends on.
 *
 * @example
 * const item: VegaTextItem = { fontSize: 15, fontWeight: 'bold' };
 */
export interface VegaTextItem {
  /** Font size in pixels; vega's default is 11. */
  fontSize?: number | string | null;
  /** `bold`, `bolder` or a number of 600 and more measure the bold face; default normal. */
  fontWeight?: number | string | null;
}

/**
 * vega's `textMetrics.width` for headless rendering: the width of one line
 * of an item's text by {@link textWidth}, at the item's font size and weight.
 * Like vl-convert's measure, it ignores the item's `limit`: vega's
 * `truncate` calls it to decide where to cut, so it must answer for the whole
 * text.
 *
 * @example
 * vegaTextWidth({ fontSize: 12 }, '劳动和社会保障局'); // 96
 * vegaTextWidth({}, '法治');                           // 22 (vega's default 11 px)
 */
export function vegaTextWidth(item: VegaTextItem, text: unknown): number {
  const fontSize = item.fontSize == null ? 11 : Number(item.fontSize) || 0;
  const line = text == null ? '' : String(text).trim();
  if (fontSize <= 0 || line === '') return 0;
  return textWidth(line, fontSize, { bold: isBold(item.fontWeight) });
}

function isBold(weight: VegaTextItem['fontWeight']): boolean {
  if (weight == null) return false;
  if (weight === 'bold' || weight === 'bolder') return true;
  const n = Number(weight);
  return Number.isFinite(n) && n >= 600;
}
