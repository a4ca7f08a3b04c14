// A TypeScript consumer of the published packages: it must type-check under `strict` without `skipLibCheck`, with
// moduleResolution node16 and bundler (tsconfig.node16.json, tsconfig.bundler.json). It is type-checked, not run.
import {
  checkScheme,
  computeIndicators,
  loadDataSet,
  scoreUnits,
  type DataSet,
  type IndicatorRow,
  type FileReport,
  type UnitScore,
} from '@fazhi/core';
import { kpiTiles, rankingSpec, yearlyComparisonSpec, type ChartLang } from '@fazhi/charts';
import { renderPng, renderSvg } from '@fazhi/charts/render';
import { main } from '@fazhi/cli';

export async function assess(files: { name: string; bytes: Uint8Array }[], schemeText: string, lang: ChartLang): Promise<string> {
  const data: DataSet = await loadDataSet(files);
  const loaded: readonly FileReport[] = data.files;
  const rows: IndicatorRow[] = computeIndicators(data.records).rows;
  const check = checkScheme(schemeText, { fileName: 'scheme.yaml' });
  if (!check.ok) return check.errors.map((e) => e.message[lang]).join('\n');
  const scores: UnitScore[] = scoreUnits(rows, check.scheme, check.stamp, { years: [2019] });
  const tiles = kpiTiles(rows, { lang, year: 2019 });
  const ranking = rankingSpec(scores, { lang, year: 2019 });
  const svg: string = await renderSvg(ranking, { lang });
  const png: Uint8Array = await renderPng(yearlyComparisonSpec(rows, { lang, indicator: 'litigation.lost_cases', years: [2018, 2019] }), { lang });
  return `${loaded.length} files, ${tiles.length} tiles, ${svg.length} + ${png.byteLength} bytes`;
}

export async function runCli(): Promise<number> {
  return main(['indicators', '--data', 'fixtures/sip-2019'], { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });
}
