import { opsi } from './bentuk.js';
import { BATAS_MASUKAN, cekEksponen, notasiJs } from './batas.js';
import { Decimal, frozen, pulihkan } from './decimal.js';
import { bacaPolos, dariSkala, Digit, kemas, Skala } from './digit.js';
import { parseAngka, type Locale } from './parse.js';
import { ErrorCode, isOwnError, SakipError } from '../errors.js';

/**
 * Anything the library accepts as a number: a JavaScript number, a numeric string in Indonesian
 * or English style (`'1.081,93'`, `'98.88'`, `'Rp 5.473.751.535'`), a bigint, or a Decimal from
 * any copy of decimal.js (or any object but an array whose `toString()` is a plain numeric string).
 *
 * @category Angka
 */
export type Angka = number | string | bigint | { toString(): string };

/** Options of the input gate. @category Angka */
export interface InputOptions {
  /** Number style of string input; default `'auto'`. */
  locale?: Locale;
}

/**
 * The single input gate: turns an {@link Angka} into the library's Decimal, or throws a
 * {@link SakipError} naming `field`. Rejects NaN, ±Infinity, empty and non-numeric input, values
 * beyond {@link BATAS_MASUKAN} (`SAKIP_OUT_OF_RANGE`), text longer than its limit
 * (`SAKIP_TOO_LONG`), arrays and objects that cannot be read (a throwing `toString`, a Proxy,
 * `Object.create(null)`: `SAKIP_INVALID_TYPE`). It never throws anything else.
 *
 * @category Angka
 * @example
 * ```ts
 * import { toDecimal } from 'sakip';
 * toDecimal('5,15', 'target').toString(); // '5.15'
 * toDecimal(0.1, 'target').toString();    // '0.1'
 * ```
 */
export function toDecimal(value: Angka, field: string, options: InputOptions = {}): Decimal {
  pulihkan();
  return frozen(read(value, field, options));
}

const POLOS = new Skala();
const DIGIT = new Digit();

function read(value: Angka, field: string, options: InputOptions): Decimal {
  switch (typeof value) {
    case 'number':
      if (Number.isNaN(value)) throw new SakipError(ErrorCode.NOT_A_NUMBER, field, value);
      if (!Number.isFinite(value)) throw new SakipError(ErrorCode.NOT_FINITE, field, value);
      if (bacaPolos(value, undefined, POLOS)) return dariPolos();
      // The shortest round-trip string of the double, i.e. the number as the user wrote it.
      return new Decimal(notasiJs(String(value), field)!);
    case 'string': {
      const locale = localeOf(options);
      // A plain numeric string is built straight from its digits: the reading the gate gives it,
      // without the regexes and string copies of the general parser.
      if (bacaPolos(value, locale, POLOS)) return dariPolos();
      return parseAngka(value, { locale, field });
    }
    case 'bigint':
      return new Decimal(bounded(value.toString(), field));
    case 'object':
      if (value !== null) return fromObject(value, field);
      break;
  }
  if (value === null || value === undefined) throw new SakipError(ErrorCode.EMPTY, field, value);
  throw new SakipError(ErrorCode.INVALID_TYPE, field, typeof value);
}

function dariPolos(): Decimal {
  dariSkala(POLOS, DIGIT);
  return kemas(DIGIT, POLOS.neg ? -1 : 1);
}

/** The locale option, read once and checked (a caller's options object may be anything). */
function localeOf(options: InputOptions): Locale {
  return opsi(options).locale ?? 'auto';
}

function bounded(text: string, field: string): string {
  const plain = notasiJs(text, field);
  if (plain === null) throw new SakipError(ErrorCode.INVALID_TYPE, field, text);
  return plain;
}

function fromObject(value: object, field: string): Decimal {
  try {
    // An array's toString joins its items ("2" from [2]): a wrong rank, never a figure the caller wrote.
    if (Array.isArray(value)) throw new SakipError(ErrorCode.INVALID_TYPE, field, value, 'harus berupa angka, bukan daftar');
    // decimal.js clones share one prototype, so `instanceof` also accepts the host's Decimal, whose
    // own `constructor` would carry the host's precision and rounding into our arithmetic.
    if (value instanceof Decimal && (value as Decimal).constructor === Decimal) return own(value as Decimal, field);
    const cloned = fromCloned(value, field);
    if (cloned !== null) return cloned;
    const text = String(value);
    if (text === 'NaN') throw new SakipError(ErrorCode.NOT_A_NUMBER, field, text);
    if (text === 'Infinity' || text === '-Infinity') throw new SakipError(ErrorCode.NOT_FINITE, field, text);
    return new Decimal(bounded(text, field));
  } catch (e) {
    if (isOwnError(e)) throw e;
    // A throwing toString or getter, a revoked Proxy, an object without a prototype.
    throw new SakipError(ErrorCode.INVALID_TYPE, field, '[objek]', 'tidak dapat dibaca sebagai angka');
  }
}

/** A Decimal of the library's own clone: an earlier result, allowed the working precision. */
function own(value: Decimal, field: string): Decimal {
  if (value.isNaN()) throw new SakipError(ErrorCode.NOT_A_NUMBER, field, 'NaN');
  if (!value.isFinite()) throw new SakipError(ErrorCode.NOT_FINITE, field, value.toString());
  // The limits read off the words, without printing the value: significant digits are the
  // words' digits less the first word's leading and the last word's trailing zeros.
  const words = value.d as unknown;
  if (Array.isArray(words) && typeof words[0] === 'number' && Number.isInteger(value.e)) {
    if (words[0] === 0) return value;
    let digits = (words.length - 1) * 7 + String(words[0]).length;
    for (let w = words[words.length - 1] as number; w > 0 && w % 10 === 0; w /= 10) digits--;
    if (digits <= 60 && value.e >= -BATAS_MASUKAN.eksponen && value.e < BATAS_MASUKAN.eksponen) return value;
  }
  // Beyond 10^±60 decimal.js prints an exponent, so the text stays short whatever the value.
  notasiJs(value.toString(), field, 60);
  return value;
}

/**
 * A Decimal that crossed `structuredClone` or `postMessage` arrives as its plain fields
 * `{ s, e, d }` (sign, exponent, base-10^7 digit groups); read it back exactly. A Decimal of
 * another copy of decimal.js has the same fields. NaN and ±Infinity have `d: null`.
 */
function fromCloned(value: object, field: string): Decimal | null {
  const { s, e, d } = value as { s?: unknown; e?: unknown; d?: unknown };
  if (s !== 1 && s !== -1 && !Number.isNaN(s)) return null;
  if (d === null && Number.isNaN(s)) throw new SakipError(ErrorCode.NOT_A_NUMBER, field, 'NaN');
  if (d === null) throw new SakipError(ErrorCode.NOT_FINITE, field, s === -1 ? '-Infinity' : 'Infinity');
  if (!Number.isInteger(e) || !Array.isArray(d) || d.length === 0) return null;
  // More groups than 60 digits fill are not an earlier result: stop before joining them.
  if (d.length > 10) throw new SakipError(ErrorCode.OUT_OF_RANGE, field, `${d.length * 7} digit`);
  if (!d.every((x) => Number.isInteger(x) && x >= 0 && x < 1e7)) return null;
  cekEksponen(e as number, field, `…e${e as number}`);
  const digits = d.map((x: number, i: number) => (i === 0 ? String(x) : String(x).padStart(7, '0'))).join('');
  const text = `${s === -1 ? '-' : ''}${digits[0]}.${digits.slice(1) || '0'}e${e as number}`;
  // An earlier result of the library may carry its 60 working digits.
  return new Decimal(notasiJs(text, field, 60)!);
}

/**
 * True when `value` is blank: null or undefined. A blank realisasi is NA; an empty string is an
 * error (`SAKIP_EMPTY`), so that a broken parse upstream is not silently read as "not measured".
 */
export function isBlank(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}
