import type { SchemeError } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { schemeFindings } from '../../../src/lib/scheme/scheme-findings.ts';

const finding = (path: string): SchemeError => ({ path, code: 'x', expected: 'x', actual: 'x', message: { 'zh-Hant': path, 'zh-Hans': path, en: path } });
const all = ['total', 'dimensions[1].points', 'dimensions[1].items[0].points', 'dimensions[1].items[0].rule.per', 'dimensions[10].points', 'dimensions[1]'].map(finding);

describe('schemeFindings', () => {
  it('keeps the findings at or inside a node, not those of a node whose path merely starts the same', () => {
    expect(schemeFindings(all, 'dimensions[1].items[0]').map((f) => f.path)).toEqual(['dimensions[1].items[0].points', 'dimensions[1].items[0].rule.per']);
    expect(schemeFindings(all, 'dimensions[1]', ['dimensions[1].items']).map((f) => f.path)).toEqual(['dimensions[1].points', 'dimensions[1]']);
  });

  it('gives every finding for the root', () => {
    expect(schemeFindings(all, '')).toHaveLength(all.length);
  });
});
