import type { Decimal } from './decimal.js';
import { tulisAngka } from './digit.js';
import { checkDecimals, roundingMode, type Rounding } from './round.js';

/** The rounding a caller asked for, recorded in each result. @category Angka */
export interface Pembulatan {
  readonly decimals: number;
  readonly rounding: Rounding;
}

/** Options shared by every computation that returns a figure. @category Angka */
export interface HasilOptions {
  /** Round the result to this many decimals (into `.rounded`); `.value` stays exact. */
  decimals?: number;
  /** Rounding mode for `decimals`; default `'half-up'`. */
  rounding?: Rounding;
}

/** Validates the rounding options once, and returns what the result records. */
export function pembulatanOf(options: HasilOptions): Pembulatan | null {
  if (options.decimals === undefined) {
    if (options.rounding !== undefined) roundingMode(options.rounding);
    return null;
  }
  checkDecimals(options.decimals);
  const rounding = options.rounding ?? 'half-up';
  roundingMode(rounding);
  return Object.freeze({ decimals: options.decimals, rounding });
}

export function applyPembulatan(value: Decimal | null, p: Pembulatan | null): Decimal | null {
  if (value === null || p === null) return null;
  return value.toDecimalPlaces(p.decimals, roundingMode(p.rounding));
}

/** The figure as an explanation prints it: the caller's rounding, else 2 decimals half-up. */
export function shown(value: Decimal, p: Pembulatan | null): string {
  return tulisAngka(value, p?.decimals ?? 2, p?.rounding ?? 'half-up');
}

/** An input as an explanation prints it: exact, Indonesian style. */
export function inputText(value: Decimal): string {
  return tulisAngka(value);
}
