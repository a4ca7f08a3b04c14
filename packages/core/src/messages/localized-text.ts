/**
 * A message in the three languages fazhi speaks.
 *
 * @example
 * const name: LocalizedText = INDICATOR_CATALOGUE[8].name;
 * name; // { 'zh-Hant': '敗訴率', 'zh-Hans': '败诉率', en: 'Loss rate' }
 */
export interface LocalizedText {
  /** Traditional Chinese (繁體中文), the script of the park's report. */
  'zh-Hant': string;
  /** Simplified Chinese (简体中文). */
  'zh-Hans': string;
  /** English. */
  en: string;
}

/**
 * One of the languages: `'zh-Hant' | 'zh-Hans' | 'en'`.
 *
 * @example
 * const lang: Lang = 'en';
 * messages['file.empty']('litigation.csv')[lang]; // '"litigation.csv" has no data rows. Check that the right sheet or file was exported.'
 */
export type Lang = keyof LocalizedText;
