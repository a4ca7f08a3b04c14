import { unitLabel } from '@fazhi/charts';
import type { Lang } from '@fazhi/core';
import { commonMessages } from '../i18n/common-messages.ts';
import { exportMessages as m } from '../i18n/export-messages.ts';
import { LANG_TAGS } from '../i18n/lang.ts';
import type { ViewId } from '../state/view-id.ts';

/** What the print header names: the state of the dashboard at printing time. */
export interface PrintState {
  view: ViewId;
  /** The unit of the department view (null elsewhere). */
  department: string | null;
  isSample: boolean;
  /** The names of the loaded files (shown for the user's own data). */
  fileNames: readonly string[];
  /** The year filter; null = the latest year. */
  year: number | null;
  /** The year actually shown (the filter, or the latest year with data). */
  shownYear: number | null;
  /** The unit filter; null = every unit. */
  unit: string | null;
  /** The scheme's name in the language, with id and version; null when the scheme has errors. */
  scheme: { name: string; id: string; version: string } | null;
  printedAt: Date;
}

/** One line of the print header: a label and its value, in the language. */
export interface PrintFilter {
  label: string;
  value: string;
}

/**
 * The lines of the print-only header above a printed view, in the language:
 * the view, the data (sample, or the user's files), the year (saying when it
 * is the latest year by default), the unit filter (or the department shown;
 * in the reader's script, as the page prints it),
 * the scheme with id and version, and the date of printing in the language's
 * conventions (local date of the printing machine).
 *
 * @example
 * printFilters({ view: 'litigation', department: null, isSample: true, fileNames: [], year: 2018, shownYear: 2018,
 *   unit: null, scheme: { name: '示例方案', id: 'sip-example-2019', version: '2019.1' }, printedAt: new Date() }, 'en');
 * // [{ label: 'View', value: 'Litigation' }, { label: 'Data', value: 'Sample data: …' }, { label: 'Year', value: '2018' }, …]
 */
export function printFilters(state: PrintState, lang: Lang): PrintFilter[] {
  const lines: PrintFilter[] = [{ label: m.view[lang], value: commonMessages.views[state.view][lang] }];
  lines.push({ label: m.dataSource[lang], value: state.isSample ? commonMessages.sampleData[lang] : ownData(state.fileNames, lang) });
  const year = state.shownYear === null ? '—' : String(state.shownYear);
  lines.push({ label: m.year[lang], value: state.year === null && state.shownYear !== null ? `${year} (${m.latestYear[lang]})` : year });
  if (state.view === 'department') lines.push({ label: m.department[lang], value: state.department === null ? '—' : unitLabel(state.department, lang) });
  else lines.push({ label: m.unit[lang], value: state.unit === null ? commonMessages.allUnits[lang] : unitLabel(state.unit, lang) });
  lines.push({ label: m.scheme[lang], value: state.scheme === null ? m.schemeInvalid[lang] : `${state.scheme.name} (${state.scheme.id} ${state.scheme.version})` });
  lines.push({ label: m.printed[lang], value: new Intl.DateTimeFormat(LANG_TAGS[lang], { dateStyle: 'long' }).format(state.printedAt) });
  return lines;
}

function ownData(fileNames: readonly string[], lang: Lang): string {
  const head = `${commonMessages.ownData[lang]} (${fileNames.length} ${m.ownFiles[lang]})`;
  const names = fileNames.length <= 4 ? fileNames.join(lang === 'en' ? ', ' : '、') : `${fileNames.slice(0, 3).join(lang === 'en' ? ', ' : '、')} …`;
  return names === '' ? head : `${head}: ${names}`;
}
