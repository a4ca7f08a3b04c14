import { describe, expect, it } from 'vitest';
import { checkScheme } from '../../../src/index.ts';
import { yamlSyntaxDetail } from '../../../src/scoring/check/yaml-syntax-detail.ts';

/** Broken scheme texts, one per kind of syntax error an author meets. */
const BROKEN: readonly [string, string][] = [
  ['x.yaml', 'id: x\nname: [a, b\nversion: 1\n'],
  ['x.yaml', 'id: x\nid: y\n'],
  ['x.yaml', 'id: x\n\tname: y\n'],
  ['x.yaml', 'id: "x\nname: y\n'],
  ['x.yaml', 'id: x\n  name: y\n'],
  ['x.yaml', 'a: {b: 1 c: 2}\n'],
  ['x.yaml', 'id: x\nname y\nversion: 1\n'],
  ['x.yaml', 'id: @x\n'],
  ['x.yaml', 'a: 1\n---\nb: 2\n'],
  ['x.yaml', 'dimensions:\n  - id: a\n    points: 10\n   items: []\n'],
  ['x.json', '{\n  "id": "x",\n}'],
  ['x.json', '{"id": "x"'],
];

const syntaxErrors = (name: string, text: string) => {
  const check = checkScheme(text, { fileName: name });
  return check.ok ? [] : check.errors.filter((e) => e.code === 'syntax');
};

describe('syntax errors: localised, the location once', () => {
  it.each(BROKEN)('%s %j: line and column as fields, not in the message; no English parser sentence in the Chinese texts', (name, text) => {
    const errors = syntaxErrors(name, text);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.line).toBeGreaterThanOrEqual(1);
      expect(error.column).toBeGreaterThanOrEqual(1);
      expect(error.message.en).not.toMatch(/line \d+|column \d+/);
      for (const lang of ['zh-Hant', 'zh-Hans'] as const) {
        expect(error.message[lang]).not.toMatch(/第 ?\d+ ?行/);
        expect(error.message[lang]).not.toContain(error.actual);
        // Words of the parser's English (any run of three Latin letters but the syntax's name and the author's keys).
        expect(error.message[lang].replace(/YAML|JSON|Tab|"[^"]*"/g, '')).not.toMatch(/[A-Za-z]{3,}/);
      }
    }
  });

  it('names the repeated key and says in Chinese what is missing', () => {
    expect(syntaxErrors('x.yaml', 'id: x\nid: y\n')[0]?.message['zh-Hans']).toBe('YAML 语法错误：键 "id" 在同一层重复出现。请修正此处后重新检查。');
    expect(syntaxErrors('x.yaml', 'id: "x\nname: y\n')[0]?.message['zh-Hant']).toBe('YAML 語法錯誤：缺少結尾的引號。請修正此處後重新檢查。');
    expect(syntaxErrors('x.yaml', 'id: x\nname: [a, b\nversion: 1\n')[0]).toMatchObject({ line: 3, column: 1 });
  });

  it('keeps the parser\'s own sentence in actual, for a report that wants it', () => {
    expect(syntaxErrors('x.yaml', 'id: x\n\tname: y\n')[0]?.actual).toBe('Tabs are not allowed as indentation');
  });
});

describe('yamlSyntaxDetail', () => {
  it('narrows a missing character by the parser\'s sentence', () => {
    expect(yamlSyntaxDetail({ code: 'MISSING_CHAR', message: 'Missing closing "quote' }).en).toBe('a closing quote is missing');
    expect(yamlSyntaxDetail({ code: 'MISSING_CHAR', message: 'Missing , or : between flow map items' }).en).toBe('a comma or colon is missing between the items in brackets');
    expect(yamlSyntaxDetail({ code: 'MISSING_CHAR', message: 'Flow map must end with a }' }).en).toBe('a closing ] or } is missing');
    expect(yamlSyntaxDetail({ code: 'BAD_INDENT', message: 'All sequence items must start at the same column' }).en).toBe('the indentation is wrong: fields of one level line up');
  });

  it('says that the text does not belong there for a code it has no better words for', () => {
    expect(yamlSyntaxDetail({ code: 'IMPOSSIBLE', message: 'x' })['zh-Hant']).toBe('此處出現了不應有的內容');
  });
});
