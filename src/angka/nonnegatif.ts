import type { Decimal } from './decimal.js';
import { toDecimal, type Angka, type InputOptions } from './input.js';
import { ErrorCode, SakipError } from '../errors.js';

/**
 * True when a figure is below zero: the one sign test of the library. Minus zero is zero, so
 * `-0` (a Decimal of −0, or the batch reader's integer −0 from `'-0'`) is not negative.
 */
export function negatif(x: Decimal | number): boolean {
  return typeof x === 'number' ? x < 0 : x.isNegative() && !x.isZero();
}

/** Refuses a figure below zero with `SAKIP_NEGATIVE`, naming `field` and the value as given. */
export function tolakNegatif(x: Decimal | number, field: string, value: unknown): void {
  if (negatif(x)) throw new SakipError(ErrorCode.NEGATIVE, field, value);
}

/** An amount that must not be negative (a pagu, a realisasi, a weight), read through the input gate. */
export function nonNegative(value: Angka, field: string, options: InputOptions = {}): Decimal {
  const x = toDecimal(value, field, options);
  tolakNegatif(x, field, value);
  return x;
}
