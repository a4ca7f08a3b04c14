import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScheme, type SchemeCheck } from '../../../src/scoring/check-scheme.ts';
import { MAX_SCHEME_DEPTH, MAX_SCHEME_TEXT_LENGTH, MAX_SCHEME_VALUES } from '../../../src/scoring/check/scheme-limits.ts';

const corpus = new URL('../../../../../fixtures/hostile/schemes/', import.meta.url);
const sip = readFileSync(new URL('../../../../../schemes/sip-example-2019.yaml', import.meta.url), 'utf8');

/** Each committed hostile file and the code of its first error (fixtures/hostile/schemes/README.md lists the same). */
const EXPECTED: Record<string, string> = {
  'alias-bomb.yaml': 'aliases.too_many',
  'alias-cycle.yaml': 'aliases.too_many',
  'binary.json': 'text.control_character',
  'bom-only.json': 'text.empty',
  'deep-10000.json': 'nesting.too_deep',
  'deep-10000.yaml': 'nesting.too_deep',
  'deep-block.yaml': 'nesting.too_deep',
  'deep-dashes.yaml': 'nesting.too_deep',
  'empty.yaml': 'text.empty',
  'number-inf.yaml': 'number.finite',
  'number-nan.yaml': 'number.finite',
  'number-neg-inf.json': 'number.finite',
  'proto-json.json': 'unknown_property',
  'proto-yaml.yaml': 'unknown_property',
  'random-bytes.yaml': 'text.control_character',
};

/** The hostile texts made here rather than committed: too big for the repository. */
const GENERATED: Record<string, { text: string; fileName: string; code: string }> = {
  'JSON nested 100,000 deep': { text: '['.repeat(100_000) + ']'.repeat(100_000), fileName: 'deep.json', code: 'nesting.too_deep' },
  'YAML nested 100,000 deep': { text: '['.repeat(100_000) + ']'.repeat(100_000), fileName: 'deep.yaml', code: 'nesting.too_deep' },
  'YAML objects nested 50,000 deep': { text: '{a: '.repeat(50_000) + '1' + '}'.repeat(50_000), fileName: 'deep.yaml', code: 'nesting.too_deep' },
  'JSON nested 10,000 deep (20 KB)': { text: '['.repeat(10_000) + ']'.repeat(10_000), fileName: 'deep.json', code: 'nesting.too_deep' },
  'a 10 MB string value': { text: `{"id": "${'x'.repeat(10_000_000)}"}`, fileName: 'long.json', code: 'text.too_long' },
  'a 10 MB key': { text: `${'k'.repeat(10_000_000)}: 1\n`, fileName: 'long.yaml', code: 'text.too_long' },
  'a 10 MB text of one line': { text: 'a'.repeat(10_000_000), fileName: 'long.yaml', code: 'text.too_long' },
  'a 250 KB key (JSON)': { text: `{"${'k'.repeat(250_000)}": 1}`, fileName: 'key.json', code: 'unknown_property' },
  'a 250 KB key (YAML, which allows 1,024 characters)': { text: `${'k'.repeat(250_000)}: 1\n`, fileName: 'key.yaml', code: 'syntax' },
  'a 250 KB string where an indicator id belongs': {
    text: sip.replace(/indicator: [\w.]+/, `indicator: ${'i'.repeat(250_000)}`), fileName: 'id.yaml', code: 'indicator.unknown',
  },
  'a list of 130,000 values': { text: `[${'1,'.repeat(130_000)}1]`, fileName: 'list.json', code: 'values.too_many' },
  'a map of 25,000 keys': { text: Array.from({ length: 25_000 }, (_, i) => `k${i}: 1`).join('\n'), fileName: 'keys.yaml', code: 'unknown_property' },
  'a map of 25,000 keys, one repeated': { text: `${Array.from({ length: 25_000 }, (_, i) => `k${i}: 1`).join('\n')}\nk7: 2\n`, fileName: 'keys.yaml', code: 'syntax' },
  'a million random characters': { text: seededCharacters(1_000_000), fileName: 'random.yaml', code: 'text.too_long' },
  '200,000 random printable characters': { text: seededCharacters(200_000).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ' '), fileName: 'random.yaml', code: '' },
};

function seededCharacters(length: number): string {
  let state = 12345;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    out += String.fromCharCode(state % 0x3000);
  }
  return out;
}

// No wall-clock bound here: a timed assertion fails on a busy machine, not on a slow checker. A hostile text that made
// the checker hang or go quadratic would exceed the test timeout (30 s, vitest.config.ts); the 25,000-key map takes
// about 1 s.
function checked(text: string, fileName: string): SchemeCheck {
  return checkScheme(text, { fileName });
}

/** Every message short, whatever the text: a key or value is quoted cut, never whole. */
function expectShortMessages(check: SchemeCheck): void {
  if (check.ok) return;
  for (const e of check.errors) for (const text of Object.values(e.message)) expect(text.length).toBeLessThan(2_000);
}

describe('checkScheme: hostile texts give errors, never a throw, twice in one process', () => {
  it('the corpus lists every file it holds', () => {
    const files = readdirSync(corpus).filter((f) => f !== 'README.md').sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
    const readme = readFileSync(new URL('README.md', corpus), 'utf8');
    for (const [file, code] of Object.entries(EXPECTED)) expect(readme).toContain(`| \`${file}\` | \`${code}\``);
  });

  for (const [file, code] of Object.entries(EXPECTED)) {
    it(`${file} gives ${code}`, () => {
      const text = readFileSync(new URL(file, corpus), 'utf8');
      for (let round = 0; round < 2; round++) {
        const check = checked(text, file);
        expect(check.ok).toBe(false);
        if (check.ok) return;
        expect(check.errors.map((e) => e.code)).toContain(code);
        expectShortMessages(check);
      }
    });
  }

  for (const [name, { text, fileName, code }] of Object.entries(GENERATED)) {
    it(`${name} gives ${code === '' ? 'errors' : code}`, () => {
      for (let round = 0; round < 2; round++) {
        const check = checked(text, fileName);
        expect(check.ok).toBe(false);
        if (check.ok) return;
        if (code !== '') expect(check.errors.map((e) => e.code)).toContain(code);
        expect(check.errors.some((e) => e.code === 'check.failed')).toBe(false);
        expectShortMessages(check);
      }
    });
  }

  it('a text over the size limit is refused at once, with its length and the limit', () => {
    // At once: the length is the only error, so neither parser ran.
    const check = checked(`${sip}#${'x'.repeat(MAX_SCHEME_TEXT_LENGTH)}`, 'big.yaml');
    expect(!check.ok && check.errors.length).toBe(1);
    if (!check.ok) expect(check.errors[0]!.message.en).toMatch(/^the text is [\d,]+ characters long, over the limit of 262,144/);
  });

  it('the depth limit is exact: 64 levels pass the parser, 65 do not, with the line of the bracket', () => {
    const within = checkScheme('['.repeat(MAX_SCHEME_DEPTH) + ']'.repeat(MAX_SCHEME_DEPTH), { fileName: 'd.json' });
    expect(!within.ok && within.errors[0]!.code).toBe('type');
    const beyond = checkScheme(`\n${'['.repeat(MAX_SCHEME_DEPTH + 1)}${']'.repeat(MAX_SCHEME_DEPTH + 1)}`, { fileName: 'd.json' });
    expect(!beyond.ok && beyond.errors.map((e) => [e.code, e.line, e.column])).toEqual([['nesting.too_deep', 2, MAX_SCHEME_DEPTH + 1]]);
  });

  it('the alias bomb names the line of the alias that takes it over the limit', () => {
    const check = checkScheme(readFileSync(new URL('alias-bomb.yaml', corpus), 'utf8'), { fileName: 'bomb.yaml' });
    expect(!check.ok && check.errors.map((e) => [e.code, e.line])).toEqual([['aliases.too_many', 6]]);
    if (!check.ok) expect(check.errors[0]!.message.en).toContain('too many aliases');
  });

  it('__proto__, constructor and prototype are plain unknown keys, named by their path, and pollute nothing', () => {
    for (const file of ['proto-json.json', 'proto-yaml.yaml']) {
      const check = checkScheme(readFileSync(new URL(file, corpus), 'utf8'), { fileName: file });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
      const unknown = check.ok ? [] : check.errors.filter((e) => e.code === 'unknown_property').map((e) => e.path);
      expect(unknown).toEqual(['__proto__', 'constructor']);
    }
    const nested = checkScheme(sip.replace('format: fazhi-scheme/1', 'format: fazhi-scheme/1\n__proto__: { polluted: 1 }\nprototype: 1'), { fileName: 'p.yaml' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(nested.ok ? [] : nested.errors.map((e) => e.path)).toEqual(['__proto__', 'prototype']);
  });

  it('huge numbers are never valid points or weights: 1e999, -1e999, .nan, .inf', () => {
    for (const value of ['1e999', '-1e999', '.nan', '.inf', '-.inf']) {
      const check = checkScheme(sip.replace('    points: 15\n', `    points: ${value}\n`), { fileName: 'n.yaml' });
      expect(!check.ok && check.errors.map((e) => [e.code, e.path])).toEqual([['number.finite', 'dimensions[0].points']]);
    }
  });

  it('a value given as an object is held to the same limits: too deep, cyclic, too many values', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(checkScheme(deep).ok === false && (checkScheme(deep) as { errors: { code: string }[] }).errors[0]!.code).toBe('nesting.too_deep');
    const cyclic: Record<string, unknown> = { format: 'fazhi-scheme/1' };
    cyclic.self = cyclic;
    const check = checkScheme(cyclic);
    expect(!check.ok && check.errors[0]!.code).toBe('nesting.too_deep');
    const wide = checkScheme({ format: 'fazhi-scheme/1', dimensions: Array.from({ length: MAX_SCHEME_VALUES }, () => ({})) });
    expect(!wide.ok && wide.errors.map((e) => [e.code, e.path])).toEqual([['values.too_many', 'dimensions']]);
  });
});
