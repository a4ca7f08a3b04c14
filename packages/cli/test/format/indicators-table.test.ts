import type { IndicatorRow } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/format/display-width.ts';
import { indicatorsTable } from '../../src/format/indicators-table.ts';

const rows: IndicatorRow[] = [
  { indicator: 'documents.filing_rate', unit: '*', year: 2019, numerator: 12, denominator: 12, value: 1 },
  { indicator: 'litigation.head_appearance_rate', unit: '苏州工业园区管理委员会', year: 2019, numerator: 5, denominator: 11, value: 5 / 11 },
  { indicator: 'safety.incidents_yoy', unit: '*', year: 2019, numerator: -3, denominator: 12, value: -0.25 },
  { indicator: 'business.indicator_score', unit: '*', year: 2019, numerator: 94.1176, denominator: null, value: 94.1176,
    dimension: '开办企业', item: '程序' },
  { indicator: 'unknown.thing', unit: 'x', year: 2018, numerator: 4311, denominator: 0, value: null },
];

describe('indicatorsTable', () => {
  it('indicatorsTable aligns columns by display width when names and units are Chinese', () => {
    const lines = indicatorsTable(rows, 'zh-Hant').trimEnd().split('\n');
    expect(lines).toHaveLength(rows.length + 2);
    // Year column: right-aligned, so "2019"/"2018" end at the same display column on every line.
    const yearEnds = lines.slice(2).map((line) => {
      const at = line.search(/20(18|19)/);
      return displayWidth(line.slice(0, at + 4));
    });
    expect(new Set(yearEnds).size).toBe(1);
    // The header's 年度 ends at the same column too.
    const header = lines[0]!;
    expect(displayWidth(header.slice(0, header.indexOf('年度') + 2))).toBe(yearEnds[0]);
  });
  it('indicatorsTable names indicators in the chosen language and adds business dimension and item', () => {
    expect(indicatorsTable(rows, 'zh-Hant')).toContain('負責人出庭應訴率');
    expect(indicatorsTable(rows, 'zh-Hans')).toContain('负责人出庭应诉率');
    const en = indicatorsTable(rows, 'en');
    expect(en).toContain('Rate of agency heads appearing in court');
    expect(en).toContain('Business-environment indicator score · 开办企业 · 程序');
    expect(en.split('\n')[0]).toMatch(/^indicator\s+unit\s+year\s+value\s+numerator\s+denominator$/);
  });
  it('indicatorsTable prints values as core formatIndicatorValue does, and falls back to the id for indicators missing from the catalogue', () => {
    const text = indicatorsTable(rows, 'en');
    const values = text.trimEnd().split('\n').slice(2).map((line) => line.trim().split(/\s{2,}/)[3]);
    expect(values).toEqual(['100%', '45.5%', '\u221225%', '94.1', '—']);
    expect(text).toMatch(/unknown\.thing\s+x\s+2018\s+—\s+4,311\s+0/);
  });
  it('indicatorsTable shows the jurisdiction as "*" with its name', () => {
    expect(indicatorsTable(rows, 'zh-Hant')).toContain('* 全區');
    expect(indicatorsTable(rows, 'en')).toContain('* all units');
  });
});
