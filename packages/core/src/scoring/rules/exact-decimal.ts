/**
 * Sums, differences, products and quotients of numbers written with few
 * decimals, computed on scaled integers so that the result is the double
 * nearest the exact decimal answer: 0.1 × 3 = 0.3 (not 0.30000000000000004),
 * 0.9 − 0.8 = 0.1, 10 − 0.3 = 9.7. Scheme points and per-event deductions are
 * such numbers, and a score sheet must show 9.7, not 9.700000000000001.
 * Exact results are never −0. When an operand has too many digits for exact integer arithmetic (e.g. 2/3),
 * the plain floating-point operation is used.
 *
 * @example
 * exactDecimal.product(0.1, 3); // 0.3
 * exactDecimal.difference(0.9, 0.8); // 0.1
 * exactDecimal.quotient(0.05, 0.1); // 0.5
 */
export const exactDecimal = {
  /** a + b, e.g. 0.1 + 0.2 = 0.3. */
  sum: (a: number, b: number): number => combine(a, b, (x, y) => x + y),
  /** a − b, e.g. 10 − 0.3 = 9.7. */
  difference: (a: number, b: number): number => combine(a, b, (x, y) => x - y),
  /** a × b, e.g. 0.1 × 3 = 0.3. */
  product(a: number, b: number): number {
    const x = scaled(a);
    const y = scaled(b);
    if (x === null || y === null) return a * b;
    const p = x.int * y.int;
    const decimals = x.decimals + y.decimals;
    if (!Number.isSafeInteger(p) || decimals > 22) return a * b;
    return p / 10 ** decimals + 0;
  },
  /** a ÷ b (Infinity or NaN for b = 0, as `/` gives), e.g. 0.05 ÷ 0.1 = 0.5. */
  quotient(a: number, b: number): number {
    const common = commonScale(a, b);
    return common === null ? a / b : common.a / common.b + 0;
  },
};

interface Scaled {
  int: number;
  decimals: number;
}

const MAX_DECIMALS = 15;

/** x as int / 10^decimals, or null when that cannot be exact. */
function scaled(x: number): Scaled | null {
  if (!Number.isFinite(x)) return null;
  const text = String(x);
  if (text.includes('e')) return null;
  const dot = text.indexOf('.');
  const decimals = dot < 0 ? 0 : text.length - dot - 1;
  if (decimals > MAX_DECIMALS) return null;
  const int = Number(dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1));
  return Number.isSafeInteger(int) ? { int, decimals } : null;
}

/** a and b as integers over the same power of ten, or null when that cannot be exact. */
function commonScale(a: number, b: number): { a: number; b: number; decimals: number } | null {
  const x = scaled(a);
  const y = scaled(b);
  if (x === null || y === null) return null;
  const decimals = Math.max(x.decimals, y.decimals);
  const xi = x.int * 10 ** (decimals - x.decimals);
  const yi = y.int * 10 ** (decimals - y.decimals);
  if (!Number.isSafeInteger(xi) || !Number.isSafeInteger(yi)) return null;
  return { a: xi, b: yi, decimals };
}

function combine(a: number, b: number, op: (x: number, y: number) => number): number {
  const common = commonScale(a, b);
  if (common === null) return op(a, b);
  const r = op(common.a, common.b);
  return Number.isSafeInteger(r) ? r / 10 ** common.decimals + 0 : op(a, b);
}
