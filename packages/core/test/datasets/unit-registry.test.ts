import { describe, expect, it } from 'vitest';
import { UnitRegistry, unitKey } from '../../src/datasets/unit-registry.ts';

describe('UnitRegistry', () => {
  it('UnitRegistry resolves names and aliases in either script to the registry name', () => {
    const reg = new UnitRegistry([{ unit: '園區司法局', aliases: ['司法局', '法制辦'] }]);
    expect(reg.resolve('園區司法局')).toEqual({ name: '園區司法局', known: true });
    expect(reg.resolve('园区司法局')).toEqual({ name: '園區司法局', known: true });
    expect(reg.resolve(' 法制办 ')).toEqual({ name: '園區司法局', known: true });
  });
  it('UnitRegistry keeps an unknown unit under its first spelling and flags it unknown', () => {
    const reg = new UnitRegistry([{ unit: '司法局', aliases: [] }]);
    expect(reg.resolve('公安局')).toEqual({ name: '公安局', known: false });
    expect(reg.resolve('公 安 局')).toEqual({ name: '公安局', known: false });
  });
  it('UnitRegistry without a registry makes the first spelling seen canonical and everything known', () => {
    const reg = new UnitRegistry();
    expect(reg.resolve('蘇州工業園區司法局')).toEqual({ name: '蘇州工業園區司法局', known: true });
    expect(reg.resolve('苏州工业园区司法局')).toEqual({ name: '蘇州工業園區司法局', known: true });
  });
  it('unitKey normalises width, spaces, case and script', () => {
    expect(unitKey('ＧＤＰ 辦')).toBe(unitKey('gdp办'));
  });
});
