import { catalogueEntry, INDICATOR_IDS } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { axisFormat } from '../../src/locale/axis-format.ts';
import { monthLabel } from '../../src/locale/month-label.ts';

describe('axisFormat', () => {
  it('gives every catalogue indicator a format: percent for rates and changes, grouped otherwise', () => {
    for (const id of INDICATOR_IDS) {
      const kind = catalogueEntry(id).kind;
      expect(axisFormat(id)).toBe(kind === 'rate' || kind === 'change' ? '.0%' : ',~r');
    }
  });

  it('throws a RangeError naming an indicator that is not in the catalogue', () => {
    expect(() => axisFormat('no.such' as never)).toThrow(/no\.such/);
  });
});

describe('monthLabel', () => {
  it('labels months 1月…12月 in Chinese and Jan…Dec in English, and refuses 0, 13 and 1.5', () => {
    expect([1, 12].map((m) => monthLabel(m, 'zh-Hant'))).toEqual(['1月', '12月']);
    expect([1, 12].map((m) => monthLabel(m, 'en'))).toEqual(['Jan', 'Dec']);
    for (const m of [0, 13, 1.5]) expect(() => monthLabel(m, 'en')).toThrow(RangeError);
  });
});
