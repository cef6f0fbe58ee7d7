import { ErrorCode, SakipError } from '../errors.js';

/**
 * The limits of the input gate, in one place. Every number and every text the library reads is
 * checked against them before any work, so no input can make the arithmetic slow, inexact or
 * infinite: far beyond any budget (Rp 10^18 with 20 decimals has 38 digits), far below what
 * would cost time.
 *
 * - `digit`: significant digits of a value written by the caller (text, number, bigint, an
 *   object's `toString()`); a Decimal of the library's own clone, i.e. an earlier result, may
 *   carry up to its working precision (60).
 * - `eksponen`: a non-zero value must satisfy 10^-eksponen ≤ |x| < 10^eksponen.
 * - `teks`: characters of a number written as text (spaces, `Rp`, separators included).
 * - `baris`: items of one list argument (values, rows, columns, groups).
 * - `kedalaman`: levels of a budget tree (a real one has five).
 *
 * @category Angka
 * @example
 * ```ts
 * import { BATAS_MASUKAN, toDecimal } from 'sakip';
 * BATAS_MASUKAN.digit; // 40
 * try { toDecimal('1e999', 'target'); } catch (e) { console.log((e as { code: string }).code); } // logs SAKIP_OUT_OF_RANGE
 * ```
 */
export const BATAS_MASUKAN = Object.freeze({ digit: 40, eksponen: 40, teks: 1000, baris: 10_000_000, kedalaman: 100 });

/** Refuses a text longer than the limit before anything reads it. */
export function cekPanjang(text: string, field: string): void {
  if (text.length > BATAS_MASUKAN.teks) {
    throw new SakipError(ErrorCode.TOO_LONG, field, text, `${text.length} karakter, batas ${BATAS_MASUKAN.teks}`);
  }
}

/**
 * Checks a number in JavaScript notation (`-12.5`, `.5`, `1e-7`, `1.2E+21`) by one scan of its
 * characters and returns it unchanged, so that decimal.js is only ever given a string it accepts
 * and whose value is within the limits. Returns null when the text is not in that notation.
 */
export function notasiJs(text: string, field: string, maxDigits: number = BATAS_MASUKAN.digit): string | null {
  cekPanjang(text, field);
  const n = text.length;
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  let digits = 0; // digits seen in the mantissa
  let first = -1; // index (among mantissa digits) of the first non-zero digit
  let last = -1; // index of the last non-zero digit
  let point = -1; // mantissa digits before the point
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (point >= 0) return null;
      point = digits;
    } else if (c >= 48 && c <= 57) {
      if (c !== 48) {
        if (first < 0) first = digits;
        last = digits;
      }
      digits++;
    } else break;
  }
  if (digits === 0) return null;
  let exp = 0;
  if (i < n) {
    if ((text.charCodeAt(i) | 32) !== 101) return null;
    i++;
    const sign = text.charCodeAt(i) === 45 ? -1 : 1;
    if (text.charCodeAt(i) === 45 || text.charCodeAt(i) === 43) i++;
    const start = i;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) return null;
    }
    if (i === start) return null;
    // Eleven digits already exceed any exponent the limits allow; reading more would lose precision.
    const body = text.slice(start).replace(/^0+/, '');
    exp = body.length > 10 ? sign * Infinity : sign * Number(body || '0');
  }
  if (first < 0) return text; // zero, whatever its exponent
  if (last - first + 1 > maxDigits) {
    throw new SakipError(ErrorCode.OUT_OF_RANGE, field, text, `lebih dari ${maxDigits} digit bermakna`);
  }
  // Exponent of the first significant digit: x = d.ddd × 10^magnitude.
  const magnitude = (point < 0 ? digits : point) - first - 1 + exp;
  cekEksponen(magnitude, field, text);
  return text;
}

/** Refuses a non-zero value whose leading digit is at 10^magnitude outside the limits. */
export function cekEksponen(magnitude: number, field: string, value: unknown): void {
  if (!(magnitude >= -BATAS_MASUKAN.eksponen && magnitude < BATAS_MASUKAN.eksponen)) {
    throw new SakipError(ErrorCode.OUT_OF_RANGE, field, value, `di luar 10^-${BATAS_MASUKAN.eksponen} … 10^${BATAS_MASUKAN.eksponen}`);
  }
}

/**
 * A blank printed cell: only spaces, with at most one dash (`-`, `–`, `—`) among them. One scan;
 * the regex `^\s*[-–]?\s*$` it replaces retried the spaces from every start (quadratic).
 */
export function isDash(text: string): boolean {
  const s = text.trim();
  return s === '' || s === '-' || s === '\u2013' || s === '\u2014';
}
