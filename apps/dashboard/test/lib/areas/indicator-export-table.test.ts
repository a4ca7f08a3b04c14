import type { IndicatorRow } from '@fazhi/core';
import { describe, expect, test } from 'vitest';
import { indicatorExportTable } from '../../../src/lib/areas/indicator-export-table.ts';
import { indicatorTableRows } from '../../../src/lib/areas/indicator-table-rows.ts';

const row = (numerator: number, denominator: number, value: number): IndicatorRow => ({ indicator: 'litigation.loss_rate', unit: '*', year: 2019, numerator, denominator, value });

describe('indicatorExportTable', () => {
  test('has the headers in the language and numbers as numbers', () => {
    const rows = indicatorTableRows([row(9, 64, 9 / 64)], { lang: 'en', indicators: ['litigation.loss_rate'], year: 2019, unit: null });
    expect(indicatorExportTable(rows, 'litigation-2019', 'en')).toEqual({
      name: 'litigation-2019',
      headers: ['Indicator', 'Unit', 'Year', 'Numerator', 'Denominator', 'Value', 'Change from last year'],
      rows: [['Loss rate', 'Whole jurisdiction', 2019, 9, 64, 9 / 64, null]],
    });
    expect(indicatorExportTable(rows, 'x', 'zh-Hant').headers).toEqual(['指標', '單位', '年度', '分子', '分母', '數值', '較上年']);
  });

  test("writes units in the data's own spelling, not the script the table prints them in", () => {
    const unit = { ...row(2, 4, 0.5), unit: '苏州工业园区司法局' };
    const rows = indicatorTableRows([unit], { lang: 'zh-Hant', indicators: ['litigation.loss_rate'], year: 2019, unit: null });
    expect(rows[0]!.unitLabel).toBe('蘇州工業園區司法局');
    expect(indicatorExportTable(rows, 'x', 'zh-Hant').rows[0]![1]).toBe('苏州工业园区司法局');
  });
});
