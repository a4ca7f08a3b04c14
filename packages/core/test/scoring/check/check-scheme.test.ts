import { Validator } from '@cfworker/json-schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScheme, type SchemeCheck, type SchemeError } from '../../../src/scoring/check-scheme.ts';
import { SCHEME_JSON_SCHEMA } from '../../../src/scoring/scheme-json-schema.ts';
import { POINTS_SCHEME_YAML, indexScheme, pointsScheme } from './scheme-fixtures.ts';

function errorsOf(check: SchemeCheck): SchemeError[] {
  if (check.ok) throw new Error(`expected errors, got a valid scheme ${check.stamp.id}`);
  return check.errors;
}

function brief(errors: readonly SchemeError[]) {
  return errors.map((e) => ({ code: e.code, path: e.path, expected: e.expected, actual: e.actual }));
}

describe('checkScheme: valid schemes', () => {
  it('accepts a minimal points scheme and stamps it with id, version and a sha256 hash', () => {
    const check = checkScheme(pointsScheme());
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.warnings).toEqual([]);
    expect(check.stamp.id).toBe('mini-points');
    expect(check.stamp.version).toBe('1');
    expect(check.stamp.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(check.scheme).toEqual(pointsScheme());
  });
  it('accepts a minimal index scheme (weights, goalposts, z-score)', () => {
    const check = checkScheme(indexScheme());
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.warnings).toEqual([]);
  });
  it('gives the YAML and the JSON of the same scheme, keys in any order, the same stamp', () => {
    const fromObject = checkScheme(pointsScheme());
    const fromJson = checkScheme(JSON.stringify(pointsScheme(), null, 2), { fileName: 'mini.json' });
    const fromYaml = checkScheme(POINTS_SCHEME_YAML, { fileName: 'mini.yaml' });
    const sniffed = checkScheme(POINTS_SCHEME_YAML);
    for (const check of [fromObject, fromJson, fromYaml, sniffed]) expect(check.ok).toBe(true);
    if (!fromObject.ok || !fromJson.ok || !fromYaml.ok || !sniffed.ok) return;
    expect(fromJson.stamp).toEqual(fromObject.stamp);
    expect(fromYaml.stamp).toEqual(fromObject.stamp);
    expect(sniffed.stamp).toEqual(fromObject.stamp);
  });
  it('leaves $schema out of the scheme and its hash, and does not change its input', () => {
    const plain = checkScheme(pointsScheme());
    const input = { $schema: './scheme.schema.json', ...pointsScheme() };
    const frozen = JSON.stringify(input);
    const withHint = checkScheme(input);
    expect(JSON.stringify(input)).toBe(frozen);
    expect(withHint.ok && plain.ok).toBe(true);
    if (!withHint.ok || !plain.ok) return;
    expect(withHint.stamp.hash).toBe(plain.stamp.hash);
    expect('$schema' in withHint.scheme).toBe(false);
  });
  it('changes the hash when any value changes', () => {
    const changed = pointsScheme();
    changed.dimensions[0]!.items[0]!.rule = { type: 'deduct', per: 2.5 };
    const a = checkScheme(pointsScheme());
    const b = checkScheme(changed);
    expect(a.ok && b.ok && a.stamp.hash !== b.stamp.hash).toBe(true);
  });
});

describe('checkScheme: structure errors name the path, the expected and the actual value', () => {
  it('reads a string where a number belongs as "dimensions[1].items[0].rule.per: expected a number, got \\"two\\"" in three languages', () => {
    const scheme = pointsScheme() as unknown as { dimensions: { items: { rule: unknown }[] }[] };
    scheme.dimensions[1]!.items[0]!.rule = { type: 'deduct', per: 'two' };
    const [error, ...rest] = errorsOf(checkScheme(scheme));
    expect(rest).toEqual([]);
    expect(error).toEqual({
      code: 'type', path: 'dimensions[1].items[0].rule.per', expected: 'a number', actual: '"two"',
      message: {
        'zh-Hant': 'dimensions[1].items[0].rule.per：應為數字，實為 "two"',
        'zh-Hans': 'dimensions[1].items[0].rule.per：应为数字，实为 "two"',
        en: 'dimensions[1].items[0].rule.per: expected a number, got "two"',
      },
    });
  });
  it('gives the line and column of the bad node in YAML text', () => {
    const text = POINTS_SCHEME_YAML.replace('rule: { type: deduct, per: 2 }', 'rule: { type: deduct, per: two }');
    const [error] = errorsOf(checkScheme(text, { fileName: 'mini.yaml' }));
    expect(error).toMatchObject({ path: 'dimensions[0].items[0].rule.per', line: 22, column: 36, actual: '"two"' });
  });
  it('gives the line and column of the bad node in JSON text', () => {
    const scheme = pointsScheme() as unknown as Record<string, unknown>;
    scheme.version = 1;
    const [error] = errorsOf(checkScheme(JSON.stringify(scheme, null, 2), { fileName: 'x.json' }));
    expect(error).toMatchObject({ code: 'type', path: 'version', expected: 'a string', actual: '1', line: 4, column: 14 });
  });
  it('rejects an unknown indicator and names the closest known id, in three languages', () => {
    const scheme = pointsScheme() as unknown as { dimensions: { items: { indicator: string }[] }[] };
    scheme.dimensions[0]!.items[0]!.indicator = 'litigation.lost';
    const [error] = errorsOf(checkScheme(scheme));
    expect(error).toEqual({
      code: 'indicator.unknown', path: 'dimensions[0].items[0].indicator', expected: 'a known indicator id', actual: '"litigation.lost"',
      message: {
        'zh-Hant': 'dimensions[0].items[0].indicator：未知的指標 "litigation.lost"，最接近的已知指標為「litigation.lost_cases」：請使用 INDICATORS.md 中的指標代碼',
        'zh-Hans': 'dimensions[0].items[0].indicator：未知的指标 "litigation.lost"，最接近的已知指标为“litigation.lost_cases”：请使用 INDICATORS.md 中的指标代码',
        en: 'dimensions[0].items[0].indicator: unknown indicator "litigation.lost"; the closest known id is "litigation.lost_cases": use an indicator id of INDICATORS.md',
      },
    });
  });
  it('rejects an unknown rule type and lists the known ones, in three languages', () => {
    const scheme = pointsScheme() as unknown as { dimensions: { items: { rule: unknown }[] }[] };
    scheme.dimensions[0]!.items[0]!.rule = { type: 'dedcut', per: 2 };
    const [error, ...rest] = errorsOf(checkScheme(scheme));
    expect(rest).toEqual([]);
    expect(error).toEqual({
      code: 'rule.unknown', path: 'dimensions[0].items[0].rule.type',
      expected: 'one of goalposts, target, bands, deduct, shortfall, bonus, relative', actual: '"dedcut"',
      message: {
        'zh-Hant': 'dimensions[0].items[0].rule.type：未知的計分規則 "dedcut"（是否要寫「deduct」？）：可用的規則為 goalposts、target、bands、deduct、shortfall、bonus、relative',
        'zh-Hans': 'dimensions[0].items[0].rule.type：未知的计分规则 "dedcut"（是否要写“deduct”？）：可用的规则为 goalposts、target、bands、deduct、shortfall、bonus、relative',
        en: 'dimensions[0].items[0].rule.type: unknown rule type "dedcut" (did you mean "deduct"?): the rule types are goalposts, target, bands, deduct, shortfall, bonus, relative',
      },
    });
  });
  it('reports a rule without a type as rule.unknown at rule.type, actual missing', () => {
    const scheme = pointsScheme() as unknown as { dimensions: { items: { rule: unknown }[] }[] };
    scheme.dimensions[0]!.items[0]!.rule = { per: 2 };
    expect(brief(errorsOf(checkScheme(scheme)))).toEqual([
      { code: 'rule.unknown', path: 'dimensions[0].items[0].rule.type', expected: 'one of goalposts, target, bands, deduct, shortfall, bonus, relative', actual: 'missing' },
    ]);
  });
  it('checks a known rule against that rule only: a missing field and a foreign field', () => {
    const scheme = pointsScheme() as unknown as { dimensions: { items: { rule: unknown }[] }[] };
    scheme.dimensions[1]!.items[0]!.rule = { type: 'target', tagret: 1 };
    expect(brief(errorsOf(checkScheme(scheme)))).toEqual([
      { code: 'required', path: 'dimensions[1].items[0].rule.target', expected: 'a number', actual: 'missing' },
      { code: 'unknown_property', path: 'dimensions[1].items[0].rule.tagret', expected: 'one of type, target, floor, direction', actual: '"tagret"' },
    ]);
    const [, unknown] = errorsOf(checkScheme(scheme));
    expect(unknown!.message.en).toBe(
      'dimensions[1].items[0].rule.tagret: unknown field "tagret" (did you mean "target"?): the fields here are type, target, floor, direction',
    );
  });
  it('names a wrong format and what this version reads', () => {
    const scheme = { ...pointsScheme(), format: 'fazhi-scheme/2' };
    const [error] = errorsOf(checkScheme(scheme));
    expect(error!.code).toBe('format');
    expect(error!.message.en).toBe('format: expected the format "fazhi-scheme/1", got "fazhi-scheme/2": this version of fazhi reads fazhi-scheme/1 schemes only');
  });
  it('reports a bad enum value with the allowed values and a hint', () => {
    const scheme = { ...pointsScheme(), method: 'indx' };
    const [error] = errorsOf(checkScheme(scheme));
    expect(brief([error!])).toEqual([{ code: 'enum', path: 'method', expected: 'one of points, index', actual: '"indx"' }]);
    expect(error!.message.en).toBe('method: expected one of points, index, got "indx" (did you mean "index"?)');
  });
  it('reports a text in an unknown language as an unknown field of the text', () => {
    const scheme = { ...pointsScheme(), name: { 'zh-TW': '示例' } };
    expect(brief(errorsOf(checkScheme(scheme)))).toEqual([
      { code: 'unknown_property', path: 'name["zh-TW"]', expected: 'one of zh-Hant, zh-Hans, en', actual: '"zh-TW"' },
    ]);
  });
  it('reports a name that is neither a string nor a text object', () => {
    const scheme = { ...pointsScheme(), name: 3 };
    expect(brief(errorsOf(checkScheme(scheme)))).toEqual([
      { code: 'type', path: 'name', expected: 'a string, or an object with zh-Hant, zh-Hans, en', actual: '3' },
    ]);
  });
  it('reports a missing required field of the scheme and of a veto', () => {
    const scheme = pointsScheme() as unknown as Record<string, unknown> & { vetoes: Record<string, unknown>[] };
    delete scheme.version;
    delete scheme.vetoes[0]!.when;
    expect(brief(errorsOf(checkScheme(scheme)))).toEqual([
      { code: 'required', path: 'version', expected: 'a string', actual: 'missing' },
      { code: 'required', path: 'vetoes[0].when', expected: 'an object ({…})', actual: 'missing' },
    ]);
  });
  it('reports an unknown veto effect type with the known ones', () => {
    const scheme = pointsScheme() as unknown as { vetoes: { effect: unknown }[] };
    scheme.vetoes[0]!.effect = { type: 'fial' };
    expect(brief(errorsOf(checkScheme(scheme)))).toEqual([
      { code: 'enum', path: 'vetoes[0].effect.type', expected: 'one of fail, cap', actual: '"fial"' },
    ]);
  });
  it('rejects a non-finite number from YAML (.inf)', () => {
    const text = POINTS_SCHEME_YAML.replace('total: 10', 'total: .inf');
    expect(brief(errorsOf(checkScheme(text, { fileName: 'x.yml' })))).toEqual([
      { code: 'number.finite', path: 'total', expected: 'a finite number', actual: 'Infinity' },
    ]);
  });
  it('rejects something that is not an object at all', () => {
    expect(brief(errorsOf(checkScheme([1, 2])))).toEqual([{ code: 'type', path: '', expected: 'an object ({…})', actual: '[1,2]' }]);
    expect(brief(errorsOf(checkScheme('', { fileName: 'empty.yaml' })))).toEqual([{ code: 'text.empty', path: '', expected: 'a scheme', actual: 'an empty text' }]);
    expect(brief(errorsOf(checkScheme('# nothing but a comment\n', { fileName: 'comment.yaml' })))).toEqual([{ code: 'type', path: '', expected: 'an object ({…})', actual: 'null' }]);
  });
});

describe('checkScheme: syntax errors give line and column', () => {
  it('reports a trailing comma in JSON at its line and column', () => {
    const [error] = errorsOf(checkScheme('{\n  "id": "x",\n}', { fileName: 'x.json' }));
    expect(error).toMatchObject({ code: 'syntax', path: '', expected: 'valid JSON', line: 3, column: 1 });
    expect(error!.message.en).toBe('JSON syntax error: unexpected "}". Fix the text there and check again.');
    expect(error!.message['zh-Hant']).toBe('JSON 語法錯誤：此處不應出現 "}"。請修正此處後重新檢查。');
  });
  it('reports a YAML syntax error at its line', () => {
    const [error] = errorsOf(checkScheme('id: x\nname: [a, b\nversion: 1\n', { fileName: 'x.yaml' }));
    expect(error).toMatchObject({ code: 'syntax', expected: 'valid YAML' });
    expect(error!.line).toBeGreaterThanOrEqual(2);
  });
  it('rejects duplicate keys in YAML', () => {
    const [error] = errorsOf(checkScheme('id: x\nid: y\n', { fileName: 'x.yaml' }));
    expect(error).toMatchObject({ code: 'syntax', line: 2, column: 1 });
  });
  it('reads text without a known extension by its first character', () => {
    const [error] = errorsOf(checkScheme('{"id": 1,}'));
    expect(error).toMatchObject({ code: 'syntax', expected: 'valid JSON', line: 1, column: 10 });
  });
});

describe('checkScheme: JSON is strict JSON', () => {
  it('rejects duplicate keys in JSON, which JSON.parse would let pass', () => {
    const [error] = errorsOf(checkScheme('{"id": "a", "id": "b"}', { fileName: 'x.json' }));
    expect(error).toMatchObject({ code: 'syntax', expected: 'valid JSON', line: 1, column: 13 });
  });
  it('reads tab-indented JSON and strings that look like YAML syntax as JSON', () => {
    const scheme = { ...pointsScheme(), name: 'a: b # c', description: '&x *y !tag' };
    const check = checkScheme(JSON.stringify(scheme, null, '\t'), { fileName: 'x.json' });
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.scheme.description).toBe('&x *y !tag');
  });
});

describe('checkScheme: hints for YAML authors', () => {
  it('tells to quote a version YAML read as a number', () => {
    const text = POINTS_SCHEME_YAML.replace('version: "1"', 'version: 2019.1');
    const [error] = errorsOf(checkScheme(text, { fileName: 'x.yaml' }));
    expect(error).toMatchObject({ code: 'type', path: 'version', expected: 'a string', actual: '2019.1', line: 5, column: 10 });
    expect(error!.message.en).toBe('version: expected a string, got 2019.1: write it in quotes, "2019.1"');
    expect(error!.message['zh-Hans']).toBe('version：应为字符串，实为 2019.1：请加上引号写成 "2019.1"');
  });
});

describe('checkScheme under a Content Security Policy without unsafe-eval', () => {
  it('generates no code at run time: it works with the Function constructor and eval disabled', () => {
    const saved = { Function: globalThis.Function, eval: globalThis.eval };
    const refuse = () => {
      throw new EvalError('code generation from strings disallowed for this context');
    };
    try {
      (globalThis as Record<string, unknown>).Function = refuse;
      (globalThis as Record<string, unknown>).eval = refuse;
      const good = checkScheme(POINTS_SCHEME_YAML, { fileName: 'x.yaml' });
      const bad = checkScheme(JSON.stringify({ ...pointsScheme(), total: 'ten' }), { fileName: 'x.json' });
      expect(good.ok).toBe(true);
      // checkScheme keeps its validator; a fresh one shows that building it needs no code generation either.
      expect(new Validator(SCHEME_JSON_SCHEMA, '7', false).validate(pointsScheme()).valid).toBe(true);
      expect(brief(errorsOf(bad))).toEqual([{ code: 'type', path: 'total', expected: 'a number', actual: '"ten"' }]);
    } finally {
      (globalThis as Record<string, unknown>).Function = saved.Function;
      (globalThis as Record<string, unknown>).eval = saved.eval;
    }
  });
});

describe('checkScheme: keys that are names of Object.prototype', () => {
  it('reports __proto__ and constructor as unknown fields, in JSON and YAML, and pollutes nothing', () => {
    const json = JSON.stringify(pointsScheme()).replace('{', '{"__proto__": {"polluted": 1}, "constructor": 1, ');
    expect(brief(errorsOf(checkScheme(json, { fileName: 'x.json' }))).map((e) => [e.code, e.path])).toEqual([
      ['unknown_property', '__proto__'], ['unknown_property', 'constructor'],
    ]);
    const yaml = `__proto__: { polluted: 1 }\n${POINTS_SCHEME_YAML}`;
    expect(brief(errorsOf(checkScheme(yaml, { fileName: 'x.yaml' }))).map((e) => [e.code, e.path])).toEqual([['unknown_property', '__proto__']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('checkScheme: any input gets an answer, never an exception', () => {
  it('returns ok or errors for arbitrary values and texts (seeded)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.json()), fc.constantFrom(undefined, 'x.json', 'x.yaml'), (input, fileName) => {
        const check = checkScheme(input, fileName === undefined ? {} : { fileName });
        expect(typeof check.ok).toBe('boolean');
        if (!check.ok) expect(check.errors.length).toBeGreaterThan(0);
      }),
      { seed: 11, numRuns: 300 },
    );
  });
  it('answers for every structurally valid edit of a valid scheme: numbers anywhere become any finite number (seeded)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 40 }), (usePoints, numbers) => {
        const scheme = JSON.parse(JSON.stringify(usePoints ? pointsScheme() : indexScheme()), (_key, value: unknown) =>
          typeof value === 'number' ? numbers[Math.abs(Math.round(value * 7)) % numbers.length] : value) as unknown;
        const check = checkScheme(scheme);
        if (!check.ok) for (const error of check.errors) expect(error.message.en.startsWith(error.path)).toBe(true);
      }),
      { seed: 12, numRuns: 300 },
    );
  });
});
