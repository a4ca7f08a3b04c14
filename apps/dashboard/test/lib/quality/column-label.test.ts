import { describe, expect, it } from 'vitest';
import { columnLabel } from '../../../src/lib/quality/column-label.ts';

describe('columnLabel', () => {
  it('names a column by its Chinese header in the page\'s script with the canonical name, or in English the other way round', () => {
    expect(columnLabel('enforcement_reviews', 'basic_pass', 'zh-Hant')).toBe('基本標準是否通過（basic_pass）');
    expect(columnLabel('enforcement_reviews', 'basic_pass', 'zh-Hans')).toBe('基本标准是否通过（basic_pass）');
    expect(columnLabel('enforcement_reviews', 'basic_pass', 'en')).toBe('basic_pass (基本標準是否通過)');
  });

  it('is the canonical name alone for a column the dataset does not have', () => {
    expect(columnLabel('litigation', 'no_such_column', 'zh-Hans')).toBe('no_such_column');
  });
});
