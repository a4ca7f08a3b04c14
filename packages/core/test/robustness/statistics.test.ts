import { readFileSync } from 'node:fs';
import type { IndicatorRow } from '../../src/indicators/indicator-row.ts';
import { statisticalCoherence } from '../../src/robustness/statistical-coherence.ts';
import type { Scheme } from '../../src/scoring/scheme.ts';
import { scoreUnits } from '../../src/scoring/score-units.ts';
import { describe, expect, it } from 'vitest';
import { averageRanks } from '../../src/robustness/average-ranks.ts';
import { correlationMatrix } from '../../src/robustness/correlation-matrix.ts';
import { cronbachAlpha } from '../../src/robustness/cronbach-alpha.ts';
import { kurtosis } from '../../src/scoring/treatment/kurtosis.ts';
import { pearsonCorrelation } from '../../src/robustness/pearson-correlation.ts';
import { principalComponents } from '../../src/robustness/principal-components.ts';
import { skewness } from '../../src/scoring/treatment/skewness.ts';
import { spearmanCorrelation } from '../../src/robustness/spearman-correlation.ts';
import { symmetricEigen } from '../../src/robustness/symmetric-eigen.ts';

/** Fisher's iris data (Fisher 1936, as R's `datasets::iris`): 150 rows of four measurements. */
const iris = readFileSync(new URL('./fixtures/iris.csv', import.meta.url), 'utf8').trim().split('\n').slice(1)
  .map((line) => line.split(',').slice(0, 4).map(Number));
const irisColumns = [0, 1, 2, 3].map((j) => iris.map((row) => row[j]!));

describe('pearsonCorrelation and spearmanCorrelation', () => {
  it('agree with numpy.corrcoef and a hand-ranked example', () => {
    expect(pearsonCorrelation([1, 2, 3, 4], [2, 4, 6, 9])).toBeCloseTo(0.994376712684369, 12);
    expect(spearmanCorrelation([1, 2, 3, 4], [1, 4, 9, 100])).toBe(1);
    expect(spearmanCorrelation([1, 2, 3], [3, 2, 1])).toBe(-1);
  });
  it('use only the rows both columns have, and give null below 3 pairs or without spread', () => {
    expect(pearsonCorrelation([1, 2, null, 4, 5], [2, 4, 6, null, 10])).toBeCloseTo(1, 12);
    expect(pearsonCorrelation([1, 2, null, 4], [1, 2, 3, null])).toBeNull();
    expect(pearsonCorrelation([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(spearmanCorrelation([], [])).toBeNull();
  });
  it('averageRanks gives ties the mean of their ranks', () => {
    expect(averageRanks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
  });
  it('correlationMatrix is symmetric with 1 on the diagonal of a varying column and null for a constant one', () => {
    const m = correlationMatrix([[1, 2, 3], [2, 4, 7], [5, 5, 5]], 'pearson');
    expect(m[0]).toEqual([1, expect.closeTo(0.9933992677987828, 12), null]);
    expect(m[1]![0]).toBe(m[0]![1]);
    expect(m[2]![2]).toBeNull();
  });
});

describe('cronbachAlpha', () => {
  it('reproduces the worked example of thinkdeeply.cc "Survey reliability" (10 people, 4 items, α = 0.674, checked there with R ltm)', () => {
    const items = [[3, 3, 3, 5, 2, 4, 3, 3, 4, 3], [3, 3, 3, 4, 1, 4, 2, 4, 2, 3], [3, 4, 3, 4, 4, 4, 3, 3, 2, 2], [3, 3, 1, 5, 4, 5, 3, 3, 3, 3]];
    expect(cronbachAlpha(items)!.toFixed(3)).toBe('0.674');
  });
  it('drops rows with a gap and is null with one item, fewer than 3 complete rows or totals that do not vary', () => {
    expect(cronbachAlpha([[1, 2, 3, null], [1, 2, 3, 9]])).toBeCloseTo(1, 12);
    expect(cronbachAlpha([[1, 2, 3]])).toBeNull();
    expect(cronbachAlpha([[1, 2, null], [1, 2, 3]])).toBeNull();
    expect(cronbachAlpha([[1, 2, 3], [3, 2, 1]])).toBeNull();
  });
});

describe('skewness and kurtosis', () => {
  it('are Excel SKEW and KURT (scipy.stats skew / kurtosis with bias=False)', () => {
    expect(skewness([1, 2, 3, 10])).toBeCloseTo(1.763632614803888, 12);
    expect(kurtosis([1, 2, 3, 10])).toBeCloseTo(3.228, 12);
    expect(kurtosis([1, 2, 3, 4])).toBeCloseTo(-1.2, 12);
  });
  it('are null for too few values or no spread', () => {
    expect(skewness([1, 2])).toBeNull();
    expect(kurtosis([1, 2, 3])).toBeNull();
    expect(skewness([4, 4, 4, 4])).toBeNull();
  });
});

describe('symmetricEigen and principalComponents', () => {
  it('give the published eigenvalues of the correlation matrix of Fisher\'s iris data (2.9185, 0.9140, 0.1468, 0.0207)', () => {
    const r = correlationMatrix(irisColumns, 'pearson') as number[][];
    const pca = principalComponents(r);
    expect(pca.eigenvalues.map((v) => Number(v.toFixed(4)))).toEqual([2.9185, 0.914, 0.1468, 0.0207]);
    // R: summary(prcomp(iris[, 1:4], scale. = TRUE)) — proportion of variance 0.7296, 0.2285, 0.03669, 0.00518
    expect(pca.shares.map((v) => Number(v.toFixed(4)))).toEqual([0.7296, 0.2285, 0.0367, 0.0052]);
    expect(pca.cumulative[3]).toBeCloseTo(1, 12);
    // The first component loads on the petal measurements and sepal length alike (R's PC1: 0.521, −0.269, 0.580, 0.565, × √2.9185).
    expect(pca.loadings[0]!.map((x) => Number((x / Math.sqrt(pca.eigenvalues[0]!)).toFixed(3)))).toEqual([0.521, -0.269, 0.58, 0.565]);
  });
  it('returns unit eigenvectors with their largest entry positive, whatever the input order', () => {
    const { values, vectors } = symmetricEigen([[2, 1, 0], [1, 2, 0], [0, 0, 5]]);
    expect(values.map((v) => Number(v.toFixed(12)))).toEqual([5, 3, 1]);
    for (const v of vectors) {
      expect(v.reduce((s, x) => s + x * x, 0)).toBeCloseTo(1, 12);
      expect(Math.max(...v)).toBeGreaterThanOrEqual(Math.abs(Math.min(...v)));
    }
  });
});

describe('statisticalCoherence duplicate flag', () => {
  const scheme: Scheme = {
    format: 'fazhi-scheme/1', id: 'dup', version: '1', name: 'dup', total: 20,
    dimensions: [{ id: 'd', name: 'd', points: 20, items: [
      { id: 'appear', name: '出庭', indicator: 'litigation.head_appearance_rate', points: 10, rule: { type: 'target', target: 1, floor: 0 } },
      { id: 'filing', name: '報備', indicator: 'documents.filing_rate', points: 10, rule: { type: 'target', target: 1, floor: 0 } },
    ] }],
  };
  const stamp = { id: 'dup', version: '1', hash: 'sha256:0' };
  const rows = (units: number): IndicatorRow[] => [...'ABCDEFG'].slice(0, units).flatMap((unit, i) => ['litigation.head_appearance_rate', 'documents.filing_rate']
    .map((indicator) => ({ indicator, unit, year: 2019, numerator: i, denominator: 10, value: [0.2, 0.9, 0.5, 0.7, 0.3, 0.6, 0.8][i]! })));
  const duplicates = (units: number) => statisticalCoherence(scoreUnits(rows(units), scheme, stamp), scheme).flags.filter((f) => f.code === 'duplicate');

  it('needs 5 units with both items before r > 0.92 reads as a duplicate: on 3 or 4 units it happens by chance', () => {
    expect(duplicates(3)).toEqual([]);
    expect(duplicates(4)).toEqual([]);
    const five = duplicates(5);
    expect(five.map((f) => f.items)).toEqual([['appear', 'filing']]);
    expect(five[0]!.message['zh-Hant']).toBe('「出庭」與「報備」幾乎重複（r = 1，|r| > 0.92，5 個單位）：同一件事被計了兩次');
  });
});
