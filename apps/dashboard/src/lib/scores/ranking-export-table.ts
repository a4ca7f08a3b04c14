import type { Lang } from '@fazhi/core';
import type { ExportTable } from '../export/export-table.ts';
import { downloadName } from '../export/download-name.ts';
import { exportUnitName } from '../export/export-unit.ts';
import { commonMessages as c } from '../i18n/common-messages.ts';
import { scoresMessages as m } from '../i18n/scores-messages.ts';
import { rankingNotes } from './ranking-row-text.ts';
import type { RankingTableRow } from './ranking-table-rows.ts';

/** Rounds a number for a spreadsheet: the scores carry the engine's 9 decimals, a reader needs 2. */
const round = (x: number | null, digits = 2): number | null => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

/**
 * The ranking table as a download (CSV, XLSX): one row per unit in rank
 * order, headers in `lang`, units in the data's own spelling
 * (`exportUnitName`), numbers as numbers (rounded to 2 decimals; coverage
 * as a share to 4) and empty cells where there is no value, the flags and
 * reasons as text. Named in the language after the view and the table
 * (`部門評分與排名-2019年排名表`, `scores-and-ranking-ranking-table-2019`).
 *
 * @example
 * rankingExportTable(rankingTableRows(scores, 2019), 2019, 'en').headers[0]; // 'Rank'
 */
export function rankingExportTable(rows: readonly RankingTableRow[], year: number, lang: Lang): ExportTable {
  return {
    name: downloadName(c.views.ranking[lang], m.rankingTable(String(year))[lang]),
    headers: [m.rank, m.unit, m.total, m.possible, m.coverage, m.totalChange, m.rankChange, m.notes].map((h) => h[lang]),
    rows: rows.map((r) => [
      r.rank, exportUnitName(r.unit, lang), round(r.total), r.possible, round(r.coverage, 4), round(r.totalChange), r.rankChange, rankingNotes(r, lang),
    ]),
  };
}
