import { unitLabel } from '@fazhi/charts';
import { formatNumber, type Lang, type ScoreFlag } from '@fazhi/core';
import { scoresMessages as m } from '../i18n/scores-messages.ts';
import type { RankingTableRow } from './ranking-table-rows.ts';

/**
 * A ranking table row as the screen prints it, in one language.
 *
 * @example
 * const text: RankingRowText = { unit: '唯亭街道', rank: '13', total: '74', possible: '100', coverage: '50%', totalChange: '+4', rankChange: '下降 1 位', notes: '低于上级要求' };
 */
export interface RankingRowText {
  /** The unit as printed (the jurisdiction by its name). */
  unit: string;
  /** The rank, "—" when not ranked. */
  rank: string;
  /** The total, "—" when not computable. */
  total: string;
  /** What the total is out of, "—" when unknown. */
  possible: string;
  /** The coverage as a percentage. */
  coverage: string;
  /** The change of the total with its sign; "—" when not comparable. */
  totalChange: string;
  /** "up 2" / "down 1" / "same"; the words for no score last year; "—" when not comparable. */
  rankChange: string;
  /** The flags in words (with a count when repeated), the veto's failure, and why there is no total. */
  notes: string;
}

const FLAG_ORDER: readonly ScoreFlag['code'][] = ['veto', 'below_requirement', 'outlier'];

/**
 * Prints a ranking table row in `lang`: numbers as the charts print them
 * (at most 2 decimals, minus sign −), never "NaN" or "undefined".
 *
 * @example
 * rankingRowText(row, 'en').rankChange; // 'up 2'
 */
export function rankingRowText(row: RankingTableRow, lang: Lang): RankingRowText {
  let rankChange = '—';
  if (!row.hasPrevious) rankChange = m.noPrevious[lang];
  else if (row.rankChange !== null) {
    const n = formatNumber(Math.abs(row.rankChange), lang);
    rankChange = row.rankChange > 0 ? m.rankUp(n)[lang] : row.rankChange < 0 ? m.rankDown(n)[lang] : m.rankSame[lang];
  }
  return {
    unit: unitLabel(row.unit, lang),
    rank: row.rank === null ? '—' : formatNumber(row.rank, lang),
    total: row.total === null ? '—' : formatNumber(row.total, lang),
    possible: row.possible === null ? '—' : formatNumber(row.possible, lang),
    coverage: `${formatNumber(row.coverage * 100, lang, { digits: 0 })}%`,
    totalChange: row.totalChange === null ? '—' : formatNumber(row.totalChange, lang, { sign: true }),
    rankChange,
    notes: rankingNotes(row, lang),
  };
}

/**
 * The notes of a ranking row in `lang`: failed by a veto, why the total is
 * not computable, then the flags (with a count when repeated); "" when none.
 *
 * @example
 * rankingNotes({ ...row, flags: { outlier: 2 } }, 'en'); // 'outlier ×2'
 */
export function rankingNotes(row: RankingTableRow, lang: Lang): string {
  const notes: string[] = [];
  if (row.failed) notes.push(m.failed[lang]);
  if (row.notComputable !== null) notes.push(`${m.notComputable[lang]}${lang === 'en' ? ': ' : '：'}${row.notComputable[lang]}`);
  for (const code of FLAG_ORDER) {
    const count = row.flags[code] ?? 0;
    if (count === 0 || (code === 'veto' && row.failed)) continue;
    notes.push(count > 1 ? `${m.flagWords[code][lang]} ×${count}` : m.flagWords[code][lang]);
  }
  return notes.join(lang === 'en' ? '; ' : '；');
}
