// A plain Node script of another project that installed @fazhi/core, @fazhi/charts and @fazhi/cli from npm: no
// TypeScript, no loader. Usage: node consumer.mjs DATA_DIR OUT_DIR. Prints the indicator rows as JSON on stdout.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeIndicators, loadDataSet } from '@fazhi/core';
import { indicatorTable } from '@fazhi/core/table';
import { yearlyComparisonSpec } from '@fazhi/charts';
import { renderPng, renderSvg } from '@fazhi/charts/render';

const [dataDir, outDir] = process.argv.slice(2);
const names = readdirSync(dataDir).filter((name) => /\.(csv|xlsx)$/i.test(name)).sort();
const data = await loadDataSet(names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dataDir, name))) })));
const { rows } = computeIndicators(data.records);
if (indicatorTable(rows).numRows() !== rows.length) throw new Error('indicatorTable lost rows');

const spec = yearlyComparisonSpec(rows, { lang: 'zh-Hans', indicator: 'litigation.lost_cases', years: [2018, 2019] });
const svg = await renderSvg(spec, { lang: 'zh-Hans' });
if (!svg.includes('<svg')) throw new Error('renderSvg returned no SVG');
writeFileSync(join(outDir, 'lost-cases.svg'), svg);
writeFileSync(join(outDir, 'lost-cases.png'), await renderPng(spec, { lang: 'zh-Hans' }));

process.stdout.write(JSON.stringify(rows));
