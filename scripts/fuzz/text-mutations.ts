import { textMutation, type Mutation } from './mutation.ts';
import type { Prng } from './prng.ts';

/** Lines of the text, with the break that ended each (the last may have none). */
function lines(text: string): string[] {
  return text.match(/[^\r\n]*(\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/** Splits a line into its cells (naively: commas), keeping the line break apart. */
function cellsOf(line: string): { cells: string[]; end: string } {
  const end = /(\r\n|\r|\n)$/.exec(line)?.[0] ?? '';
  return { cells: line.slice(0, line.length - end.length).split(','), end };
}

/** Replaces one random line through `change`. */
function changeLine(rng: Prng, text: string, change: (cells: string[]) => string[]): string {
  const all = lines(text);
  if (all.length === 0) return text;
  const at = rng.int(all.length);
  const { cells, end } = cellsOf(all[at] as string);
  all[at] = change(cells).join(',') + end;
  return all.join('');
}

/** Quotes put where they do not belong, taken away, doubled, or opened and never closed. */
export const quotes: Mutation = textMutation('quotes', (rng, text) => {
  switch (rng.int(5)) {
    case 0: {
      const at = rng.int(text.length + 1);
      return `${text.slice(0, at)}"${text.slice(at)}`;
    }
    case 1:
      return text.replaceAll('"', '');
    case 2:
      return changeLine(rng, text, (cells) => cells.map((c) => (rng.chance(0.5) ? `"${c.replaceAll('"', '""')}"` : c)));
    case 3:
      return changeLine(rng, text, (cells) => cells.map((c) => (rng.chance(0.3) ? `${c}"x"` : c)));
    default:
      // a quoted cell holding the delimiter and a line break
      return changeLine(rng, text, (cells) => [...cells, '"a,\nb"']);
  }
});

/** The delimiter changed: all commas, or only some, become `;`, a tab or `|`. */
export const delimiters: Mutation = textMutation('delimiters', (rng, text) => {
  const to = rng.pick([';', '\t', '|']);
  if (rng.chance(0.6)) return text.replaceAll(',', to);
  return text.replace(/,/g, (c) => (rng.chance(0.3) ? to : c));
});

/** Widths at and past the limits: a cell repeated many times in one row, or one very long cell. */
export const widths: Mutation = textMutation('widths', (rng, text) => {
  const times = rng.chance(0.02) ? 5000 : rng.pick([2, 10, 100, 998, 999, 1000, 1001, 1500]);
  if (rng.chance(0.8)) {
    return changeLine(rng, text, (cells) => {
      const cell = rng.pick(cells.length > 0 ? cells : ['']);
      return [...cells, ...Array.from({ length: times }, () => cell)];
    });
  }
  const length = rng.pick([100, 32_767, 32_768, 32_769, 70_000]);
  return changeLine(rng, text, (cells) => [...cells, 'x'.repeat(length)]);
});

/** Line endings converted (LF, CRLF, CR, mixed), the last one removed, or blank lines added. */
export const lineEndings: Mutation = textMutation('line-endings', (rng, text) => {
  switch (rng.int(5)) {
    case 0:
      return text.replace(/\r\n|\r|\n/g, rng.pick(['\n', '\r\n', '\r']));
    case 1:
      return text.replace(/\r\n|\r|\n/g, () => rng.pick(['\n', '\r\n', '\r', '\n\n', '\r\r\n']));
    case 2:
      return text.replace(/(\r\n|\r|\n)+$/, '');
    case 3:
      return lines(text).map((l) => (rng.chance(0.2) ? `${l}\n` : l)).join('');
    default:
      return lines(text).map((l) => (rng.chance(0.2) ? `${l}\n,,,\n` : l)).join('');
  }
});

/** The forms of a date docs/data.md lists, the ones it rejects, and garbage. */
export const DATE_FORMS = [
  '2019年5月10日', '2019年5月10号', '2019/5/10', '2019.5.10', '2019-5-10', '20190510', '43595', '43595.5', '0', '-1',
  '２０１９年５月１０日', '２０１９－０５－１０', '二〇一九年五月十日', '二○一九年五月三十一日', '2019-05-10 14:30',
  '2019-05-10T14:30:00+08:00', '2019-05-10T06:30:00Z', '2019-02-30', '2019年13月1日', '2109-05-10', '1900-01-01',
  '19/5/10', '五月上旬', '待定', '', ' ', '2019-05-10\u0000', '2019-\uFFFD5-10', '9999999999999999999999', '2019年',
] as const;

const DATE = /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?/g;

/** Date cells replaced by the forms of DATE_FORMS or random garbage. */
export const dates: Mutation = textMutation('dates', (rng, text) =>
  text.replace(DATE, () => (rng.chance(0.85) ? rng.pick(DATE_FORMS) : String.fromCharCode(...Array.from({ length: rng.between(1, 12) }, () => rng.int(0x3000))))),
);

/**
 * The text-level mutations: quotes, delimiters, widths, line endings, dates.
 *
 * @example
 * rng.pick(TEXT_MUTATIONS).apply(rng, bytes);
 */
export const TEXT_MUTATIONS: readonly Mutation[] = [quotes, delimiters, widths, lineEndings, dates];
