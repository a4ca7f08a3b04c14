import { describe, expect, test } from 'vitest';
import { exportUnitName } from '../../../src/lib/export/export-unit.ts';
import { LANGS } from '../../../src/lib/i18n/lang.ts';

describe('exportUnitName(unit, lang)', () => {
  test("keeps the data's own spelling in every language, Simplified or Traditional", () => {
    for (const written of ['苏州工业园区司法局', '蘇州工業園區司法局']) expect(LANGS.map((lang) => exportUnitName(written, lang))).toEqual([written, written, written]);
  });

  test('names the jurisdiction in the language', () => {
    expect(LANGS.map((lang) => exportUnitName('*', lang))).toEqual(['全區', '全区', 'Whole jurisdiction']);
  });
});
