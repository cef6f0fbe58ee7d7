import { Decimal } from '../angka/decimal.js';
import { isBlank, toDecimal, type Angka, type InputOptions } from '../angka/input.js';
import { bacaPolos, Skala } from '../angka/digit.js';

/**
 * A number read for the fast path: value = m × 10^-s with m a safe integer. `ok` is false when
 * the value does not fit (too many digits), and the caller takes the exact path.
 */
export interface Scaled {
  m: number;
  s: number;
  blank: boolean;
  ok: boolean;
}

const MAX_DIGITS = 15;
const POLOS = new Skala();

/**
 * Reads a plain numeric string or number through the library's own fast reader (`bacaPolos`, the
 * one the input gate itself uses, so the number-style rules stay in `angka/`), and anything else
 * through the input gate; writes into `out` to avoid allocation.
 */
export function readScaled(x: Angka | null | undefined, column: string, index: number, options: InputOptions, out: Scaled): void {
  out.blank = false;
  out.ok = true;
  if (isBlank(x)) {
    out.blank = true;
    return;
  }
  if (bacaPolos(x, options.locale, POLOS)) {
    // bacaPolos reads '-0' as 0 (neg false), as the gate does: 0 − m never makes a −0 here.
    out.m = POLOS.neg ? 0 - POLOS.m : POLOS.m;
    out.s = POLOS.s;
    return;
  }
  // The field name is built only here, off the hot path.
  fromDecimal(toDecimal(x as Angka, `${column}[${index}]`, options), out);
}

function fromDecimal(d: Decimal, out: Scaled): void {
  const s = Math.max(0, d.decimalPlaces());
  if (d.precision(true) > MAX_DIGITS || s > 20) {
    out.ok = false;
    return;
  }
  out.m = Number(d.times(`1e${s}`).toFixed(0));
  out.s = s;
}

/** A number, string, bigint, Decimal or blank: what the fast path reads (ranges and ratios go the exact way). */
export function scalar(x: unknown): boolean {
  if (x === null || typeof x !== 'object') return true;
  try {
    return x instanceof Decimal;
  } catch {
    return false; // a Proxy that refuses to be inspected takes the exact path, where the gate refuses it
  }
}
