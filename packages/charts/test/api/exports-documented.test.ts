import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportDocs } from '../../../core/test/api/export-docs.ts';

const indexFile = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

describe('@fazhi/charts public API', () => {
  const docs = exportDocs(indexFile);

  it('exports every chart builder and kpiTiles', () => {
    const names = docs.map((d) => d.name);
    for (const name of ['yearlyComparisonSpec', 'trendSpec', 'monthlyComparisonSpec', 'rankingSpec', 'heatmapSpec', 'compositionSpec', 'kpiTiles', 'ChartLang', 'ChartBase', 'KpiTile']) {
      expect(names).toContain(name);
    }
  });

  it('every export of packages/charts/src/index.ts has a doc comment with a summary and an @example', () => {
    const offenders = docs.filter((d) => d.missing.length > 0).map((d) => `${d.file}: ${d.name} lacks ${d.missing.join(', ')}`);
    expect(offenders.sort()).toEqual([]);
  });
});
