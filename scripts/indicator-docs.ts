// The indicator tables of docs/indicators.md — the catalogue at a glance and the formula of each indicator — written
// from the declarations (INDICATOR_DECLARATIONS in @fazhi/core), between their <!-- …:start --> / <!-- …:end --> markers:
//   pnpm docs:indicators            rewrites the tables in docs/indicators.md
//   pnpm docs:indicators --check    exits with 1 when they differ from the declarations (scripts/test/indicator-docs.test.ts
//                                   checks the same in pnpm test)
import { readFileSync, writeFileSync } from 'node:fs';
import { indicatorDocs } from './indicator-docs/indicator-tables.ts';

const file = new URL('../docs/indicators.md', import.meta.url);
const current = readFileSync(file, 'utf8');
const fresh = indicatorDocs(current);
if (process.argv.includes('--check')) {
  if (fresh !== current) {
    console.error('docs/indicators.md: the indicator tables differ from the declarations; run pnpm docs:indicators and commit it');
    process.exit(1);
  }
  console.log('docs/indicators.md: the indicator tables are current');
} else if (fresh !== current) {
  writeFileSync(file, fresh);
  console.log('docs/indicators.md: indicator tables written');
} else {
  console.log('docs/indicators.md: indicator tables already current');
}
