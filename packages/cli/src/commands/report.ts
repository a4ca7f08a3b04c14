import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { bundledFontFiles, findCjkFont, MissingCjkFontError, renderSvg, svgToPng, type FontSource } from '@fazhi/charts/render';
import {
  computeIndicators, localizeSchemeText, robustnessAnalysis, schemeText, scoreUnits,
  type Lang, type LocalizedText, type RobustnessReport,
} from '@fazhi/core';
import type { CliIo } from '../cli-io.ts';
import { issueTotals } from '../format/issues-text.ts';
import { loadFolder } from '../load-folder.ts';
import { messages, reportMessages, scoreMessages } from '../messages.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { COLUMN_MAP_OPTIONS, readColumnMap } from '../read-column-map.ts';
import { deductionGrounds } from '../report/deduction-grounds.ts';
import { findChromium } from '../report/find-chromium.ts';
import { printFonts } from '../report/print-fonts.ts';
import { printPdf } from '../report/print-pdf.ts';
import { reportCharts } from '../report/report-charts.ts';
import { reportHtml } from '../report/report-html.ts';
import { reportYears } from '../report/report-years.ts';
import type { RenderedChart } from '../report/report-model.ts';
import { resultsCsv } from '../report/results-csv.ts';
import { resultsJson } from '../report/results-json.ts';
import { reportRobustnessMessages } from '../report/robustness-messages.ts';
import { robustnessChartJobs } from '../report/robustness-section.ts';
import { errorText, readSchemeFile } from '../read-scheme-file.ts';
import { UsageError } from '../usage-error.ts';

/**
 * Reads `--years`: four-digit years separated by commas (spaces allowed),
 * returned ascending without duplicates; throws {@link UsageError} for
 * anything else.
 *
 * @example
 * parseYears('2019, 2018'); // [2018, 2019]
 */
export function parseYears(raw: string): number[] {
  const parts = raw.split(',').map((p) => p.trim());
  if (parts.length === 0 || parts.some((p) => !/^\d{4}$/.test(p))) throw new UsageError(reportMessages.badYears(raw));
  return [...new Set(parts.map(Number))].sort((a, b) => a - b);
}

async function toolVersion(): Promise<string> {
  try {
    const pkg: unknown = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
    return typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * `fazhi report --data DIR --scheme FILE --out DIR [--years Y,Y] [--pdf] [--system-fonts] [--lang L]`:
 * checks the scheme (errors to stderr, status 1), loads the folder,
 * computes every indicator, scores each year asked for (default: the latest
 * year complete enough to score — charts' `openingYear`, a later thin year
 * said on stderr — and the year before; the last one is the year the report scores), draws
 * the charts with `@fazhi/charts` (SVG with a CJK text measure, PNG at 2×)
 * and writes into `--out`: `index.html` (one self-contained file),
 * `charts/NAME.svg` and `charts/NAME.png`, `results.json`, `results.csv`
 * (the HTML ends with the appendix 扣分依據: the records behind every
 * deduction and veto of the year scored),
 * and with `--pdf` `report.pdf` printed by Chromium (`FAZHI_CHROMIUM`, else
 * `/usr/bin/chromium` …). PNGs and PDF are drawn with the fonts bundled from
 * npm (Noto Sans Hans/Hant, DejaVu Sans), so they need no installed font;
 * `--system-fonts` asks for an installed CJK font instead. Progress goes to
 * stderr, a line per step. Returns 0 when everything was written; 1 when
 * `--pdf` is asked for and no Chromium is found, or `--system-fonts` and no
 * CJK font is installed (both checked first: nothing is written, the message
 * says what to install), the scheme has errors, the data cannot be loaded, a
 * year is not in the data, nothing was scored, a chart could not be drawn
 * (it is left out, the rest is still written), a PNG file could not be
 * written (the chart stays in the report; the message names the file) or
 * Chromium failed to print;
 * throws {@link UsageError} for a bad command line (status 2).
 *
 * @example
 * const status = await reportCommand(['--data', 'fixtures/sip-2019', '--scheme', 'schemes/sip-example-2019.yaml',
 *   '--years', '2018,2019', '--out', 'out/report', '--pdf'], io, 'zh-Hans');
 */
export async function reportCommand(args: string[], io: CliIo, lang: Lang): Promise<number> {
  const { values } = parseCommandArgs('report', args, {
    data: { type: 'string', short: 'd' },
    scheme: { type: 'string', short: 's' },
    years: { type: 'string', short: 'y' },
    out: { type: 'string', short: 'o' },
    pdf: { type: 'boolean', default: false },
    'system-fonts': { type: 'boolean', default: false },
    lang: { type: 'string' },
    ...COLUMN_MAP_OPTIONS,
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(`${reportMessages.reportHelp()[lang]}\n`);
    return 0;
  }
  if (values.data === undefined || values.data === '') throw new UsageError(messages.missingData('report'));
  if (values.scheme === undefined || values.scheme === '') throw new UsageError(reportMessages.missingScheme());
  if (values.out === undefined || values.out === '') throw new UsageError(reportMessages.missingOut());
  const askedYears = values.years === undefined ? null : parseYears(values.years);
  const say = (text: LocalizedText): void => {
    io.stderr.write(`fazhi: ${text[lang]}\n`);
  };
  // A PDF that cannot be printed is known before minutes of work: say so at once, how to fix it, and write nothing.
  let browser: string | null = null;
  if (values.pdf === true) {
    const chromium = findChromium(io.env);
    if (chromium.kind !== 'found') {
      say(chromium.kind === 'missing' ? reportMessages.chromiumMissing() : reportMessages.chromiumNotFound(chromium.path));
      return 1;
    }
    browser = chromium.path;
  }
  const fonts: FontSource = values['system-fonts'] === true ? 'system' : 'bundled';
  if (fonts === 'system') {
    try {
      findCjkFont({ fonts, lang });
    } catch (error) {
      if (!(error instanceof MissingCjkFontError)) throw error;
      say(reportMessages.systemFontsMissing(error.messages[lang]));
      return 1;
    }
  }

  const check = await readSchemeFile(values.scheme, io, lang);
  if (check === null) return 1;

  say(reportMessages.loading());
  const columnMap = await readColumnMap(values, io, lang);
  if (columnMap === null) return 1;
  const data = await loadFolder(values.data, io, lang, columnMap);
  if (data === null) return 1;
  io.stderr.write(`${issueTotals(data, lang)}\n`);

  say(reportMessages.scoring());
  const allRows = computeIndicators(data.records).rows;
  const available = [...new Set(allRows.map((r) => r.year))].sort((a, b) => a - b);
  const { years, passedOver } = reportYears(allRows, askedYears);
  if (passedOver.length > 0) say(reportMessages.thinYearsPassedOver(passedOver, years));
  const missing = years.filter((y) => !available.includes(y));
  if (years.length === 0 || missing.length > 0) {
    say(reportMessages.yearsNotInData(missing, available));
    return 1;
  }
  const year = years[years.length - 1]!;
  const rows = allRows.filter((r) => years.includes(r.year));
  const scheme = check.scheme;
  const scores = scoreUnits(allRows, scheme, check.stamp, { years, unitRecords: data.records.units });
  const current = scores.filter((s) => s.year === year);
  if (current.length === 0) {
    say(scoreMessages.nothingScored(year));
    return 1;
  }

  const out = resolve(io.cwd, values.out);
  try {
    await mkdir(join(out, 'charts'), { recursive: true });
  } catch (error) {
    say(reportMessages.outUnwritable(values.out, errorText(error)));
    return 1;
  }
  const itemNames = new Map<string, string>();
  for (const dimension of scheme.dimensions) {
    itemNames.set(dimension.id, schemeText(dimension.name, lang));
    for (const item of dimension.items) itemNames.set(item.id, schemeText(item.name, lang));
  }
  for (const veto of scheme.vetoes ?? []) itemNames.set(veto.id, schemeText(veto.name, lang));

  // A scheme with an uncertainty section gets a robustness section, seeded by the scheme (runs and seed printed in it).
  let robustness: RobustnessReport | undefined;
  if (scheme.uncertainty !== undefined) {
    say(reportRobustnessMessages.computing(scheme.uncertainty.runs ?? 1000, scheme.uncertainty.seed ?? 1));
    robustness = robustnessAnalysis(allRows, scheme, check.stamp, { year, unitRecords: data.records.units });
  }
  const jobs = [
    ...reportCharts({ lang, years, rows: allRows, scores: current, safety: data.records.safety_incidents, scheme }),
    ...(robustness === undefined ? [] : robustnessChartJobs(robustness, lang)),
  ];
  const charts: RenderedChart[] = [];
  let failures = 0;
  let missingPngs = 0;
  let written = 0;
  for (const [k, job] of jobs.entries()) {
    say(reportMessages.renderingChart(k + 1, jobs.length, job.name));
    let svg: string;
    try {
      svg = await renderSvg(job.spec(), { lang });
      await writeFile(join(out, 'charts', `${job.name}.svg`), svg);
    } catch (error) {
      failures++;
      say(reportMessages.chartFailed(job.name, errorText(error)));
      continue;
    }
    written++;
    charts.push({ name: job.name, kind: job.kind, section: job.section, caption: job.caption, svg });
    // The chart is in the report whatever happens to its PNG: a failure here costs that one file only.
    const png = join('charts', `${job.name}.png`);
    try {
      await writeFile(join(out, png), svgToPng(svg, { lang, fonts }));
      written++;
    } catch (error) {
      missingPngs++;
      say(reportMessages.pngFailed(join(values.out, png), errorText(error)));
    }
  }

  const html = reportHtml({
    lang, years, toolVersion: await toolVersion(), schemeName: localizeSchemeText(check.scheme.name)[lang],
    stamp: check.stamp, scheme, itemNames, rows, scores: current, files: data.files, issues: data.issues, charts,
    grounds: deductionGrounds(current, scheme, data.records), ...(robustness !== undefined && { robustness }),
  });
  const files: [string, string][] = [
    ['index.html', html],
    ['results.json', resultsJson({ format: 'fazhi-report/1', stamp: check.stamp, years: [...years], indicators: rows, scores, files: data.files, issues: data.issues })],
    ['results.csv', resultsCsv(rows, scores, lang)],
  ];
  for (const [name, content] of files) {
    say(reportMessages.writing(join(values.out, name)));
    await writeFile(join(out, name), content);
    written++;
  }

  if (browser !== null) {
    say(reportMessages.writingPdf());
    try {
      await printPdf(join(out, 'index.html'), join(out, 'report.pdf'), browser, fonts === 'bundled' ? { fonts: printFonts(bundledFontFiles()) } : {});
      written++;
    } catch (error) {
      say(reportMessages.pdfFailed(errorText(error)));
      return 1;
    }
  }
  say(reportMessages.done(values.out, written));
  if (missingPngs > 0) say(reportMessages.pngsMissing(missingPngs));
  return failures > 0 || missingPngs > 0 ? 1 : 0;
}
