import type { SchemeVeto } from '../scheme.ts';

/**
 * Whether a veto's condition holds for a value; a missing value (null) never
 * triggers a veto.
 *
 * @example
 * vetoApplies({ op: '>=', value: 1 }, 1);    // true
 * vetoApplies({ op: '>=', value: 1 }, 0);    // false
 * vetoApplies({ op: '>=', value: 1 }, null); // false
 */
export function vetoApplies(when: SchemeVeto['when'], value: number | null): boolean {
  if (value === null) return false;
  switch (when.op) {
    case '>=': return value >= when.value;
    case '>': return value > when.value;
    case '<=': return value <= when.value;
    case '<': return value < when.value;
    case '==': return value === when.value;
  }
}
