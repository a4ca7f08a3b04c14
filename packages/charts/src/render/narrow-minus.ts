/**
 * The SVG with every minus sign (U+2212) of its text drawn in `family`
 * (a `<tspan font-family>` around it). The bundled Noto Sans Hans/Hant are
 * the first Noto Sans CJK release, whose minus is a full-width dash 1 em
 * wide: "−40" would read "—40" in a PNG. DejaVu Sans, bundled for the
 * symbols, draws an ordinary minus. Only text content changes; attributes,
 * titles and the layout (widths were measured with the wider glyph, so
 * nothing clips) stay as they are.
 *
 * @example
 * narrowMinus('<text x="1">−13</text>', 'DejaVu Sans'); // '<text x="1"><tspan font-family="DejaVu Sans">−</tspan>13</text>'
 * narrowMinus('<text>13</text>', 'DejaVu Sans');        // '<text>13</text>'
 */
export function narrowMinus(svg: string, family: string): string {
  if (!svg.includes('\u2212')) return svg;
  const tspan = `<tspan font-family="${family}">\u2212</tspan>`;
  return svg.replace(/<text\b[^>]*>[\s\S]*?<\/text>/g, (element) =>
    element.replace(/>([^<]*)</g, (_, content: string) => `>${content.replaceAll('\u2212', tspan)}<`));
}
