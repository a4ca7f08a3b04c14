import { describe, expect, test } from 'vitest';
import { unitLabel } from '../../src/index.ts';

describe('unitLabel(unit, lang)', () => {
  test("prints a unit in the reader's script whichever script the data spells it in, and as written in English", () => {
    for (const written of ['苏州工业园区司法局', '蘇州工業園區司法局']) {
      expect(unitLabel(written, 'zh-Hant')).toBe('蘇州工業園區司法局');
      expect(unitLabel(written, 'zh-Hans')).toBe('苏州工业园区司法局');
      expect(unitLabel(written, 'en')).toBe(written);
    }
  });

  test('names the jurisdiction in the language and leaves names without Chinese alone', () => {
    expect(['zh-Hant', 'zh-Hans', 'en'].map((lang) => unitLabel('*', lang as 'zh-Hant'))).toEqual(['全區', '全区', 'Whole jurisdiction']);
    expect(unitLabel('Bureau 7', 'zh-Hant')).toBe('Bureau 7');
  });
});
