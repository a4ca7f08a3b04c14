import type { Lang } from '@fazhi/core';

/**
 * Reads a language name as a user types it: `zh-Hant`, `zh-Hans`, `en`, and
 * the locale spellings people actually use (`zh_TW`, `zh-HK`, `zh-CN`,
 * `zh_CN.UTF-8`, `en_US`, `tw`, `cn` …), case-insensitively. Returns null for
 * anything else.
 *
 * @example
 * parseLang('zh_TW.UTF-8'); // 'zh-Hant'
 * parseLang('zh-cn');       // 'zh-Hans'
 * parseLang('fr');          // null
 */
export function parseLang(value: string): Lang | null {
  // Drop the codeset and modifier (`zh_TW.UTF-8@euro`) and unify separators.
  const tag = value.trim().toLowerCase().replace(/[.@].*$/, '').replace(/_/g, '-');
  if (tag === '') return null;
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  if (tag === 'tw' || tag === 'hk' || tag === 'hant') return 'zh-Hant';
  if (tag === 'cn' || tag === 'hans') return 'zh-Hans';
  if (tag === 'zh' || tag.startsWith('zh-')) {
    const parts = tag.split('-').slice(1);
    if (parts.includes('hant') || parts.some((p) => p === 'tw' || p === 'hk' || p === 'mo')) return 'zh-Hant';
    return 'zh-Hans';
  }
  return null;
}

/**
 * The default language when `--lang` is not given, from the POSIX locale
 * variables in their order of precedence (`LC_ALL`, then `LC_MESSAGES`, then
 * `LANG`; the first non-empty one decides): Taiwan, Hong Kong and Macau
 * locales and `zh-Hant` give 繁體中文, any other Chinese locale gives 简体中文,
 * everything else (including `C` and `POSIX`) gives English.
 *
 * @example
 * langFromEnv({ LANG: 'zh_HK.UTF-8' });                  // 'zh-Hant'
 * langFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN' });  // 'en'
 * langFromEnv({});                                       // 'en'
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value !== undefined && value !== '') return parseLang(value) ?? 'en';
  }
  return 'en';
}
