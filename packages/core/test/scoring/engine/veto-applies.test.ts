import { describe, expect, it } from 'vitest';
import { vetoApplies } from '../../../src/scoring/engine/veto-applies.ts';

describe('vetoApplies', () => {
  it('compares the value with the threshold by each operator, boundaries included or not as written', () => {
    expect(vetoApplies({ op: '>=', value: 1 }, 1)).toBe(true);
    expect(vetoApplies({ op: '>', value: 1 }, 1)).toBe(false);
    expect(vetoApplies({ op: '<=', value: 0.5 }, 0.5)).toBe(true);
    expect(vetoApplies({ op: '<', value: 0.5 }, 0.5)).toBe(false);
    expect(vetoApplies({ op: '==', value: 0 }, 0)).toBe(true);
    expect(vetoApplies({ op: '==', value: 0 }, 1)).toBe(false);
  });

  it('never applies to a missing value', () => {
    expect(vetoApplies({ op: '<', value: 1 }, null)).toBe(false);
  });
});
