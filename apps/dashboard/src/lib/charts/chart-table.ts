import type { ChartSpec } from './embed-chart.ts';

/** The words of a chart's marks as a table: one column per tooltip line, one row per datum. */
export interface ChartTable {
  columns: string[];
  rows: string[][];
}

type Json = Record<string, unknown>;

interface TooltipLine {
  field: string;
  title: string;
}

/**
 * What a chart's tooltips say, as tables: for each distinct tooltip of the
 * spec (marks layered on the same rows share one), the rows in scope, each
 * line's field as printed. The keyboard's and the screen reader's way to the
 * numbers a mouse reads by hovering. Nested data and encodings are inherited
 * as vega-lite inherits them; marks without a tooltip are left out.
 *
 * @example
 * chartTables({ data: { values: [{ u: '甲', t: '4' }] }, mark: 'bar', encoding: { tooltip: [{ field: 'u', title: '單位' }, { field: 't', title: '數' }] } });
 * // [{ columns: ['單位', '數'], rows: [['甲', '4']] }]
 */
export function chartTables(spec: ChartSpec): ChartTable[] {
  const tables = new Map<string, ChartTable>();
  const visit = (node: unknown, values: readonly Json[], tooltip: TooltipLine[] | null): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n, values, tooltip);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const view = node as Json;
    const data = view.data as { values?: unknown } | undefined;
    const scope = Array.isArray(data?.values) ? (data.values as Json[]) : values;
    const own = (view.encoding as Json | undefined)?.tooltip;
    const lines = Array.isArray(own) ? (own as TooltipLine[]) : tooltip;
    if ('mark' in view && lines !== null && lines.length > 0) {
      const key = JSON.stringify(lines.map((l) => l.field)) + JSON.stringify(scope.length);
      if (!tables.has(key)) {
        tables.set(key, { columns: lines.map((l) => l.title), rows: scope.map((d) => lines.map((l) => text(d[l.field]))) });
      }
    }
    for (const k of ['layer', 'hconcat', 'vconcat', 'concat']) visit(view[k], scope, lines);
  };
  visit(spec, [], null);
  return [...tables.values()];
}

function text(value: unknown): string {
  return value === null || value === undefined ? '—' : String(value);
}
