import { indicatorEvidence, type IndicatorEvidence } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_CSV_COLUMNS, evidenceCsv } from '../../src/format/evidence-csv.ts';
import { runCli } from '../capture-io.ts';

const SIP = 'fixtures/sip-2019';
const args = (indicator: string, unit: string, year: string, ...more: string[]) => ['evidence', '--data', SIP, '--indicator', indicator, '--unit', unit, '--year', year, ...more];

describe('fazhi evidence', () => {
  it('lists the four cases behind 4 lost cases of a unit named by its alias, as a table by default', async () => {
    const run = await runCli(args('litigation.lost_cases', '劳保局', '2019'));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Cases lost · 苏州工业园区劳动和社会保障局 · 2019: 4');
    expect(run.stdout).toContain('numerator: 4 records');
    expect(run.stdout.match(/^litigation\.csv /gm)).toHaveLength(4);
    expect(run.stdout).toContain('(2019)苏0591行初61号');
  });

  it('--format json prints the core IndicatorEvidence array, whose records add up to the row', async () => {
    const run = await runCli(args('litigation.loss_rate', '*', '2019', '--format', 'json', '--option', 'lossRateIncludesWithdrawals=false'));
    expect(run.status).toBe(0);
    const [evidence] = JSON.parse(run.stdout) as IndicatorEvidence[];
    expect(evidence?.row).toMatchObject({ indicator: 'litigation.loss_rate', unit: '*', year: 2019, numerator: 9, denominator: 55 });
    expect(evidence?.numerator).toHaveLength(9);
    expect(evidence?.denominator).toHaveLength(55);
    expect(evidence?.numerator[0]).toMatchObject({ dataset: 'litigation', source: { file: 'litigation.csv' }, weight: 1 });
  });

  it('--format csv has one line per record and part, the fields as columns, through escapeCsvCell', async () => {
    const run = await runCli(args('enforcement.mean_score', '*', '2019', '--format', 'csv'));
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe([...EVIDENCE_CSV_COLUMNS, 'file_no', 'year', 'basic_pass', 'score'].join(','));
    expect(lines.filter((l) => l.includes(',numerator,'))).toHaveLength(40);
    expect(lines.filter((l) => l.includes(',denominator,'))).toHaveLength(40);
    expect(run.stdout.endsWith('\r\n')).toBe(true);
  });

  it('evidenceCsv keeps a formula-like field as text and leaves absent fields empty', () => {
    const evidence: IndicatorEvidence[] = [{
      row: { indicator: 'documents.issued', unit: '*', year: 2019, numerator: 1, denominator: null, value: 1 },
      numerator: [{ dataset: 'documents', source: { file: 'd.csv', row: 2 }, unit: null, year: 2019, weight: 1, fields: { doc_no: '=1+2' } }],
      denominator: null,
    }];
    expect(evidenceCsv(evidence).split('\r\n')[1]).toBe("documents.issued,*,2019,,,numerator,documents,d.csv,2,,2019,1,'=1+2");
  });

  it('agrees with indicatorEvidence for the GDP ratio, listing the economy row in the denominator', async () => {
    const run = await runCli(args('safety.deaths_per_100m_gdp', '*', '2019', '--format', 'json'));
    const [evidence] = JSON.parse(run.stdout) as IndicatorEvidence[];
    expect(evidence?.denominator).toEqual([expect.objectContaining({ dataset: 'economy', weight: 2743 })]);
    expect(evidence?.numerator.reduce((s, r) => s + r.weight, 0)).toBe(evidence?.row.numerator);
  });

  it('prints headings in the chosen language', async () => {
    const run = await runCli(args('litigation.lost_cases', '*', '2019', '--lang', 'zh-Hans'));
    expect(run.stdout).toContain('败诉案件数 · * 全区 · 2019: 9');
    expect(run.stdout).toContain('分子：9 条记录');
  });

  it('exits 1 naming the years the unit has when it has no row that year', async () => {
    const run = await runCli(args('litigation.lost_cases', '劳保局', '2015'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('has no litigation.lost_cases row for 2015; it has one for 2018, 2019');
  });

  it('exits 2 for an unknown indicator (suggesting ids), a missing unit or year, a bad year or format', async () => {
    const unknown = await runCli(args('litigation.lost_case', '*', '2019'));
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('did you mean');
    expect(unknown.stderr).toContain('litigation.lost_cases');
    expect((await runCli(['evidence', '--data', SIP, '--indicator', 'litigation.cases', '--year', '2019'])).status).toBe(2);
    expect((await runCli(['evidence', '--data', SIP, '--indicator', 'litigation.cases', '--unit', '*'])).status).toBe(2);
    expect((await runCli(args('litigation.cases', '*', '19'))).status).toBe(2);
    expect((await runCli(args('litigation.cases', '*', '2019', '--format', 'xml'))).status).toBe(2);
  });

  it('fazhi help evidence and --help print the usage', async () => {
    const help = await runCli(['evidence', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: fazhi evidence --data DIR --indicator ID --unit NAME --year YEAR');
    expect((await runCli(['help', 'evidence'])).stdout).toBe(help.stdout);
  });
});

describe('evidence JSON on stdout is what the core returns', () => {
  it('the printed array equals indicatorEvidence on the loaded records', async () => {
    const { loadFixture } = await import('../../../core/test/fixtures/load-fixture.ts');
    const data = await loadFixture('sip-2019');
    const run = await runCli(args('documents.timely_filing_rate', '*', '2018', '--format', 'json'));
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(indicatorEvidence(data.records, 'documents.timely_filing_rate', '*', 2018))));
  });
});
