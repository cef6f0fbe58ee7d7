import { Decimal as DecimalJs } from 'decimal.js';
import { ErrorCode, SakipError } from '../errors.js';

// The settings as the library fixes them. decimal.js itself writes `precision` and `rounding` for
// a moment inside some methods (pow, sqrt, ln, …) and restores them, so they stay writable; a
// write from outside is undone by `pulihkan` before the library computes.
const TETAP = Object.freeze({
  precision: 60,
  rounding: DecimalJs.ROUND_HALF_UP as DecimalJs.Rounding,
  toExpNeg: -60,
  toExpPos: 60,
  minE: -9e15,
  maxE: 9e15,
  modulo: DecimalJs.ROUND_DOWN as DecimalJs.Modulo,
  crypto: false,
});
type Setelan = keyof typeof TETAP;
const KUNCI = Object.keys(TETAP) as Setelan[];

/**
 * The library's own Decimal constructor: a clone of decimal.js, so that neither the host app's
 * `Decimal.set(...)` nor ours leaks across. It cannot be reconfigured: `Decimal.set` / `Decimal.config`
 * throw `SAKIP_INVALID_OPTION` (use `Decimal.clone({...})` for a copy of your own), and a setting
 * written directly (`Decimal.precision = 5`) is undone at the next call of the library.
 * `rounding: ROUND_HALF_UP` makes `.toFixed(2)` print the Indonesian report convention.
 *
 * Why 60 significant digits (P = 60) are enough. A figure is a quotient q = A / B of integers
 * (for capaian F1, A = 100 × R and B = T with both scaled to integers), stored rounded to P
 * digits, off by at most half a unit in the 60th digit: ½ × 10^(E − P + 1) for 10^E ≤ |q|.
 * Rounding the stored figure to d decimals gives the digits of rounding q itself unless the
 * storing moved q onto or across a rounding point (a tie k + ½ for the half modes, a grid point
 * for `down` / `up`). Such a point has at most E + d + 2 digits, so it is itself a P-digit
 * figure, and a q that is not on it lies at least 1 / (2 × 10^d × B) away (the difference is a
 * non-zero integer over 2 × 10^d × B). With B ≤ |A| / 10^E that distance exceeds the storing
 * error whenever **|A| < 10^(P − 1 − d)**. The per-row calls compute only numerators below
 * 100 × 2^52 < 10^18 (see `angka/digit.ts`), so every `decimals` option (d ≤ 20) is exact there;
 * with the default 2 decimals the bound is 10^57, which inputs of up to 40 digits
 * (`BATAS_MASUKAN.digit`) meet unless target and realisasi differ by more than 14 places in
 * their decimals. Past the bound a tie can be missed (0,125 − 10^−70 stores as 0,125), which
 * test/perrow.test.ts shows along with the bound itself.
 *
 * @category Angka
 * @example
 * ```ts
 * import { Decimal } from 'sakip';
 * new Decimal('1.005').toFixed(2); // '1.01'
 * ```
 */
export const Decimal = DecimalJs.clone({ ...TETAP });

const kini: Record<Setelan, unknown> = { ...TETAP };
// Set by every write, so that `pulihkan` costs one test while nothing was written.
let ditulis = false;
for (const k of KUNCI) {
  Object.defineProperty(Decimal, k, {
    get: () => kini[k],
    set: (v: unknown) => {
      kini[k] = v;
      ditulis = true;
    },
    enumerable: true,
  });
}
const refuse = (): never => {
  throw new SakipError(ErrorCode.INVALID_OPTION, 'Decimal.set', 'Decimal.clone()');
};
Object.defineProperty(Decimal, 'set', { value: refuse, writable: false, configurable: false });
Object.defineProperty(Decimal, 'config', { value: refuse, writable: false, configurable: false });

/** Undoes a setting written from outside (see {@link Decimal}); cheap enough for every entry point. */
export function pulihkan(): void {
  if (!ditulis) return;
  for (const k of KUNCI) if (kini[k] !== TETAP[k]) kini[k] = TETAP[k];
  ditulis = false;
}

/** An instance of the library's Decimal clone. @category Angka */
export type Decimal = InstanceType<typeof Decimal>;

/**
 * The prototype of Decimals the library builds from their parts: decimal.js's own, with
 * `constructor` naming the library's clone. decimal.js reads the settings through
 * `x.constructor`; the constructor stores it on each instance, where it is enumerable and would
 * stop `structuredClone` (see {@link frozen}). Here it is inherited, so an instance has only its
 * data (`s`, `e`, `d`) as own fields and needs no property redefined after it is made.
 */
const PROTO = Object.create(Decimal.prototype, {
  constructor: { value: Decimal, enumerable: false, writable: false, configurable: false },
}) as object;

interface Bagian {
  s: number;
  e: number;
  d: number[];
}
const Terbangun = function (this: Bagian, s: number, e: number, d: number[]) {
  this.s = s;
  this.e = e;
  this.d = d;
} as unknown as { new (s: number, e: number, d: number[]): Decimal; prototype: object };
Terbangun.prototype = PROTO;

/**
 * A Decimal of the library's clone from its parts, in decimal.js's canonical form: sign `s`
 * (1 or −1), `e` the power of ten of the first digit, `d` base-10^7 words aligned on the units
 * digit, without trailing zero words (`[0]` and `e` 0 for zero). The caller guarantees the form.
 */
export function dariBagian(s: 1 | -1, e: number, d: number[]): Decimal {
  return new Terbangun(s, e, d);
}

// Frozen (see `tetap`): a result that holds one cannot be used to change it.
export const ZERO = tetap(new Decimal(0));
export const HUNDRED = tetap(new Decimal(100));
export const TWO = tetap(new Decimal(2));

/**
 * Freezes a result object (deeply, through plain objects and arrays) so it is plain data. decimal.js
 * stores each instance's constructor as an own enumerable property, which `structuredClone` cannot
 * copy; such a Decimal is replaced by the same figure built by {@link dariBagian}, whose
 * constructor is inherited, so results cross `structuredClone` and `postMessage` as `{ s, e, d }`
 * data while `JSON.stringify` prints the exact decimal string. (Rebuilding costs one small object;
 * redefining the property in place, as before, moved every instance to a slower shape.)
 */
export function frozen<T>(value: T): T {
  if (value instanceof Decimal) return tetap(value) as T;
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    const o = value as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (v instanceof Decimal) o[k] = tetap(v);
      else frozen(v);
    }
    Object.freeze(value);
  }
  return value;
}

/**
 * A Decimal without an own `constructor`, frozen with its digit words: itself when it is one
 * already, else the same figure rebuilt on a copy of its words. decimal.js never changes a value
 * in place, but a caller could (`result.value.d[0] = 5`): frozen, a figure in a result or a table
 * cannot be changed, and the copy keeps the value it was made from (the caller's, or a constant
 * such as {@link HUNDRED}) apart from it.
 */
function tetap(x: Decimal): Decimal {
  if (Object.isFrozen(x) && !Object.prototype.propertyIsEnumerable.call(x, 'constructor')) return x;
  // Always a copy: the Decimal may be the caller's, which stays as it was.
  const words = x.d as number[] | null;
  const y = dariBagian(x.s as 1 | -1, x.e, words === null ? (words as never) : words.slice());
  Object.freeze(y.d);
  return Object.freeze(y);
}
