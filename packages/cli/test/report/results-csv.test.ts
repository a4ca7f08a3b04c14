import type { IndicatorRow, UnitScore } from '@fazhi/core';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { RESULTS_CSV_COLUMNS, resultsCsv } from '../../src/report/results-csv.ts';

const rows: IndicatorRow[] = [
  { indicator: 'litigation.lost_cases', unit: '=HYPERLINK("http://evil")', year: 2019, numerator: 3, denominator: null, value: 3 },
  { indicator: 'documents.filing_rate', unit: '*', year: 2019, numerator: 0, denominator: 0, value: null },
];

const text = { 'zh-Hant': '敗訴 3 件', 'zh-Hans': '败诉 3 件', en: '3 lost cases' };
const score: UnitScore = {
  scheme: { id: 'demo', version: '1', hash: 'sha256:00' },
  unit: '-劳保局', year: 2019,
  items: [{
    item: 'lost-cases', dimension: 'litigation', indicator: 'litigation.lost_cases', value: 3, numerator: 3, denominator: null,
    missing: false, missingAs: null, treatment: null, rule: { type: 'deduct', per: 2 }, earned: 4, possible: 10, weight: null, status: 'missed',
    change: { value: 1, earned: -2 }, flags: [], explanation: text,
  }],
  dimensions: [], total: 4, possible: 10, coverage: 1, notComputable: null, failed: false, rank: 2, ranked: 2,
  change: { total: -2.5, rank: -1 }, flags: [], explanation: text,
};

function parse(csv: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, delimiter: ',', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('resultsCsv', () => {
  it('starts with a byte-order mark and the header, and ends lines with CRLF', () => {
    const csv = resultsCsv(rows, [score], 'zh-Hans');
    expect(csv.startsWith(`\uFEFF${RESULTS_CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('writes the indicator rows, then each unit’s total row followed by its item rows', () => {
    const parsed = parse(resultsCsv(rows, [score], 'en'));
    expect(parsed.map((r) => r.kind)).toEqual(['indicator', 'indicator', 'total', 'item']);
    expect(parsed[2]).toMatchObject({ earned: '4', possible: '10', rank: '2', change: '-2.5', rank_change: '-1', scheme_hash: 'sha256:00' });
    expect(parsed[3]).toMatchObject({ item: 'lost-cases', earned: '4', change: '-2', status: 'missed', explanation: '3 lost cases' });
  });

  it('escapes unit names that would run as formulas, keeps negative changes as numbers, and leaves null values empty', () => {
    const parsed = parse(resultsCsv(rows, [score], 'zh-Hant'));
    expect(parsed[0]!.unit).toBe(`'=HYPERLINK("http://evil")`);
    expect(parsed[2]!.unit).toBe("'-劳保局");
    expect(parsed[2]!.change).toBe('-2.5');
    expect(parsed[1]).toMatchObject({ value: '', denominator: '0', name: '報備率' });
  });

  it('gives the indicator names in the language asked for', () => {
    expect(parse(resultsCsv(rows, [], 'zh-Hans'))[0]!.name).toBe('败诉案件数');
    expect(parse(resultsCsv(rows, [], 'en'))[0]!.name).toBe('Cases lost');
  });
});
