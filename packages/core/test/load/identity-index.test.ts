import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecordSource } from '../../src/datasets/records.ts';
import { IdentityIndex } from '../../src/load/identity-index.ts';

describe('IdentityIndex', () => {
  it('IdentityIndex answers get and set like a Map, through growth and colliding identities', () => {
    const key = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('(2019)苏0591行初1号', '（2019）苏0591行初1号', ''), fc.nat(5000).map(String));
    fc.assert(
      fc.property(fc.array(fc.record({ key, set: fc.boolean() }), { maxLength: 3000 }), (ops) => {
        const index = new IdentityIndex();
        const map = new Map<string, RecordSource>();
        ops.forEach(({ key, set }, row) => {
          expect(index.get(key)).toBe(map.get(key));
          if (set) {
            const source = { file: 'a.csv', row };
            index.set(key, source);
            map.set(key, source);
          }
        });
        expect(index.size).toBe(map.size);
        for (const [k, v] of map) expect(index.get(k)).toBe(v);
      }),
      { seed: 11, numRuns: 60 },
    );
  });

  it('IdentityIndex.set without a get first adds the identity, and replaces an existing one', () => {
    const index = new IdentityIndex();
    const a = { file: 'a.csv', row: 2 };
    const b = { file: 'b.csv', row: 3 };
    index.set('x', a);
    expect(index.get('x')).toBe(a);
    index.set('x', b);
    expect(index.get('x')).toBe(b);
    expect(index.size).toBe(1);
  });
});

describe('IdentityIndex.reserve', () => {
  it('IdentityIndex.reserve keeps every identity and the one pending after a missed get', () => {
    const index = new IdentityIndex();
    const sources = Array.from({ length: 3000 }, (_, row) => ({ file: 'a.csv', row }));
    for (let i = 0; i < 1500; i++) index.set(`k${i}`, sources[i] as RecordSource);
    expect(index.get('k1500')).toBeUndefined();
    index.reserve(100_000);
    index.set('k1500', sources[1500] as RecordSource);
    for (let i = 1501; i < 3000; i++) index.set(`k${i}`, sources[i] as RecordSource);
    expect(index.size).toBe(3000);
    for (let i = 0; i < 3000; i++) expect(index.get(`k${i}`)).toBe(sources[i]);
    expect(index.get('k3000')).toBeUndefined();
  });
});

describe('IdentityIndex.later', () => {
  it('IdentityIndex.later adds the handed-over identities only when the index is next used, and only once', () => {
    const index = new IdentityIndex();
    let calls = 0;
    index.later((i) => {
      calls++;
      i.set('(2019)苏0591行初1号', { file: 'a.csv', row: 2 });
    });
    expect(calls).toBe(0);
    expect(index.isEmpty).toBe(false);
    expect(index.get('(2019)苏0591行初1号')).toEqual({ file: 'a.csv', row: 2 });
    expect(index.size).toBe(1);
    expect(calls).toBe(1);
  });

  it('IdentityIndex.isEmpty is true only with no identity held and none handed over', () => {
    const index = new IdentityIndex();
    expect(index.isEmpty).toBe(true);
    index.later(() => undefined);
    expect(index.isEmpty).toBe(false);
    expect(index.size).toBe(0);
    expect(index.isEmpty).toBe(true);
    index.set('x', { file: 'a.csv', row: 2 });
    expect(index.isEmpty).toBe(false);
  });
});
