import { robustnessCharts } from '@fazhi/charts';
import { formatNumber, type Lang, type RobustnessReport } from '@fazhi/core';
import { escapeHtml } from './escape-html.ts';
import { htmlTable, type HtmlCell } from './html-table.ts';
import type { ChartJob } from './report-charts.ts';
import { reportRobustnessMessages as m } from './robustness-messages.ts';

/**
 * The robustness charts of the report, as `@fazhi/charts`' plan has them
 * (`robustnessCharts`: the rank intervals, the Sobol bars; the dashboard's
 * Robustness view draws the same), in the section `robustness` with their
 * captions.
 *
 * @example
 * robustnessChartJobs(report, 'en').map((c) => c.name); // ['robustness-ranks-2019', 'robustness-sobol-2019']
 */
export function robustnessChartJobs(report: RobustnessReport, lang: Lang): ChartJob[] {
  return robustnessCharts(report, { lang }).map((chart) => ({
    name: chart.name, kind: chart.kind, section: 'robustness', caption: m.chartCaption(chart.kind, report.year)[lang], spec: chart.spec,
  }));
}

/**
 * The report's robustness section (`<section id="s-robustness">`), for a
 * scheme with an uncertainty section: what was varied, the runs and the
 * seed (so the figures can be reproduced: `fazhi robustness --seed`), the
 * charts given (already drawn, with their figure numbers), each unit's rank
 * interval and sentence, the Sobol indices on the mean absolute rank shift
 * and the coherence of the items (α, PCA shares, flags in words). Missing
 * figures print as "—", never NaN.
 *
 * @example
 * robustnessSectionHtml(report, 9, [], 'en').startsWith('<section id="s-robustness">'); // true
 */
export function robustnessSectionHtml(report: RobustnessReport, number: number, figures: readonly string[], lang: Lang): string {
  const n = (x: number | null | undefined, digits = 2): string => (x === null || x === undefined || !Number.isFinite(x) ? '—' : formatNumber(x, lang, { digits }));
  const pct = (x: number): string => `${n(x * 100, 0)}%`;
  const text = (t: Record<Lang, string>): string => t[lang];
  const runs = report.uncertainty?.runs ?? 0;
  const seed = report.uncertainty?.seed ?? 0;
  const parts = [`<section id="s-robustness">`, `<h2>${number}. ${escapeHtml(m.title()[lang])}</h2>`];
  parts.push(`<p>${escapeHtml(m.lead(report.year, runs, seed, report.sensitivity?.n ?? null, report.inputs.length)[lang])}</p>`);
  parts.push(...figures);

  parts.push(`<h3>${escapeHtml(m.unitsTitle()[lang])}</h3>`);
  const units = report.units.map((u): HtmlCell[] => [
    { text: u.nominalRank === null ? '—' : String(u.nominalRank), num: true },
    u.unit,
    { text: u.medianRank === null ? '—' : String(u.medianRank), num: true },
    { text: u.low === null || u.high === null ? '—' : `${u.low}–${u.high}`, num: true },
    { text: pct(u.top3), num: true },
    { text: pct(u.bottom3), num: true },
    text(u.sentence),
  ]);
  parts.push(htmlTable(m.unitHeaders().map(text), units, { numeric: [0, 2, 3, 4, 5] }));

  const shift = report.sensitivity?.meanAbsoluteShift ?? null;
  if (shift !== null) {
    parts.push(`<h3>${escapeHtml(m.sobolTitle()[lang])}</h3>`);
    const rows = shift.map((s, i): HtmlCell[] => [
      text(report.inputs[i]!.name),
      { text: n(s.first), num: true },
      { text: n(s.total), num: true },
      { text: s.totalInterval === null ? '—' : `${n(s.totalInterval[0])}–${n(s.totalInterval[1])}`, num: true },
    ]);
    parts.push(htmlTable(m.sobolHeaders().map(text), rows, { numeric: [1, 2, 3] }));
  }

  const { coherence } = report;
  parts.push(`<h3>${escapeHtml(m.coherenceTitle()[lang])}</h3>`);
  const alpha = [
    ...coherence.dimensions.map((d, i): HtmlCell[] => [text(d.name), { text: n(coherence.alpha.dimensions[i]), num: true }]),
    [m.overall()[lang], { text: n(coherence.alpha.overall), num: true }],
  ];
  parts.push(htmlTable(m.alphaHeaders().map(text), alpha, { numeric: [1] }));
  if (coherence.pca !== null) parts.push(`<p>${escapeHtml(m.pca(coherence.pca.shares.map(pct).join(lang === 'en' ? ', ' : '、'))[lang])}</p>`);
  parts.push(coherence.flags.length === 0 ? `<p>${escapeHtml(m.noFlags()[lang])}</p>` : `<ul>${coherence.flags.map((f) => `<li class="flag">⚑ ${escapeHtml(f.message[lang])}</li>`).join('\n')}</ul>`);
  parts.push('</section>');
  return parts.join('\n');
}
