import {
  computeIndicators, escapeCsvCell, localizeSchemeText, robustnessAnalysis, treatmentReasonText, type Lang, type RobustnessReport,
} from '@fazhi/core';
import type { CliIo } from '../cli-io.ts';
import { writeLoadReport } from '../format/write-load-report.ts';
import { loadFolder } from '../load-folder.ts';
import { messages, robustnessCommandMessages as rm, scoreMessages } from '../messages.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { readSchemeFile } from '../read-scheme-file.ts';
import { UsageError } from '../usage-error.ts';

/**
 * Output formats of `fazhi robustness`; the first is the default.
 *
 * @example
 * ROBUSTNESS_FORMATS[1]; // 'json'
 */
export const ROBUSTNESS_FORMATS = ['table', 'json', 'csv'] as const;

/**
 * The columns of `fazhi robustness --format csv`, one row per unit.
 *
 * @example
 * ROBUSTNESS_CSV_COLUMNS[4]; // 'unit'
 */
export const ROBUSTNESS_CSV_COLUMNS = [
  'scheme_id', 'scheme_version', 'scheme_hash', 'year', 'unit', 'nominal_rank', 'nominal_total', 'median_rank', 'rank_p5',
  'rank_p95', 'top3', 'bottom3', 'mean_shift', 'unranked', 'driver', 'sentence',
] as const;

function whole(raw: string, name: string, min: number): number {
  const text = raw.trim();
  if (!/^\d+$/.test(text) || Number(text) < min) throw new UsageError(rm.badCount(name, raw, min));
  return Number(text);
}

/**
 * `fazhi robustness --data DIR --scheme FILE --year YEAR [--runs N] [--seed S] [--sobol N] [--format table|json|csv] [--lang L]`:
 * how far the year's ranking under the scheme can be trusted (core's
 * `robustnessAnalysis`): the data treatment, the statistical coherence of
 * the items, a Monte Carlo over the scheme's `uncertainty` inputs (`--runs`,
 * `--seed` override the scheme's) and Sobol indices (`--sobol N` base runs,
 * 0 for none; default 1024). Prints a table (default), the RobustnessReport
 * JSON (docs/robustness.md) or one CSV row per unit. The scheme is checked
 * first (errors with the node's path, status 1), data issues go to stderr.
 * Returns 0 when a result was printed, 1 when the scheme or data cannot be
 * used or the year has no data; throws {@link UsageError} for a bad command
 * line (status 2).
 *
 * @example
 * const status = await robustnessCommand(['--data', 'fixtures/sip-2019', '--scheme', 'schemes/sip-robustness-2019.yaml', '--year', '2019'], io, 'zh-Hant');
 */
export async function robustnessCommand(args: string[], io: CliIo, lang: Lang): Promise<number> {
  const { values } = parseCommandArgs('robustness', args, {
    data: { type: 'string', short: 'd' },
    scheme: { type: 'string', short: 's' },
    year: { type: 'string', short: 'y' },
    runs: { type: 'string', short: 'n' },
    seed: { type: 'string' },
    sobol: { type: 'string' },
    format: { type: 'string', short: 'f', default: ROBUSTNESS_FORMATS[0] },
    lang: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(`${rm.robustnessHelp()[lang]}\n`);
    return 0;
  }
  const format = values.format;
  if (!(ROBUSTNESS_FORMATS as readonly string[]).includes(format)) throw new UsageError(messages.badFormat(format, ROBUSTNESS_FORMATS));
  if (values.data === undefined || values.data === '') throw new UsageError(messages.missingData('robustness'));
  if (values.scheme === undefined || values.scheme === '') throw new UsageError(scoreMessages.missingScheme());
  if (values.year === undefined || !/^\d{4}$/.test(values.year.trim())) throw new UsageError(messages.badYear(values.year ?? ''));
  const year = Number(values.year.trim());
  const runs = values.runs === undefined ? undefined : whole(values.runs, '--runs', 1);
  const seed = values.seed === undefined ? undefined : whole(values.seed, '--seed', 0);
  const sobol = values.sobol === undefined ? 1024 : whole(values.sobol, '--sobol', 0);
  const say = (text: { [L in Lang]: string }): void => {
    io.stderr.write(`fazhi: ${text[lang]}\n`);
  };

  const check = await readSchemeFile(values.scheme, io, lang);
  if (check === null) return 1;
  const data = await loadFolder(values.data, io, lang);
  if (data === null) return 1;
  writeLoadReport(io.stderr, data, lang);
  const rows = computeIndicators(data.records).rows;
  const available = [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b);
  if (!available.includes(year)) {
    say(scoreMessages.yearNotInData(year, available));
    return 1;
  }
  const progress = io.stderr.isTTY === true;
  const report = robustnessAnalysis(rows, check.scheme, check.stamp, {
    year, unitRecords: data.records.units, sobol: sobol === 0 ? false : sobol,
    ...(runs !== undefined && { runs }), ...(seed !== undefined && { seed }),
    ...(progress && { onProgress: (done: number, total: number) => io.stderr.write(`\r\x1b[K${rm.progress(done, total)[lang]}`) }),
  });
  if (progress) io.stderr.write('\r\x1b[K');
  if (report.units.length === 0) {
    say(scoreMessages.nothingScored(year));
    return 1;
  }
  if (format === 'json') io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (format === 'csv') io.stdout.write(robustnessCsv(report, lang));
  else io.stdout.write(robustnessTable(report, localizeSchemeText(check.scheme.name)[lang], lang));
  return 0;
}

/**
 * `fazhi robustness --format csv`: a byte-order mark, a header of
 * {@link ROBUSTNESS_CSV_COLUMNS} and one row per unit, CRLF line ends, cells
 * through core's `escapeCsvCell`; `driver` and `sentence` in `lang`.
 *
 * @example
 * robustnessCsv(report, 'en').split('\r\n')[0]; // '\uFEFFscheme_id,scheme_version,…'
 */
export function robustnessCsv(report: RobustnessReport, lang: Lang): string {
  const lines: string[] = [ROBUSTNESS_CSV_COLUMNS.join(',')];
  for (const u of report.units) {
    lines.push([
      report.scheme.id, report.scheme.version, report.scheme.hash, report.year, u.unit, u.nominalRank, u.nominalTotal, u.medianRank,
      u.low, u.high, round(u.top3), round(u.bottom3), u.meanShift === null ? null : round(u.meanShift), round(u.unranked),
      u.driver === null ? null : report.inputs[u.driver]!.name[lang], u.sentence[lang],
    ].map(escapeCsvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** The table for people: units, then the inputs' Sobol indices, the coherence flags and the treatment. */
function robustnessTable(report: RobustnessReport, name: string, lang: Lang): string {
  const h = rm.tableHeadings()[lang];
  const pct = (x: number): string => `${Math.round(x * 100)}%`;
  const out: string[] = [rm.tableTitle(name, report.year, report.uncertainty?.runs ?? 0, report.uncertainty?.seed ?? null)[lang], ''];
  const rows = report.units.map((u) => [
    u.nominalRank === null ? '—' : String(u.nominalRank), u.medianRank === null ? '—' : String(u.medianRank),
    u.low === null ? '—' : `${u.low}–${u.high}`, pct(u.top3), pct(u.bottom3), u.meanShift === null ? '—' : u.meanShift.toFixed(1), u.unit, u.sentence[lang],
  ]);
  out.push(...columns([h.units, ...rows]));
  if (report.sensitivity?.meanAbsoluteShift != null) {
    out.push('', rm.sobolTitle(report.sensitivity.n, report.sensitivity.runs)[lang]);
    const s = report.sensitivity.meanAbsoluteShift;
    out.push(...columns([h.inputs, ...report.inputs.map((input, i) => [s[i]!.first.toFixed(3), s[i]!.total.toFixed(3),
      s[i]!.totalInterval === null ? '' : `${s[i]!.totalInterval![0].toFixed(3)}–${s[i]!.totalInterval![1].toFixed(3)}`, input.name[lang]])]));
  }
  out.push('', rm.coherenceTitle(report.coherence.units)[lang]);
  for (const flag of report.coherence.flags) out.push(`  • ${flag.message[lang]}`);
  if (report.coherence.pca !== null) out.push(`  ${rm.pcaLine(report.coherence.pca.eigenvalues.slice(0, 3).map((v) => v.toFixed(2)), pct(report.coherence.pca.shares[0] ?? 0))[lang]}`);
  out.push('', rm.treatmentLine(report.treatment.changes.length, report.treatment.imputation)[lang]);
  for (const c of report.treatment.changes) out.push(`  • ${c.unit} ${c.items.join(', ')}: ${c.from ?? '—'} → ${Number(c.to.toFixed(6))} (${treatmentReasonText(c.reason)[lang]})`);
  return `${out.join('\n')}\n`;
}

/** Left-aligned columns, the last one free. */
function columns(rows: readonly (readonly string[])[]): string[] {
  const width = (s: string): number => [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
  const widths = rows[0]!.map((_, j) => Math.max(...rows.map((r) => width(r[j] ?? ''))));
  return rows.map((r) => r.map((cell, j) => (j === r.length - 1 ? cell : cell + ' '.repeat(widths[j]! - width(cell)))).join('  ').trimEnd());
}
