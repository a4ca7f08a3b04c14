/**
 * Eigenvalues and eigenvectors of a real symmetric matrix by the cyclic
 * Jacobi method (Golub & Van Loan, §8.5): rotations zero the off-diagonal
 * entries until their sum of squares is below 1e-24 of the matrix's. Sorted
 * by eigenvalue, largest first; each vector has unit length and its largest
 * entry positive, so the result does not depend on the machine. Meant for the
 * small matrices of a scheme's items (tens of rows).
 *
 * ml-matrix's EigenvalueDecomposition would do the same; it is a general
 * matrix library that the dashboard would bundle for this one use.
 *
 * @example
 * const { values, vectors } = symmetricEigen([[2, 1], [1, 2]]);
 * values; // [3, 1]
 * vectors[0]; // [0.7071067811865475, 0.7071067811865475]
 */
export function symmetricEigen(matrix: readonly (readonly number[])[]): {
  /** The eigenvalues, largest first. */
  values: number[];
  /** The eigenvector of each eigenvalue, in the same order. */
  vectors: number[][];
} {
  const n = matrix.length;
  const a = matrix.map((row) => [...row]);
  const v: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  let scale = 0;
  for (const row of a) for (const x of row) scale += x * x;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p]![q]! ** 2;
    if (off <= 1e-24 * scale || off === 0) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p]![q]!;
        if (apq === 0) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k]![p]!;
          const akq = a[k]![q]!;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p]![k]!;
          const aqk = a[q]![k]!;
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k]![p]!;
          const vkq = v[k]![q]!;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = a.map((_, i) => i).sort((i, j) => a[j]![j]! - a[i]![i]! || i - j);
  const values = order.map((i) => a[i]![i]!);
  const vectors = order.map((i) => {
    const column = v.map((row) => row[i]!);
    let largest = 0;
    for (const x of column) if (Math.abs(x) > Math.abs(largest) + 1e-12) largest = x;
    return largest < 0 ? column.map((x) => -x) : column;
  });
  return { values, vectors };
}
