import { pearsonCorrelation } from './pearson-correlation.ts';
import { spearmanCorrelation } from './spearman-correlation.ts';

/**
 * The correlation of every pair of columns, Pearson's or Spearman's, each
 * over the rows both columns have (pairwise deletion); 1 on the diagonal of a
 * column that varies, null where no correlation can be told (see
 * {@link pearsonCorrelation}).
 *
 * @example
 * correlationMatrix([[1, 2, 3], [2, 4, 7], [3, 2, 1]], 'pearson')[0]; // [1, 0.9933992677987828, -1]
 */
export function correlationMatrix(columns: readonly (readonly (number | null)[])[], method: 'pearson' | 'spearman'): (number | null)[][] {
  const correlate = method === 'pearson' ? pearsonCorrelation : spearmanCorrelation;
  const matrix = columns.map(() => new Array<number | null>(columns.length).fill(null));
  for (let i = 0; i < columns.length; i++) {
    for (let j = i; j < columns.length; j++) {
      const r = correlate(columns[i]!, columns[j]!);
      const value = i === j && r !== null ? 1 : r;
      matrix[i]![j] = value;
      matrix[j]![i] = value;
    }
  }
  return matrix;
}
