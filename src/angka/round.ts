import { opsi } from './bentuk.js';
import type { Decimal as DecimalJs } from 'decimal.js';
import { Decimal, frozen } from './decimal.js';
import { toDecimal, type Angka, type InputOptions } from './input.js';
import { ErrorCode, SakipError } from '../errors.js';

/**
 * A named rounding mode. `'half-up'` is the convention of printed reports (1,005 → 1,01);
 * `'half-even'` is banker's rounding; `'down'` truncates toward zero (some reports do);
 * `'up'` rounds away from zero.
 *
 * @category Angka
 */
export type Rounding = 'half-up' | 'half-even' | 'down' | 'up';

/** The rounding modes with their decimal.js constants and a one-line statement. @category Angka */
export const roundings: Readonly<Record<Rounding, { readonly mode: DecimalJs.Rounding; readonly uraian: string }>> =
  Object.freeze({
    'half-up': Object.freeze({ mode: Decimal.ROUND_HALF_UP, uraian: 'setengah ke atas (konvensi laporan)' }),
    'half-even': Object.freeze({ mode: Decimal.ROUND_HALF_EVEN, uraian: 'setengah ke genap (banker)' }),
    down: Object.freeze({ mode: Decimal.ROUND_DOWN, uraian: 'dipotong (truncate)' }),
    up: Object.freeze({ mode: Decimal.ROUND_UP, uraian: 'selalu ke atas (menjauhi nol)' }),
  });

/** How a figure is to be rounded: a number of decimals and a named mode. @category Angka */
export interface RoundOptions {
  /** Digits after the decimal separator, 0 … 20. */
  decimals: number;
  /** Default `'half-up'`. */
  rounding?: Rounding;
}

/**
 * Rounds once, at the end, to `decimals` places with a named mode.
 *
 * @category Angka
 * @example
 * ```ts
 * import { round } from 'sakip';
 * round(1.005, 2).toFixed(2);                   // '1.01' ((1.005).toFixed(2) is '1.00')
 * round('1,005', 2, 'half-up', { locale: 'id' }).toFixed(2); // '1.01'
 * round('54,2085', 2, 'down').toFixed(2);      // '54.20'
 * round('2,5', 0, 'half-even').toString();     // '2'
 * ```
 */
export function round(
  value: Angka,
  decimals: number,
  rounding: Rounding = 'half-up',
  options: InputOptions = {},
): Decimal {
  checkDecimals(decimals);
  return frozen(toDecimal(value, 'value', opsi(options)).toDecimalPlaces(decimals, roundingMode(rounding)));
}

/** The decimal.js constant of a named mode, or a typed error for an unknown name. */
export function roundingMode(rounding: Rounding): DecimalJs.Rounding {
  const entry = typeof rounding === 'string' && Object.prototype.hasOwnProperty.call(roundings, rounding) ? roundings[rounding] : undefined;
  if (!entry) throw new SakipError(ErrorCode.INVALID_OPTION, 'rounding', rounding);
  return entry.mode;
}

/** Validates a decimals option. */
export function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new SakipError(ErrorCode.INVALID_OPTION, 'decimals', decimals);
  }
}
