import { dariBagian, type Decimal } from './decimal.js';
import { ambiguPolos, type Locale } from './parse.js';
import type { Rounding } from './round.js';

/**
 * Exact decimal arithmetic on digits, without decimal.js, for the per-row calls (`capaian`,
 * `serapan`, …) and for the numbers their explanations print. A decimal.js call allocates,
 * normalises and checks its settings at every step; here a figure is a row of decimal digits in
 * a reused buffer, a quotient of two integers is produced digit by digit with exact double
 * arithmetic, and the Decimal of a result is built once from its words. Every function gives the
 * digits decimal.js gives for the same figure (test/perrow.test.ts compares them on random
 * inputs); a figure outside the domain of a function (too many digits) is left to decimal.js.
 */

/** Significant digits of a computed quotient, as in {@link Decimal} (see the tie argument there). */
export const PRESISI = 60;

/** A non-negative figure: digits `d[0..n-1]` (d[0] ≠ 0, d[n-1] ≠ 0), worth Σ d[i] × 10^(e − i); zero has n = 0. */
export class Digit {
  /** Grows (in {@link muat} and {@link bulatkan}) for a Decimal with more digits than it holds. */
  d = new Uint8Array(128);
  n = 0;
  e = 0;
}

/** 10^0 … 10^22, each held exactly by a double. */
export const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
const DUA52 = 2 ** 52;

/** A plain decimal read exactly: value = (neg ? −1 : 1) × m × 10^−s, m a safe integer. */
export class Skala {
  m = 0;
  s = 0;
  neg = false;
}

/** Significant digits a {@link Skala} holds: 15 keep m × 10^k below 2^53 for the alignments used. */
const MAKS_DIGIT = 15;
const MAKS_DESIMAL = 20;

/**
 * Reads a number or a plain numeric string (`'5.15'`, `'5,15'`, `'-12'`, `'0.7323'`) into `out`
 * when the input gate would read it to the same value; false for anything else (separators,
 * `Rp`, spaces, exponents, more than 15 significant digits or 20 decimals), which then goes
 * through the gate. Under `'auto'` a string the gate refuses as ambiguous (`'1.234'`, `'1,234'`)
 * is not read here: the parser's `ambiguPolos` decides.
 */
export function bacaPolos(x: unknown, locale: Locale | undefined, out: Skala): boolean {
  if (typeof x === 'number') {
    if (Number.isSafeInteger(x)) {
      out.neg = x < 0;
      out.m = x < 0 ? -x : x;
      out.s = 0;
      return true;
    }
    // The shortest round-trip string is the number as the user wrote it (the gate reads the same).
    return polos(String(x), 46, false, out);
  }
  if (typeof x !== 'string') return false;
  if (locale === 'id') return polos(x, 44, false, out);
  if (locale === 'en') return polos(x, 46, false, out);
  if (locale !== undefined && locale !== 'auto') return false;
  // Under 'auto' either separator is a decimal point, as the gate reads a single one.
  return polos(x, 46, true, out) || polos(x, 44, true, out);
}

/** /^-?\d+(sep\d+)?$/ with the limits above; `sep` is the char code of the decimal separator. */
function polos(str: string, sep: number, refuseAmbiguous: boolean, out: Skala): boolean {
  const n = str.length;
  if (n === 0 || n > 40) return false;
  let i = 0;
  const neg = str.charCodeAt(0) === 45;
  if (neg) i = 1;
  const start = i;
  let m = 0;
  let digits = 0;
  let s = -1;
  for (; i < n; i++) {
    const c = str.charCodeAt(i);
    if (c === sep) {
      if (s >= 0 || i === start) return false;
      s = 0;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) return false;
    if (m !== 0 || d !== 0) digits++;
    if (digits > MAKS_DIGIT) return false;
    m = m * 10 + d;
    if (s >= 0) s++;
  }
  if (i === start || s === 0 || s > MAKS_DESIMAL) return false;
  // What the gate refuses as ambiguous is the parser's decision, asked here (only for three decimals).
  if (refuseAmbiguous && ambiguPolos(str, s)) return false;
  out.m = m;
  out.s = s < 0 ? 0 : s;
  // The gate reads '-0' as 0.
  out.neg = neg && m !== 0;
  return true;
}

/**
 * The scratch figures of the per-row fast paths (`capaian`, `serapan`, `efisiensi`), one set for
 * all: each path runs to its end without calling another, so no two use them at once. `a`, `b`:
 * the two figures as read; `x`, `y`: them as integers at their common scale (same ratio); `da`,
 * `db`: their digits; `q`: the result; `bulat`: it rounded; `operand`: an operand rounded for the
 * explanation.
 */
export const kerja = {
  a: new Skala(),
  b: new Skala(),
  x: 0,
  y: 0,
  skala: 0,
  da: new Digit(),
  db: new Digit(),
  q: new Digit(),
  bulat: new Digit(),
  operand: new Digit(),
};

/**
 * Aligned operands up to 2^51 keep every numerator the fast paths form (2T − R for capaian F2,
 * a difference for efisiensi) within the 2^52 that {@link bagi} takes.
 */
const BATAS_SEJAJAR = 2 ** 51;

/** A plain figure read into `out` (see {@link bacaPolos}) that is positive; zero, signs and the rest go the general way. */
export function bacaPositif(x: unknown, locale: Locale | undefined, out: Skala): boolean {
  return bacaPolos(x, locale, out) && out.m !== 0 && !out.neg;
}

/** `kerja.x`, `kerja.y` := a and b at their common scale; false when either passes 2^51. */
export function sejajarkan(a: Skala, b: Skala): boolean {
  const skala = a.s > b.s ? a.s : b.s;
  kerja.skala = skala;
  kerja.x = a.m * POW10[skala - a.s]!;
  kerja.y = b.m * POW10[skala - b.s]!;
  return kerja.x <= BATAS_SEJAJAR && kerja.y <= BATAS_SEJAJAR;
}

/** Two positive plain figures into `kerja.a` / `kerja.b`, aligned (see {@link sejajarkan}); false sends the call the general way. */
export function bacaPasangan(a: unknown, b: unknown, locale: Locale | undefined): boolean {
  return bacaPositif(a, locale, kerja.a) && bacaPositif(b, locale, kerja.b) && sejajarkan(kerja.a, kerja.b);
}

/** out := |m| × 10^−s. */
export function dariSkala(x: Skala, out: Digit): void {
  let m = x.m;
  let k = 0;
  while (k < 16 && POW10[k + 1]! <= m) k++;
  const d = out.d;
  if (m === 0) {
    out.n = 0;
    out.e = 0;
    return;
  }
  // Digits from the right. Not `%`: on a double outside the 31-bit range it is a call of C's
  // fmod; floor(m / 10) is exact for m < 2^53 (the quotient's rounding error stays below 0.1).
  for (let i = k; i >= 0; i--) {
    const q = Math.floor(m / 10);
    d[i] = m - q * 10;
    m = q;
  }
  let n = k + 1;
  while (d[n - 1] === 0) n--;
  out.n = n;
  out.e = k - x.s;
}

/**
 * out := a / b rounded half-up to {@link PRESISI} significant digits, for positive integers
 * a, b ≤ 2^52; false (out untouched) outside that domain. Long division j digits at a time with
 * b × 10^j ≤ 2^52, so that every product, quotient digit and remainder is an integer held
 * exactly by a double; the 61st digit decides the rounding (half-up looks no further).
 */
export function bagi(a: number, b: number, out: Digit): boolean {
  if (!(a > 0 && b > 0 && a <= DUA52 && b <= DUA52 && Number.isInteger(a) && Number.isInteger(b))) return false;
  let j = 7;
  while (j > 0 && b * POW10[j]! > DUA52) j--;
  if (j === 0) return false;
  const basis = POW10[j]!;
  const d = out.d;
  let q = Math.floor(a / b);
  let r = a - q * b;
  // The rounded double quotient can reach the next integer n from below, never fall short of an
  // n it reaches (n is itself a double): the floor is at most one too large.
  if (r < 0) {
    q--;
    r += b;
  }
  let n = 0;
  let e = 0;
  if (q > 0) {
    let k = 0;
    while (k < 16 && POW10[k + 1]! <= q) k++;
    for (let i = k; i >= 0; i--) {
      const h = Math.floor(q / 10);
      d[i] = q - h * 10;
      q = h;
    }
    n = k + 1;
    e = k;
  }
  let pos = -1; // power of ten of the next fraction digit
  while (r !== 0 && n <= PRESISI) {
    r *= basis;
    let c = Math.floor(r / b);
    r -= c * b;
    if (r < 0) {
      c--;
      r += b;
    }
    if (n > 0) {
      // Past the first significant digit every chunk is j digits (written right to left; the
      // buffer has room for the digits past the 61st, which are then ignored).
      for (let i = n + j - 1; i >= n; i--) {
        const h = (c / 10) | 0; // c < 10^7
        d[i] = c - h * 10;
        c = h;
      }
      n += j;
      continue;
    }
    for (let i = j - 1; i >= 0; i--) {
      const p = POW10[i]!;
      const x = (c / p) | 0;
      c -= x * p;
      if (n > 0 || x !== 0) {
        if (n === 0) e = pos;
        d[n++] = x;
      }
      pos--;
    }
  }
  if (n > PRESISI) {
    const up = d[PRESISI]! >= 5;
    n = PRESISI;
    if (up) {
      // The carry stops inside the digits: 60 nines would put a / b within a relative 10^−60
      // of a power of ten, and a quotient with b ≤ 2^52 stays a relative 1 / b away from one.
      let i = n - 1;
      while (d[i] === 9) d[i--] = 0;
      d[i]!++;
    }
  }
  while (n > 1 && d[n - 1] === 0) n--;
  out.n = n;
  out.e = e;
  return true;
}

/** Decimals a figure has (0 for an integer), as decimal.js's `decimalPlaces()`. */
export function desimal(x: Digit): number {
  const k = x.n - 1 - x.e;
  return k > 0 ? k : 0;
}

/**
 * out := x rounded to `dec` decimals under a named mode (every mode is symmetric in the sign,
 * so the digits do not need it). Matches decimal.js's `toDecimalPlaces`.
 */
export function bulatkan(x: Digit, dec: number, mode: Rounding, out: Digit): void {
  const n = x.n;
  const d = x.d;
  if (out.d.length < d.length) out.d = new Uint8Array(d.length);
  const o = out.d;
  const keep = x.e + 1 + dec; // digits at or above 10^−dec
  if (keep >= n) {
    for (let i = 0; i < n; i++) o[i] = d[i]!;
    out.n = n;
    out.e = x.e;
    return;
  }
  // Something non-zero is cut (the last digit is): decide by the first cut digit and the rest.
  const first = keep >= 0 ? d[keep]! : 0;
  let up: boolean;
  if (mode === 'half-up') up = first >= 5;
  else if (mode === 'half-even') up = first > 5 || (first === 5 && (keep < n - 1 || (keep >= 1 && d[keep - 1]! % 2 === 1)));
  else up = mode === 'up';
  let m = keep > 0 ? keep : 0;
  let e = x.e;
  for (let i = 0; i < m; i++) o[i] = d[i]!;
  if (m === 0) {
    if (up) {
      o[0] = 1;
      m = 1;
      e = dec === 0 ? 0 : -dec; // not −0: decimal.js writes 0
    } else e = 0;
  } else if (up) {
    let i = m - 1;
    while (i >= 0 && o[i] === 9) o[i--] = 0;
    if (i < 0) {
      o[0] = 1;
      m = 1;
      e++;
    } else o[i]!++;
  }
  while (m > 0 && o[m - 1] === 0) m--;
  out.n = m;
  out.e = m === 0 ? 0 : e;
}

/** The Decimal of a figure, with sign `s`. */
export function kemas(x: Digit, s: 1 | -1): Decimal {
  const n = x.n;
  if (n === 0) return dariBagian(s, 0, [0]);
  const d = x.d;
  const e = x.e;
  // decimal.js aligns its base-10^7 words on the units digit: the first holds (e + 1) mod 7 digits.
  let size = (e + 1) % 7;
  if (size <= 0) size += 7;
  const words: number[] = new Array(n <= size ? 1 : 1 + Math.ceil((n - size) / 7));
  let i = 0;
  for (let k = 0; k < words.length; k++) {
    let w = 0;
    for (const end = i + size; i < end; i++) w = w * 10 + (i < n ? d[i]! : 0);
    words[k] = w;
    size = 7;
  }
  return dariBagian(s, e, words);
}

/** out := |x| for a finite Decimal of any copy of decimal.js. */
export function muat(x: Decimal, out: Digit): void {
  const words = x.d as number[];
  if (out.d.length < words.length * 7) out.d = new Uint8Array(words.length * 7);
  const d = out.d;
  let w0 = words[0]!;
  if (w0 === 0) {
    out.n = 0;
    out.e = 0;
    return;
  }
  let k = 0;
  while (POW10[k + 1]! <= w0) k++;
  for (let i = k; i >= 0; i--) {
    const h = (w0 / 10) | 0; // a word is below 10^7
    d[i] = w0 - h * 10;
    w0 = h;
  }
  let n = k + 1;
  for (let j = 1; j < words.length; j++) {
    let w = words[j]!;
    for (let i = n + 6; i >= n; i--) {
      const h = (w / 10) | 0;
      d[i] = w - h * 10;
      w = h;
    }
    n += 7;
  }
  while (n > 0 && d[n - 1] === 0) n--;
  out.n = n;
  out.e = x.e;
}

// Digit groups as strings, made once: an explanation is then joined from a few table entries,
// without number-to-string conversion, padding or regexes.
const TIGA = Array.from({ length: 1000 }, (_, v) => String(v).padStart(3, '0'));
const BEBAS = Array.from({ length: 1000 }, (_, v) => String(v));
const DUA = Array.from({ length: 100 }, (_, v) => String(v).padStart(2, '0'));

/**
 * A figure with exactly `dec` decimals, Indonesian style by default (`1.234,50`; `group` '' for
 * none): the digits must not reach below 10^−dec (round first). A minus only before a non-zero
 * figure ("-0,00" after rounding a tiny negative is printed as "0,00").
 */
export function teks(x: Digit, dec: number, negative = false, point = ',', group = '.'): string {
  const { d, n, e } = x;
  let out = negative && n > 0 ? '-' : '';
  if (n === 0 || e < 0) out += '0';
  else {
    // Groups of three from the units digit leftwards: the first holds (e + 1) mod 3 digits.
    let size = (e + 1) % 3 || 3;
    let i = 0;
    let first = true;
    while (i <= e) {
      let v = 0;
      for (const end = i + size; i < end; i++) v = v * 10 + (i < n ? d[i]! : 0);
      out += first ? BEBAS[v]! : group + TIGA[v]!;
      first = false;
      size = 3;
    }
  }
  if (dec === 0) return out;
  out += point;
  let k = 1;
  for (; k + 2 <= dec; k += 3) out += TIGA[digitAt(x, e + k) * 100 + digitAt(x, e + k + 1) * 10 + digitAt(x, e + k + 2)]!;
  if (k + 1 === dec) out += DUA[digitAt(x, e + k) * 10 + digitAt(x, e + k + 1)]!;
  else if (k === dec) out += BEBAS[digitAt(x, e + k)]!;
  return out;
}

function digitAt(x: Digit, i: number): number {
  return i >= 0 && i < x.n ? x.d[i]! : 0;
}

const A = new Digit();
const B = new Digit();

/**
 * A Decimal printed exactly (`dec` undefined) or rounded to `dec` decimals under `mode`,
 * Indonesian style by default, straight from its words: no `toFixed` string, no regex.
 */
export function tulisAngka(x: Decimal, dec?: number, mode: Rounding = 'half-up', point = ',', group = '.'): string {
  if (!x.isFinite()) return x.toString();
  muat(x, A);
  if (dec === undefined) return teks(A, desimal(A), x.s < 0, point, group);
  bulatkan(A, dec, mode, B);
  return teks(B, dec, x.s < 0, point, group);
}

/** An operand as an explanation shows it: exact up to 4 decimals, else `≈` and 4 decimals half-up. */
export function teksOperand(x: Digit, negative: boolean, out: Digit): string {
  const dec = desimal(x);
  if (dec <= 4) return teks(x, dec, negative);
  bulatkan(x, 4, 'half-up', out);
  return `≈${teks(out, 4, negative)}`;
}
