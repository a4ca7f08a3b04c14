import { checkScheme, schemeText, type SchemeError } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { blameEdit, findingKey, placeFindings } from '../../../src/lib/scheme/edit-blame.ts';
import { editableFieldPaths } from '../../../src/lib/scheme/editable-fields.ts';
import { findingSentence } from '../../../src/lib/scheme/finding-sentence.ts';
import { schemeNodePath } from '../../../src/lib/scheme/scheme-node-path.ts';
import { schemePlace } from '../../../src/lib/scheme/scheme-place.ts';
import { repoScheme } from './scheme-fixtures.ts';

const errorsOf = (value: unknown): SchemeError[] => {
  const check = checkScheme(value);
  return check.ok ? [] : check.errors;
};

describe('blameEdit and placeFindings: the error an edit causes is shown at the field edited', () => {
  it('an item\'s points changed so its dimension no longer adds up: the sum error goes to that points field', () => {
    const { scheme } = repoScheme('sip-example-2019.yaml');
    const d = scheme.dimensions.findIndex((dim) => dim.items.some((i) => i.rule.type !== 'bonus'));
    const i = scheme.dimensions[d]!.items.findIndex((item) => item.rule.type !== 'bonus');
    const field = `dimensions[${d}].items[${i}].points`;
    const before = errorsOf(scheme);
    expect(before).toEqual([]);
    scheme.dimensions[d]!.items[i]!.points = (scheme.dimensions[d]!.items[i]!.points ?? 0) + 1;
    const after = errorsOf(scheme);
    expect(after.map((e) => e.path)).toContain(`dimensions[${d}].points`);
    const blamed = blameEdit(new Map(), before, after, field);
    const placed = placeFindings(after, editableFieldPaths(scheme), blamed);
    expect(placed.atField.get(field)?.map((e) => e.code)).toContain('points.dimension_sum');
    expect(placed.rest.map((e) => e.code)).not.toContain('points.dimension_sum');
    // Without the blame the same error sits at the dimension's own points field, where the old editor showed it.
    expect(placeFindings(after, editableFieldPaths(scheme), new Map()).atField.get(`dimensions[${d}].points`)?.map((e) => e.code)).toContain('points.dimension_sum');
  });

  it('keeps an error with the field that caused it through later edits elsewhere, and forgets it once fixed', () => {
    const sum = { code: 'points.dimension_sum', path: 'dimensions[1].points' };
    const other = { code: 'number.non_negative', path: 'dimensions[0].items[0].points' };
    const first = blameEdit(new Map(), [], [sum], 'dimensions[1].items[2].points');
    const second = blameEdit(first, [sum], [sum, other], 'dimensions[0].items[0].points');
    expect([...second]).toEqual([[findingKey(sum), 'dimensions[1].items[2].points'], [findingKey(other), 'dimensions[0].items[0].points']]);
    expect([...blameEdit(second, [sum, other], [other], 'dimensions[1].items[2].points')]).toEqual([[findingKey(other), 'dimensions[0].items[0].points']]);
  });

  it('leaves errors blamed on no shown field, or at no field, to their node', () => {
    const error = { code: 'x', path: 'dimensions[0]', expected: '', actual: '', message: { 'zh-Hant': '', 'zh-Hans': '', en: '' } };
    const placed = placeFindings([error], ['total'], new Map([[findingKey(error), 'dimensions[9].points']]));
    expect(placed.rest).toEqual([error]);
    expect(placed.atField.size).toBe(0);
  });
});

describe('schemePlace: names as the analyst sees them', () => {
  const { scheme } = repoScheme('sip-example-2019.yaml');
  const dimension = scheme.dimensions[1]!;
  const item = dimension.items[0]!;

  it('names the dimension and the item in the language, then the field\'s label', () => {
    expect(schemePlace(scheme, 'dimensions[1].points', 'zh-Hans')).toBe(`维度“${schemeText(dimension.name, 'zh-Hans')}” › 分值`);
    expect(schemePlace(scheme, 'dimensions[1].items[0].points', 'zh-Hant')).toBe(`維度「${schemeText(dimension.name, 'zh-Hant')}」 › 指標項「${schemeText(item.name, 'zh-Hant')}」 › 分值`);
    expect(schemePlace(scheme, 'dimensions[1].items[0].rule.best', 'en')).toBe(`Dimension "${schemeText(dimension.name, 'en')}" › Item "${schemeText(item.name, 'en')}" › Target`);
    expect(schemePlace(scheme, 'total', 'zh-Hans')).toBe('方案总分');
  });

  it('keeps the rest of the path for a node the editor does not show, and gives null outside the dimensions', () => {
    expect(schemePlace(scheme, 'dimensions[1].items[0].rule.bands[0].min', 'en')).toMatch(/› rule\.bands\[0\]\.min$/);
    expect(schemePlace(scheme, '', 'en')).toBeNull();
    expect(schemePlace(scheme, 'vetoes[0].when', 'en')).toBeNull();
  });
});

describe('findingSentence', () => {
  it('takes off the path core puts in front, in each language', () => {
    const { scheme } = repoScheme('sip-example-2019.yaml');
    scheme.total = (scheme.total ?? 100) + 5;
    const [error] = errorsOf(scheme).filter((e) => e.path === 'total');
    expect(error?.message.en.startsWith('total: ')).toBe(true);
    for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) {
      expect(findingSentence(error!, lang).startsWith('total')).toBe(false);
      expect(error!.message[lang].endsWith(findingSentence(error!, lang))).toBe(true);
    }
  });

  it('leaves a message of the whole scheme as it is', () => {
    const message = { 'zh-Hant': '甲', 'zh-Hans': '甲', en: 'a' };
    expect(findingSentence({ path: '', message }, 'en')).toBe('a');
  });
});

describe('schemeNodePath', () => {
  it('finds a node by identity, even when ids repeat', () => {
    const { scheme } = repoScheme('sip-example-2019.yaml');
    const item = scheme.dimensions[1]!.items[0]!;
    scheme.dimensions[0]!.items[0]!.id = item.id;
    expect(schemeNodePath(scheme, item)).toBe('dimensions[1].items[0]');
    expect(schemeNodePath(scheme, scheme)).toBe('');
    expect(schemeNodePath(scheme, scheme.dimensions[0]!)).toBe('dimensions[0]');
    expect(schemeNodePath(scheme, {})).toBeNull();
  });
});
