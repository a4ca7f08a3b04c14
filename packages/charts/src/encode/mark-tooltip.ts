/** One line of a mark's tooltip: the datum's field (already formatted text) under its title. */
export interface TooltipLine {
  field: string;
  type: 'nominal' | 'ordinal';
  title: string;
}

/**
 * A mark's tooltip: one line per `[field, title]`, each a field of the
 * chart's rows that holds text printed by the data phase (core's
 * formatIndicatorValue and formatIndicatorChange), so a tooltip reads as
 * the chart's labels do (`year` is an ordinal field); the dashboard shows it with vega-embed's tooltip
 * handler (vega-tooltip), and vega-lite also writes it as each mark's
 * aria-label for screen readers.
 *
 * @example
 * markTooltip([['label', '单位'], ['text', '败诉率']]);
 * // [{ field: 'label', type: 'nominal', title: '单位' }, { field: 'text', type: 'nominal', title: '败诉率' }]
 */
export function markTooltip(lines: readonly (readonly [field: string, title: string])[]): TooltipLine[] {
  // Years are ordinal integers in every chart, in tooltips too (the structure tests hold every `year` field to it).
  return lines.map(([field, title]) => ({ field, type: field === 'year' ? 'ordinal' : 'nominal', title }));
}
