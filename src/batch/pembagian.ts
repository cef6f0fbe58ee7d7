import type { Decimal as DecimalJs } from 'decimal.js';
import { Decimal } from '../angka/decimal.js';
import { checkDecimals, roundingMode, type Rounding } from '../angka/round.js';
import type { AlasanNA } from '../capaian/na.js';
import { ErrorCode, SakipError } from '../errors.js';

const LIMIT = 2 ** 50;
// The decimal.js constants the filter tells apart, read once.
const NEAREST_FROM = Decimal.ROUND_HALF_UP;
const DOWN = Decimal.ROUND_DOWN;
const UP = Decimal.ROUND_UP;
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The floating-point filter: a / b × 10^k rounded to an integer under `mode`, a decimal.js
 * rounding constant taken from the `roundings` table, where a and b are safe integers. The double
 * quotient is within 3 ulp of the exact one; when the exact value is farther than a wide margin
 * from the point where the rounding decision changes (x.5 for the modes that round to nearest,
 * integers for the ones that round toward or away from zero), the double decides it exactly.
 * Otherwise, and for any other kind of mode, it returns NaN and the caller takes the exact
 * decimal path. `k` ≤ 22 keeps 10^k exact.
 */
export function roundedQuotient(a: number, b: number, k: number, mode: DecimalJs.Rounding): number {
  const q = (a / b) * POW10[k]!;
  const abs = q < 0 ? -q : q;
  if (!(abs < LIMIT)) return Number.NaN;
  const whole = Math.floor(abs);
  const f = abs - whole;
  const tol = abs * 1e-13 + 1e-300;
  let r: number;
  // decimal.js numbers its modes so that those from ROUND_HALF_UP on round to the nearest
  // integer (they differ only on a tie, which goes to the exact path).
  if (mode >= NEAREST_FROM) {
    if (Math.abs(f - 0.5) <= tol) return Number.NaN;
    r = f > 0.5 ? whole + 1 : whole;
  } else if (mode === DOWN || mode === UP) {
    if (f <= tol || 1 - f <= tol) return Number.NaN;
    r = mode === DOWN ? whole : whole + 1;
  } else {
    return Number.NaN;
  }
  return q < 0 ? -r : r;
}

export { POW10 };

/** The output columns and rounding settings every batch starts with. */
export function startBatch(n: number, otherLength: number, options: { decimals?: number; rounding?: Rounding }) {
  if (otherLength !== n) {
    throw new SakipError(ErrorCode.INVALID_OPTION, 'realisasi', otherLength, `panjang kolom harus ${n}`);
  }
  const decimals = options.decimals ?? 2;
  checkDecimals(decimals);
  const rounding = options.rounding ?? 'half-up';
  return {
    decimals,
    rounding,
    dmode: roundingMode(rounding),
    scaled: new Float64Array(n),
    reason: new Array<AlasanNA | null>(n).fill(null),
    large: new Map<number, Decimal>(),
  };
}
