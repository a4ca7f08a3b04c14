const LABELS = new Set(['合计', '合計', '小计', '小計', '总计', '總計', '共计', '共計', '累计', '累計']);
const FIRST_CHARS = new Set([...'合小总總共累TtSsGg'].map((c) => c.charCodeAt(0)));
const ENGLISH = new Set(['total', 'subtotal', 'sub-total', 'grand total']);

/**
 * True when a cell labels a sub-total row: it starts with 合計, 小計,
 * 總計, 共計 or 累計 (either script, spaces ignored), or reads Total /
 * Subtotal. Such rows are skipped with a notice, never counted.
 *
 * @example
 * isSubtotalLabel('合 計'); // true
 * isSubtotalLabel('(2019)苏0591行初1号'); // false
 */
export function isSubtotalLabel(text: string): boolean {
  if (!FIRST_CHARS.has(text.charCodeAt(0)) && text.charCodeAt(0) > 0x20) return false;
  const s = text.trimStart();
  if (s.length < 2) return false;
  const head = s[1] === ' ' || s[1] === '\u3000' ? s.replace(/[\s\u3000]+/g, '').slice(0, 2) : s.slice(0, 2);
  if (LABELS.has(head)) return true;
  return s.length <= 11 && ENGLISH.has(s.trim().toLowerCase());
}
