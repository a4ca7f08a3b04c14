import type { LocalizedText, UnitScore } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { scoresCsv } from '../src/commands/score-csv.ts';
import { scoresJson } from '../src/commands/score-json.ts';
import { scoresTable } from '../src/commands/score-table.ts';

const t = (text: string): LocalizedText => ({ 'zh-Hant': text, 'zh-Hans': text, en: text });

const result = (unit: string, over: Partial<UnitScore>): UnitScore => ({
  scheme: { id: 's', version: '1', hash: 'sha256:ab' },
  unit,
  year: 2019,
  items: [{
    item: 'lost', dimension: 'lit', indicator: 'litigation.lost_cases', value: 1, numerator: 1, denominator: null,
    missing: false, missingAs: null, treatment: null, rule: { type: 'deduct', per: 2 }, earned: 8, possible: 10, weight: null,
    status: 'near', change: { value: 1, earned: -2 }, flags: [], explanation: t('敗訴 1 件, "quoted"'),
  }],
  dimensions: [{ dimension: 'lit', name: t('應訴'), earned: 8, possible: 10, weight: 10 }],
  total: 8, possible: 10, coverage: 1, notComputable: null, failed: false, rank: 1, ranked: 2,
  change: { total: 0, rank: 0 }, flags: [], explanation: t('總分 8 / 10 分。'),
  ...over,
});

const results = [
  result('A', {}),
  result('B', {
    failed: true, rank: 2, total: 9.5, change: { total: -1.25, rank: -1 },
    flags: [{ code: 'veto', item: 'v', value: 1, reference: 1, message: t('veto!') }, { code: 'outlier', item: 'lost', value: 1, reference: 0, message: t('far') }, { code: 'outlier', item: 'x', value: 1, reference: 0, message: t('far') }],
  }),
  result('*', { rank: null, total: null, coverage: 0.456, change: null, notComputable: t('too little') }),
];

describe('scoresTable', () => {
  const heading = { name: t('方案'), example: true, year: 2019, previous: 2018, scored: 3 };

  it('prints rank (failed marked), unit, total, change arrows, coverage and flag counts, ranked units in the note', () => {
    const lines = scoresTable(results, heading, 'en', false).split('\n');
    expect(lines.slice(0, 3)).toEqual(['方案 · s 1 · sha256:ab', 'year 2019, compared with 2018 · an example, not an official scheme', '']);
    expect(lines[3]).toMatch(/^\s*rank {2}unit\s+total {2}vs last year {2}rank change {2}coverage {2}flags$/);
    expect(lines[5]).toMatch(/^\s+1 {2}A\s+8 \/ 10\s+→ 0\s+→ 0\s+100%$/);
    expect(lines[6]).toMatch(/^2 failed {2}B\s+9\.5 \/ 10\s+↓ 1\.25\s+↓ 1\s+100% {2}veto, outlier×2$/);
    expect(lines[7]).toMatch(/^\s+— {2}\* all units {2}not computable\s+—\s+—\s+45\.6%$/);
    expect(lines.slice(8)).toEqual(['', '3 unit(s) scored, 2 with a total and ranked; "*" is the whole jurisdiction and is not ranked.', '']);
    // The coverage column is right-aligned under its header.
    const end = lines[3]!.indexOf('coverage') + 'coverage'.length;
    expect([lines[5]!.indexOf('100%') + 4, lines[6]!.indexOf('100%') + 4]).toEqual([end, end]);
  });

  it('with explain, lists under each unit its item sentences, flags and the total sentence', () => {
    const text = scoresTable(results, { ...heading, example: false }, 'zh-Hant', true);
    expect(text).not.toContain('示例方案');
    expect(text).toContain('\n2  B  9.5\n  · 敗訴 1 件, "quoted"\n  ⚑ veto!\n  ⚑ far\n  ⚑ far\n  = 總分 8 / 10 分。\n');
    expect(text).toContain('\n—  * 全區  不予計算\n');
  });
});

describe('scoresCsv and scoresJson', () => {
  it('writes a BOM, CRLF rows per unit × item, quoted text and empty cells for null', () => {
    const lines = scoresCsv(results, 'en').split('\r\n');
    expect(lines[0]!.startsWith('\uFEFFscheme_id,')).toBe(true);
    expect(lines[1]).toBe('s,1,sha256:ab,2019,A,1,2,8,10,1,false,0,0,lit,lost,litigation.lost_cases,1,1,,,,,8,10,,near,1,-2,,"敗訴 1 件, ""quoted"""');
    expect(lines[3]!.startsWith('s,1,sha256:ab,2019,*,,2,,10,0.456,false,,,')).toBe(true);
    expect(lines).toHaveLength(5);
  });

  it('keeps unit names and sentences that a spreadsheet would run as formulas as text (OWASP CSV injection)', () => {
    const evil = scoresCsv([result('=HYPERLINK("http://x","y")', { explanation: t('@SUM(1)') }), result("+cmd|' /C calc'!A0", {})], 'en').split('\r\n');
    expect(evil[1]).toContain(`,2019,"'=HYPERLINK(""http://x"",""y"")",1,2,`);
    expect(evil[2]).toContain(",2019,'+cmd|' /C calc'!A0,1,2,");
    expect(evil[1]).toContain(',near,1,-2,,'); // typed negative numbers stay numbers
  });

  it('writes JSON that parses back to the results, one item per line', () => {
    const text = scoresJson(results);
    expect(JSON.parse(text)).toEqual(results);
    expect(text.split('\n').filter((l) => l.startsWith('      {"item":'))).toHaveLength(3);
    expect(scoresJson([])).toBe('[]\n');
  });
});
