import { AREA_PLANS, reportIndicators, type AreaPlan } from '@fazhi/charts';
import {
  compareUnits, formatIndicatorValue, formatScoreNumber, JURISDICTION, treatmentSummary,
  type IndicatorId, type IndicatorRow, type Lang, type UnitScore,
} from '@fazhi/core';
import { messages, reportMessages, scoreMessages } from '../messages.ts';
import { fileDataset, fileFormat } from '../format/issues-text.ts';
import { escapeHtml } from './escape-html.ts';
import { formatChange } from './format-change.ts';
import { groundsHtml } from './grounds-html.ts';
import { groundsMessages } from './grounds-messages.ts';
import { htmlTable, type HtmlCell } from './html-table.ts';
import { inlineSvg } from './inline-svg.ts';
import { REPORT_CSS } from './report-css.ts';
import { rulesTable } from './rules-table.ts';
import type { RenderedChart, ReportModel } from './report-model.ts';
import { indicatorName, sectionParagraph } from './section-paragraph.ts';
import { reportRobustnessMessages } from './robustness-messages.ts';
import { robustnessSectionHtml } from './robustness-section.ts';

const n = (x: number): string => formatScoreNumber(x);

function figure(chart: RenderedChart, index: number): string {
  return `<figure class="chart" id="chart-${escapeHtml(chart.name)}">\n${inlineSvg(chart.svg, `c${index}-`)}\n`
    + `<figcaption>${escapeHtml(chart.caption)} <span class="note">(charts/${escapeHtml(chart.name)}.svg · .png)</span></figcaption>\n</figure>`;
}

function rowLabel(row: IndicatorRow, lang: Lang): string {
  const name = indicatorName(row.indicator as IndicatorId, lang);
  return [name, row.dimension, row.item].filter((x) => x !== undefined && x !== '').join(' · ');
}

function valueText(indicator: string, value: number | null | undefined, lang: Lang): string {
  return formatIndicatorValue(indicator as IndicatorId, value ?? null, lang);
}

/** The jurisdiction's rows of the section: one line per indicator (× dimension × item), one column per year. */
function jurisdictionTable(section: AreaPlan, model: ReportModel): string | null {
  const { lang, years } = model;
  const last = years[years.length - 1]!;
  const previous = years.length > 1 ? years[years.length - 2]! : null;
  const keyOf = (r: IndicatorRow) => `${r.indicator}\u0000${r.dimension ?? ''}\u0000${r.item ?? ''}`;
  const lines = new Map<string, Map<number, IndicatorRow>>();
  for (const indicator of reportIndicators(section)) {
    for (const r of model.rows) {
      if (r.indicator !== indicator || r.unit !== JURISDICTION || !years.includes(r.year)) continue;
      const key = keyOf(r);
      if (!lines.has(key)) lines.set(key, new Map());
      lines.get(key)!.set(r.year, r);
    }
  }
  if (lines.size === 0) return null;
  const cells = [...lines.values()].map((byYear) => {
    const any = [...byYear.values()][0]!;
    const now = byYear.get(last);
    const change = previous === null ? null : formatChange(any.indicator as IndicatorId, now?.value ?? null, byYear.get(previous)?.value ?? null, lang);
    const fraction = now === undefined ? '—' : now.denominator === null ? n(now.numerator) : `${n(now.numerator)} / ${n(now.denominator)}`;
    return [rowLabel(any, lang), ...years.map((y) => valueText(any.indicator, byYear.get(y)?.value, lang)), change ?? '—', fraction];
  });
  const headers = reportMessages.indicatorHeaders(years)[lang];
  return htmlTable(headers, cells, { numeric: headers.map((_, i) => i).slice(1) });
}

/** The units' values of the section's indicators in the last year: one line per unit, one column per indicator. */
function unitTable(section: AreaPlan, model: ReportModel): string | null {
  const { lang, years } = model;
  const last = years[years.length - 1]!;
  const indicators = reportIndicators(section);
  const values = new Map<string, Map<string, number | null>>();
  const shown = new Set<string>();
  for (const r of model.rows) {
    if (r.year !== last || r.unit === JURISDICTION || r.dimension !== undefined || r.item !== undefined) continue;
    if (!indicators.includes(r.indicator as IndicatorId)) continue;
    if (!values.has(r.unit)) values.set(r.unit, new Map());
    values.get(r.unit)!.set(r.indicator, r.value);
    shown.add(r.indicator);
  }
  if (values.size === 0) return null;
  const columns = indicators.filter((i) => shown.has(i));
  const units = [...values.keys()].sort(compareUnits);
  const cells = units.map((u) => [u, ...columns.map((i) => valueText(i, values.get(u)!.get(i), lang))]);
  return htmlTable([reportMessages.unitHeader()[lang], ...columns.map((i) => indicatorName(i, lang))], cells, {
    numeric: columns.map((_, k) => k + 1),
  });
}

function sectionHtml(section: AreaPlan, number: number, model: ReportModel, charts: readonly [RenderedChart, number][]): string {
  const { lang, years } = model;
  const title = reportMessages.section(section.id)[lang];
  const paragraph = sectionParagraph(model.rows, reportIndicators(section), years, lang);
  const parts = [`<section id="s-${section.id}">`, `<h2>${number}. ${escapeHtml(title)}</h2>`];
  parts.push(`<p>${escapeHtml(paragraph ?? reportMessages.noData()[lang])}</p>`);
  for (const [chart, index] of charts) parts.push(figure(chart, index));
  const table = jurisdictionTable(section, model);
  if (table !== null) parts.push(`<h3>${escapeHtml(reportMessages.indicatorTable()[lang])}</h3>`, table);
  const units = unitTable(section, model);
  if (units !== null) parts.push(`<h3>${escapeHtml(reportMessages.unitTable(years[years.length - 1]!)[lang])}</h3>`, units);
  parts.push('</section>');
  return parts.join('\n');
}

function unitLabel(unit: string, lang: Lang): string {
  return unit === JURISDICTION ? `* ${messages.jurisdiction()[lang]}` : unit;
}

function arrowCell(x: number | null | undefined, digits: boolean): HtmlCell {
  if (x === null || x === undefined) return { text: '—', num: true };
  if (x === 0) return { text: '→ 0', num: true };
  return { text: `${x > 0 ? '↑' : '↓'} ${digits ? n(Math.abs(x)) : String(Math.abs(x))}`, num: true, className: x > 0 ? 'up' : 'down' };
}

function flagSummary(result: UnitScore, lang: Lang): string {
  const labels = scoreMessages.flagLabels();
  const counts = new Map<keyof typeof labels, number>();
  for (const f of result.flags) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return [...counts].map(([code, k]) => (k === 1 ? labels[code][lang] : `${labels[code][lang]}×${k}`)).join(lang === 'en' ? ', ' : '、');
}

/** Ranked units first by rank, then the jurisdiction, then the units without a total, each by name. */
function scoreOrder(a: UnitScore, b: UnitScore): number {
  const group = (s: UnitScore) => (s.rank !== null ? 0 : s.unit === JURISDICTION ? 1 : 2);
  return group(a) - group(b) || (a.rank ?? 0) - (b.rank ?? 0) || compareUnits(a.unit, b.unit);
}

function scoresHtml(model: ReportModel, number: number, charts: readonly [RenderedChart, number][]): string {
  const { lang } = model;
  const year = model.years[model.years.length - 1]!;
  const scores = [...model.scores].sort(scoreOrder);
  const ranked = scores.find((s) => s.rank !== null)?.ranked ?? 0;
  const parts = [`<section id="s-scores">`, `<h2>${number}. ${escapeHtml(reportMessages.scores()[lang])}</h2>`];
  parts.push(`<p>${escapeHtml(reportMessages.scoresLead(year, ranked, scores.length)[lang])}</p>`);
  for (const [chart, index] of charts) parts.push(figure(chart, index));
  parts.push(`<h3>${escapeHtml(reportMessages.scoreTable()[lang])}</h3>`);
  const cells = scores.map((r): HtmlCell[] => [
    { text: r.rank === null ? '—' : r.failed ? `${r.rank} ${scoreMessages.failed()[lang]}` : String(r.rank), num: true },
    unitLabel(r.unit, lang),
    { text: r.total === null ? scoreMessages.notComputable()[lang] : r.possible === null ? n(r.total) : `${n(r.total)} / ${n(r.possible)}`, num: true },
    arrowCell(r.change?.total, true),
    arrowCell(r.change?.rank, false),
    { text: `${n(r.coverage * 100)}%`, num: true },
    { text: flagSummary(r, lang), className: 'flag' },
  ]);
  const headers = scoreMessages.tableHeaders()[lang];
  parts.push(htmlTable(headers, cells, { numeric: [0, 2, 3, 4, 5] }));
  const treated = treatmentSummary(scores);
  if (treated !== null) parts.push(`<p>${escapeHtml(treated[lang])}</p>`);
  parts.push(`<h3>${escapeHtml(reportMessages.rules()[lang])}</h3>`, rulesTable(model.scheme, lang));
  parts.push(`<h3>${escapeHtml(reportMessages.explanations()[lang])}</h3>`);
  for (const r of scores) {
    const total = r.total === null ? scoreMessages.notComputable()[lang] : r.possible === null ? n(r.total) : `${n(r.total)} / ${n(r.possible)}`;
    parts.push('<article class="unit">');
    parts.push(`<h4>${r.rank === null ? '' : `${r.rank}. `}${escapeHtml(unitLabel(r.unit, lang))} · ${escapeHtml(total)}</h4>`);
    parts.push(`<p>${escapeHtml((r.notComputable ?? r.explanation)[lang])}</p>`);
    parts.push('<ul>');
    // Each item's sentence already starts with what it scores ("敗訴 3 件 × 扣 2 分 …"), so it stands alone.
    for (const i of r.items) parts.push(`<li title="${escapeHtml(model.itemNames.get(i.item) ?? i.item)}">${escapeHtml(i.explanation[lang])}</li>`);
    for (const f of r.flags) parts.push(`<li class="flag">⚑ ${escapeHtml(f.message[lang])}</li>`);
    parts.push('</ul>', '</article>');
  }
  parts.push('</section>');
  return parts.join('\n');
}

function dataQualityHtml(model: ReportModel, number: number): string {
  const { lang } = model;
  const count = (file: string | null, severity: string) =>
    model.issues.filter((i) => (file === null || i.file === file) && i.severity === severity).length;
  const parts = [`<section id="s-data">`, `<h2>${number}. ${escapeHtml(reportMessages.dataQuality()[lang])}</h2>`];
  parts.push(`<p>${escapeHtml(reportMessages.dataQualityLead(model.files.length, count(null, 'error'), count(null, 'warning'), count(null, 'notice'))[lang])}</p>`);
  // Rows that count in no year get a column when some file has them, so that the rows add up on the page.
  const undated = model.files.some((f) => f.rowsUndated > 0);
  const fileRows = model.files.map((f): HtmlCell[] => [
    f.file,
    fileDataset(f, lang),
    fileFormat(f, lang),
    String(f.rowsRead), String(f.rowsUsed), String(f.rowsSkipped), ...(undated ? [String(f.rowsUndated)] : []),
    String(count(f.file, 'error')), String(count(f.file, 'warning')), String(count(f.file, 'notice')),
  ]);
  const headers = [...reportMessages.fileHeaders()[lang]];
  if (undated) headers.splice(6, 0, messages.undatedHeader()[lang]);
  parts.push(htmlTable(headers, fileRows, { numeric: headers.map((_, i) => i).filter((i) => i >= 3) }));
  // Headers read through --map / --map-file: the figures rest on them, so the reader is told.
  for (const f of model.files) {
    if (f.mapped !== undefined && f.mapped.length > 0) parts.push(`<p>${escapeHtml(`${f.file}: ${messages.mappedColumns(f.mapped)[lang]}`)}</p>`);
  }
  parts.push(`<h3>${escapeHtml(reportMessages.issues()[lang])}</h3>`);
  if (model.issues.length === 0) parts.push(`<p>${escapeHtml(reportMessages.noIssues()[lang])}</p>`);
  else {
    const issueRows = model.issues.map((i): HtmlCell[] => [
      messages.severity(i.severity)[lang], i.file, i.row === null ? '' : String(i.row), i.column ?? '', i.value ?? '', i.message[lang],
    ]);
    parts.push(htmlTable(reportMessages.issueHeaders()[lang], issueRows, { numeric: [2] }));
  }
  parts.push('</section>');
  return parts.join('\n');
}

/**
 * The report as one self-contained HTML document: inline CSS
 * ({@link REPORT_CSS}: A4 print, charts never cut across pages, table
 * headers repeated), the charts as inline SVG (ids prefixed per chart), no
 * script, no link, no image to fetch. Its parts: the title, the scheme's
 * stamp and a table of contents; one section per area of `@fazhi/charts`'
 * plan (`AREA_PLANS`, its indicators less the year-on-year ones) in the
 * order of the park's annual report (a generated paragraph with
 * the jurisdiction's figures and their change, the section's charts, the
 * jurisdiction's indicator table by year and the units' table of the last
 * year); the department scores (ranking, heatmap and composition charts, the
 * score table with rank and change, the scheme's rules in words, and every
 * unit's explanation, item by item); with `model.robustness`, the
 * robustness section (robustness-section.ts: runs and seed, rank intervals,
 * Sobol indices, coherence); the data-quality summary (per file:
 * dataset, encoding, rows read, used and skipped, issue counts; then every
 * issue); with `model.grounds`, the appendix 扣分依據 (the records behind
 * every deduction and veto, see grounds-html.ts). Everything is in
 * `model.lang`; all text is escaped.
 *
 * @example
 * writeFileSync('out/report/index.html', reportHtml(model));
 */
export function reportHtml(model: ReportModel): string {
  const { lang, years } = model;
  const year = years[years.length - 1]!;
  const indexed = model.charts.map((c, i) => [c, i + 1] as [RenderedChart, number]);
  const chartsOf = (section: string) => indexed.filter(([c]) => c.section === section);
  const sections = AREA_PLANS.map((s, i) => sectionHtml(s, i + 1, model, chartsOf(s.id)));
  const scoresNumber = AREA_PLANS.length + 1;
  // The robustness section, when there is one, follows the scores and moves the later sections down by one.
  const robustness = model.robustness === undefined ? null : robustnessSectionHtml(model.robustness, scoresNumber + 1, chartsOf('robustness').map(([c, i]) => figure(c, i)), lang);
  const after = robustness === null ? scoresNumber : scoresNumber + 1;
  const toc = [
    ...AREA_PLANS.map((s) => [`s-${s.id}`, reportMessages.section(s.id)[lang]] as const),
    ['s-scores', reportMessages.scores()[lang]] as const,
    ...(model.robustness === undefined ? [] : [['s-robustness', reportRobustnessMessages.title()[lang]] as const]),
    ['s-data', reportMessages.dataQuality()[lang]] as const,
    ...(model.grounds === undefined ? [] : [['s-grounds', groundsMessages.title()[lang]] as const]),
  ];
  const title = reportMessages.title(year)[lang];
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="fazhi ${escapeHtml(model.toolVersion)}">
<title>${escapeHtml(title)}</title>
<style>
${REPORT_CSS}
</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="lead">${escapeHtml(reportMessages.lead(years, model.schemeName)[lang])}</p>
<p class="stamp">${escapeHtml(reportMessages.stamp(model.stamp.id, model.stamp.version, model.stamp.hash, model.toolVersion)[lang])}</p>
</header>
<nav>
<h2>${escapeHtml(reportMessages.contents()[lang])}</h2>
<ol>
${toc.map(([id, text]) => `<li><a href="#${id}">${escapeHtml(text)}</a></li>`).join('\n')}
</ol>
</nav>
<main>
${sections.join('\n')}
${scoresHtml(model, scoresNumber, chartsOf('scores'))}${robustness === null ? '' : `\n${robustness}`}
${dataQualityHtml(model, after + 1)}
${model.grounds === undefined ? '' : groundsHtml(model.grounds, after + 2, year, lang, model.itemNames)}
</main>
</body>
</html>
`;
}
