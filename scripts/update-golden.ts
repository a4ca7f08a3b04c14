// Regenerates the golden files of the bundled data sets (indicators, and
// scores under the shipped schemes):
//   pnpm golden
// The golden tests (packages/core/test/golden/golden.test.ts and
// scores-golden.test.ts) compare the committed files with a fresh
// computation; a difference is either a bug or an intended change, to be
// committed with the code that made it.
import { writeFileSync } from 'node:fs';
import { goldenCases, renderGolden, renderScoreGolden, scoreGoldenCases } from './golden.ts';

for (const c of goldenCases) {
  writeFileSync(c.golden, await renderGolden(c.data));
  console.log(`wrote ${c.golden}`);
}
for (const c of scoreGoldenCases) {
  writeFileSync(c.golden, await renderScoreGolden(c));
  console.log(`wrote ${c.golden}`);
}
