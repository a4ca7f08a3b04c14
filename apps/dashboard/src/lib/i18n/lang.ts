import type { Lang, LocalizedText } from '@fazhi/core';

/** The dashboard's languages, in the order the switcher lists them. */
export const LANGS: readonly Lang[] = ['zh-Hant', 'zh-Hans', 'en'];

/** Each language's name in itself, for the switcher. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { 'zh-Hant': '繁體中文', 'zh-Hans': '简体中文', en: 'English' };

/** The BCP 47 tag for `Intl` and `<html lang>`. */
export const LANG_TAGS: Readonly<Record<Lang, string>> = { 'zh-Hant': 'zh-Hant-TW', 'zh-Hans': 'zh-Hans-CN', en: 'en' };

/** True when the value is one of the dashboard's languages. */
export function isLang(value: unknown): value is Lang {
  return value === 'zh-Hant' || value === 'zh-Hans' || value === 'en';
}

/**
 * The language to start in when the URL does not say: the browser's first
 * preferred language that is Chinese (Traditional for zh-TW/HK/MO/Hant) or
 * English; Simplified Chinese otherwise.
 *
 * @example
 * preferredLang(['zh-TW', 'en']); // 'zh-Hant'
 */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (/^zh-(tw|hk|mo)|^zh-hant/.test(lower)) return 'zh-Hant';
    if (lower.startsWith('zh')) return 'zh-Hans';
    if (lower.startsWith('en')) return 'en';
  }
  return 'zh-Hans';
}

/** A text in three languages: every user-facing word of the dashboard is one. */
export type Text = LocalizedText;
