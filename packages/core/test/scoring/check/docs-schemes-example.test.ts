import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkScheme } from '../../../src/scoring/check-scheme.ts';

const docs = readFileSync(fileURLToPath(new URL('../../../../../docs/schemes.md', import.meta.url)), 'utf8');

describe('docs/schemes.md', () => {
  it('every complete YAML scheme in it (a block starting with the yaml-language-server line) passes checkScheme without warnings', () => {
    const blocks = [...docs.matchAll(/```yaml\n(# yaml-language-server[\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const check = checkScheme(block, { fileName: 'docs.yaml' });
      expect(check.ok ? check.warnings : check.errors).toEqual([]);
    }
  });
  it('ends with the results section heading', () => {
    expect(docs).toContain('\n## Scored results (fazhi score --format json)\n');
  });
});
