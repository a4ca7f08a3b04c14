import { describe, expect, it } from 'vitest';
import { parseSchemeText, schemeTextFormat } from '../../../src/scoring/parse-scheme-text.ts';

describe('schemeTextFormat', () => {
  it('goes by the extension, else by the first non-blank character', () => {
    expect(schemeTextFormat('id: x', 'a.JSON')).toBe('json');
    expect(schemeTextFormat('{"id": "x"}', 'a.yml')).toBe('yaml');
    expect(schemeTextFormat('{"id": "x"}', 'a.yaml')).toBe('yaml');
    expect(schemeTextFormat('\uFEFF  \n[1]')).toBe('json');
    expect(schemeTextFormat('# comment\n{a: 1}')).toBe('yaml');
    expect(schemeTextFormat('id: x', 'scheme.txt')).toBe('yaml');
  });
});

describe('parseSchemeText', () => {
  it('reads YAML 1.2: yes stays a string, a byte-order mark is ignored', () => {
    const parsed = parseSchemeText('\uFEFFa: yes\nb: 0.9\n');
    expect(parsed.ok && parsed.value).toEqual({ a: 'yes', b: 0.9 });
  });
  it('locates a node, or its nearest existing ancestor, by path', () => {
    const parsed = parseSchemeText('dimensions:\n  - id: d\n    items:\n      - { id: i, rule: { per: two } }\n');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.locate(['dimensions', 0, 'items', 0, 'rule', 'per'])).toEqual({ line: 4, column: 31 });
    expect(parsed.locate(['dimensions', 0, 'id'])).toEqual({ line: 2, column: 9 });
    expect(parsed.locate(['dimensions', 0, 'points'])).toEqual({ line: 2, column: 5 });
    expect(parsed.locate(['dimensions', 5])).toEqual({ line: 2, column: 3 });
    expect(parsed.locate([])).toEqual({ line: 1, column: 1 });
  });
  it('locates nodes of JSON text too', () => {
    const parsed = parseSchemeText('{\n  "a": [1,\n    {"b": "x"}]\n}', { fileName: 'a.json' });
    expect(parsed.ok && parsed.locate(['a', 1, 'b'])).toEqual({ line: 3, column: 11 });
  });
  it('reports every YAML error with its line, and the first JSON error with its line and column', () => {
    const yaml = parseSchemeText('a: [1\nb: "x\n');
    expect(yaml.ok).toBe(false);
    if (!yaml.ok) expect(yaml.errors.every((e) => e.code === 'syntax' && typeof e.line === 'number')).toBe(true);
    const json = parseSchemeText('{\n  "a": 1\n  "b": 2\n}', { fileName: 'a.json' });
    expect(!json.ok && json.errors.map((e) => [e.line, e.column, e.actual])).toEqual([[3, 3, 'unexpected "\\""']]);
  });
  it('rejects several YAML documents in one file', () => {
    expect(parseSchemeText('a: 1\n---\nb: 2\n').ok).toBe(false);
  });
});
