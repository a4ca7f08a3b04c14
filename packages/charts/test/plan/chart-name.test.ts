import { describe, expect, test } from 'vitest';
import { chartName } from '../../src/plan/chart-name.ts';

describe('chartName', () => {
  test('joins the parts with -, catalogue ids and unsafe file-name characters as -', () => {
    expect(chartName('litigation.lost_cases', 'by-unit', 2018, 2019)).toBe('litigation-lost-cases-by-unit-2018-2019');
    expect(chartName('safety', 'a/b c', 2019)).toBe('safety-a-b-c-2019');
    expect(chartName('documents', '苏州工业园区司法局', 2019)).toBe('documents-苏州工业园区司法局-2019');
  });
});
