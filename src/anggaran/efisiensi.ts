import { daftar, objek, opsi, punya } from '../angka/bentuk.js';
import { Decimal, frozen, HUNDRED, ZERO } from '../angka/decimal.js';
import { bacaPasangan, bacaPositif, bagi, bulatkan, dariSkala, kemas, kerja, sejajarkan, Skala, teks, teksOperand } from '../angka/digit.js';
import { isBlank, toDecimal, type Angka, type InputOptions } from '../angka/input.js';
import { applyPembulatan, inputText, pembulatanOf, shown, type HasilOptions, type Pembulatan } from '../angka/result.js';
import { alasanNA, type AlasanNA } from '../capaian/na.js';
import { operand } from '../capaian/rasio.js';
import { ErrorCode, SakipError } from '../errors.js';
import { nonNegative } from './serapan.js';

/** A definition of efisiensi, chosen by name. @category Anggaran */
export type MetodeEfisiensi = 'capaian-serapan' | '100-serapan' | 'capaian/serapan' | 'indeks';

/** The efisiensi definitions in use, as data with their sources. @category Anggaran */
export const metodeEfisiensi: Readonly<Record<MetodeEfisiensi, { readonly rumus: string; readonly sumber: string }>> =
  frozen({
    'capaian-serapan': {
      rumus: 'E = capaian % − serapan %',
      sumber: 'LKjIP Pamekasan 2023: "persentase capaian kinerja dikurangi persentase capaian anggaran"',
    },
    '100-serapan': {
      rumus: 'E = 100 % − serapan %',
      sumber: 'LKjIP Banyumas dan Polewali Mandar 2023: bagian anggaran yang tidak terserap',
    },
    'capaian/serapan': {
      rumus: 'E = capaian % / serapan % × 100',
      sumber: 'Rasio keluaran terhadap masukan (output per input)',
    },
    indeks: {
      rumus: 'IE = capaian % / serapan %',
      sumber: 'Indeks efisiensi, rasio tanpa × 100: LKj PRKOM BPOM 2021 Tabel 28 ("IE = % output / % input"; 1 berarti efisien)',
    },
  });

/**
 * A figure given as a number or as an earlier result. An NA result passes its reason on when it
 * is one of {@link AlasanNA}; without a reason, or with one the library does not know, it counts
 * as a blank figure (`realisasi-kosong`).
 */
export type Persen = Angka | { readonly value: Decimal | null; readonly reason?: AlasanNA | null };

/** @category Anggaran */
export interface EfisiensiInput {
  /** Capaian kinerja %, not needed for `'100-serapan'`. */
  capaian?: Persen | null;
  serapan: Persen | null;
}

/** @category Anggaran */
export interface HasilEfisiensi {
  readonly jenis: 'efisiensi';
  readonly metode: MetodeEfisiensi;
  readonly value: Decimal | null;
  /**
   * Why there is no value: `penyebut-nol` (serapan 0 under `capaian/serapan` or `indeks`),
   * `realisasi-kosong` (a blank figure), or the reason of an NA result given as a figure when it
   * is one of {@link AlasanNA} (see {@link Persen}). Never any other text.
   */
  readonly reason: AlasanNA | null;
  readonly capaian: Decimal | null;
  readonly serapan: Decimal | null;
  readonly rounded: Decimal | null;
  readonly pembulatan: Pembulatan | null;
  readonly explanation: string;
}

/**
 * Efisiensi under a named definition: capaian − serapan, 100 − serapan, or capaian / serapan.
 *
 * @category Anggaran
 * @example
 * ```ts
 * import { efisiensi } from 'sakip';
 * efisiensi({ capaian: '98,54', serapan: '97,81' }, { metode: 'capaian-serapan' }).value?.toFixed(2); // '0.73'
 * efisiensi({ serapan: 66 }, { metode: '100-serapan' }).value?.toString(); // '34'
 * ```
 */
export function efisiensi(
  raw: EfisiensiInput,
  rawOptions: HasilOptions & InputOptions & { metode: MetodeEfisiensi },
): HasilEfisiensi {
  const input = objek<EfisiensiInput>(raw, 'input');
  const options = objek<HasilOptions & InputOptions & { metode: MetodeEfisiensi }>(rawOptions, 'options');
  const metode = options.metode;
  if (typeof metode !== 'string' || !Object.prototype.hasOwnProperty.call(metodeEfisiensi, metode)) {
    throw new SakipError(ErrorCode.INVALID_OPTION, 'metode', metode);
  }
  const p = pembulatanOf(options);
  const cepat = efisiensiCepat(input, metode, options, p);
  if (cepat !== null) return cepat;
  const s = persen(input.serapan, 'serapan', options);
  const c: Read = metode === '100-serapan' ? { value: null } : persen(input.capaian, 'capaian', options);
  let reason: AlasanNA | null = s.reason ?? (c as Read).reason ?? null;
  let value: Decimal | null = null;
  if (!reason) {
    const sv = s.value!;
    if (metode === '100-serapan') value = HUNDRED.minus(sv);
    else if (metode === 'capaian-serapan') value = c.value!.minus(sv);
    else if (sv.isZero()) reason = 'penyebut-nol';
    else value = metode === 'indeks' ? c.value!.div(sv) : c.value!.div(sv).times(HUNDRED);
  }
  const cText = c.value ? operand(c.value) : '';
  const sText = s.value ? operand(s.value) : '';
  const formula =
    metode === '100-serapan'
      ? `100 − ${sText}`
      : metode === 'capaian-serapan'
        ? `${cText} − ${sText}`
        : `${cText} / ${sText}${metode === 'indeks' ? '' : ' × 100'}`;
  return frozen({
    jenis: 'efisiensi',
    metode,
    value,
    reason,
    capaian: c.value ?? null,
    serapan: s.value ?? null,
    rounded: applyPembulatan(value, p),
    pembulatan: p,
    explanation:
      value === null
        ? `Efisiensi tidak dapat diukur: ${alasanNA[reason!]} (${metode})`
        : `Efisiensi = ${formula} = ${shown(value, p)}${metode === 'indeks' ? '' : ' %'} (${metodeEfisiensi[metode].rumus})`,
  });
}

/** The 100 of `100 − serapan`, as a read figure. */
const SERATUS = new Skala();
SERATUS.m = 100;
const BEDA = new Skala();

/**
 * The common call, computed on digits (see `angka/digit.ts`): positive plain figures whose
 * aligned integers fit in 2^51. The result is the one the general path gives, word by word
 * (test/perrow.test.ts); null sends every other call (results, blanks, zero, signs, long figures) there.
 */
function efisiensiCepat(input: EfisiensiInput, metode: MetodeEfisiensi, options: InputOptions, p: Pembulatan | null): HasilEfisiensi | null {
  const seratus = metode === '100-serapan';
  const ok = seratus ? bacaPositif(input.serapan, options.locale, kerja.b) && sejajarkan(SERATUS, kerja.b) : bacaPasangan(input.capaian, input.serapan, options.locale);
  if (!ok) return null;
  const { a: C, b: S, x: a, y: b, skala, da: DC, db: DS, q: Q, bulat: B, operand: X } = kerja;
  let sign: 1 | -1 = 1;
  if (metode === 'capaian/serapan' || metode === 'indeks') {
    if (!bagi(a, b, Q)) return null;
    if (metode === 'capaian/serapan') Q.e += 2; // × 100
  } else {
    // A difference of integers at the common scale; zero goes the general way (decimal.js's sign of zero).
    if (a === b) return null;
    sign = a > b ? 1 : -1;
    BEDA.m = sign > 0 ? a - b : b - a;
    BEDA.s = skala;
    dariSkala(BEDA, Q);
  }
  const decimals = p?.decimals ?? 2;
  bulatkan(Q, decimals, p?.rounding ?? 'half-up', B);
  dariSkala(S, DS);
  const sText = teksOperand(DS, false, X);
  let cText = '';
  if (!seratus) {
    dariSkala(C, DC);
    cText = teksOperand(DC, false, X);
  }
  const formula = seratus ? `100 − ${sText}` : metode === 'capaian-serapan' ? `${cText} − ${sText}` : `${cText} / ${sText}${metode === 'indeks' ? '' : ' × 100'}`;
  return Object.freeze({
    jenis: 'efisiensi',
    metode,
    value: kemas(Q, sign),
    reason: null,
    capaian: seratus ? null : kemas(DC, 1),
    serapan: kemas(DS, 1),
    rounded: p === null ? null : kemas(B, sign),
    pembulatan: p,
    explanation: `Efisiensi = ${formula} = ${teks(B, decimals, sign < 0)}${metode === 'indeks' ? '' : ' %'} (${metodeEfisiensi[metode].rumus})`,
  });
}

type Read = { value: Decimal | null; reason?: AlasanNA };

function persen(x: Persen | null | undefined, field: string, options: InputOptions): Read {
  if (punya(x, 'value', field)) {
    const r = objek<{ value: Decimal | null; reason?: unknown }>(x, field);
    return r.value === null ? { value: null, reason: dikenal(r.reason) } : { value: toDecimal(r.value, field) };
  }
  if (isBlank(x)) return { value: null, reason: 'realisasi-kosong' };
  return { value: toDecimal(x as Angka, field, options) };
}

/** The reason of an NA figure as efisiensi reports it: one of its own, whatever the caller's object held. */
function dikenal(reason: unknown): AlasanNA {
  return typeof reason === 'string' && Object.prototype.hasOwnProperty.call(alasanNA, reason) ? (reason as AlasanNA) : 'realisasi-kosong';
}

/** One output of the Kemenkeu evaluation: its budget, spending and achievement. @category Anggaran */
export interface OutputKemenkeu {
  /** PAK: pagu anggaran keluaran. */
  pagu: Angka;
  /** RAK: realisasi anggaran keluaran. */
  realisasi: Angka;
  /** CK: capaian keluaran, in percent. */
  capaian: Angka;
}

/** @category Anggaran */
export interface HasilEfisiensiKemenkeu {
  readonly jenis: 'efisiensi-kemenkeu';
  /** E in percent. */
  readonly value: Decimal | null;
  readonly reason: AlasanNA | null;
  /** NE = 50 + (E / 20 × 50), in percent. */
  readonly nilaiEfisiensi: Decimal | null;
  /** True when E lies outside [−20, 20], where NE is not meaningful. */
  readonly diLuarRentang: boolean;
  readonly explanation: string;
}

/** The bound of a meaningful E, in percent (PMK 22/2021): −20 … 20. */
export const E_BOUND = new Decimal(20);

/** NE = 50 + E / 20 × 50, the one statement of the Kemenkeu score (also for a printed E). */
export function nilaiEfisiensiKemenkeu(e: Decimal): Decimal {
  return e.div(E_BOUND).times(50).plus(50);
}

/**
 * Kemenkeu budget-efficiency (PMK 214/2017, PMK 22/2021): E = Σ(PAK × CK − RAK) / Σ(PAK × CK) × 100
 * and Nilai Efisiensi NE = 50 + E / 20 × 50. An E outside ±20 % is flagged, not clamped: the
 * bounds are common knowledge, and published reports misapply them.
 *
 * @category Anggaran
 * @example
 * ```ts
 * import { efisiensiKemenkeu } from 'sakip';
 * const e = efisiensiKemenkeu([{ pagu: 1000, realisasi: 900, capaian: 100 }]);
 * e.value?.toString();          // '10'
 * e.nilaiEfisiensi?.toString(); // '75'
 * ```
 */
export function efisiensiKemenkeu(rows: readonly OutputKemenkeu[], rawOptions: InputOptions = {}): HasilEfisiensiKemenkeu {
  return efisiensiKemenkeuRinci(rows, rawOptions).hasil;
}

/** {@link efisiensiKemenkeu} with the sentence about E alone, for a check that reports E by itself. */
export function efisiensiKemenkeuRinci(rows: readonly OutputKemenkeu[], rawOptions: InputOptions = {}): { hasil: HasilEfisiensiKemenkeu; kalimatE: string | null } {
  const options = opsi(rawOptions);
  let weighted = ZERO;
  let spent = ZERO;
  daftar(rows, 'outputs').forEach((row, i) => {
    const o = objek<OutputKemenkeu>(row, `outputs[${i}]`);
    const pak = nonNegative(o.pagu, `outputs[${i}].pagu`, options);
    const rak = nonNegative(o.realisasi, `outputs[${i}].realisasi`, options);
    const ck = toDecimal(o.capaian, `outputs[${i}].capaian`, options).div(HUNDRED);
    weighted = weighted.plus(pak.times(ck));
    spent = spent.plus(rak);
  });
  if (weighted.isZero()) {
    const hasil: HasilEfisiensiKemenkeu = frozen({
      jenis: 'efisiensi-kemenkeu', value: null, reason: 'penyebut-nol', nilaiEfisiensi: null, diLuarRentang: false,
      explanation: `Efisiensi tidak dapat diukur: ${alasanNA['penyebut-nol']}`,
    });
    return { hasil, kalimatE: null };
  }
  const e = weighted.minus(spent).div(weighted).times(HUNDRED);
  const ne = nilaiEfisiensiKemenkeu(e);
  const out = e.abs().gt(E_BOUND);
  const kalimatE = `E = (${inputText(weighted)} − ${inputText(spent)}) / ${inputText(weighted)} × 100 = ${shown(e, null)} %`;
  const hasil: HasilEfisiensiKemenkeu = frozen({
    jenis: 'efisiensi-kemenkeu',
    value: e,
    reason: null,
    nilaiEfisiensi: ne,
    diLuarRentang: out,
    explanation: `${kalimatE}; NE = 50 + E / 20 × 50 = ${shown(ne, null)} %` + (out ? ' (E di luar rentang −20 % … 20 %, NE tidak bermakna)' : ''),
  });
  return { hasil, kalimatE };
}
