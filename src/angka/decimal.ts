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
 * written directly (`Decimal.precision = 5`) is undone at the next call of the library. 60 significant digits keep every quotient of inputs
 * with up to ~25 digits far from a rounding tie, so rounding the stored value once gives the same
 * digits as rounding the exact rational. `rounding: ROUND_HALF_UP` makes `.toFixed(2)` print the
 * Indonesian report convention.
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
for (const k of KUNCI) {
  Object.defineProperty(Decimal, k, { get: () => kini[k], set: (v: unknown) => void (kini[k] = v), enumerable: true });
}
const refuse = (): never => {
  throw new SakipError(ErrorCode.INVALID_OPTION, 'Decimal.set', 'Decimal.clone()');
};
Object.defineProperty(Decimal, 'set', { value: refuse, writable: false, configurable: false });
Object.defineProperty(Decimal, 'config', { value: refuse, writable: false, configurable: false });

/** Undoes a setting written from outside (see {@link Decimal}); cheap enough for every entry point. */
export function pulihkan(): void {
  for (const k of KUNCI) if (kini[k] !== TETAP[k]) kini[k] = TETAP[k];
}

/** An instance of the library's Decimal clone. @category Angka */
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const HUNDRED = new Decimal(100);
export const TWO = new Decimal(2);

/**
 * Freezes a result object (deeply, through plain objects and arrays) so it is plain data. decimal.js
 * stores each instance's constructor as an own enumerable property, which `structuredClone` cannot
 * copy; hiding it (non-enumerable, still readable by decimal.js) lets results cross
 * `structuredClone` and `postMessage` as `{ s, e, d }` data, while `JSON.stringify` prints the
 * exact decimal string.
 */
export function frozen<T>(value: T): T {
  if (value instanceof Decimal) {
    if (Object.prototype.propertyIsEnumerable.call(value, 'constructor')) {
      Object.defineProperty(value, 'constructor', { value: Decimal, enumerable: false, writable: false });
    }
    return value;
  }
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) frozen(v);
    Object.freeze(value);
  }
  return value;
}
