import { describe, expect, it } from 'vitest';

// Every messages module of the dashboard, found by name so that a new `*-messages.ts` file is covered without
// editing this test.
const MODULES = import.meta.glob<Record<string, unknown>>('../../../src/lib/i18n/*-messages.ts', { eager: true });

const LANGS = ['zh-Hant', 'zh-Hans', 'en'] as const;

/** A text in three languages, as the messages modules hold them. */
function isText(value: unknown): value is Record<(typeof LANGS)[number], unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return LANGS.every((l) => keys.includes(l)) && keys.length === LANGS.length;
}

/**
 * Argument sets to call a message function with: a one-element array of
 * "1" reads as the string "1", as the number 1 (arithmetic) and as a list
 * of names (map, join), so most signatures accept it; then plain numbers,
 * then plain strings.
 */
function argumentSets(arity: number): unknown[][] {
  return [Array.from({ length: arity }, () => ['1']), Array.from({ length: arity }, () => 1), Array.from({ length: arity }, () => '1')];
}

interface Leaf {
  path: string;
  /** The text, or why there is none. */
  text: Record<string, unknown> | string;
}

/** Every text reachable from a value: Text leaves, nested records, arrays, and the results of message functions. */
function leaves(value: unknown, path: string): Leaf[] {
  if (isText(value)) return [{ path, text: value }];
  if (typeof value === 'function') {
    for (const args of argumentSets(value.length)) {
      try {
        const result: unknown = (value as (...a: unknown[]) => unknown)(...args);
        if (isText(result) || (typeof result === 'object' && result !== null)) return leaves(result, `${path}(…)`);
      } catch {
        // Try the next kind of arguments.
      }
    }
    return [{ path, text: 'a function that returns no text for any probe arguments' }];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  return [{ path, text: `a ${typeof value}, not a text in three languages` }];
}

const files = Object.entries(MODULES).sort(([a], [b]) => (a < b ? -1 : 1));

describe('dashboard messages', () => {
  it('finds the messages modules by glob (common, and each feature\'s)', () => {
    const names = files.map(([path]) => path.slice(path.lastIndexOf('/') + 1));
    expect(names).toContain('common-messages.ts');
    expect(names.length).toBeGreaterThan(1);
  });

  for (const [path, module] of files) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    it(`${name}: every message has non-empty zh-Hant, zh-Hans and en, and the English has no Chinese characters`, () => {
      const all = Object.entries(module).flatMap(([key, value]) => leaves(value, key));
      expect(all.length).toBeGreaterThan(0);
      const problems: string[] = [];
      for (const { path: at, text } of all) {
        if (typeof text === 'string') {
          problems.push(`${at}: ${text}`);
          continue;
        }
        for (const lang of LANGS) {
          const value = text[lang];
          if (typeof value !== 'string' || value.trim() === '') problems.push(`${at}: empty ${lang}`);
        }
        if (typeof text.en === 'string' && /[\u3400-\u9fff]/.test(text.en)) problems.push(`${at}: Chinese characters in en: ${text.en}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
