import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenCases, renderGolden } from '../../../../scripts/golden.ts';

describe('golden indicator files', () => {
  for (const c of goldenCases) {
    it(`${c.golden.split('/').pop()} equals a fresh computation of ${c.data.split('/').pop()} (regenerate with pnpm golden)`, async () => {
      expect(await renderGolden(c.data)).toBe(readFileSync(c.golden, 'utf8'));
    });
  }
});
