/**
 * Text made safe to place in HTML, in element content and in double-quoted
 * attribute values: `&`, `<`, `>`, `"` and `'` become entities.
 *
 * @example
 * escapeHtml('<b>"劳保局" & Co</b>'); // '&lt;b&gt;&quot;劳保局&quot; &amp; Co&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
