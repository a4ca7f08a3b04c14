import { checkScheme, schemeHash } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { schemeFile } from '../../../src/lib/scheme/scheme-file.ts';
import { writeSchemeNumber } from '../../../src/lib/scheme/scheme-number.ts';
import { repoScheme } from './scheme-fixtures.ts';

describe('schemeFile', () => {
  it('gives an unedited scheme back as its original file, byte for byte', () => {
    const { source, scheme } = repoScheme('sip-example-2019.yaml');
    expect(schemeFile(source, scheme, false)).toEqual({ name: source.name, text: source.text, type: 'application/yaml' });
  });

  it('writes an edited YAML scheme that checks back to the same hash as the edited state, comments and unchanged lines kept', () => {
    const { source, scheme } = repoScheme('sip-example-2019.yaml');
    const litigation = scheme.dimensions[1]!;
    writeSchemeNumber(litigation.items[0]!, ['points'], 12, true);
    writeSchemeNumber(litigation.items[1]!, ['points'], 8, true);
    writeSchemeNumber(litigation.items[1]!, ['rule', 'floor'], null, false);
    writeSchemeNumber(litigation.items[0]!, ['rule', 'cap'], 6, false);
    const state = checkScheme(scheme);
    expect(state.ok).toBe(true);

    const file = schemeFile(source, scheme, true);
    expect(file.name).toBe('sip-example-2019-edited.yaml');
    const back = checkScheme(file.text, { fileName: file.name });
    expect(back.ok && state.ok && back.stamp.hash === state.stamp.hash).toBe(true);
    expect(back.ok && back.stamp.hash).not.toBe(schemeHash(repoScheme('sip-example-2019.yaml').scheme));
    expect(file.text).toContain('# 2 points per lost case, at most the item\'s 10 (扣完為止)');
    expect(file.text).toContain('# yaml-language-server: $schema=./scheme.schema.json');
    expect(file.text).toMatch(/id: lost-cases[\s\S]{0,200}points: 12/);
    expect(file.text).toContain('rule: { type: target, target: 0.8 }');
    const changed = file.text.split('\n').filter((line) => !source.text.split('\n').includes(line));
    expect(changed.length).toBeLessThanOrEqual(4);
  });

  it('writes an edited JSON scheme as JSON with its $schema, checking back to the same hash', () => {
    const { source, scheme } = repoScheme('doing-business-2020.json');
    writeSchemeNumber(scheme.dimensions[0]!, ['weight'], 2, false);
    writeSchemeNumber(scheme.dimensions[0]!.items[0]!, ['rule', 'best'], 90, true);
    const state = checkScheme(scheme);
    const file = schemeFile(source, scheme, true);
    expect(file.name).toBe('doing-business-2020-edited.json');
    expect(file.type).toBe('application/json');
    const parsed = JSON.parse(file.text) as Record<string, unknown>;
    expect(Object.keys(parsed)[0]).toBe('$schema');
    const back = checkScheme(file.text, { fileName: file.name });
    expect(back.ok && state.ok && back.stamp.hash === state.stamp.hash).toBe(true);
  });

  it('does not pile up -edited suffixes when an edited file is edited again', () => {
    const { source, scheme } = repoScheme('sip-example-2019.yaml');
    expect(schemeFile({ ...source, name: 'sip-example-2019-edited.yaml' }, scheme, true).name).toBe('sip-example-2019-edited.yaml');
    expect(schemeFile({ ...source, name: 'scheme' }, scheme, true).name).toBe('scheme-edited.yaml');
  });

  it('writes a scheme with an emptied required field as null, so the file shows what is missing', () => {
    const { source, scheme } = repoScheme('sip-example-2019.yaml');
    writeSchemeNumber(scheme.dimensions[0]!.items[0]!, ['points'], null, true);
    const text = schemeFile(source, scheme, true).text;
    expect(text).toMatch(/id: filing-rate[\s\S]{0,200}points: null/);
  });
});
