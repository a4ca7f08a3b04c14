import { describe, expect, it } from 'vitest';
import { renderValue } from '../../../src/scoring/check/render-value.ts';

describe('renderValue', () => {
  it('quotes a value as JSON, missing for undefined, non-finite numbers by name', () => {
    expect(renderValue('two')).toBe('"two"');
    expect(renderValue(2019.1)).toBe('2019.1');
    expect(renderValue(null)).toBe('null');
    expect(renderValue({ item: '程序' })).toBe('{"item":"程序"}');
    expect(renderValue(undefined)).toBe('missing');
    expect(renderValue(Infinity)).toBe('Infinity');
  });
  it('cuts long values to 60 characters', () => {
    const text = renderValue('x'.repeat(100));
    expect(text).toHaveLength(58);
    expect(text.endsWith('…')).toBe(true);
  });
});
