import { cekPanjang } from '../angka/batas.js';
import { daftar, objek, susunan } from '../angka/bentuk.js';
import { frozen, type Decimal } from '../angka/decimal.js';
import { toDecimal, type Angka } from '../angka/input.js';
import { ErrorCode, SakipError } from '../errors.js';

/** What a value beyond the printed range of a scale gets. @category Predikat */
export type Beyond = 'top-band' | 'bottom-band' | 'invalid' | 'none';

/** A band as written: bounds may be open (`null`) for "x ≤ 50" or "> 100". @category Predikat */
export interface BandInput {
  label: string;
  /** Long name, e.g. 'Sangat Memuaskan' for AA. */
  keterangan?: string;
  min: Angka | null;
  minInclusive: boolean;
  max: Angka | null;
  maxInclusive: boolean;
}

/** A scale as data: bands with explicit bounds, the regulation that defines it, edge rules. @category Predikat */
export interface ScaleInput {
  id: string;
  /** Legal or documentary source of the scale. */
  source: string;
  nama?: string;
  bands: BandInput[];
  /** What a value above the top band's printed bound gets; default `'none'`. */
  above?: Beyond;
  /** What a value below the bottom band's printed bound gets; default `'none'`. */
  below?: Beyond;
  /** How ambiguous printed edges were read, and anything else a user should know. */
  catatan?: string[];
}

/** A validated band: bounds are Decimals, `null` meaning unbounded. @category Predikat */
export interface Band {
  readonly label: string;
  readonly keterangan: string | null;
  readonly min: Decimal | null;
  readonly minInclusive: boolean;
  readonly max: Decimal | null;
  readonly maxInclusive: boolean;
}

/** A range between two bands that no band covers, as printed. @category Predikat */
export interface Gap {
  readonly min: Decimal;
  readonly minInclusive: boolean;
  readonly max: Decimal;
  readonly maxInclusive: boolean;
}

/** A validated scale: bands in ascending order, no overlaps, gaps listed. @category Predikat */
export interface Scale {
  readonly id: string;
  readonly nama: string;
  readonly source: string;
  readonly bands: readonly Band[];
  readonly gaps: readonly Gap[];
  readonly above: Beyond;
  readonly below: Beyond;
  readonly catatan: readonly string[];
}

const BEYOND: readonly Beyond[] = ['top-band', 'bottom-band', 'invalid', 'none'];

/**
 * Defines and validates a predikat scale. Bands may be given in any order; they are sorted
 * ascending. Overlapping bands are an error (`SAKIP_SCALE_OVERLAP`); gaps are allowed (printed
 * tables have them) and listed in `.gaps`.
 *
 * @category Predikat
 * @example
 * ```ts
 * import { defineScale, predikat } from 'sakip';
 * const lampu = defineScale({
 *   id: 'lampu', source: 'dasbor internal',
 *   bands: [
 *     { label: 'Merah', min: null, minInclusive: false, max: 80, maxInclusive: false },
 *     { label: 'Hijau', min: 80, minInclusive: true, max: null, maxInclusive: false },
 *   ],
 * });
 * predikat(79.99, lampu)?.label; // 'Merah'
 * ```
 */
export function defineScale(raw: ScaleInput): Scale {
  if (TERVALIDASI.has(raw as unknown as object)) return raw as unknown as Scale;
  return bangun(raw, 'galat').scale;
}

/**
 * A scale as a report prints it, where two bands may claim the same values: each shared stretch
 * is given to the lower band (the upper band starts where the lower one ends) and the values the
 * upper band printed as its own start are listed in `overlapPoints`. Anything else wrong is an
 * error, as in {@link defineScale}.
 */
export function defineScaleTercetak(raw: ScaleInput): { readonly scale: Scale; readonly overlapPoints: readonly Decimal[] } {
  return bangun(raw, 'ke-band-bawah');
}

function bangun(raw: ScaleInput, tumpang: 'galat' | 'ke-band-bawah'): { scale: Scale; overlapPoints: Decimal[] } {
  if (raw === null || typeof raw !== 'object') throw new SakipError(ErrorCode.SCALE_INVALID, 'scale', raw, 'harus berupa objek');
  const input = objek<ScaleInput>(raw, 'scale');
  if (typeof input.id !== 'string' || input.id === '') {
    throw new SakipError(ErrorCode.SCALE_INVALID, 'scale.id', input.id, 'id wajib diisi');
  }
  cekPanjang(input.id, 'scale.id');
  const where = `scale ${input.id}`;
  if (typeof input.source !== 'string' || input.source === '') {
    throw new SakipError(ErrorCode.SCALE_INVALID, `${where}.source`, input.source, 'sumber wajib diisi');
  }
  const rawBands = susunan(input.bands, `${where}.bands`) ? daftar(input.bands, `${where}.bands`) : [];
  if (rawBands.length === 0) {
    throw new SakipError(ErrorCode.SCALE_INVALID, `${where}.bands`, input.bands, 'minimal satu band');
  }
  const above = input.above ?? 'none';
  const below = input.below ?? 'none';
  if (!BEYOND.includes(above)) throw new SakipError(ErrorCode.INVALID_OPTION, `${where}.above`, above);
  if (!BEYOND.includes(below)) throw new SakipError(ErrorCode.INVALID_OPTION, `${where}.below`, below);

  const bands = rawBands.map((b, i) => band(b, `${where}.bands[${i}]`));
  bands.sort((a, b) => compareLower(a, b));
  const gaps: Gap[] = [];
  const overlapPoints: Decimal[] = [];
  for (let i = 1; i < bands.length; i++) {
    const lo = bands[i - 1]!;
    const hi = bands[i]!;
    const c = lo.max === null || hi.min === null ? 1 : lo.max.cmp(hi.min);
    if (c > 0 || (c === 0 && lo.maxInclusive && hi.minInclusive)) {
      if (tumpang === 'galat' || lo.max === null || hi.min === null) throw overlap(where, lo, hi);
      overlapPoints.push(hi.min);
      const { label, keterangan, max, maxInclusive } = hi;
      bands[i] = band({ label, ...(keterangan === null ? {} : { keterangan }), min: lo.max, minInclusive: !lo.maxInclusive, max, maxInclusive }, `${where}.bands[${i}]`);
    } else if (c < 0 || (!lo.maxInclusive && !hi.minInclusive)) {
      gaps.push(frozen({ min: lo.max!, minInclusive: !lo.maxInclusive, max: hi.min!, maxInclusive: !hi.minInclusive }));
    }
  }
  const scale: Scale = frozen({
    id: input.id,
    nama: input.nama ?? input.id,
    source: input.source,
    bands: frozen(bands),
    gaps: frozen(gaps),
    above,
    below,
    catatan: frozen(input.catatan === undefined ? [] : daftar(input.catatan, `${where}.catatan`).map(String)),
  });
  TERVALIDASI.add(scale);
  return { scale, overlapPoints };
}

/** Scales this module built: validated once, trusted after (they are frozen). */
const TERVALIDASI = new WeakSet<object>();

function band(raw: BandInput, where: string): Band {
  if (raw === null || typeof raw !== 'object') throw new SakipError(ErrorCode.SCALE_INVALID, where, raw, 'harus berupa objek');
  const b = objek<BandInput>(raw, where);
  if (typeof b.label !== 'string' || b.label === '') {
    throw new SakipError(ErrorCode.SCALE_INVALID, `${where}.label`, b.label, 'label wajib diisi');
  }
  const min = b.min === null || b.min === undefined ? null : toDecimal(b.min, `${where}.min`);
  const max = b.max === null || b.max === undefined ? null : toDecimal(b.max, `${where}.max`);
  if (min !== null && max !== null) {
    const c = min.cmp(max);
    if (c > 0 || (c === 0 && !(b.minInclusive && b.maxInclusive))) {
      throw new SakipError(ErrorCode.SCALE_INVALID, where, `${b.label}: ${min}–${max}`, 'band kosong');
    }
  }
  return frozen({
    label: b.label,
    keterangan: typeof b.keterangan === 'string' ? b.keterangan : null,
    min,
    minInclusive: min !== null && b.minInclusive === true,
    max,
    maxInclusive: max !== null && b.maxInclusive === true,
  });
}

/** Orders bands by lower bound; an unbounded lower bound comes first, an inclusive one before an exclusive one. */
function compareLower(a: Band, b: Band): number {
  if (a.min === null || b.min === null) return a.min === b.min ? 0 : a.min === null ? -1 : 1;
  const c = a.min.cmp(b.min);
  if (c !== 0) return c;
  return a.minInclusive === b.minInclusive ? 0 : a.minInclusive ? -1 : 1;
}

function overlap(where: string, a: Band, b: Band): SakipError {
  return new SakipError(ErrorCode.SCALE_OVERLAP, where, `${a.label} / ${b.label}`);
}
