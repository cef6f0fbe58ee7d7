import { objek, opsi, punya } from '../angka/bentuk.js';
import type { Decimal } from '../angka/decimal.js';
import { toDecimal, type Angka, type InputOptions } from '../angka/input.js';
import { ErrorCode, SakipError } from '../errors.js';
import { scales } from './builtin.js';
import { defineScale, type Band, type Scale, type ScaleInput } from './scale.js';

/**
 * How printed edges are read: `'as-printed'` honours every bound (a value in a gap gets no
 * band); `'half-open'` gives a value in a gap the band below it, so each band runs from its
 * lower bound up to the next band's (Permendagri 86: 90,5 → Tinggi).
 *
 * @category Predikat
 */
export type Edges = 'as-printed' | 'half-open';

/** @category Predikat */
export interface PredikatOptions extends InputOptions {
  /** Default `'as-printed'`. */
  edges?: Edges;
}

/**
 * The band of a value on a scale, or null when the value falls in no band (a gap, or beyond a
 * scale whose `above` / `below` is `'none'`). A value beyond a scale that declares it `'invalid'`
 * (a SAKIP score above 100) throws `SAKIP_OUT_OF_SCALE`. An NA capaian result gives null; a result
 * rounded with `decimals` is graded on its rounded figure, as it is printed.
 *
 * @category Predikat
 * @example
 * ```ts
 * import { predikat } from 'sakip';
 * predikat(90, 'sakip-88-2021')?.label;                                 // 'A'
 * predikat('90,5', 'permendagri-86-2017');                              // null (a gap)
 * predikat('90,5', 'permendagri-86-2017', { edges: 'half-open' })?.label; // 'Tinggi'
 * predikat('105,5', 'permendagri-86-2017')?.label;                       // 'Sangat Tinggi'
 * ```
 */
export function predikat(
  value: Angka | { readonly value: Decimal | null; readonly rounded?: Decimal | null },
  scale: Scale | string,
  rawOptions: PredikatOptions = {},
): Band | null {
  const options = opsi(rawOptions);
  const s = resolveScale(scale);
  const edges = options.edges ?? 'as-printed';
  if (edges !== 'as-printed' && edges !== 'half-open') throw new SakipError(ErrorCode.INVALID_OPTION, 'edges', edges);
  let x: Decimal;
  if (punya(value, 'value', 'value')) {
    const r = objek<{ value: Decimal | null; rounded?: Decimal | null }>(value, 'value');
    if (r.value === null) return null;
    // A result rounded for print is graded as printed (90,996 shown as 91,00 is Sangat Tinggi).
    x = toDecimal(r.rounded ?? r.value, 'value');
  } else {
    x = toDecimal(value as Angka, 'value', options);
  }
  const i = indeksBand(posisiBand(x, s), s, edges);
  if (i === 'tidak-sah') throw new SakipError(ErrorCode.OUT_OF_SCALE, `value (${s.id})`, x.toString());
  return i === null ? null : s.bands[i]!;
}

/**
 * Where a value stands on a scale: inside band `indeks`, in the gap just above band `indeks`, or
 * beyond the printed range. This is the one place where a value is compared with band bounds
 * (inclusive or not, open or not); {@link predikat}, the batch and the verifier all ask it.
 */
export type PosisiBand =
  | { readonly letak: 'dalam'; readonly indeks: number }
  | { readonly letak: 'celah'; readonly indeks: number }
  | { readonly letak: 'di-atas' }
  | { readonly letak: 'di-bawah' };

const DI_ATAS: PosisiBand = Object.freeze({ letak: 'di-atas' });
const DI_BAWAH: PosisiBand = Object.freeze({ letak: 'di-bawah' });

/** The position of `x` on `s` (see {@link PosisiBand}). */
export function posisiBand(x: Decimal, s: Scale): PosisiBand {
  const bands = s.bands;
  if (!aboveLower(x, bands[0]!)) return DI_BAWAH;
  if (!belowUpper(x, bands[bands.length - 1]!)) return DI_ATAS;
  // The highest band whose lower bound x reaches (band 0 at least, checked above); x is inside
  // it or in the gap above it, below the next band's lower bound.
  let i = bands.length - 1;
  while (i > 0 && !aboveLower(x, bands[i]!)) i--;
  return { letak: belowUpper(x, bands[i]!) ? 'dalam' : 'celah', indeks: i };
}

/**
 * The band a position gets under the scale's edge rules: its index in `s.bands`, null for none (a
 * gap read as printed, or beyond a scale whose rule is `'none'`), or `'tidak-sah'` beyond a scale
 * that declares such values invalid. A gap under `'half-open'` gets the band below it.
 */
export function indeksBand(p: PosisiBand, s: Scale, edges: Edges): number | null | 'tidak-sah' {
  switch (p.letak) {
    case 'dalam':
      return p.indeks;
    case 'celah':
      return edges === 'half-open' ? p.indeks : null;
    case 'di-atas':
      return beyond(s.above, s);
    default:
      return beyond(s.below, s);
  }
}

/**
 * Resolves a scale given by id (or returns a scale object as is).
 *
 * @category Predikat
 * @example
 * ```ts
 * import { resolveScale } from 'sakip';
 * resolveScale('sakip-88-2021').source; // 'PermenPANRB 88/2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah'
 * ```
 */
export function resolveScale(scale: Scale | string): Scale {
  if (typeof scale !== 'string') {
    // A scale object the caller built by hand is validated like a defined one (once: defineScale remembers its own).
    if (punya(scale, 'bands', 'scale')) return defineScale(scale as unknown as ScaleInput);
    throw new SakipError(ErrorCode.SCALE_UNKNOWN, 'scale', scale);
  }
  const found = Object.prototype.hasOwnProperty.call(scales, scale) ? scales[scale] : undefined;
  if (!found) throw new SakipError(ErrorCode.SCALE_UNKNOWN, 'scale', scale);
  return found;
}

function aboveLower(x: Decimal, b: Band): boolean {
  if (b.min === null) return true;
  const c = x.cmp(b.min);
  return c > 0 || (c === 0 && b.minInclusive);
}

function belowUpper(x: Decimal, b: Band): boolean {
  if (b.max === null) return true;
  const c = x.cmp(b.max);
  return c < 0 || (c === 0 && b.maxInclusive);
}

function beyond(rule: Scale['above'], s: Scale): number | null | 'tidak-sah' {
  switch (rule) {
    case 'top-band':
      return s.bands.length - 1;
    case 'bottom-band':
      return 0;
    case 'invalid':
      return 'tidak-sah';
    default:
      return null;
  }
}
