import { opsi } from './bentuk.js';
import { ErrorCode, SakipError } from '../errors.js';
import type { Decimal } from './decimal.js';
import { tulisAngka } from './digit.js';
import { toDecimal, type Angka } from './input.js';
import { checkDecimals, roundingMode, type Rounding } from './round.js';

/** @category Angka */
export interface FormatOptions {
  /** Digits after the decimal separator. Omit to print the exact value with all its digits. */
  decimals?: number;
  /** Rounding mode when `decimals` cuts digits; default `'half-up'`. */
  rounding?: Rounding;
  /** Number style of the output; default `'id'` (1.234,56). */
  locale?: 'id' | 'en';
  /** Thousands separators; default true. */
  grouping?: boolean;
}

/**
 * Formats a number in Indonesian style (`.` thousands, `,` decimals) without `Intl`, so the
 * output is the same on every runtime and ICU version.
 *
 * @category Angka
 * @example
 * ```ts
 * import { formatAngka } from 'sakip';
 * formatAngka('1081.925', { decimals: 2 }); // '1.081,93'
 * formatAngka('0.7323');                    // '0,7323'
 * formatAngka(1234.5, { decimals: 2, locale: 'en' }); // '1,234.50'
 * ```
 */
export function formatAngka(value: Angka, rawOptions: FormatOptions = {}): string {
  const options = opsi(rawOptions);
  const x = toDecimal(value, 'value');
  return susun(x, options);
}

/**
 * Formats a percentage figure (already × 100): `formatPersen('86.98', { decimals: 2 })` is
 * `'86,98%'`; `{ space: true }` gives `'86,98 %'`.
 *
 * @category Angka
 * @example
 * ```ts
 * import { formatPersen } from 'sakip';
 * formatPersen('86.413592', { decimals: 2 }); // '86,41%'
 * ```
 */
export function formatPersen(value: Angka, rawOptions: FormatOptions & { space?: boolean } = {}): string {
  const options = opsi(rawOptions);
  return formatAngka(value, options) + (options.space === true ? ' %' : '%');
}

/**
 * Formats rupiah: `Rp` and a plain space, Indonesian separators, 0 decimals unless asked;
 * `suffix: ',-'` or `',00'` as many reports print.
 *
 * @category Angka
 * @example
 * ```ts
 * import { formatRupiah } from 'sakip';
 * formatRupiah('22735850378');                 // 'Rp 22.735.850.378'
 * formatRupiah('22735850378', { suffix: ',-' }); // 'Rp 22.735.850.378,-'
 * formatRupiah('1234567', { decimals: 2 });   // 'Rp 1.234.567,00'
 * ```
 */
export function formatRupiah(
  value: Angka,
  rawOptions: Omit<FormatOptions, 'locale'> & { suffix?: '' | ',-' } = {},
): string {
  const options = opsi(rawOptions);
  if (options.suffix !== undefined && options.suffix !== '' && options.suffix !== ',-') {
    throw new SakipError(ErrorCode.INVALID_OPTION, 'suffix', options.suffix);
  }
  const x = toDecimal(value, 'value');
  const text = susun(x, { ...options, decimals: options.decimals ?? 0, locale: 'id' });
  const unsigned = text.startsWith('-') ? text.slice(1) : text;
  return `${text.startsWith('-') ? '-' : ''}Rp ${unsigned}${options.suffix ?? ''}`;
}

/** The figure with the options' decimals (all its digits when none), separators and grouping. */
function susun(x: Decimal, options: FormatOptions): string {
  const rounding = options.rounding ?? 'half-up';
  if (options.decimals !== undefined) {
    checkDecimals(options.decimals);
    roundingMode(rounding);
  }
  if (options.locale !== undefined && options.locale !== 'id' && options.locale !== 'en') {
    throw new SakipError(ErrorCode.INVALID_OPTION, 'locale', options.locale);
  }
  const en = options.locale === 'en';
  return tulisAngka(x, options.decimals, rounding, en ? '.' : ',', options.grouping === false ? '' : en ? ',' : '.');
}
