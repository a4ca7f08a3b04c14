import { readdirSync, readFileSync } from 'node:fs';
import { checkScheme, computeIndicators, loadDataSet, robustnessAnalysis, type RobustnessReport } from '@fazhi/core';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/report/escape-html.ts';
import { reportHtml } from '../../src/report/report-html.ts';
import type { ReportModel } from '../../src/report/report-model.ts';
import { robustnessChartJobs, robustnessSectionHtml } from '../../src/report/robustness-section.ts';

const root = new URL('../../../../', import.meta.url).pathname;

let cached: Promise<RobustnessReport> | undefined;
/** The park's 2019 robustness analysis under schemes/sip-robustness-2019.yaml, small: 300 runs, N = 16, seed 2019. */
function parkReport(): Promise<RobustnessReport> {
  cached ??= (async () => {
    const dir = join(root, 'fixtures/sip-2019');
    const files = readdirSync(dir).filter((n) => n.endsWith('.csv')).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
    const data = await loadDataSet(files);
    const check = checkScheme(readFileSync(join(root, 'schemes/sip-robustness-2019.yaml'), 'utf8'), { fileName: 'sip-robustness-2019.yaml' });
    if (!check.ok) throw new Error(check.errors.map((e) => e.message.en).join('; '));
    return robustnessAnalysis(computeIndicators(data.records).rows, check.scheme, check.stamp, { year: 2019, unitRecords: data.records.units, runs: 300, seed: 2019, sobol: 16, bootstrap: 10 });
  })();
  return cached;
}

describe('robustnessSectionHtml(report, number, figures, lang)', () => {
  it('says the runs and the seed, so that the section can be reproduced', async () => {
    const html = robustnessSectionHtml(await parkReport(), 9, [], 'en');
    expect(html).toContain('recomputed 300 times over those choices (seed 2019');
    expect(html).toContain('N = 16, 192 runs');
    expect(robustnessSectionHtml(await parkReport(), 9, [], 'zh-Hans')).toContain('重算 2019 年排名 300 次（随机种子 2019');
  });

  it("prints every unit's rank interval and sentence, the Sobol indices per input and the coherence, never NaN", async () => {
    const report = await parkReport();
    const html = robustnessSectionHtml(report, 9, ['<figure>x</figure>'], 'zh-Hant');
    expect(html.startsWith('<section id="s-robustness">\n<h2>9. 排名穩健性</h2>')).toBe(true);
    expect(html).toContain('<figure>x</figure>');
    for (const unit of report.units) expect(html).toContain(escapeHtml(unit.sentence['zh-Hant']));
    for (const input of report.inputs) expect(html).toContain(escapeHtml(input.name['zh-Hant']));
    for (const flag of report.coherence.flags) expect(html).toContain(escapeHtml(flag.message['zh-Hant']));
    expect(html).not.toMatch(/NaN|undefined/);
  });

  it('leaves out the Sobol table without a sensitivity analysis', async () => {
    const html = robustnessSectionHtml({ ...(await parkReport()), sensitivity: null }, 9, [], 'en');
    expect(html).not.toContain('Sobol indices');
    expect(html).not.toContain('N = ');
  });
});

describe('robustnessChartJobs(report, lang)', () => {
  it('plans the rank intervals and the Sobol bars in the robustness section, with captions', async () => {
    const jobs = robustnessChartJobs(await parkReport(), 'en');
    expect(jobs.map((j) => [j.name, j.kind, j.section])).toEqual([['robustness-ranks-2019', 'ranks', 'robustness'], ['robustness-sobol-2019', 'sobol', 'robustness']]);
    expect(jobs[0]!.caption).toBe('Rank intervals (90%), median and scheme rank of each unit, 2019');
  });
});

describe('reportHtml(model) with model.robustness', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>';
  const base = (): ReportModel => ({
    lang: 'en', years: [2019], toolVersion: '0.1.0', schemeName: 'demo', stamp: { id: 'demo', version: '1', hash: 'sha256:ab' },
    scheme: { format: 'fazhi-scheme/1', id: 'demo', version: '1', name: 'demo', dimensions: [] },
    itemNames: new Map(), rows: [], scores: [], files: [], issues: [],
    charts: [{ name: 'robustness-ranks-2019', kind: 'ranks', section: 'robustness', caption: 'Rank intervals', svg }],
  });

  it('puts the robustness section after the scores, in the contents, with its charts, and moves data quality down one', async () => {
    const html = reportHtml({ ...base(), robustness: await parkReport() });
    expect(html).toContain('<li><a href="#s-robustness">How far the ranking can be trusted</a></li>');
    expect(html.indexOf('id="s-scores"')).toBeLessThan(html.indexOf('id="s-robustness"'));
    expect(html).toMatch(/<section id="s-robustness">\n<h2>9\. How far the ranking can be trusted<\/h2>\n<p>[^<]*<\/p>\n<figure class="chart" id="chart-robustness-ranks-2019">/);
    expect(html).toContain('<h2>10. Data quality</h2>');
  });

  it('has no robustness section, and data quality keeps its number, without an analysis', () => {
    const html = reportHtml(base());
    expect(html).not.toContain('s-robustness');
    expect(html).toContain('<h2>9. Data quality</h2>');
  });
});
