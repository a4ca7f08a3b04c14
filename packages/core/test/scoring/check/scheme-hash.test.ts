import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { schemeHash } from '../../../src/scoring/scheme-hash.ts';
import { POINTS_SCHEME_YAML, pointsScheme } from './scheme-fixtures.ts';

describe('schemeHash', () => {
  it('is sha256: and the hex digest of the canonical JSON', () => {
    // sha256 of '{"a":1}' (canonical JSON of { a: 1 }), as `printf '{"a":1}' | sha256sum` gives it.
    expect(schemeHash({ a: 1 })).toBe('sha256:015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862');
  });
  it('is the same for the YAML and the JSON of a scheme, and ignores $schema', () => {
    const fromYaml = parse(POINTS_SCHEME_YAML) as Record<string, unknown>;
    expect(schemeHash(fromYaml)).toBe(schemeHash(pointsScheme()));
    expect(schemeHash({ $schema: './scheme.schema.json', ...pointsScheme() })).toBe(schemeHash(pointsScheme()));
  });
  it('changes when any value changes', () => {
    expect(schemeHash({ ...pointsScheme(), version: '2' })).not.toBe(schemeHash(pointsScheme()));
  });
});
