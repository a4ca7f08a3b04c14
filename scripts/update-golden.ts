// Regenerates the golden indicator files of the bundled data sets:
//   pnpm golden
// The golden test (packages/core/test/golden/golden.test.ts) compares the
// committed files with a fresh computation; a difference is either a bug or an
// intended change, to be committed with the code that made it.
import { writeFileSync } from 'node:fs';
import { goldenCases, renderGolden } from './golden.ts';

for (const c of goldenCases) {
  writeFileSync(c.golden, await renderGolden(c.data));
  console.log(`wrote ${c.golden}`);
}
