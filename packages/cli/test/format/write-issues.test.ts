import type { Issue } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { issueLine } from '../../src/format/issues-text.ts';
import { writeIssues } from '../../src/format/write-issues.ts';

function issue(row: number): Issue {
  return {
    severity: 'warning', code: 'unit.unknown', file: 'litigation.csv', row, column: '被告', value: `单位${row}`,
    message: { 'zh-Hant': '未知單位', 'zh-Hans': '未知单位', en: 'unknown unit' },
  };
}

describe('writeIssues', () => {
  it('writeIssues writes every issue line in order, batched into few writes', () => {
    const issues = Array.from({ length: 12_345 }, (_, i) => issue(i + 2));
    const chunks: string[] = [];
    writeIssues({ write: (chunk: string) => chunks.push(chunk) }, issues, 'en');
    expect(chunks.length).toBe(3);
    const lines = chunks.join('').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toEqual(issues.map((i) => issueLine(i, 'en')));
  });
  it('writeIssues writes nothing for no issues', () => {
    const chunks: string[] = [];
    writeIssues({ write: (chunk: string) => chunks.push(chunk) }, [], 'en');
    expect(chunks).toEqual([]);
  });
});
