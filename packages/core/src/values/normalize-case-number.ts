import { toSimplified } from './to-simplified.ts';

const BRACKETS: Record<string, string> = {
  '〔': '(', '〕': ')', '［': '(', '］': ')', '[': '(', ']': ')', '【': '(', '】': ')', '（': '(', '）': ')', '﹝': '(', '﹞': ')',
};
const BRACKET = /[〔〕［］[\]【】（）﹝﹞]/g;
const SPACE = /\s+/g;
const NON_ASCII_RUN = /[^\x00-\x7f]+/g;

/**
 * The comparable form of a case number: NFKC (full-width → ASCII), every
 * kind of bracket made `(`/`)`, spaces removed, Traditional → Simplified.
 * `（2019）蘇0591行初123號` and `(2019)苏0591行初123号` are the same case.
 * Only the runs of non-ASCII characters and spaces are normalised, each
 * once (`（`, `）蘇`, `行初`, `號` repeat across a million rows), so unique
 * case numbers stay cheap.
 *
 * @example
 * normalizeCaseNumber('（2019）蘇0591行初123號'); // '(2019)苏0591行初123号'
 */
export function normalizeCaseNumber(raw: string): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x21 && c <= 0x7e && c !== 0x5b && c !== 0x5d) continue;
    let end = i + 1;
    while (end < raw.length && !isPlainAscii(raw.charCodeAt(end))) end++;
    out += raw.slice(kept, i) + cachedRun(raw.slice(i, end));
    kept = end;
    i = end - 1;
  }
  return kept === 0 ? raw : out + raw.slice(kept);
}

/** Printable ASCII other than square brackets: kept as is. */
function isPlainAscii(c: number): boolean {
  return c >= 0x21 && c <= 0x7e && c !== 0x5b && c !== 0x5d;
}

const runs = new Map<string, string>();

function cachedRun(run: string): string {
  let out = runs.get(run);
  if (out === undefined) {
    out = normalizeRun(run);
    if (runs.size >= 50_000) runs.clear();
    runs.set(run, out);
  }
  return out;
}

function normalizeRun(text: string): string {
  return text
    .normalize('NFKC')
    .replace(BRACKET, (b) => BRACKETS[b] ?? b)
    .replace(SPACE, '')
    .replace(NON_ASCII_RUN, toSimplified);
}
