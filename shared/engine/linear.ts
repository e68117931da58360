/** Small dense linear systems, for the loops inside a process map. */

/**
 * Solve A x = b in place by Gaussian elimination with partial pivoting. `a` is row-major
 * n x n. Returns undefined when the system is singular (a loop no case can leave).
 */
export function solveDense(a: Float64Array, b: Float64Array, n: number): Float64Array | undefined {
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++)
      if (Math.abs(a[row * n + col] as number) > Math.abs(a[pivot * n + col] as number))
        pivot = row;
    const p = a[pivot * n + col] as number;
    if (Math.abs(p) < 1e-12) return undefined;
    if (pivot !== col) {
      for (let k = 0; k < n; k++) {
        const t = a[col * n + k] as number;
        a[col * n + k] = a[pivot * n + k] as number;
        a[pivot * n + k] = t;
      }
      const t = b[col] as number;
      b[col] = b[pivot] as number;
      b[pivot] = t;
    }
    for (let row = col + 1; row < n; row++) {
      const f = (a[row * n + col] as number) / p;
      if (f === 0) continue;
      for (let k = col; k < n; k++)
        a[row * n + k] = (a[row * n + k] as number) - f * (a[col * n + k] as number);
      b[row] = (b[row] as number) - f * (b[col] as number);
    }
  }
  const x = new Float64Array(n);
  for (let row = n - 1; row >= 0; row--) {
    let sum = b[row] as number;
    for (let k = row + 1; k < n; k++) sum -= (a[row * n + k] as number) * (x[k] as number);
    x[row] = sum / (a[row * n + row] as number);
  }
  return x;
}
