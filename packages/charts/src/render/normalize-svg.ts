/**
 * An SVG made comparable across runs and machines, for snapshot tests and
 * committed golden files: numbers rounded to 2 decimals (vega writes
 * 110.00000000000001), clip-path and gradient ids renumbered from 1 in order
 * of appearance (vega's counters are process-wide), and one element per line.
 *
 * @example
 * normalizeSvg('<g clip-path="url(#clip7)"><rect width="1.005e1" x="0.30000000000000004"/></g>');
 * // '<g clip-path="url(#clip1)">\n<rect width="10.05" x="0.3"/>\n</g>'
 */
export function normalizeSvg(svg: string): string {
  const ids = new Map<string, string>();
  const counters = new Map<string, number>();
  const renumber = (id: string, prefix: string): string => {
    let stable = ids.get(id);
    if (stable === undefined) {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      stable = `${prefix}${n}`;
      ids.set(id, stable);
    }
    return stable;
  };
  return svg
    .replace(/\b(clip|gradient_|p_gradient_)(\d+)\b/g, (id: string, prefix: string) => renumber(id, prefix))
    .replace(/-?\d*\.\d+(?:e[-+]?\d+)?/gi, (n) => {
      const rounded = Math.round(Number(n) * 100) / 100;
      return String(Object.is(rounded, -0) ? 0 : rounded);
    })
    .replace(/>\s*</g, '>\n<');
}
