/**
 * An SVG document made ready to sit inline in an HTML page next to other
 * SVGs: the XML declaration and doctype are dropped, and every `id` (with the
 * `url(#…)` and `href="#…"` references to it) gets `prefix`, because vega
 * numbers its clip paths from 1 in every chart and two inlined charts would
 * otherwise clip each other's marks.
 *
 * @example
 * inlineSvg('<svg><clipPath id="clip1"/><g clip-path="url(#clip1)"/></svg>', 'c3-');
 * // '<svg><clipPath id="c3-clip1"/><g clip-path="url(#c3-clip1)"/></svg>'
 */
export function inlineSvg(svg: string, prefix: string): string {
  return svg
    .replace(/<\?xml[^>]*\?>\s*/g, '')
    .replace(/<!DOCTYPE[^>]*>\s*/gi, '')
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${prefix}${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}${id})`)
    .replace(/\bhref="#([^"]+)"/g, (_, id: string) => `href="#${prefix}${id}"`)
    .trim();
}
