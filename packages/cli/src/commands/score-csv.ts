import { escapeCsvCell, type Lang, type UnitScore } from '@fazhi/core';

/**
 * The columns of `fazhi score --format csv`, one row per unit × item: the
 * scheme stamp, the unit's result, then the item's.
 *
 * @example
 * SCORE_CSV_COLUMNS[0]; // 'scheme_id'
 */
export const SCORE_CSV_COLUMNS = [
  'scheme_id', 'scheme_version', 'scheme_hash', 'year', 'unit', 'rank', 'ranked', 'total', 'possible', 'coverage',
  'failed', 'total_change', 'rank_change', 'dimension', 'item', 'indicator', 'value', 'numerator', 'denominator',
  'missing_as', 'treatment', 'value_before', 'earned', 'item_possible', 'weight', 'status', 'value_change', 'earned_change', 'flags', 'explanation',
] as const;

/**
 * `fazhi score --format csv`: a byte-order mark (so that Excel reads UTF-8),
 * a header of {@link SCORE_CSV_COLUMNS} and one row per unit × item, CRLF
 * line ends, every cell through core's `escapeCsvCell` (RFC 4180 quoting, text
 * a spreadsheet would run as a formula prefixed with `'`), an empty cell for null; `treatment` is what the scheme's
 * data treatment did to the value (`imputed`, `winsorised`, `log`; empty when nothing) and `value_before` the value
 * before it (empty when it was missing or untreated); `flags` lists the
 * item's flag codes separated by `;`, `explanation` is the item's sentence in
 * `lang`.
 *
 * @example
 * scoresCsv(results, 'zh-Hant').split('\r\n')[0]; // '\uFEFFscheme_id,scheme_version,scheme_hash,year,unit,…'
 */
export function scoresCsv(results: readonly UnitScore[], lang: Lang): string {
  const lines: string[] = [SCORE_CSV_COLUMNS.join(',')];
  for (const r of results) {
    for (const i of r.items) {
      lines.push([
        r.scheme.id, r.scheme.version, r.scheme.hash, r.year, r.unit, r.rank, r.ranked, r.total, r.possible, r.coverage,
        String(r.failed), r.change?.total, r.change?.rank, i.dimension, i.item, i.indicator, i.value, i.numerator,
        i.denominator, i.missingAs, i.treatment?.reason, i.treatment === null ? null : i.treatment.from, i.earned, i.possible, i.weight, i.status, i.change?.value, i.change?.earned,
        i.flags.map((f) => f.code).join(';'), i.explanation[lang],
      ].map(escapeCsvCell).join(','));
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
