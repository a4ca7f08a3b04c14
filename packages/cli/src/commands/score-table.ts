import { formatScoreNumber, treatmentSummary, type Lang, type LocalizedText, type UnitScore } from '@fazhi/core';
import { textTable } from '../format/text-table.ts';
import { messages, scoreMessages } from '../messages.ts';

/**
 * What the table's heading says about the scheme.
 *
 * @example
 * const heading: ScoreTableHeading = { name, example: true, year: 2019, previous: 2018, scored: 28 };
 */
export interface ScoreTableHeading {
  /** The scheme's name in each language. */
  name: LocalizedText;
  /** The scheme says `example: true`. */
  example: boolean;
  year: number;
  /** The year the changes compare with, or null when the data has no earlier year. */
  previous: number | null;
  /** How many units the scheme scored that year (the table may show fewer, with --unit). */
  scored: number;
}

const n = (x: number): string => formatScoreNumber(x);

function arrow(x: number | null | undefined, digits: boolean): string {
  if (x === null || x === undefined) return '—';
  if (x === 0) return '→ 0';
  return `${x > 0 ? '↑' : '↓'} ${digits ? n(Math.abs(x)) : String(Math.abs(x))}`;
}

function unitName(unit: string, lang: Lang): string {
  return unit === '*' ? `* ${messages.jurisdiction()[lang]}` : unit;
}

function flagSummary(result: UnitScore, lang: Lang): string {
  const labels = scoreMessages.flagLabels();
  const counts = new Map<keyof typeof labels, number>();
  for (const f of result.flags) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return [...counts].map(([code, k]) => (k === 1 ? labels[code][lang] : `${labels[code][lang]}×${k}`)).join(lang === 'en' ? ', ' : '、');
}

/**
 * `fazhi score --format table`: a heading (the scheme's name, whether it is
 * an example, its id, version and hash, the year and the year compared
 * with), then one line per unit in rank order: rank (failed units marked),
 * unit (`*` as the whole jurisdiction), total / possible (or "not
 * computable"), change of the total and of the rank since last year with
 * ↑ ↓ → arrows, coverage as a percentage, and a summary of the flags; a
 * line counting the values the scheme's data treatment changed, if any. With
 * `explain`, each unit then gets a paragraph: every item's sentence, every
 * flag's message and the total's sentence.
 *
 * @example
 * process.stdout.write(scoresTable(results, { name, example: true, year: 2019, previous: 2018, scored: 28 }, 'zh-Hant', true));
 */
export function scoresTable(results: readonly UnitScore[], heading: ScoreTableHeading, lang: Lang, explain: boolean): string {
  const first = results[0];
  const stamp = first === undefined ? '' : ` · ${first.scheme.id} ${first.scheme.version} · ${first.scheme.hash}`;
  const title = `${heading.name[lang]}${stamp}`;
  const subtitle = `${scoreMessages.heading(heading.year, heading.previous)[lang]}${heading.example ? ` · ${scoreMessages.example()[lang]}` : ''}`;
  const cells = results.map((r) => [
    r.rank === null ? '—' : r.failed ? `${r.rank} ${scoreMessages.failed()[lang]}` : String(r.rank),
    unitName(r.unit, lang),
    r.total === null ? scoreMessages.notComputable()[lang] : r.possible === null ? n(r.total) : `${n(r.total)} / ${n(r.possible)}`,
    arrow(r.change?.total, true),
    arrow(r.change?.rank, false),
    `${n(r.coverage * 100)}%`,
    flagSummary(r, lang),
  ]);
  const table = textTable(scoreMessages.tableHeaders()[lang], cells, { align: ['right', 'left', 'right', 'right', 'right', 'right', 'left'] });
  const ranked = first?.ranked ?? 0;
  const lines = [title, subtitle, '', table, '', scoreMessages.ranked(ranked, heading.scored)[lang]];
  const treated = treatmentSummary(results);
  if (treated !== null) lines.push(`${treated[lang]}${scoreMessages.treatedHint()[lang]}`);
  if (explain) {
    for (const r of results) {
      lines.push('', `${r.rank === null ? '—' : r.rank}  ${unitName(r.unit, lang)}  ${r.total === null ? scoreMessages.notComputable()[lang] : n(r.total)}`);
      for (const i of r.items) lines.push(`  · ${i.explanation[lang]}`);
      for (const f of r.flags) lines.push(`  ⚑ ${f.message[lang]}`);
      lines.push(`  = ${r.explanation[lang]}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
