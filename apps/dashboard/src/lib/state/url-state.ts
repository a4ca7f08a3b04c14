import type { Lang } from '@fazhi/core';
import { isLang } from '../i18n/lang.ts';
import { isViewId, type ViewId } from './view-id.ts';

/**
 * What the URL holds, so that a link reproduces the view: the view, the
 * department shown on the department page, the year and unit filters, and
 * the language. Null means "not set" (the latest year, every unit).
 */
export interface UrlState {
  view: ViewId;
  /** The department of the `department` view. */
  department: string | null;
  year: number | null;
  unit: string | null;
  lang: Lang | null;
}

/** The state of an empty URL. */
export const DEFAULT_URL_STATE: UrlState = { view: 'overview', department: null, year: null, unit: null, lang: null };

/**
 * Reads the state from a location hash `#/<view>[/<department>]?year=&unit=&lang=`;
 * whatever is unknown or malformed falls back to the default, never throws.
 *
 * @example
 * parseUrlState('#/department/%E5%8A%B3%E4%BF%9D%E5%B1%80?year=2019&lang=en');
 * // { view: 'department', department: '劳保局', year: 2019, unit: null, lang: 'en' }
 */
export function parseUrlState(hash: string): UrlState {
  const text = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = splitOnce(text, '?');
  const [viewPart = '', ...rest] = path.split('/');
  const params = new URLSearchParams(query);
  const view = isViewId(viewPart) ? viewPart : 'overview';
  const department = view === 'department' && rest.length > 0 ? safeDecode(rest.join('/')) : null;
  const yearText = params.get('year');
  const year = yearText !== null && /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const unit = params.get('unit');
  const lang = params.get('lang');
  return { view, department: department === '' ? null : department, year, unit: unit === '' ? null : unit, lang: isLang(lang) ? lang : null };
}

/**
 * Writes the state as a location hash; unset fields are left out.
 *
 * @example
 * formatUrlState({ view: 'litigation', department: null, year: 2019, unit: null, lang: 'zh-Hant' }); // '#/litigation?year=2019&lang=zh-Hant'
 */
export function formatUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.year !== null) params.set('year', String(state.year));
  if (state.unit !== null) params.set('unit', state.unit);
  if (state.lang !== null) params.set('lang', state.lang);
  const query = params.toString();
  const path = state.view === 'department' && state.department !== null ? `department/${encodeURIComponent(state.department)}` : state.view;
  return `#/${path}${query === '' ? '' : `?${query}`}`;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
