import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identityClasses } from '../../src/load/identity-classes.ts';

/** The reference: a Map from identity to its first index. */
function byMap(identities: readonly (string | null)[]): number[] {
  const first = new Map<string, number>();
  return identities.map((identity, i) => {
    if (identity === null) return -1;
    if (!first.has(identity)) first.set(identity, i);
    return first.get(identity) as number;
  });
}

describe('identityClasses', () => {
  it('identityClasses gives each identity the first index holding it, and -1 to null', () => {
    expect([...identityClasses(['a', 'b', 'a', null, 'b', 'c'])]).toEqual([0, 1, 0, -1, 1, 5]);
    expect([...identityClasses([])]).toEqual([]);
  });

  it('identityClasses agrees with a Map at every size, through many buckets and identities that differ in one character', () => {
    const identity = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 3 }),
      fc.constantFrom('(2019)苏0591行初1号', '（2019）苏0591行初1号', ''),
      fc.nat(3000).map((n) => `(2019)苏0591行初${n}号`),
    );
    fc.assert(
      fc.property(fc.array(identity, { maxLength: 5000 }), (identities) => {
        expect([...identityClasses(identities)]).toEqual(byMap(identities));
      }),
      { seed: 5, numRuns: 80 },
    );
  });

  it('identityClasses agrees with a Map for 200,000 identities with repeats far apart', () => {
    const identities = Array.from({ length: 200_000 }, (_, i) => (i % 7 === 3 ? null : `FY-${(i * 7919) % 150_001}`));
    expect([...identityClasses(identities)]).toEqual(byMap(identities));
  });
});
