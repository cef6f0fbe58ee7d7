import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The library's own Decimal constructor: a clone of decimal.js, so that neither the host app's
 * `Decimal.set(...)` nor ours leaks across. 60 significant digits keep every quotient of inputs
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
export const Decimal = DecimalJs.clone({
  precision: 60,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
  minE: -9e15,
  maxE: 9e15,
});

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
