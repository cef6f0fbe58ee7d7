import type { Decimal } from '../angka/decimal.js';
import { checkDecimals, roundingMode, type Rounding } from '../angka/round.js';
import type { AlasanNA } from '../capaian/na.js';
import { ErrorCode, SakipError } from '../errors.js';

const LIMIT = 2 ** 50;
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** Rounding modes as small integers for the hot loop. */
export const MODE: Record<Rounding, number> = { 'half-up': 0, 'half-even': 1, down: 2, up: 3 };

/**
 * The floating-point filter: a / b × 10^k rounded to an integer under `mode`, where a and b are
 * safe integers. The double quotient is within 3 ulp of the exact one; when the exact value is
 * farther than a wide margin from the point where the rounding decision changes (x.5 for the
 * half modes, integers for down / up), the double decides it exactly. Otherwise it returns NaN
 * and the caller takes the exact decimal path. `k` ≤ 22 keeps 10^k exact.
 */
export function roundedQuotient(a: number, b: number, k: number, mode: number): number {
  const q = (a / b) * POW10[k]!;
  const abs = q < 0 ? -q : q;
  if (!(abs < LIMIT)) return Number.NaN;
  const whole = Math.floor(abs);
  const f = abs - whole;
  const tol = abs * 1e-13 + 1e-300;
  let r: number;
  if (mode <= 1) {
    if (Math.abs(f - 0.5) <= tol) return Number.NaN;
    r = f > 0.5 ? whole + 1 : whole;
  } else {
    if (f <= tol || 1 - f <= tol) return Number.NaN;
    r = mode === 2 ? whole : whole + 1;
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
    mode: MODE[rounding],
    scaled: new Float64Array(n),
    reason: new Array<AlasanNA | null>(n).fill(null),
    large: new Map<number, Decimal>(),
  };
}
