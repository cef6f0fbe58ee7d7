import { daftar, objek, opsi, susunan, terbaca } from '../angka/bentuk.js';
import { dalamBaris, ErrorCode, SakipError } from '../errors.js';
import { Decimal, frozen } from '../angka/decimal.js';
import { toDecimal, type Angka, type InputOptions } from '../angka/input.js';
import { negatif } from '../angka/nonnegatif.js';
import { checkDecimals, type Rounding } from '../angka/round.js';
import { capaian, type CapaianInput } from '../capaian/capaian.js';
import { naCapaian, type AlasanNA, type SifatAngka } from '../capaian/na.js';
import { defaultRumus, rumusCapaian, type Arah, type BentukRumus, type Rumus, type RumusId } from '../capaian/rumus.js';
import { resolveScale, type Edges } from '../predikat/predikat.js';
import type { Band, Scale } from '../predikat/scale.js';
import { readScaled, slot, scalar, type Scaled } from './angka-cepat.js';
import { bandOf, compileScale, NO_BAND, type CompiledScale } from './band-cepat.js';
import { alasanDari, bagiBulat, kodeAlasan, POW10, startBatch, tabelMode, type Tabel } from './pembagian.js';

/** Options of the batch computations. @category Batch */
export interface BatchOptions extends InputOptions {
  /** Decimals of the rounded result; default 2. */
  decimals?: number;
  /** Default `'half-up'`. */
  rounding?: Rounding;
  /** Grade each rounded capaian on this scale (object or id). */
  scale?: Scale | string;
  /** Default `'as-printed'`. */
  edges?: Edges;
}

/** @category Batch */
export interface CapaianBatchOptions extends BatchOptions {
  /** One direction for all rows, or one per row; default `'positif'`. */
  arah?: Arah | ArrayLike<Arah>;
  /** Default F1 for positif and F2 for negatif. */
  rumus?: RumusId;
}

/**
 * Results of a batch, in input order, as columns. `scaled[i]` is the rounded figure times
 * 10^decimals (an exact integer) or NaN for an NA row, whose `reason[i]` says why. Use
 * {@link nilaiBatch} and {@link predikatBatch} to read a row as a Decimal and a band.
 *
 * @category Batch
 */
export interface HasilBatch {
  readonly length: number;
  readonly decimals: number;
  readonly rounding: Rounding;
  readonly scaled: Float64Array;
  readonly reason: readonly (AlasanNA | null)[];
  /** Index of each row's band in `scale.bands`; -1 no band, -2 beyond a scale that forbids it. */
  readonly band: Int16Array | null;
  readonly scale: Scale | null;
  /** Rounded figures too large for an exact integer in `scaled`, by row. */
  readonly large: ReadonlyMap<number, Decimal>;
  /** How many rows the floating-point filter could not decide and took the exact decimal path. */
  readonly exactRows: number;
}

/**
 * A row's rounded figure as a Decimal of the library's clone, or null for NA.
 *
 * @category Batch
 * @example
 * ```ts
 * import { capaianKolom, nilaiBatch } from 'sakip';
 * const h = capaianKolom({ target: ['5.15', '80'], realisasi: ['5.85', null] }, { arah: 'negatif' });
 * nilaiBatch(h, 0)?.toFixed(2); // '86.41'
 * h.reason[1];                  // 'realisasi-kosong'
 * ```
 */
export function nilaiBatch(h: HasilBatch, i: number): Decimal | null {
  const hasil = baris(h, i);
  const large = terbaca('hasil.large', () => (typeof hasil.large?.get === 'function' ? hasil.large.get(i) : PETA_RUSAK));
  if (large === PETA_RUSAK) throw new SakipError(ErrorCode.INVALID_TYPE, 'hasil.large', hasil.large, 'harus berupa Map');
  // The batch's own figure may lie beyond the input limits (a ratio of two figures within them
  // can reach 10^82): it is returned as it is, never read again through the input gate.
  if (large instanceof Decimal && large.constructor === Decimal && Object.isFrozen(large) && Array.isArray(large.d)) return large;
  // A result that crossed structuredClone holds the fields of its Decimals: read them back exactly.
  if (large !== undefined) return toDecimal(large, `hasil.large(${i})`);
  const s = hasil.scaled[i];
  if (typeof s !== 'number' || s === Infinity || s === -Infinity) throw new SakipError(ErrorCode.INVALID_TYPE, `hasil.scaled[${i}]`, s);
  return Number.isNaN(s) ? null : frozen(new Decimal(s).div(POW10[hasil.decimals]!));
}

const PETA_RUSAK = Symbol('peta rusak');

/**
 * A row index and the batch result it reads, checked: the index an integer within the result's
 * length, and the result's columns as a batch makes them (a hand-made or JSON-copied result is a
 * typed error naming the field, never a wrong figure).
 */
function baris(h: HasilBatch, i: number): HasilBatch {
  const hasil = objek<HasilBatch>(h, 'hasil');
  const n = hasil.length;
  if (!Number.isInteger(n) || n < 0) throw new SakipError(ErrorCode.INVALID_TYPE, 'hasil.length', n);
  if (!Number.isInteger(i) || i < 0 || i >= n) throw new SakipError(ErrorCode.INVALID_OPTION, 'baris', i, `harus 0 … ${n - 1}`);
  const kolom = (x: unknown) => terbaca('hasil', () => ArrayBuffer.isView(x) && (x as unknown as ArrayLike<number>).length >= n);
  if (!kolom(hasil.scaled)) throw new SakipError(ErrorCode.INVALID_TYPE, 'hasil.scaled', hasil.scaled, `harus kolom angka sepanjang ${n}`);
  if (hasil.band !== null && hasil.band !== undefined && !kolom(hasil.band)) {
    throw new SakipError(ErrorCode.INVALID_TYPE, 'hasil.band', hasil.band, `harus kolom angka sepanjang ${n}`);
  }
  checkDecimals(hasil.decimals, 'hasil.decimals');
  return hasil;
}

/** A column given as an array or typed array is used as is; anything else is read once into an array. */
export function kolomOf<T>(x: ArrayLike<T>, field: string): ArrayLike<T> {
  return susunan(x, field) || ArrayBuffer.isView(x) ? x : daftar(x, field);
}

/**
 * A row's band, or null (NA, a gap, or beyond the scale).
 *
 * @category Batch
 * @example
 * ```ts
 * import { capaianKolom, predikatBatch } from 'sakip';
 * const h = capaianKolom({ target: [80, 70], realisasi: ['58.13', '95.02'] }, { scale: 'permendagri-86-2017' });
 * predikatBatch(h, 0)?.label; // 'Sedang'
 * predikatBatch(h, 1)?.label; // 'Sangat Tinggi'
 * ```
 */
export function predikatBatch(h: HasilBatch, i: number): Band | null {
  const hasil = baris(h, i);
  const b = hasil.band?.[i] ?? NO_BAND;
  if (b < 0) return null;
  const band = terbaca('hasil.scale', () => hasil.scale?.bands?.[b]);
  if (band === null || typeof band !== 'object') throw new SakipError(ErrorCode.INVALID_TYPE, 'hasil.scale', hasil.scale, `tanpa band ${b}`);
  return band;
}

/** Parallel columns of a batch, one entry per row. @category Batch */
export type KolomCapaian = { target: ArrayLike<Angka | null | undefined>; realisasi: ArrayLike<Angka | null | undefined> };

/** The columns of a row, as the per-row function names them. */
const KOLOM = ['target', 'realisasi'] as const;

/**
 * Capaian of many indicators at once, in columns (parallel arrays of targets and realisasi),
 * rounded and optionally graded. Every figure equals `capaian(...)` rounded the same way: a
 * floating-point filter decides the rounding when it provably can and the exact decimal path
 * does the rest.
 *
 * @category Batch
 * @example
 * ```ts
 * import { capaianKolom } from 'sakip';
 * const h = capaianKolom({ target: ['7', '8', '0'], realisasi: ['6.5', '9', '3'] }, { arah: 'negatif' });
 * Array.from(h.scaled); // [10714, 8750, NaN]
 * h.reason;             // [null, null, 'target-nol']
 * ```
 */
export function capaianKolom(rawKolom: KolomCapaian, rawOptions: CapaianBatchOptions = {}): HasilBatch {
  const options = opsi(rawOptions);
  const kolom = objek<KolomCapaian>(rawKolom, 'kolom');
  const target = kolomOf(kolom.target, 'target');
  const realisasi = kolomOf(kolom.realisasi, 'realisasi');
  const arahKolom = typeof options.arah === 'object' && options.arah !== null ? kolomOf(options.arah, 'arah') : null;
  const arahTetap = arahKolom ? 'positif' : ((options.arah as Arah | undefined) ?? 'positif');
  const n = target.length;
  const { decimals, rounding, dmode, scaled, kode, large } = startBatch(n, realisasi.length, options);
  const compiled: CompiledScale | null = options.scale === undefined ? null : compileScale(resolveScale(options.scale), decimals, options.edges ?? 'as-printed');
  const band = compiled ? new Int16Array(n) : null;
  // The formula of each direction, looked up once (an unknown one takes the exact path, where
  // capaian() refuses it).
  const rumusPositif = options.rumus ?? defaultRumus('positif');
  const rumusNegatif = options.rumus ?? defaultRumus('negatif');
  const fPositif = rumusOf(rumusPositif);
  const fNegatif = rumusOf(rumusNegatif);
  const t: Scaled = slot();
  const r: Scaled = slot();
  const k = 2 + decimals;
  // The rounding table of the mode; a mode without one (none of the named modes) takes the exact path.
  const tabel = tabelMode(dmode);
  let exactRows = 0;

  for (let i = 0; i < n; i++) {
    const arah = arahKolom ? (arahKolom[i] ?? 'positif') : arahTetap;
    // The options first, as capaian() checks them before it reads a figure.
    let f: Rumus | undefined;
    if (arah === 'positif') f = fPositif;
    else if (arah === 'negatif') f = fNegatif;
    else throw new SakipError(ErrorCode.INVALID_OPTION, `arah[${i}]`, arah);
    const tx = target[i];
    const rx = realisasi[i];
    let q = Number.NaN;
    if (f !== undefined && tabel !== undefined && k <= 22 && scalar(tx) && scalar(rx)) {
      // In capaian()'s order: realisasi (blank is NA whatever the target), then target.
      readScaled(rx, 'realisasi', i, options, r);
      if (!r.blank) readScaled(tx, 'target', i, options, t);
      // Which NA reason wins is the owner's (capaian/na.ts).
      const na = naCapaian(sifat(r), r.blank ? undefined : sifat(t), f.dividesByRealisasi);
      if (na !== null) {
        kode[i] = kodeAlasan(na);
        scaled[i] = Number.NaN;
        if (band) band[i] = NO_BAND;
        continue;
      }
      if (r.ok && t.ok) q = fast(f.bentuk, t, r, k, tabel);
    }
    if (Number.isNaN(q)) {
      exactRows++;
      const rumus = arah === 'positif' ? rumusPositif : rumusNegatif;
      const exact = dalamBaris(i, KOLOM, () => capaian({ target: tx, realisasi: rx } as CapaianInput, { arah, rumus, locale: options.locale ?? 'auto' }));
      if (exact.value === null) {
        kode[i] = kodeAlasan(exact.reason!);
        scaled[i] = Number.NaN;
        if (band) band[i] = NO_BAND;
        continue;
      }
      const rounded = exact.value.toDecimalPlaces(decimals, dmode);
      const s = rounded.times(POW10[decimals]!);
      q = Number(s.toFixed(0));
      if (!Number.isSafeInteger(q)) {
        large.set(i, frozen(rounded));
        if (band) band[i] = bandOfLarge(compiled!, rounded);
        scaled[i] = q;
        continue;
      }
    }
    scaled[i] = q;
    if (band) band[i] = bandOf(compiled!, q);
  }
  return hasilBatch({ length: n, decimals, rounding, scaled, kode, band, scale: compiled?.scale ?? null, large, exactRows });
}

/** The formula of an id from the formulas table, or undefined for an id it does not have. */
function rumusOf(id: RumusId): Rumus | undefined {
  return typeof id === 'string' && Object.prototype.hasOwnProperty.call(rumusCapaian, id) ? rumusCapaian[id] : undefined;
}

/** The frozen result, its reasons column read from the codes on first use. */
export function hasilBatch(h: Omit<HasilBatch, 'reason'> & { kode: Uint8Array }): HasilBatch {
  const { kode, ...rest } = h;
  // One getter for every result (it finds the codes by the result), so results share one shape.
  KODE_HASIL.set(rest, kode);
  return Object.freeze(Object.defineProperty(rest, 'reason', { get: bacaAlasan, enumerable: true })) as HasilBatch;
}

const KODE_HASIL = new WeakMap<object, Uint8Array>();

function bacaAlasan(this: object): (AlasanNA | null)[] {
  return alasanDari(KODE_HASIL.get(this)!);
}

/** A figure as the NA rule sees it; one the fast reader could not hold has over 15 digits or 20 decimals, so it is not zero. */
const sifat = (x: Scaled): SifatAngka => (x.blank ? 'kosong' : x.ok && x.m === 0 ? 'nol' : 'ada');

/**
 * The fast path of one row: exact integers aligned to a common scale, the formula's numerator
 * from its coefficients (exact while it stays a safe integer), then the filtered division.
 */
function fast(f: BentukRumus, t: Scaled, r: Scaled, k: number, tabel: Tabel): number {
  const s = t.s > r.s ? t.s : r.s;
  if (s > 22) return Number.NaN;
  const tt = t.m * POW10[s - t.s]!;
  const rr = r.m * POW10[s - r.s]!;
  if (!Number.isSafeInteger(tt) || !Number.isSafeInteger(rr)) return Number.NaN;
  // A product or sum of safe integers that is itself a safe integer is exact.
  const x = f.t * tt;
  const y = f.r * rr;
  const a = x + y;
  if (!Number.isSafeInteger(x) || !Number.isSafeInteger(y) || !Number.isSafeInteger(a)) return Number.NaN;
  return bagiBulat(a, f.per === 'T' ? tt : rr, k, tabel, true);
}

function bandOfLarge(c: CompiledScale, rounded: Decimal): number {
  // Beyond 2^53 hundredths only the scale's outer rule can apply.
  return negatif(rounded) ? c.lookup(-Infinity) : c.lookup(Infinity);
}

/** One indicator of {@link capaianBatch}. @category Batch */
export interface BarisCapaian {
  target: Angka | null | undefined;
  realisasi: Angka | null | undefined;
  arah?: Arah;
}

/**
 * Capaian of many indicators given as rows (an array or any iterable), in input order.
 *
 * @category Batch
 * @example
 * ```ts
 * import { capaianBatch, nilaiBatch } from 'sakip';
 * const h = capaianBatch([{ target: '5,15', realisasi: '5,85', arah: 'negatif' }, { target: 80, realisasi: '58,13' }]);
 * nilaiBatch(h, 0)?.toFixed(2); // '86.41'
 * nilaiBatch(h, 1)?.toFixed(2); // '72.66'
 * ```
 */
export function capaianBatch(rows: Iterable<BarisCapaian>, rawOptions: CapaianBatchOptions = {}): HasilBatch {
  const options = opsi(rawOptions);
  const target: (Angka | null | undefined)[] = [];
  const realisasi: (Angka | null | undefined)[] = [];
  const arah: Arah[] = [];
  for (const raw of daftar(rows, 'rows')) {
    const row = objek<BarisCapaian>(raw, `rows[${target.length}]`);
    target.push(row.target);
    realisasi.push(row.realisasi);
    arah.push(row.arah ?? (typeof options.arah === 'string' ? options.arah : 'positif'));
  }
  return capaianKolom({ target, realisasi }, { ...options, arah });
}

