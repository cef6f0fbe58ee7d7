import { daftar, objek, opsi, punya } from '../angka/bentuk.js';
import { frozen, HUNDRED, ZERO, type Decimal } from '../angka/decimal.js';
import { isBlank, toDecimal, type Angka, type InputOptions } from '../angka/input.js';
import { applyPembulatan, inputText, pembulatanOf, shown, type HasilOptions, type Pembulatan } from '../angka/result.js';
import { alasanNA, type AlasanNA } from '../capaian/na.js';
import { tolakNegatif } from '../angka/nonnegatif.js';
import { ErrorCode, SakipError } from '../errors.js';

/** A figure given as a number, a blank (NA), or an earlier result such as a capaian. @category Agregat */
export type Nilai = Angka | null | undefined | { readonly value: Decimal | null };

/** @category Agregat */
export interface HasilRataRata {
  readonly jenis: 'rata-rata';
  readonly value: Decimal | null;
  readonly reason: AlasanNA | null;
  /** How many values were averaged. */
  readonly n: number;
  /** How many inputs were NA and left out. */
  readonly na: number;
  readonly rounded: Decimal | null;
  readonly pembulatan: Pembulatan | null;
  readonly explanation: string;
}

/** The value of a {@link Nilai}, or null for NA. */
export function nilaiOf(x: Nilai, field: string, options: InputOptions = {}): Decimal | null {
  if (punya(x, 'value', field)) {
    const v = objek<{ value: Decimal | null }>(x, field).value;
    return v === null ? null : toDecimal(v, field);
  }
  if (isBlank(x)) return null;
  return toDecimal(x as Angka, field, options);
}

/** Reads a list of figures in order: each known value goes to `take`; returns how many were NA. */
function bacaNilai(values: Iterable<Nilai>, options: InputOptions, take: (x: Decimal) => void): number {
  let na = 0;
  let i = 0;
  for (const v of daftar(values, 'values')) {
    const x = nilaiOf(v, `values[${i++}]`, options);
    if (x === null) na++;
    else take(x);
  }
  return na;
}

/**
 * Arithmetic mean of capaian (or any figures). NA values are left out and counted.
 *
 * @category Agregat
 * @example
 * ```ts
 * import { rataRata } from 'sakip';
 * rataRata([100, '72,66']).value?.toFixed(2); // '86.33'
 * ```
 */
export function rataRata(values: Iterable<Nilai>, rawOptions: HasilOptions & InputOptions = {}): HasilRataRata {
  const options = opsi(rawOptions);
  const p = pembulatanOf(options);
  const xs: Decimal[] = [];
  const na = bacaNilai(values, options, (x) => xs.push(x));
  if (xs.length === 0) {
    return frozen({
      jenis: 'rata-rata', value: null, reason: 'tanpa-nilai', n: 0, na, rounded: null, pembulatan: p,
      explanation: `Rata-rata tidak dapat dihitung: ${alasanNA['tanpa-nilai']}`,
    });
  }
  const value = xs.reduce((a, b) => a.plus(b), ZERO).div(xs.length);
  const shownParts = xs.length <= 12 ? xs.map(inputText).join(' + ') : `Σ ${xs.length} nilai`;
  return frozen({
    jenis: 'rata-rata',
    value,
    reason: null,
    n: xs.length,
    na,
    rounded: applyPembulatan(value, p),
    pembulatan: p,
    explanation:
      `Rata-rata = (${shownParts}) / ${xs.length} = ${shown(value, p)}` + (na > 0 ? ` (${na} nilai NA tidak dihitung)` : ''),
  });
}

/** @category Agregat */
export interface HasilJumlah {
  readonly jenis: 'jumlah';
  readonly value: Decimal;
  readonly n: number;
  readonly na: number;
  readonly explanation: string;
}

/**
 * The sum of figures (a total row); NA values are left out and counted.
 *
 * @category Agregat
 * @example
 * ```ts
 * import { jumlah } from 'sakip';
 * jumlah(['5.473.751.535', '5.960.778.324'], { locale: 'id' }).value.toString(); // '11434529859'
 * ```
 */
export function jumlah(values: Iterable<Nilai>, rawOptions: InputOptions = {}): HasilJumlah {
  const options = opsi(rawOptions);
  let sum = ZERO;
  let n = 0;
  const na = bacaNilai(values, options, (x) => {
    sum = sum.plus(x);
    n++;
  });
  return frozen({
    jenis: 'jumlah',
    value: sum,
    n,
    na,
    explanation: `Jumlah ${n} nilai = ${inputText(sum)}` + (na > 0 ? ` (${na} nilai NA tidak dihitung)` : ''),
  });
}

/**
 * Weighted mean Σ(nilai × bobot) / Σ bobot; NA values are left out with their weights.
 *
 * @category Agregat
 * @example
 * ```ts
 * import { rataRataTertimbang } from 'sakip';
 * rataRataTertimbang([{ nilai: 100, bobot: 3 }, { nilai: 50, bobot: 1 }]).value?.toString(); // '87.5'
 * ```
 */
export function rataRataTertimbang(
  items: Iterable<{ nilai: Nilai; bobot: Angka }>,
  rawOptions: HasilOptions & InputOptions = {},
): HasilRataRata {
  const options = opsi(rawOptions);
  const p = pembulatanOf(options);
  let sum = ZERO;
  let weights = ZERO;
  let n = 0;
  let na = 0;
  let i = 0;
  for (const raw of daftar(items, 'items')) {
    const item = objek<{ nilai: Nilai; bobot: Angka }>(raw, `items[${i}]`);
    const x = nilaiOf(item.nilai, `items[${i}].nilai`, options);
    const w = toDecimal(item.bobot, `items[${i}].bobot`, options);
    tolakNegatif(w, `items[${i}].bobot`, item.bobot);
    i++;
    if (x === null) {
      na++;
      continue;
    }
    sum = sum.plus(x.times(w));
    weights = weights.plus(w);
    n++;
  }
  const value = weights.isZero() ? null : sum.div(weights);
  return frozen({
    jenis: 'rata-rata',
    value,
    reason: value === null ? 'tanpa-nilai' : null,
    n,
    na,
    rounded: applyPembulatan(value, p),
    pembulatan: p,
    explanation:
      value === null
        ? `Rata-rata tertimbang tidak dapat dihitung: ${alasanNA['tanpa-nilai']}`
        : `Rata-rata tertimbang = ${inputText(sum)} / ${inputText(weights)} = ${shown(value, p)}`,
  });
}

/** One indicator's capaian under its sasaran. @category Agregat */
export interface CapaianSasaran {
  sasaran: string;
  capaian: Nilai;
}

/** @category Agregat */
export interface HasilRataRataCapaian extends HasilRataRata {
  readonly mode: 'sasaran' | 'indikator';
  /** The mean of each sasaran, in first-seen order. */
  readonly perSasaran: readonly { readonly sasaran: string; readonly hasil: HasilRataRata }[];
}

/**
 * Mean capaian per sasaran, and the overall mean either of the sasaran means (`mode: 'sasaran'`,
 * Banyumas: 86,33 = mean of 100 and 72,66) or of all indicators (`mode: 'indikator'`, Buleleng).
 *
 * @category Agregat
 * @example
 * ```ts
 * import { rataRataCapaian } from 'sakip';
 * const r = rataRataCapaian([
 *   { sasaran: 'S1', capaian: 100 }, { sasaran: 'S1', capaian: 100 }, { sasaran: 'S1', capaian: 100 },
 *   { sasaran: 'S2', capaian: '72,66' },
 * ], { mode: 'sasaran' });
 * r.value?.toFixed(2); // '86.33'
 * ```
 */
export function rataRataCapaian(
  rawRows: Iterable<CapaianSasaran>,
  rawOptions: HasilOptions & InputOptions & { mode: 'sasaran' | 'indikator' },
): HasilRataRataCapaian {
  const options = objek<HasilOptions & InputOptions & { mode: 'sasaran' | 'indikator' }>(rawOptions, 'options');
  if (options.mode !== 'sasaran' && options.mode !== 'indikator') {
    throw new SakipError(ErrorCode.INVALID_OPTION, 'mode', options.mode);
  }
  const groups = new Map<string, Nilai[]>();
  const all: Nilai[] = [];
  daftar(rawRows, 'rows').forEach((raw, i) => {
    const row = objek<CapaianSasaran>(raw, `rows[${i}]`);
    // Every row names its sasaran: a group without one would print as "undefined".
    if (typeof row.sasaran !== 'string') {
      throw new SakipError(isBlank(row.sasaran) ? ErrorCode.EMPTY : ErrorCode.INVALID_TYPE, `rows[${i}].sasaran`, row.sasaran);
    }
    const list = groups.get(row.sasaran) ?? [];
    list.push(row.capaian);
    groups.set(row.sasaran, list);
    all.push(row.capaian);
  });
  const { decimals, rounding, locale } = options;
  const perSasaran = [...groups].map(([sasaran, values]) =>
    frozen({ sasaran, hasil: rataRata(values, { decimals, rounding, locale }) }),
  );
  const overall = options.mode === 'indikator' ? rataRata(all, options) : rataRata(perSasaran.map((s) => s.hasil), options);
  return frozen({ ...overall, mode: options.mode, perSasaran: frozen(perSasaran) });
}

/** @category Agregat */
export interface KategoriCapaian {
  /** Above 100 %. */
  readonly diAtas: number;
  /** Exactly 100 %. */
  readonly tepat: number;
  /** Below 100 %. */
  readonly diBawah: number;
  /** Not measurable. */
  readonly na: number;
}

/**
 * Counts indicators above, exactly at and below 100 %, and NA (as Pamekasan reports them).
 *
 * @category Agregat
 * @example
 * ```ts
 * import { hitungKategoriCapaian } from 'sakip';
 * hitungKategoriCapaian(['98,54', 100, '105,5', null]); // { diAtas: 1, tepat: 1, diBawah: 1, na: 1 }
 * ```
 */
export function hitungKategoriCapaian(values: Iterable<Nilai>, rawOptions: InputOptions = {}): KategoriCapaian {
  const out = { diAtas: 0, tepat: 0, diBawah: 0, na: 0 };
  // cmp gives −1, 0 or 1: below, at or above 100 %.
  const kategori = ['diBawah', 'tepat', 'diAtas'] as const;
  out.na = bacaNilai(values, opsi(rawOptions), (x) => void out[kategori[x.cmp(HUNDRED) + 1]!]++);
  return frozen(out);
}
