import { describe, expect, it } from 'vitest';
import { park } from '../fixtures/park.ts';
import { PARK_CHARTS } from './park-specs.ts';

// The park's specs in Simplified Chinese, committed as golden files: a change to any chart shows in review as a diff
// of its spec. Regenerate with `pnpm exec vitest run packages/charts/test/specs/golden-specs.test.ts -u`.
describe('golden specs of the park (zh-Hans)', () => {
  it.each(PARK_CHARTS.map((c) => [c.name, c] as const))('%s equals its committed spec', async (name, chart) => {
    const spec = chart.build(await park(), 'zh-Hans');
    await expect(`${JSON.stringify(spec, null, 1)}\n`).toMatchFileSnapshot(`golden/${name.replace(/ /g, '-')}.zh-Hans.vl.json`);
  });
});
