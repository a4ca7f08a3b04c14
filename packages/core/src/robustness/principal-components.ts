import { symmetricEigen } from './symmetric-eigen.ts';

/**
 * The principal components of a correlation matrix.
 *
 * @example
 * const pca: PrincipalComponents = principalComponents([[1, 0.5], [0.5, 1]]);
 */
export interface PrincipalComponents {
  /** Eigenvalues, largest first (the variance each component explains, in items). */
  eigenvalues: number[];
  /** Each eigenvalue's share of the total variance (the trace), 0–1. */
  shares: number[];
  /** Running sum of the shares. */
  cumulative: number[];
  /** Loadings: component × item, the eigenvector scaled by √eigenvalue (the item's correlation with the component). */
  loadings: number[][];
}

/**
 * Principal component analysis of a correlation matrix (OECD/JRC Handbook,
 * step 4): its eigenvalues, their shares of the variance and the loadings.
 * Negative eigenvalues (a pairwise-deleted matrix need not be positive
 * semi-definite) are kept as they are, with loadings of 0.
 *
 * @example
 * principalComponents([[1, 0.5], [0.5, 1]]).eigenvalues; // [1.5, 0.5]
 * principalComponents([[1, 0.5], [0.5, 1]]).shares; // [0.75, 0.25]
 */
export function principalComponents(correlations: readonly (readonly number[])[]): PrincipalComponents {
  const { values, vectors } = symmetricEigen(correlations);
  const trace = correlations.reduce((s, row, i) => s + row[i]!, 0);
  const shares = values.map((v) => (trace > 0 ? v / trace : 0));
  let running = 0;
  const cumulative = shares.map((s) => (running += s));
  const loadings = vectors.map((vector, k) => vector.map((x) => x * Math.sqrt(Math.max(0, values[k]!))));
  return { eigenvalues: values, shares, cumulative, loadings };
}
