import { opsi } from './bentuk.js';
import { cekPanjang, notasiJs } from './batas.js';
import { Decimal, frozen, pulihkan } from './decimal.js';
import { ErrorCode, SakipError } from '../errors.js';

/**
 * Number style of a printed figure: `'id'` is Indonesian (1.234,56), `'en'` English (1,234.56),
 * `'auto'` accepts either but refuses a string that reads differently in the two (`'1.234'`).
 *
 * @category Angka
 */
export type Locale = 'id' | 'en' | 'auto';

/** @category Angka */
export interface ParseOptions {
  /** Number style; default `'auto'`. */
  locale?: Locale;
  /** Name of the field, used in error messages; default `'angka'`. */
  field?: string;
}

// A grouped integer part starts with 1-9: '0.001' is not Indonesian for 1.
const ID_NUMBER = /^([1-9]\d{0,2}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;
const EN_NUMBER = /^([1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
const MINUS = /^[-\u2212\u2013]\s*/;
const RUPIAH = /^rp\.?\s*/i;

/**
 * Parses a number as government reports print it: Indonesian or English separators, with or
 * without `Rp` / `Rp.`, a `,-` suffix, or a trailing `%` (the result is the printed number, not a
 * fraction: `'86,98 %'` gives 86.98). Under `'auto'`, a rupiah amount (`Rp` or `,-`) that reads
 * both ways takes the whole-number reading: `'Rp 2.500,-'` is 2500.
 *
 * @throws {@link SakipError} `SAKIP_EMPTY`, `SAKIP_INVALID_NUMBER`, or `SAKIP_AMBIGUOUS_NUMBER` when
 * `locale` is `'auto'` and the string reads differently in the two styles; `SAKIP_TOO_LONG` for a
 * text over 1000 characters and `SAKIP_OUT_OF_RANGE` beyond 40 significant digits or 10^±40
 * (see `BATAS_MASUKAN`). Reading takes time linear in the text.
 * @category Angka
 * @example
 * ```ts
 * import { parseAngka } from 'sakip';
 * parseAngka('Rp 22.735.850.378,-').toString(); // '22735850378'
 * parseAngka('86,98 %').toString();             // '86.98'
 * parseAngka('2,418,250,727').toString();       // '2418250727'
 * parseAngka('1.234', { locale: 'id' }).toString(); // '1234'
 * parseAngka('Rp 750.000').toString();             // '750000'
 * ```
 */
export function parseAngka(text: string, options: ParseOptions = {}): Decimal {
  return parseAngkaInfo(text, options).value;
}

/** What {@link parseAngkaInfo} read from a printed number. @category Angka */
export interface AngkaTercetak {
  readonly value: Decimal;
  /** Digits printed after the decimal separator: the printed precision ('72,60' → 2). */
  readonly decimals: number;
  /** The style the string was read in; `'plain'` when it has no separator at all. */
  readonly style: 'id' | 'en' | 'plain';
}

/**
 * Like {@link parseAngka}, and also returns the printed precision and the style the string was
 * read in, which a verifier needs to compare a recomputed figure at the printed decimals.
 *
 * @category Angka
 * @example
 * ```ts
 * import { parseAngkaInfo } from 'sakip';
 * const a = parseAngkaInfo('72,60');
 * a.decimals; // 2
 * a.style;    // 'id'
 * ```
 */
export function parseAngkaInfo(text: string, options: ParseOptions = {}): AngkaTercetak {
  pulihkan();
  const opts = opsi(options);
  const field = typeof opts.field === 'string' ? opts.field : 'angka';
  const locale = opts.locale ?? 'auto';
  if (locale !== 'id' && locale !== 'en' && locale !== 'auto') {
    throw new SakipError(ErrorCode.INVALID_OPTION, 'locale', locale);
  }
  if (typeof text !== 'string') throw new SakipError(ErrorCode.INVALID_TYPE, field, typeof text);
  cekPanjang(text, field);
  const { negative, body, rupiah } = strip(text);
  if (body === '') throw new SakipError(ErrorCode.EMPTY, field, text);

  const asId = locale === 'en' ? null : read(body, ID_NUMBER, '.');
  const asEn = locale === 'id' ? null : read(body, EN_NUMBER, ',');
  let digits: string;
  let style: AngkaTercetak['style'];
  if (asId !== null && asEn !== null && asId !== asEn && rupiah && asId.includes('.') !== asEn.includes('.')) {
    // Rupiah amounts are whole: "Rp 2.500,-" is 2500, "Rp 1,500" is 1500, whatever the style.
    digits = asId.includes('.') ? asEn : asId;
    style = digits === asId ? 'id' : 'en';
  } else if (asId !== null && asEn !== null) {
    if (asId !== asEn) throw new SakipError(ErrorCode.AMBIGUOUS_NUMBER, field, text);
    digits = asId;
    style = 'plain';
  } else if (asId !== null) {
    digits = asId;
    style = 'id';
  } else if (asEn !== null) {
    digits = asEn;
    style = 'en';
  } else {
    throw new SakipError(ErrorCode.INVALID_NUMBER, field, text);
  }
  const point = digits.indexOf('.');
  const decimals = point < 0 ? 0 : digits.length - point - 1;
  const value = new Decimal(notasiJs(digits, field)!);
  return frozen({ value: frozen(negative && !value.isZero() ? value.neg() : value), decimals, style });
}

/**
 * The style rule of `'auto'` for a plain numeral as the batch reader takes it (an optional `-`,
 * digits, a point with `decimals` digits after it): true when the parser refuses it as ambiguous.
 * A point can be an Indonesian thousands separator only when one to three digits stand before it
 * and exactly three after it (`ID_NUMBER`); such a numeral is put to the parser itself.
 */
export function ambiguPolos(numeral: string, decimals: number): boolean {
  const sign = numeral.charCodeAt(0) === 45 ? 1 : 0;
  if (decimals !== 3 || numeral.length - sign > 7 || !ID_NUMBER.test(numeral.slice(sign))) return false;
  try {
    parseAngkaInfo(numeral);
    return false;
  } catch (e) {
    return (e as SakipError).code === ErrorCode.AMBIGUOUS_NUMBER;
  }
}

/** Removes what surrounds the digits: spaces, sign, currency, `,-`, `%`; notes a rupiah marker. */
function strip(text: string): { negative: boolean; body: string; rupiah: boolean } {
  let s = text.replace(/[\u00a0\u202f\u2009]/g, ' ').trim();
  let negative = false;
  if (MINUS.test(s)) {
    negative = true;
    s = s.replace(MINUS, '');
  }
  let rupiah = false;
  if (RUPIAH.test(s)) {
    rupiah = true;
    s = s.replace(RUPIAH, '');
    if (!negative && MINUS.test(s)) {
      negative = true;
      s = s.replace(MINUS, '');
    }
  }
  if (/[,.]-$/.test(s)) rupiah = true;
  // Not a regex: `\s*%$` retries the spaces from every start and is quadratic in them.
  if (s.endsWith('%')) s = s.slice(0, -1).trimEnd();
  s = s.replace(/[,.]-$/, '').trim();
  return { negative, body: s, rupiah };
}

/** Digits in JavaScript notation when `body` matches the style, else null. */
function read(body: string, pattern: RegExp, group: string): string | null {
  const m = pattern.exec(body);
  if (!m) return null;
  const whole = m[1]!.split(group).join('');
  return m[2] === undefined ? whole : `${whole}.${m[2]}`;
}
