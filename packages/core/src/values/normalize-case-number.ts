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
 * once (`（`, `）蘇`, `行初`, `號` repeat across a million rows), and the
 * result is written into a buffer and made one flat string, so unique case
 * numbers stay cheap: no slice or concatenation per run.
 *
 * @example
 * normalizeCaseNumber('（2019）蘇0591行初123號'); // '(2019)苏0591行初123号'
 */
export function normalizeCaseNumber(raw: string): string {
  const length = raw.length;
  let out = buffer.length >= length * 2 ? buffer : (buffer = new Uint16Array(length * 2));
  let n = 0;
  let changed = false;
  for (let i = 0; i < length; i++) {
    const c = raw.charCodeAt(i);
    if (isPlainAscii(c)) {
      out[n++] = c;
      continue;
    }
    let end = i + 1;
    let hash = c;
    for (; end < length; end++) {
      const d = raw.charCodeAt(end);
      if (isPlainAscii(d)) break;
      hash = (Math.imul(hash, 31) + d) | 0;
    }
    const run = runs.find(raw, i, end, hash);
    if (run.changed) changed = true;
    const text = run.normalized;
    if (n + text.length > out.length) {
      const grown = new Uint16Array((n + text.length) * 2);
      grown.set(out.subarray(0, n));
      out = buffer = grown;
    }
    for (let k = 0; k < text.length; k++) out[n++] = text.charCodeAt(k);
    i = end - 1;
  }
  return changed ? fromCodes(out, n) : raw;
}

/** Reused for every call: at least twice the longest case number seen (NFKC may lengthen a run). */
let buffer = new Uint16Array(256);

/** The string of the first `n` code units of `codes`, made in pieces small enough to pass as arguments. */
function fromCodes(codes: Uint16Array, n: number): string {
  const PIECE = 8192;
  let text = '';
  for (let start = 0; start < n; start += PIECE) text += String.fromCharCode.apply(null, codes.subarray(start, Math.min(n, start + PIECE)) as unknown as number[]);
  return text;
}

/** Printable ASCII other than square brackets: kept as is. */
function isPlainAscii(c: number): boolean {
  return c >= 0x21 && c <= 0x7e && c !== 0x5b && c !== 0x5d;
}

interface Run {
  /** The run's characters as in the case number. */
  readonly text: string;
  /** Its normalised form. */
  readonly normalized: string;
  /** True when the two differ. */
  readonly changed: boolean;
}

/**
 * The runs normalised so far, looked up by their characters in the case
 * number (a hash over them and a comparison), so that a run already seen
 * costs no string. Emptied when full: real files repeat a few dozen runs.
 */
class RunTable {
  static readonly #SLOTS = 1 << 16;
  #slots = new Int32Array(RunTable.#SLOTS).fill(-1);
  #hashes = new Int32Array(RunTable.#SLOTS);
  #runs: Run[] = [];

  find(raw: string, start: number, end: number, hash: number): Run {
    const mask = RunTable.#SLOTS - 1;
    let slot = hash & mask;
    for (let index = this.#slots[slot] as number; index !== -1; index = this.#slots[slot] as number) {
      const run = this.#runs[index] as Run;
      if (this.#hashes[slot] === hash && sameChars(run.text, raw, start, end)) return run;
      slot = (slot + 1) & mask;
    }
    if (this.#runs.length * 2 >= RunTable.#SLOTS) {
      this.#slots.fill(-1);
      this.#runs = [];
      return this.find(raw, start, end, hash);
    }
    const text = raw.slice(start, end);
    const normalized = normalizeRun(text);
    const run: Run = { text, normalized, changed: normalized !== text };
    this.#slots[slot] = this.#runs.length;
    this.#hashes[slot] = hash;
    this.#runs.push(run);
    return run;
  }
}

const runs = new RunTable();

function sameChars(text: string, raw: string, start: number, end: number): boolean {
  if (text.length !== end - start) return false;
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) !== raw.charCodeAt(start + k)) return false;
  return true;
}

function normalizeRun(text: string): string {
  return text
    .normalize('NFKC')
    .replace(BRACKET, (b) => BRACKETS[b] ?? b)
    .replace(SPACE, '')
    .replace(NON_ASCII_RUN, toSimplified);
}
