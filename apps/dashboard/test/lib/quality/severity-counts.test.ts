import type { Issue, Severity } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { severityCounts } from '../../../src/lib/quality/severity-counts.ts';

const issue = (severity: Severity, file: string): Issue => ({ severity, code: 'x', file, row: null, column: null, value: null, message: { 'zh-Hant': '', 'zh-Hans': '', en: '' } });

describe('severityCounts', () => {
  it('counts issues by severity in all and per file', () => {
    const { all, byFile } = severityCounts([issue('error', 'a.csv'), issue('error', 'b.csv'), issue('notice', 'a.csv'), issue('warning', 'a.csv'), issue('error', 'a.csv')]);
    expect(all).toEqual({ error: 3, warning: 1, notice: 1 });
    expect(byFile.get('a.csv')).toEqual({ error: 2, warning: 1, notice: 1 });
    expect(byFile.get('b.csv')).toEqual({ error: 1, warning: 0, notice: 0 });
    expect(byFile.has('c.csv')).toBe(false);
  });

  it('gives zeros and no files for no issues', () => {
    const { all, byFile } = severityCounts([]);
    expect(all).toEqual({ error: 0, warning: 0, notice: 0 });
    expect(byFile.size).toBe(0);
  });
});
