import { describe, expect, it } from 'vitest';
import { itemStatus } from '../../../src/scoring/engine/item-status.ts';

describe('itemStatus', () => {
  it('is met at full points, near from 80% and missed below, by default', () => {
    expect(itemStatus(10, 10)).toBe('met');
    expect(itemStatus(8, 10)).toBe('near');
    expect(itemStatus(9.99, 10)).toBe('near');
    expect(itemStatus(7.99, 10)).toBe('missed');
    expect(itemStatus(0, 10)).toBe('missed');
  });

  it('reads the thresholds of the scheme', () => {
    expect(itemStatus(9, 10, { met: 0.9, near: 0.5 })).toBe('met');
    expect(itemStatus(5, 10, { met: 0.9, near: 0.5 })).toBe('near');
    expect(itemStatus(4, 10, { met: 0.9, near: 0.5 })).toBe('missed');
  });

  it('treats a share a rounding error short of a threshold as reaching it', () => {
    expect(itemStatus(0.1 * 3 * 10, 3)).toBe('met');
    expect(itemStatus(2.4000000000000004 - 1e-15, 3)).toBe('near');
  });

  it('is null without points earned or with no positive points possible (bonus items, z-scores)', () => {
    expect(itemStatus(null, 10)).toBeNull();
    expect(itemStatus(1, 0)).toBeNull();
    expect(itemStatus(1, null)).toBeNull();
  });
});
