import { readdirSync, readFileSync } from 'node:fs';
import { checkScheme, computeIndicators, loadDataSet, robustnessAnalysis, type RobustnessReport } from '@fazhi/core';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/report/escape-html.ts';
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
