import { catalogueEntry, escapeCsvCell, isIndicatorId, type IndicatorRow, type Lang, type UnitScore } from '@fazhi/core';

/**
 * The columns of `results.csv`. `kind` tells what a row is: `indicator` (one
 * indicator × unit × year, as `fazhi indicators` computes it), `total` (a
 * unit's total for a year under the scheme) or `item` (one scored item of a
 * unit × year). Columns that do not apply to a kind are empty.
 *
 * @example
 * RESULTS_CSV_COLUMNS[0]; // 'kind'
 */
export const RESULTS_CSV_COLUMNS = [
  'kind', 'year', 'unit', 'indicator', 'name', 'dimension', 'item', 'value', 'numerator', 'denominator',
  'earned', 'possible', 'rank', 'change', 'rank_change', 'status', 'flags', 'explanation',
  'scheme_id', 'scheme_version', 'scheme_hash',
] as const;

/** An indicator's catalogue name; none for an id the catalogue does not know. */
function nameOf(indicator: string, lang: Lang): string | undefined {
  return isIndicatorId(indicator) ? catalogueEntry(indicator).name[lang] : undefined;
}

/**
 * `results.csv` of `fazhi report`: a byte-order mark (Excel then reads the
 * file as UTF-8 and shows Chinese correctly), the header
 * {@link RESULTS_CSV_COLUMNS}, then every indicator row, then for each
 * scored unit its `total` row followed by its `item` rows; CRLF line ends.
 * Every cell goes through {@link escapeCsvCell}: RFC 4180 quoting, text that
 * starts with `=`, `+`, `-`, `@`, tab or CR prefixed with `'` against formula
 * injection, numbers (including negative changes) left as numbers. `name` is
 * the indicator's name in `lang`; for a `total` row `change` is the total's
 * change, for an `item` row the points' change.
 *
 * @example
 * resultsCsv(rows, scores, 'zh-Hans').startsWith('\uFEFFkind,year,unit,'); // true
 */
export function resultsCsv(rows: readonly IndicatorRow[], scores: readonly UnitScore[], lang: Lang): string {
  const lines: string[] = [RESULTS_CSV_COLUMNS.join(',')];
  const push = (cells: Record<(typeof RESULTS_CSV_COLUMNS)[number], string | number | boolean | null | undefined>): void => {
    lines.push(RESULTS_CSV_COLUMNS.map((c) => escapeCsvCell(cells[c])).join(','));
  };
  const none = { earned: null, possible: null, rank: null, change: null, rank_change: null, status: null, flags: null, explanation: null };
  for (const r of rows) {
    push({
      kind: 'indicator', year: r.year, unit: r.unit, indicator: r.indicator, name: nameOf(r.indicator, lang),
      dimension: r.dimension, item: r.item, value: r.value, numerator: r.numerator, denominator: r.denominator,
      ...none, scheme_id: null, scheme_version: null, scheme_hash: null,
    });
  }
  for (const s of scores) {
    const stamp = { scheme_id: s.scheme.id, scheme_version: s.scheme.version, scheme_hash: s.scheme.hash };
    push({
      kind: 'total', year: s.year, unit: s.unit, indicator: null, name: null, dimension: null, item: null,
      value: null, numerator: null, denominator: null, earned: s.total, possible: s.possible, rank: s.rank,
      change: s.change?.total, rank_change: s.change?.rank, status: s.failed ? 'failed' : null,
      flags: s.flags.map((f) => f.code).join(';'), explanation: (s.notComputable ?? s.explanation)[lang], ...stamp,
    });
    for (const i of s.items) {
      push({
        kind: 'item', year: s.year, unit: s.unit, indicator: i.indicator, name: nameOf(i.indicator, lang),
        dimension: i.dimension, item: i.item, value: i.value, numerator: i.numerator, denominator: i.denominator,
        earned: i.earned, possible: i.possible, rank: null, change: i.change?.earned, rank_change: null,
        status: i.status, flags: i.flags.map((f) => f.code).join(';'), explanation: i.explanation[lang], ...stamp,
      });
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
