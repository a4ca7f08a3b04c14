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
});
