import { describe, expect, it } from 'vitest';
import { UnitIds } from '../../src/indicators/unit-ids.ts';

describe('UnitIds', () => {
  it('UnitIds numbers names in the order first seen and gives a known name its id again', () => {
    const ids = new UnitIds();
    expect([ids.id('乙'), ids.id('甲'), ids.id('乙')]).toEqual([0, 1, 0]);
    expect(ids.names).toEqual(['乙', '甲']);
  });

  it('ids() writes −1 for a null or missing unit and reads only the first count units', () => {
    const ids = new UnitIds();
    const out = new Int32Array(4).fill(9);
    ids.ids(['甲', null, undefined, '乙'], 3, out);
    expect([...out]).toEqual([0, -1, -1, 9]);
  });
});
