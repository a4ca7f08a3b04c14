import { describe, expect, it } from 'vitest';
import { isFullWidth } from '../../src/render/is-full-width.ts';

const cp = (c: string): number => c.codePointAt(0)!;

describe('isFullWidth', () => {
  it('counts CJK ideographs (Simplified, Traditional, extension A and B) as full-width', () => {
    for (const c of ['中', '國', '法', '㐀', '𠀀', '〇']) expect(isFullWidth(cp(c)), c).toBe(true);
  });
  it('counts CJK punctuation, full-width forms, kana and hangul as full-width', () => {
    for (const c of ['，', '。', '、', '「', '」', '《', '（', '）', '％', '０', 'Ａ', 'あ', 'ア', '한']) expect(isFullWidth(cp(c)), c).toBe(true);
  });
  it('counts ASCII, Latin-1, general punctuation and arrows as not full-width', () => {
    for (const c of ['A', 'z', '0', ' ', '%', '.', 'é', '–', '…', '↑', '➚', '−']) expect(isFullWidth(cp(c)), c).toBe(false);
  });
});
