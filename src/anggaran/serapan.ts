import { objek, opsi } from '../angka/bentuk.js';
import { frozen, HUNDRED, type Decimal } from '../angka/decimal.js';
import { bacaPasangan, bagi, bulatkan, dariSkala, desimal, kemas, kerja, teks } from '../angka/digit.js';
import { isBlank, type Angka, type InputOptions } from '../angka/input.js';
import { nonNegative } from '../angka/nonnegatif.js';
import { applyPembulatan, inputText, pembulatanOf, shown, type HasilOptions, type Pembulatan } from '../angka/result.js';
import { alasanNA, naSerapan, type AlasanNA } from '../capaian/na.js';
import { ErrorCode, SakipError } from '../errors.js';

/** A budget line's allocation and spending. @category Anggaran */
export interface PaguRealisasi {
  pagu: Angka;
  /** Blank is NA for serapan. */
  realisasi: Angka | null | undefined;
}

/** The result of {@link serapan}: absorption in percent. @category Anggaran */
export interface HasilSerapan {
  readonly jenis: 'serapan';
  readonly value: Decimal | null;
  readonly reason: AlasanNA | null;
  readonly pagu: Decimal;
  readonly realisasi: Decimal | null;
  readonly rounded: Decimal | null;
  readonly pembulatan: Pembulatan | null;
  readonly explanation: string;
}

/** The result of {@link sisa}: pagu − realisasi, in rupiah. @category Anggaran */
export interface HasilSisa {
  readonly jenis: 'sisa';
  readonly value: Decimal;
  readonly pagu: Decimal;
  readonly realisasi: Decimal;
  readonly explanation: string;
}

/**
 * Serapan anggaran: realisasi / pagu × 100. A zero pagu or a blank realisasi is an NA result; a
 * negative pagu or realisasi is an error.
 *
 * @category Anggaran
 * @example
 * ```ts
 * import { serapan } from 'sakip';
 * const s = serapan({ pagu: 'Rp 22.735.850.378,-', realisasi: 'Rp. 19.775.725.508,-' });
 * s.value?.toFixed(2); // '86.98'
 * ```
 */
export function serapan(raw: PaguRealisasi, rawOptions: HasilOptions & InputOptions = {}): HasilSerapan {
  const input = objek<PaguRealisasi>(raw, 'input');
  const options = opsi(rawOptions);
  const p = pembulatanOf(options);
  const cepat = serapanCepat(input, options, p);
  if (cepat !== null) return cepat;
  const pagu = nonNegative(input.pagu, 'pagu', options);
  const realisasi = isBlank(input.realisasi) ? null : nonNegative(input.realisasi, 'realisasi', options);
  const reason = naSerapan(pagu.isZero() ? 'nol' : 'ada', realisasi === null ? 'kosong' : realisasi.isZero() ? 'nol' : 'ada');
  const value = reason === null ? realisasi!.div(pagu).times(HUNDRED) : null;
  return frozen({
    jenis: 'serapan',
    value,
    reason,
    pagu,
    realisasi,
    rounded: applyPembulatan(value, p),
    pembulatan: p,
    explanation:
      value === null
        ? `Serapan tidak dapat diukur: ${alasanNA[reason!]}`
        : `Serapan = ${inputText(realisasi!)} / ${inputText(pagu)} × 100 = ${shown(value, p)} %`,
  });
}

/**
 * The common line, computed on digits (see `angka/digit.ts`): positive plain amounts whose
 * aligned integers fit in 2^51. The result is the one the general path gives, word by word
 * (test/perrow.test.ts); null sends every other line (zero, blank, negative, long) there.
 */
function serapanCepat(input: PaguRealisasi, options: InputOptions, p: Pembulatan | null): HasilSerapan | null {
  if (!bacaPasangan(input.pagu, input.realisasi, options.locale)) return null;
  const { a: P, b: R, x: pagu, y: realisasi, da: DP, db: DR, q: Q, bulat: S } = kerja;
  if (!bagi(realisasi, pagu, Q)) return null;
  Q.e += 2; // × 100
  dariSkala(P, DP);
  dariSkala(R, DR);
  const decimals = p?.decimals ?? 2;
  bulatkan(Q, decimals, p?.rounding ?? 'half-up', S);
  return Object.freeze({
    jenis: 'serapan',
    value: kemas(Q, 1),
    reason: null,
    pagu: kemas(DP, 1),
    realisasi: kemas(DR, 1),
    rounded: p === null ? null : kemas(S, 1),
    pembulatan: p,
    explanation: `Serapan = ${teks(DR, desimal(DR))} / ${teks(DP, desimal(DP))} × 100 = ${teks(S, decimals)} %`,
  });
}

/**
 * Sisa anggaran: pagu − realisasi (negative when spending exceeds the allocation).
 *
 * @category Anggaran
 * @example
 * ```ts
 * import { sisa } from 'sakip';
 * sisa({ pagu: '22.735.850.378', realisasi: '19.775.725.508' }).value.toString(); // '2960124870'
 * ```
 */
export function sisa(raw: PaguRealisasi, rawOptions: InputOptions = {}): HasilSisa {
  const input = objek<PaguRealisasi>(raw, 'input');
  const options = opsi(rawOptions);
  const pagu = nonNegative(input.pagu, 'pagu', options);
  if (isBlank(input.realisasi)) throw new SakipError(ErrorCode.EMPTY, 'realisasi', input.realisasi);
  const realisasi = nonNegative(input.realisasi, 'realisasi', options);
  const value = pagu.minus(realisasi);
  return frozen({
    jenis: 'sisa',
    value,
    pagu,
    realisasi,
    explanation: `Sisa = ${inputText(pagu)} − ${inputText(realisasi)} = ${inputText(value)}`,
  });
}

// Budget modules that read amounts import the sign rule from here too.
export { nonNegative };
