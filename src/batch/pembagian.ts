import type { Decimal as DecimalJs } from 'decimal.js';
import { Decimal } from '../angka/decimal.js';
import { checkDecimals, roundingMode, roundings, type Rounding } from '../angka/round.js';
import { alasanNA, type AlasanNA } from '../capaian/na.js';
import { ErrorCode, SakipError } from '../errors.js';

const LIMIT = 2 ** 50;
const DUA52 = 2 ** 52;
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * How a rounding mode moves a magnitude w + f (w an integer, 0 ≤ f < 1) to an integer: +0 or +1,
 * by the sign, the parity of w, and where f lies: 0, below one half, one half, above one half.
 * Every mode decimal.js defines decides on nothing else (it compares the discarded digits with
 * zero and with one half, and looks at the sign and at the kept digit's parity), so each table is
 * filled by asking decimal.js itself to round one representative of each case: the rule stays
 * decimal.js's, read once. Only the modes of the `roundings` table have one; any other mode is
 * left to the exact path.
 */
export interface Tabel {
  readonly naik: Uint8Array;
  /** Whether the decision changes at an integer (it does not for the modes to nearest). */
  readonly tepiBulat: boolean;
  /** Whether it changes at one half (it does not for the modes toward or away from zero). */
  readonly tepiSetengah: boolean;
}

/** Where the fraction lies: exactly 0, in (0, ½), exactly ½, in (½, 1). */
const NOL = 0;
const BAWAH = 1;
const SETENGAH = 2;
const ATAS = 3;

function tabelBulat(mode: DecimalJs.Rounding): Tabel {
  const t = new Uint8Array(16);
  for (let neg = 0; neg < 2; neg++) {
    for (let odd = 0; odd < 2; odd++) {
      for (let c = NOL; c <= ATAS; c++) {
        const w = 2 + odd;
        const x = new Decimal(w + c / 4).times(neg ? -1 : 1);
        t[indeks(neg === 1, odd, c)] = x.toDecimalPlaces(0, mode).abs().minus(w).toNumber();
      }
    }
  }
  let tepiBulat = false;
  let tepiSetengah = false;
  for (let i = 0; i < 16; i += 4) {
    // Just below an integer, at it and just above: the same integer, or the edge matters.
    if (!(t[i + NOL] === 0 && t[i + BAWAH] === 0 && t[i + ATAS] === 1)) tepiBulat = true;
    if (!(t[i + BAWAH] === t[i + SETENGAH] && t[i + SETENGAH] === t[i + ATAS])) tepiSetengah = true;
  }
  return { naik: t, tepiBulat, tepiSetengah };
}

function indeks(neg: boolean, odd: number, c: number): number {
  return (neg ? 8 : 0) + odd * 4 + c;
}

const TABEL: (Tabel | undefined)[] = [];
for (const { mode } of Object.values(roundings)) TABEL[mode] = tabelBulat(mode);

/**
 * a / b × 10^k rounded to an integer under `mode` (a decimal.js constant), for safe integers a
 * and b ≠ 0 (k ≤ 22 keeps 10^k exact); NaN when it cannot be decided here, and the caller takes
 * the exact decimal path. First the floating-point filter: the double quotient is within 3 ulp
 * of the exact one, so when it lies farther than a wide margin (10^−13 relative) from the points
 * where the mode's decision changes (an integer, one half past it), it tells the case. Near those points the case
 * is decided exactly instead, by integer division with remainder in doubles, while
 * |a| × 10^k ≤ 2^52.
 *
 * With `exact` false, a and b are any doubles each within 16 ulp of the true figures (a total too
 * long for a safe integer): the quotient is then within 34 ulp (under 10^−14 relative), still far
 * inside the margin, and near a deciding point the answer is NaN.
 */
export function roundedQuotient(a: number, b: number, k: number, mode: DecimalJs.Rounding, exact = true): number {
  const tabel = TABEL[mode];
  return tabel === undefined ? Number.NaN : bagiBulat(a, b, k, tabel, exact);
}

/** The table of a mode, for a loop that divides many times; undefined for a mode without one. */
export function tabelMode(mode: DecimalJs.Rounding): Tabel | undefined {
  return TABEL[mode];
}

/** {@link roundedQuotient} with the mode's table given. */
export function bagiBulat(a: number, b: number, k: number, tabel: Tabel, exact: boolean): number {
  const q = (a / b) * POW10[k]!;
  // −0 counts as negative: decimal.js keeps the sign of a zero quotient (0 / −5 is −0, printed '-0.00').
  const neg = q < 0 || (q === 0 && 1 / q < 0);
  const abs = neg ? -q : q;
  if (!(abs < LIMIT)) return Number.NaN;
  const w = Math.floor(abs);
  const f = abs - w;
  const tol = abs * 1e-13 + 1e-300;
  // Near a point where the mode's decision changes, the exact step decides. Elsewhere the side
  // of one half is the case (for a mode that does not look at one half, both sides give the same).
  if ((tabel.tepiBulat && (f <= tol || f >= 1 - tol)) || (tabel.tepiSetengah && f >= 0.5 - tol && f <= 0.5 + tol)) {
    return exact ? dekat(a, b, k, tabel, neg) : Number.NaN;
  }
  return naik(w, f < 0.5 ? BAWAH : ATAS, tabel, neg);
}

/** w moved as the table says, with the sign put back. */
function naik(w: number, c: number, tabel: Tabel, neg: boolean): number {
  // The parity without `%`, which on a double past 2^31 is a call of C's fmod (w / 2 is exact).
  const m = w + tabel.naik[indeks(neg, w - 2 * Math.floor(w / 2), c)]!;
  return neg ? -m : m;
}

/**
 * The case near a deciding point, exactly: |a| × 10^k = w × |b| + r by integer division with
 * remainder in doubles, every product below 2^53; NaN past |a| × 10^k or |b| > 2^52.
 */
function dekat(a: number, b: number, k: number, tabel: Tabel, neg: boolean): number {
  const n = (a < 0 ? -a : a) * POW10[k]!;
  const d = b < 0 ? -b : b;
  if (!(n <= DUA52 && d <= DUA52)) return Number.NaN;
  let w = Math.floor(n / d);
  let r = n - w * d;
  // The double quotient is within one of the true one's floor, either way.
  if (r < 0) {
    w--;
    r += d;
  } else if (r >= d) {
    w++;
    r -= d;
  }
  const dua = 2 * r;
  return naik(w, r === 0 ? NOL : dua < d ? BAWAH : dua === d ? SETENGAH : ATAS, tabel, neg);
}

export { POW10 };

/** NA reasons as codes in a byte column: 0 for none, i + 1 for the i-th reason of `alasanNA`. */
const ALASAN = Object.keys(alasanNA) as AlasanNA[];
const KODE = new Map(ALASAN.map((a, i) => [a, i + 1]));

export function kodeAlasan(a: AlasanNA): number {
  return KODE.get(a)!;
}

/**
 * The reasons column of a result as the public array, built on first read from the byte codes
 * (most callers read only the figures; a million-row array of nulls is not made for them) and
 * kept for the next read.
 */
export function alasanDari(kode: Uint8Array): (AlasanNA | null)[] {
  let out = DIBACA.get(kode);
  if (out === undefined) {
    out = [];
    for (let i = 0; i < kode.length; i++) out.push(kode[i] === 0 ? null : ALASAN[kode[i]! - 1]!);
    DIBACA.set(kode, out);
  }
  return out;
}

const DIBACA = new WeakMap<Uint8Array, (AlasanNA | null)[]>();

/** The output columns and rounding settings every batch starts with. */
export function startBatch(n: number, otherLength: number, options: { decimals?: number; rounding?: Rounding }) {
  if (otherLength !== n) {
    throw new SakipError(ErrorCode.INVALID_OPTION, 'realisasi', otherLength, `panjang kolom harus ${n}`);
  }
  const decimals = options.decimals ?? 2;
  checkDecimals(decimals);
  const rounding = options.rounding ?? 'half-up';
  const dmode = roundingMode(rounding);
  return {
    decimals,
    rounding,
    dmode,
    scaled: new Float64Array(n),
    kode: new Uint8Array(n),
    large: new Map<number, Decimal>(),
  };
}
