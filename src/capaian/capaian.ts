import { frozen, HUNDRED, type Decimal } from '../angka/decimal.js';
import { objek, opsi, punya } from '../angka/bentuk.js';
import { bacaPasangan, bagi, bulatkan, dariSkala, kemas, kerja, teks, teksOperand } from '../angka/digit.js';
import { isBlank, toDecimal, type Angka, type InputOptions } from '../angka/input.js';
import { negatif } from '../angka/nonnegatif.js';
import { applyPembulatan, inputText, pembulatanOf, shown, type HasilOptions, type Pembulatan } from '../angka/result.js';
import { ErrorCode, SakipError } from '../errors.js';
import { alasanNA, naCapaian, type AlasanNA, type SifatAngka } from './na.js';
import { resolveOrdinal, scoreOf, type OrdinalScale } from './ordinal.js';
import { intermediate, operand, rasio, type RasioInput } from './rasio.js';
import { defaultRumus, rumusCapaian, type Arah, type RumusId } from './rumus.js';

/** A range target such as "80–90 %". @category Capaian */
export interface RentangTarget {
  min: Angka;
  max: Angka;
}

/** What {@link capaian} measures. @category Capaian */
export interface CapaianInput {
  /** A number, a range `{ min, max }`, or a qualitative label (with the `ordinal` option). */
  target: Angka | RentangTarget | null | undefined;
  /** A number, a qualitative label, or a ratio `{ pembilang, penyebut }`. Blank gives NA. */
  realisasi: Angka | RasioInput | null | undefined;
  /** An earlier period's realisasi added to this one (cumulative indicators). */
  realisasiSebelumnya?: Angka;
}

/** @category Capaian */
export interface CapaianOptions extends HasilOptions, InputOptions {
  /** Default `'positif'`. */
  arah?: Arah;
  /** Default F1 for positif, F2 for negatif. */
  rumus?: RumusId;
  /** Ordinal scale (object or id) for qualitative targets, e.g. `'nilai-sakip'`, `'opini-bpk'`. */
  ordinal?: string | OrdinalScale;
  /** Cap the result at this value (e.g. 120). Off by default: LKjIP tables print uncapped values. */
  batasAtas?: Angka;
}

/**
 * Peringatan codes a capaian result may carry. `target-negatif`: the target (or a bound of the
 * range) is below zero, where every formula reverses its meaning (F1 with target −5: realisasi −2
 * scores 40 %, −10 scores 200 %); the figure is computed as written and flagged.
 *
 * @category Capaian
 */
export type PeringatanCapaian = 'rumus-tidak-sesuai-arah' | 'rumus-f5-keliru' | 'target-negatif';

/**
 * A capaian result: plain, frozen, JSON-safe. `value` is the exact percentage (a Decimal of the
 * library's clone) or null with a `reason`.
 *
 * @category Capaian
 */
export interface HasilCapaian {
  readonly jenis: 'capaian';
  readonly value: Decimal | null;
  readonly reason: AlasanNA | null;
  readonly rumus: RumusId;
  readonly arah: Arah;
  /** The target the formula used (for a range: the bound it was measured against). */
  readonly target: Decimal | null;
  /** The realisasi the formula used (after ratio, accumulation or ordinal scoring). */
  readonly realisasi: Decimal | null;
  readonly rentang: { readonly min: Decimal; readonly max: Decimal } | null;
  readonly ordinal: string | null;
  readonly batasAtas: Decimal | null;
  readonly capped: boolean;
  readonly rounded: Decimal | null;
  readonly pembulatan: Pembulatan | null;
  readonly peringatan: readonly PeringatanCapaian[];
  /** One Indonesian sentence saying how the figure was obtained. */
  readonly explanation: string;
}

/**
 * Capaian kinerja: the achievement of an indicator against its target, in percent.
 *
 * @category Capaian
 * @example
 * ```ts
 * import { capaian } from 'sakip';
 * const c = capaian({ target: '5,15', realisasi: '5,85' }, { arah: 'negatif' });
 * c.value?.toFixed(2); // '86.41'
 * c.explanation;       // 'Capaian = (2 × 5,15 − 5,85) / 5,15 × 100 = 86,41 % (F2, indikator negatif)'
 * capaian({ target: 0, realisasi: 3 }).reason; // 'target-nol'
 * ```
 */
export function capaian(input: CapaianInput, options: CapaianOptions = {}): HasilCapaian {
  const i = objek<CapaianInput>(input, 'input');
  const o = opsi(options);
  return cepat(i, o) ?? hitung(i, o);
}

const PERINGATAN: readonly (readonly PeringatanCapaian[])[] = [
  Object.freeze([]),
  Object.freeze(['rumus-tidak-sesuai-arah']),
  Object.freeze(['rumus-f5-keliru']),
  Object.freeze(['rumus-tidak-sesuai-arah', 'rumus-f5-keliru']),
] as const;

/**
 * The common row, computed on digits (see `angka/digit.ts`): a positive number (or plain numeric
 * string) for target and realisasi, a formula, no range, ordinal, cap or accumulation. The result
 * is the one {@link hitung} gives, field by field and word by word (test/perrow.test.ts); null
 * sends every other row, and every row the digits cannot hold exactly, to {@link hitung}.
 */
function cepat(input: CapaianInput, options: CapaianOptions): HasilCapaian | null {
  if (input.realisasiSebelumnya !== undefined || options.ordinal !== undefined || options.batasAtas !== undefined) return null;
  const arah = options.arah ?? 'positif';
  if (arah !== 'positif' && arah !== 'negatif') return null;
  const rumusId = options.rumus ?? defaultRumus(arah);
  if (typeof rumusId !== 'string' || !Object.prototype.hasOwnProperty.call(rumusCapaian, rumusId)) return null;
  if (!bacaPasangan(input.target, input.realisasi, options.locale)) return null;
  const { a: T, b: R, x: t, y: r, da: DT, db: DR, q: Q, bulat: S, operand: X } = kerja;
  let a: number;
  let b: number;
  switch (rumusId) {
    case 'F1':
      a = r;
      b = t;
      break;
    case 'F4':
      a = t;
      b = r;
      break;
    case 'F5':
      a = t - r;
      b = t;
      break;
    default: // F2 and F3: (2T − R) / T
      a = 2 * t - r;
      b = t;
  }
  if (!(a > 0) || !bagi(a, b, Q)) return null;
  const p = pembulatanOf(options);
  Q.e += 2; // × 100
  dariSkala(T, DT);
  dariSkala(R, DR);
  bulatkan(Q, p?.decimals ?? 2, p?.rounding ?? 'half-up', S);
  const rumus = rumusCapaian[rumusId];
  const tulis = rumus.tulis(teksOperand(DT, false, X), teksOperand(DR, false, X));
  return Object.freeze({
    jenis: 'capaian',
    rumus: rumusId,
    arah,
    ordinal: null,
    batasAtas: null,
    value: kemas(Q, 1),
    reason: null,
    target: kemas(DT, 1),
    realisasi: kemas(DR, 1),
    rentang: null,
    capped: false,
    rounded: p === null ? null : kemas(S, 1),
    pembulatan: p,
    peringatan: PERINGATAN[(rumus.arah !== arah ? 1 : 0) + (rumusId === 'F5' ? 2 : 0)]!,
    explanation: `Capaian = ${tulis} × 100 = ${teks(S, p?.decimals ?? 2)} % (${rumusId}, indikator ${arah})`,
  });
}

function hitung(input: CapaianInput, options: CapaianOptions): HasilCapaian {
  const arah = options.arah ?? 'positif';
  if (arah !== 'positif' && arah !== 'negatif') throw new SakipError(ErrorCode.INVALID_OPTION, 'arah', arah);
  const rumusId = options.rumus ?? defaultRumus(arah);
  if (typeof rumusId !== 'string' || !Object.prototype.hasOwnProperty.call(rumusCapaian, rumusId)) {
    throw new SakipError(ErrorCode.INVALID_OPTION, 'rumus', rumusId);
  }
  const rumus = rumusCapaian[rumusId];
  const p = pembulatanOf(options);
  const ordinal = options.ordinal === undefined ? null : resolveOrdinal(options.ordinal);
  const batasAtas = options.batasAtas === undefined ? null : toDecimal(options.batasAtas, 'batasAtas', options);
  const peringatan: PeringatanCapaian[] = [];
  if (rumus.arah !== arah) peringatan.push('rumus-tidak-sesuai-arah');
  if (!rumus.sah) peringatan.push('rumus-f5-keliru');

  const base = { jenis: 'capaian' as const, rumus: rumusId, arah, ordinal: ordinal?.id ?? null, batasAtas };
  const na = (reason: AlasanNA, target: Decimal | null, realisasi: Decimal | null): HasilCapaian =>
    frozen({
      ...base,
      value: null,
      reason,
      target,
      realisasi,
      rentang: null,
      capped: false,
      rounded: null,
      pembulatan: p,
      peringatan: frozen(peringatan),
      explanation: `Capaian tidak dapat diukur: ${alasanNA[reason]} (${rumusId}, indikator ${arah})`,
    });

  // Which NA reason wins is the owner's (naCapaian, na.ts): realisasi is read first, then target.
  const membagi = rumus.dividesByRealisasi;
  if (isBlank(input.realisasi)) return na(naCapaian('kosong', undefined, membagi)!, null, null);
  const r = readRealisasi(input, ordinal, options);
  if ('reason' in r) return na(r.reason, null, null);
  if (isBlank(input.target)) return na(naCapaian(sifat(r.value), 'kosong', membagi)!, null, r.value);
  const t = readTarget(input.target, ordinal, options);
  if ('reason' in t) return na(t.reason, null, r.value);
  if (t.note) r.ordinalNote = t.note + r.ordinalNote;
  if (negatif(t.rentang?.min ?? t.value)) peringatan.push('target-negatif');

  let target = t.value;
  let note = '';
  if (t.rentang) {
    const { min, max } = t.rentang;
    if (r.value.gte(min) && r.value.lte(max)) {
      return finish(HUNDRED, min, r, t.rentang,
        `Realisasi ${inputText(r.value)} di dalam rentang target ${inputText(min)}–${inputText(max)}, capaian = 100 %`);
    }
    target = r.value.gt(max) ? max : min;
    note = `Realisasi di ${r.value.gt(max) ? 'atas' : 'bawah'} rentang ${inputText(min)}–${inputText(max)}, diukur terhadap ${inputText(target)}: `;
  }
  const alasan = naCapaian(sifat(r.value), sifat(target), membagi);
  if (alasan !== null) return na(alasan, target, r.value);
  const value = rumus.hitung(target, r.value);
  const sentence = `${note}Capaian = ${rumus.tulis(operand(target), operand(r.value))} × 100`;
  return finish(value, target, r, t.rentang, sentence);

  function finish(
    raw: Decimal,
    tUsed: Decimal,
    real: { value: Decimal; prefix: string; ordinalNote: string },
    rentang: { min: Decimal; max: Decimal } | null,
    sentence: string,
  ): HasilCapaian {
    const capped = batasAtas !== null && raw.gt(batasAtas);
    const value = capped ? batasAtas! : raw;
    const cap = capped ? `, dibatasi ${inputText(batasAtas!)} %` : '';
    const qualifier = `${rumusId}, indikator ${arah}${real.ordinalNote}`;
    const result = rentang && raw.eq(HUNDRED) && sentence.startsWith('Realisasi ') ? '' : ` = ${shown(raw, p)} %`;
    return frozen({
      ...base,
      value,
      reason: null,
      target: tUsed,
      realisasi: real.value,
      rentang: rentang ? frozen({ ...rentang }) : null,
      capped,
      rounded: applyPembulatan(value, p),
      pembulatan: p,
      peringatan: frozen(peringatan),
      explanation: `${real.prefix}${sentence}${result}${cap} (${qualifier})`,
    });
  }
}

const sifat = (x: Decimal): SifatAngka => (x.isZero() ? 'nol' : 'ada');

type Read = { value: Decimal; prefix: string; ordinalNote: string } | { reason: AlasanNA };

function readRealisasi(input: CapaianInput, ordinal: OrdinalScale | null, options: InputOptions): Read {
  const raw = input.realisasi;
  let value: Decimal;
  let prefix = '';
  let ordinalNote = '';
  if (punya(raw, 'pembilang', 'realisasi')) {
    const q = rasio(raw as RasioInput, options);
    if (q.value === null) return { reason: q.reason! };
    value = q.value;
    prefix = `Realisasi = ${inputText(q.pembilang!)} / ${inputText(q.penyebut!)} × ${inputText(q.pengali)} ${intermediate(value)}; `;
  } else if (ordinal) {
    // On an ordinal scale both sides are labels: a number is not on it (mixing a score with a
    // label's rank would be meaningless).
    const score = typeof raw === 'string' ? scoreOf(ordinal, raw) : null;
    if (score === null) return { reason: 'nilai-kualitatif-tidak-dikenal' };
    value = toDecimal(score, 'realisasi');
    ordinalNote = `; realisasi ${String(raw).trim()} = ${score} pada skala ${ordinal.id}`;
  } else {
    value = toDecimal(raw as Angka, 'realisasi', options);
  }
  if (input.realisasiSebelumnya !== undefined) {
    const before = toDecimal(input.realisasiSebelumnya, 'realisasiSebelumnya', options);
    const total = value.plus(before);
    prefix += `Realisasi kumulatif = ${operand(value)} + ${inputText(before)} ${intermediate(total)}; `;
    value = total;
  }
  return { value, prefix, ordinalNote };
}

type ReadTarget =
  | { value: Decimal; rentang: { min: Decimal; max: Decimal } | null; note?: string }
  | { reason: AlasanNA };

function readTarget(raw: CapaianInput['target'], ordinal: OrdinalScale | null, options: InputOptions): ReadTarget {
  if (punya(raw, 'min', 'target') && punya(raw, 'max', 'target')) {
    const range = objek<RentangTarget>(raw, 'target');
    const min = toDecimal(range.min, 'target.min', options);
    const max = toDecimal(range.max, 'target.max', options);
    if (min.gt(max)) throw new SakipError(ErrorCode.INVALID_OPTION, 'target', `${min}–${max}`, 'min > max');
    return { value: min, rentang: { min, max } };
  }
  if (ordinal) {
    const score = typeof raw === 'string' ? scoreOf(ordinal, raw) : null;
    if (score === null) return { reason: 'nilai-kualitatif-tidak-dikenal' };
    return { value: toDecimal(score, 'target'), rentang: null, note: `; target ${String(raw).trim()} = ${score}` };
  }
  return { value: toDecimal(raw as Angka, 'target', options), rentang: null };
}
