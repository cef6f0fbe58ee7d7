import { frozen, HUNDRED, type Decimal } from '../angka/decimal.js';
import { objek, opsi, punya } from '../angka/bentuk.js';
import { isBlank, toDecimal, type Angka, type InputOptions } from '../angka/input.js';
import { negatif } from '../angka/nonnegatif.js';
import { applyPembulatan, inputText, pembulatanOf, shown, type HasilOptions, type Pembulatan } from '../angka/result.js';
import { ErrorCode, SakipError } from '../errors.js';
import { alasanNA, type AlasanNA } from './na.js';
import { resolveOrdinal, scoreOf, type SkalaOrdinal } from './ordinal.js';
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
  ordinal?: string | SkalaOrdinal;
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
  return hitung(objek<CapaianInput>(input, 'input'), opsi(options));
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

  // Realisasi first: a blank realisasi is NA whatever the target.
  const r = readRealisasi(input, ordinal, options);
  if ('reason' in r) return na(r.reason, null, null);
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
  if (target.isZero()) return na('target-nol', target, r.value);
  if (rumus.dividesByRealisasi && r.value.isZero()) return na('realisasi-nol', target, r.value);
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

type Read = { value: Decimal; prefix: string; ordinalNote: string } | { reason: AlasanNA };

function readRealisasi(input: CapaianInput, ordinal: SkalaOrdinal | null, options: InputOptions): Read {
  const raw = input.realisasi;
  if (isBlank(raw)) return { reason: 'realisasi-kosong' };
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

function readTarget(raw: CapaianInput['target'], ordinal: SkalaOrdinal | null, options: InputOptions): ReadTarget {
  if (isBlank(raw)) return { reason: 'target-kosong' };
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
