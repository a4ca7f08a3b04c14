import { describe, expect, it } from 'vitest';
import { localizeSchemeText, schemeText } from '../../../src/scoring/scheme-text.ts';

describe('schemeText', () => {
  it('gives a plain string in the script asked for', () => {
    expect(schemeText('規範性文件', 'zh-Hans')).toBe('规范性文件');
    expect(schemeText('规范性文件', 'zh-Hant')).toBe('規範性文件');
    expect(schemeText('規範性文件', 'zh-Hant')).toBe('規範性文件');
    expect(schemeText('規範性文件', 'en')).toBe('規範性文件');
    expect(schemeText('Litigation', 'zh-Hans')).toBe('Litigation');
  });
  it('falls back between languages, converting between the scripts', () => {
    expect(schemeText({ 'zh-Hans': '行政应诉' }, 'zh-Hant')).toBe('行政應訴');
    expect(schemeText({ 'zh-Hant': '行政應訴' }, 'zh-Hans')).toBe('行政应诉');
    expect(schemeText({ 'zh-Hant': '行政應訴' }, 'en')).toBe('行政應訴');
    expect(schemeText({ en: 'Litigation' }, 'zh-Hant')).toBe('Litigation');
    expect(schemeText({ 'zh-Hant': '甲', 'zh-Hans': '乙', en: 'C' }, 'zh-Hans')).toBe('乙');
    expect(schemeText({}, 'en')).toBe('');
  });
  it('localizeSchemeText gives all three languages', () => {
    expect(localizeSchemeText({ 'zh-Hant': '行政應訴', en: 'Litigation' })).toEqual({ 'zh-Hant': '行政應訴', 'zh-Hans': '行政应诉', en: 'Litigation' });
  });
});
