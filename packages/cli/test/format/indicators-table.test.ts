import type { IndicatorRow } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/format/display-width.ts';
import { formatIndicatorValue, indicatorsTable, type IndicatorLabel } from '../../src/format/indicators-table.ts';

const catalogue: IndicatorLabel[] = [
  { id: 'documents.filing_rate', name: { 'zh-Hant': '報備率', 'zh-Hans': '报备率', en: 'Filing rate' }, kind: 'rate' },
  { id: 'litigation.head_appearance_rate', kind: 'rate',
    name: { 'zh-Hant': '負責人出庭應訴率', 'zh-Hans': '负责人出庭应诉率', en: 'Rate of agency heads appearing in court' } },
  { id: 'safety.incidents_yoy', name: { 'zh-Hant': '事故起數同比', 'zh-Hans': '事故起数同比', en: 'Incidents, year on year' }, kind: 'change' },
  { id: 'business.indicator_score', name: { 'zh-Hant': '營商環境指標得分', 'zh-Hans': '营商环境指标得分', en: 'Indicator score' }, kind: 'score' },
];

const rows: IndicatorRow[] = [
  { indicator: 'documents.filing_rate', unit: '*', year: 2019, numerator: 12, denominator: 12, value: 1 },
  { indicator: 'litigation.head_appearance_rate', unit: '苏州工业园区管理委员会', year: 2019, numerator: 5, denominator: 11, value: 5 / 11 },
  { indicator: 'safety.incidents_yoy', unit: '*', year: 2019, numerator: -3, denominator: 12, value: -0.25 },
  { indicator: 'business.indicator_score', unit: '*', year: 2019, numerator: 94.1176, denominator: null, value: 94.1176,
    dimension: '开办企业', item: '程序' },
  { indicator: 'unknown.thing', unit: 'x', year: 2018, numerator: 4311, denominator: 0, value: null },
];

describe('formatIndicatorValue', () => {
  it('formatIndicatorValue shows rates as percentages with one decimal', () => {
    expect(formatIndicatorValue(1, 'rate')).toBe('100.0%');
    expect(formatIndicatorValue(3 / 41, 'rate')).toBe('7.3%');
    expect(formatIndicatorValue(0, 'rate')).toBe('0.0%');
  });
  it('formatIndicatorValue shows changes as signed percentages, scores and means with two decimals, ratios with four', () => {
    expect(formatIndicatorValue(-0.25, 'change')).toBe('-25.0%');
    expect(formatIndicatorValue(0.5, 'change')).toBe('+50.0%');
    expect(formatIndicatorValue(94.117647, 'score')).toBe('94.12');
    expect(formatIndicatorValue(81.5, 'mean')).toBe('81.50');
    expect(formatIndicatorValue(0.014581, 'ratio')).toBe('0.0146');
  });
  it('formatIndicatorValue groups counts by thousands and shows null as a dash', () => {
    expect(formatIndicatorValue(4311, 'count')).toBe('4,311');
    expect(formatIndicatorValue(null, 'rate')).toBe('—');
    expect(formatIndicatorValue(null, 'count')).toBe('—');
  });
});

describe('indicatorsTable', () => {
  it('indicatorsTable aligns columns by display width when names and units are Chinese', () => {
    const lines = indicatorsTable(rows, catalogue, 'zh-Hant').trimEnd().split('\n');
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
    expect(indicatorsTable(rows, catalogue, 'zh-Hant')).toContain('負責人出庭應訴率');
    expect(indicatorsTable(rows, catalogue, 'zh-Hans')).toContain('负责人出庭应诉率');
    const en = indicatorsTable(rows, catalogue, 'en');
    expect(en).toContain('Rate of agency heads appearing in court');
    expect(en).toContain('Indicator score · 开办企业 · 程序');
    expect(en.split('\n')[0]).toMatch(/^indicator\s+unit\s+year\s+value\s+numerator\s+denominator$/);
  });
  it('indicatorsTable formats values by kind and falls back to the id for indicators missing from the catalogue', () => {
    const text = indicatorsTable(rows, catalogue, 'en');
    expect(text).toContain('100.0%');
    expect(text).toContain('45.5%');
    expect(text).toContain('-25.0%');
    expect(text).toContain('94.12');
    expect(text).toMatch(/unknown\.thing\s+x\s+2018\s+—\s+4,311\s+0/);
  });
  it('indicatorsTable shows the jurisdiction as "*" with its name', () => {
    expect(indicatorsTable(rows, catalogue, 'zh-Hant')).toContain('* 全區');
    expect(indicatorsTable(rows, catalogue, 'en')).toContain('* all units');
  });
});
