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

/** The most decimals a figure may be rounded to or printed with. */
export const DESIMAL_MAKS = 20;

/**
 * The decimals rule, in one place for the library, the batch, the spreadsheet functions and the
 * CLI: a whole number from 0 to {@link DESIMAL_MAKS}, else `SAKIP_INVALID_OPTION` naming `field`.
 */
export function checkDecimals(decimals: unknown, field = 'decimals'): number {
  if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > DESIMAL_MAKS) {
    throw new SakipError(ErrorCode.INVALID_OPTION, field, decimals);
  }
  return decimals;
}

/**
 * A decimals option typed by hand (a spreadsheet cell, a command-line argument): a number, or one
 * or two digits as text, then the rule of {@link checkDecimals}.
 */
export function decimalsDariTeks(value: unknown, field: string): number {
  const text = typeof value === 'string' ? value.trim() : '';
  return checkDecimals(text.length > 0 && text.length <= 2 && /^\d+$/.test(text) ? Number(text) : value, field);
}
