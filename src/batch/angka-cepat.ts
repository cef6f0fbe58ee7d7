import { Decimal } from '../angka/decimal.js';
import { isBlank, toDecimal, type Angka, type InputOptions } from '../angka/input.js';
import { bacaPolos, Skala } from '../angka/digit.js';
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
  /**
   * When `ok` is false: the value as a double within 16 ulp (see {@link kiraDari}), or NaN when
   * it is not made (too many digits, or a power of ten beyond 10^±22 needed). For the filters that tolerate
   * an inexact operand.
   */
  kira?: number;
}

/** A fresh reading slot, every field present from the start (one object shape on the hot path). */
export function slot(): Scaled {
  return { m: 0, s: 0, blank: false, ok: true, kira: Number.NaN };
}


const MAX_DIGITS = 15;
const POLOS = new Skala();

/**
 * Reads a plain decimal string ('5.15', '-12', '0.7323') straight from its character codes, other
 * plain numerals and numbers through the library's own fast reader (`bacaPolos`, the one the input
 * gate uses), and anything else through the input gate; writes into `out` to avoid allocation.
 */
export function readScaled(x: Angka | null | undefined, column: string, index: number, options: InputOptions, out: Scaled): void {
  out.blank = false;
  out.ok = true;
  if (isBlank(x)) {
    out.blank = true;
    return;
  }
  const locale = options.locale;
  // The shortcut only takes what the gate reads the same way: JS notation under 'en', and under
  // 'auto' anything but '1.234'-like strings (which the gate refuses as ambiguous).
  if (typeof x === 'string' && (locale === 'en' || locale === undefined || locale === 'auto') && plain(x, out, locale !== 'en')) return;
  if (bacaPolos(x, locale, POLOS)) {
    // bacaPolos reads '-0' as 0 (neg false), as the gate does: 0 − m never makes a −0 here.
    out.m = POLOS.neg ? 0 - POLOS.m : POLOS.m;
    out.s = POLOS.s;
    return;
  }
  // The field name is built only here, off the hot path.
  fromDecimal(toDecimal(x as Angka, `${column}[${index}]`, options), out);
}

/**
 * /^-?\d+(\.\d+)?$/ with at most 15 significant digits and 20 decimals; false for anything else.
 * Two tight loops (whole part, then decimals); the digit count is checked once at the end, as
 * m < 10^15: m is exact while it stays below 2^53, and once past 10^15 it cannot come back.
 */
function plain(str: string, out: Scaled, refuseAmbiguous: boolean): boolean {
  const n = str.length;
  // Longer strings (leading zeros, many decimals) go through the gate, which applies the limits.
  if (n === 0 || n > 40) return false;
  const neg = str.charCodeAt(0) === 45;
  let i = neg ? 1 : 0;
  const start = i;
  let m = 0;
  let c = 0;
  for (; i < n; i++) {
    c = str.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    m = m * 10 + c;
  }
  if (i === start) return false;
  let s = 0;
  if (i < n) {
    // Only a '.' followed by digits to the end.
    if (c !== -2) return false;
    const first = ++i;
    for (; i < n; i++) {
      c = str.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return false;
      m = m * 10 + c;
    }
    s = i - first;
    if (s === 0 || s > 20) return false;
  }
  if (!(m < 1e15)) return false;
  // What the gate refuses as ambiguous is the parser's decision, asked here (it can only be so
  // with three decimals).
  if (refuseAmbiguous && s === 3 && ambiguPolos(str, s)) return false;
  // 0 − m, not −m: '-0' is zero, as the parser reads it, not −0.
  out.m = neg ? 0 - m : m;
  out.s = s;
  return true;
}

function fromDecimal(d: Decimal, out: Scaled): void {
  const s = Math.max(0, d.decimalPlaces());
  if (d.precision(true) > MAX_DIGITS || s > 20) {
    out.ok = false;
    out.kira = kiraDari(d);
    return;
  }
  out.m = Number(d.times(`1e${s}`).toFixed(0));
  out.s = s;
}

/**
 * A Decimal's value as a double, from its words (base 10^7, most significant first) without a
 * string: x = w0, then x × 10^7 + wi for each further word, then one multiplication or division by
 * an exact power of ten. Each step rounds at most twice, so with at most eight words (56 digits;
 * the input gate allows 40) the double is within 16 ulp of the value, far inside the filters'
 * margin of 10^−13. NaN for more words, or when the power of ten would not be exact.
 */
export function kiraDari(d: Decimal): number {
  const w = d.d as number[];
  if (w.length > 8) return Number.NaN;
  let x = w[0]!;
  let digits = 1;
  while (digits < 7 && POW10[digits]! <= x) digits++;
  for (let i = 1; i < w.length; i++) {
    x = x * 1e7 + w[i]!;
    digits += 7;
  }
  const p = d.e - digits + 1;
  if (p > 22 || p < -22) return Number.NaN;
  const v = p >= 0 ? x * POW10[p]! : x / POW10[-p]!;
  return d.s < 0 ? -v : v;
}

const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** A number, string, bigint, Decimal or blank: what the fast path reads (ranges and ratios go the exact way). */
export function scalar(x: unknown): boolean {
  if (x === null || typeof x !== 'object') return true;
  try {
    return x instanceof Decimal;
  } catch {
    return false; // a Proxy that refuses to be inspected takes the exact path, where the gate refuses it
  }
}
