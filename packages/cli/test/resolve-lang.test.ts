import { describe, expect, it } from 'vitest';
import { langFromEnv, parseLang } from '../src/resolve-lang.ts';

describe('parseLang', () => {
  it('parseLang reads the three canonical names case-insensitively', () => {
    expect(parseLang('zh-Hant')).toBe('zh-Hant');
    expect(parseLang('ZH-HANS')).toBe('zh-Hans');
    expect(parseLang('en')).toBe('en');
  });
  it('parseLang maps Taiwan, Hong Kong and Macau locales to zh-Hant and other Chinese locales to zh-Hans', () => {
    expect(parseLang('zh_TW.UTF-8')).toBe('zh-Hant');
    expect(parseLang('zh-HK')).toBe('zh-Hant');
    expect(parseLang('zh_MO')).toBe('zh-Hant');
    expect(parseLang('zh-Hant-TW')).toBe('zh-Hant');
    expect(parseLang('zh_CN.GB18030')).toBe('zh-Hans');
    expect(parseLang('zh_SG')).toBe('zh-Hans');
    expect(parseLang('zh')).toBe('zh-Hans');
  });
  it('parseLang maps en_* to en and returns null for other languages and blanks', () => {
    expect(parseLang('en_GB.UTF-8')).toBe('en');
    expect(parseLang('fr_FR')).toBeNull();
    expect(parseLang('')).toBeNull();
    expect(parseLang('C')).toBeNull();
  });
});

describe('langFromEnv', () => {
  it('langFromEnv follows POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(langFromEnv({ LC_ALL: 'zh_TW.UTF-8', LC_MESSAGES: 'en_US', LANG: 'zh_CN' })).toBe('zh-Hant');
    expect(langFromEnv({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'zh_TW' })).toBe('zh-Hans');
    expect(langFromEnv({ LANG: 'zh_HK.UTF-8' })).toBe('zh-Hant');
  });
  it('langFromEnv skips empty variables and falls back to en for C, POSIX, other languages and no variable', () => {
    expect(langFromEnv({ LC_ALL: '', LANG: 'zh_CN.UTF-8' })).toBe('zh-Hans');
    expect(langFromEnv({ LANG: 'C.UTF-8' })).toBe('en');
    expect(langFromEnv({ LANG: 'POSIX' })).toBe('en');
    expect(langFromEnv({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(langFromEnv({})).toBe('en');
  });
});
