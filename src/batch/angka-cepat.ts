import { Decimal } from '../angka/decimal.js';
import { isBlank, toDecimal, type Angka, type InputOptions } from '../angka/input.js';
import { ambiguPolos } from '../angka/parse.js';

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

/**
 * Reads a plain decimal string ("5.15", "-12", "0.7323") straight from its character codes, and
 * anything else through the library's input gate; writes into `out` to avoid allocation.
 */
export function readScaled(x: Angka | null | undefined, column: string, index: number, options: InputOptions, out: Scaled): void {
  out.blank = false;
  out.ok = true;
  if (isBlank(x)) {
    out.blank = true;
    return;
  }
  if (typeof x === 'number' && Number.isSafeInteger(x)) {
    out.m = x;
    out.s = 0;
    return;
  }
  // The fast reader only takes what the input gate reads the same way: JS notation under 'en',
  // and under 'auto' anything but '1.234'-like strings (which the gate refuses as ambiguous).
  if (typeof x === 'string' && options.locale !== 'id' && plain(x, out, options.locale !== 'en')) return;
  // The field name is built only here, off the hot path.
  fromDecimal(toDecimal(x as Angka, `${column}[${index}]`, options), out);
}

/** Parses /^-?\d+(\.\d+)?$/ with at most 15 significant digits; false for anything else. */
function plain(str: string, out: Scaled, refuseAmbiguous: boolean): boolean {
  const n = str.length;
  let i = 0;
  let neg = false;
  // Longer strings (leading zeros, many decimals) go through the gate, which applies the limits.
  if (n === 0 || n > 40) return false;
  if (str.charCodeAt(0) === 45) {
    neg = true;
    i = 1;
  }
  let m = 0;
  let digits = 0;
  let s = -1;
  let any = false;
  for (; i < n; i++) {
    const c = str.charCodeAt(i);
    if (c === 46) {
      if (s >= 0 || !any) return false;
      s = 0;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) return false;
    any = true;
    if (m !== 0 || d !== 0) digits++;
    if (digits > MAX_DIGITS) return false;
    m = m * 10 + d;
    if (s >= 0) s++;
  }
  if (!any || s === 0) return false;
  // What the gate refuses as ambiguous is the parser's decision, asked here.
  if (refuseAmbiguous && ambiguPolos(str, s)) return false;
  // 0 − m, not −m: '-0' is zero, as the parser reads it, not −0.
  out.m = neg ? 0 - m : m;
  out.s = s < 0 ? 0 : s;
  return true;
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
