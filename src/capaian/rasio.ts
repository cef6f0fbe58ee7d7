import { objek, opsi } from '../angka/bentuk.js';
import { frozen, HUNDRED, type Decimal } from '../angka/decimal.js';
import { isBlank, toDecimal, type Angka, type InputOptions } from '../angka/input.js';
import { applyPembulatan, inputText, pembulatanOf, shown, type HasilOptions, type Pembulatan } from '../angka/result.js';
import { alasanNA, type AlasanNA } from './na.js';

/** A ratio indicator's inputs: realisasi = pembilang / penyebut × pengali. @category Capaian */
export interface RasioInput {
  pembilang: Angka | null | undefined;
  penyebut: Angka | null | undefined;
  /** Default 100 (a percentage). */
  pengali?: Angka;
}

/** The result of {@link rasio}. @category Capaian */
export interface HasilRasio {
  readonly jenis: 'rasio';
  readonly value: Decimal | null;
  readonly reason: AlasanNA | null;
  readonly pembilang: Decimal | null;
  readonly penyebut: Decimal | null;
  readonly pengali: Decimal;
  readonly rounded: Decimal | null;
  readonly pembulatan: Pembulatan | null;
  readonly explanation: string;
}

/**
 * A ratio indicator: pembilang / penyebut × 100 (or another `pengali`). A zero penyebut or a blank
 * input is an NA result.
 *
 * @category Capaian
 * @example
 * ```ts
 * import { rasio } from 'sakip';
 * rasio({ pembilang: '114.619', penyebut: '211.439' }, { locale: 'id' }).value?.toFixed(4); // '54.2090'
 * ```
 */
export function rasio(raw: RasioInput, rawOptions: HasilOptions & InputOptions = {}): HasilRasio {
  const input = objek<RasioInput>(raw, 'input');
  const options = opsi(rawOptions);
  const p = pembulatanOf(options);
  const pengali = input.pengali === undefined ? HUNDRED : toDecimal(input.pengali, 'pengali', options);
  const pembilang = isBlank(input.pembilang) ? null : toDecimal(input.pembilang, 'pembilang', options);
  const penyebut = isBlank(input.penyebut) ? null : toDecimal(input.penyebut, 'penyebut', options);
  let reason: AlasanNA | null = null;
  if (pembilang === null) reason = 'realisasi-kosong';
  else if (penyebut === null || penyebut.isZero()) reason = 'penyebut-nol';
  const value = reason === null ? pembilang!.div(penyebut!).times(pengali) : null;
  const times = pengali.eq(HUNDRED) ? ' × 100' : pengali.eq(1) ? '' : ` × ${inputText(pengali)}`;
  const explanation =
    value === null
      ? `Rasio tidak dapat diukur: ${alasanNA[reason!]}`
      : `Rasio = ${inputText(pembilang!)} / ${inputText(penyebut!)}${times} = ${shown(value, p)}`;
  return frozen({
    jenis: 'rasio',
    value,
    reason,
    pembilang,
    penyebut,
    pengali,
    rounded: applyPembulatan(value, p),
    pembulatan: p,
    explanation,
  });
}

/** An intermediate as an explanation shows it, with its sign: `= 23,95` when exact, `≈ 20,0846` when cut to 4 decimals. */
export function intermediate(value: Decimal): string {
  return value.decimalPlaces() <= 4 ? `= ${inputText(value)}` : `≈ ${shown(value, EMPAT)}`;
}

/** An operand as an explanation shows it: exact when short, else ≈ 4 decimals. */
export function operand(value: Decimal): string {
  return value.decimalPlaces() <= 4 ? inputText(value) : `≈${shown(value, EMPAT)}`;
}

const EMPAT: Pembulatan = Object.freeze({ decimals: 4, rounding: 'half-up' });

