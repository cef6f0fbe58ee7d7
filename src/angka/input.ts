import { Decimal } from './decimal.js';
import { parseAngka, type Locale } from './parse.js';
import { ErrorCode, SakipError } from '../errors.js';

/**
 * Anything the library accepts as a number: a JavaScript number, a numeric string in Indonesian
 * or English style (`'1.081,93'`, `'98.88'`, `'Rp 5.473.751.535'`), a bigint, or a Decimal from
 * any copy of decimal.js (or any object whose `toString()` is a plain numeric string).
 *
 * @category Angka
 */
export type Angka = number | string | bigint | { toString(): string };

/** Options of the input gate. @category Angka */
export interface InputOptions {
  /** Number style of string input; default `'auto'`. */
  locale?: Locale;
}

const PLAIN = /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * The single input gate: turns an {@link Angka} into the library's Decimal, or throws a
 * {@link SakipError} naming `field`. Rejects NaN, ±Infinity, empty and non-numeric input.
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
  switch (typeof value) {
    case 'number':
      if (Number.isNaN(value)) throw new SakipError(ErrorCode.NOT_A_NUMBER, field, value);
      if (!Number.isFinite(value)) throw new SakipError(ErrorCode.NOT_FINITE, field, value);
      // The shortest round-trip string of the double, i.e. the number as the user wrote it.
      return new Decimal(String(value));
    case 'string':
      return parseAngka(value, { locale: options.locale ?? 'auto', field });
    case 'bigint':
      return new Decimal(value.toString());
    case 'object':
      if (value !== null) return fromObject(value, field);
      break;
  }
  if (value === null || value === undefined) throw new SakipError(ErrorCode.EMPTY, field, value);
  throw new SakipError(ErrorCode.INVALID_TYPE, field, typeof value);
}

function fromObject(value: object, field: string): Decimal {
  // decimal.js clones share one prototype, so `instanceof` also accepts the host's Decimal, whose
  // own `constructor` would carry the host's precision and rounding into our arithmetic.
  if (value instanceof Decimal && (value as Decimal).constructor === Decimal) return checked(value as Decimal, field);
  const cloned = fromCloned(value);
  if (cloned !== null) return checked(cloned, field);
  const text = String(value);
  if (text === 'NaN') throw new SakipError(ErrorCode.NOT_A_NUMBER, field, text);
  if (/^-?Infinity$/.test(text)) throw new SakipError(ErrorCode.NOT_FINITE, field, text);
  if (!PLAIN.test(text)) throw new SakipError(ErrorCode.INVALID_TYPE, field, text);
  return new Decimal(text);
}

/**
 * A Decimal that crossed `structuredClone` or `postMessage` arrives as its plain fields
 * `{ s, e, d }` (sign, exponent, base-10^7 digit groups); read it back exactly.
 */
function fromCloned(value: object): Decimal | null {
  const { s, e, d } = value as { s?: unknown; e?: unknown; d?: unknown };
  if ((s !== 1 && s !== -1) || !Number.isInteger(e) || !Array.isArray(d) || d.length === 0) return null;
  if (!d.every((x) => Number.isInteger(x) && x >= 0 && x < 1e7)) return null;
  const digits = d.map((x: number, i: number) => (i === 0 ? String(x) : String(x).padStart(7, '0'))).join('');
  return new Decimal(`${s < 0 ? '-' : ''}${digits[0]}.${digits.slice(1) || '0'}e${e as number}`);
}

function checked(value: Decimal, field: string): Decimal {
  if (value.isNaN()) throw new SakipError(ErrorCode.NOT_A_NUMBER, field, 'NaN');
  if (!value.isFinite()) throw new SakipError(ErrorCode.NOT_FINITE, field, value.toString());
  return value;
}

/**
 * True when `value` is blank: null or undefined. A blank realisasi is NA; an empty string is an
 * error (`SAKIP_EMPTY`), so that a broken parse upstream is not silently read as "not measured".
 */
export function isBlank(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}
