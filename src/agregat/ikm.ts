import { daftar, opsi } from '../angka/bentuk.js';
import { frozen, Decimal, ZERO } from '../angka/decimal.js';
import { toDecimal, type Angka, type InputOptions } from '../angka/input.js';
import { applyPembulatan, inputText, pembulatanOf, shown, type HasilOptions, type Pembulatan } from '../angka/result.js';
import { roundingMode } from '../angka/round.js';
import { ErrorCode, SakipError } from '../errors.js';
import { IKM_KONVERSI } from '../predikat/builtin.js';
import { posisiBand, resolveScale } from '../predikat/predikat.js';
import type { Band } from '../predikat/scale.js';

/** @category Agregat */
export interface IkmOptions extends HasilOptions, InputOptions {
  /**
   * `'eksak'`: weight 1 / number of unsur; `'dibulatkan'`: the weight rounded half-up to 2
   * decimals as published practice does (0,11 for 9 unsur). Default `'eksak'`.
   */
  bobot?: 'eksak' | 'dibulatkan';
}

/** @category Agregat */
export interface HasilIkm {
  readonly jenis: 'ikm';
  /** IKM on the converted 25–100 scale. */
  readonly value: Decimal;
  /** Σ NRR × bobot on the 1–4 scale. */
  readonly nilaiIndeks: Decimal;
  readonly bobot: Decimal;
  readonly metodeBobot: 'eksak' | 'dibulatkan';
  /** Mutu pelayanan on `ikm-14-2017` (of the rounded value when rounding is asked), or null in a gap. */
  readonly mutu: Band | null;
  /**
   * Why `mutu` is null: `'celah-skala'` when the value falls between two printed bands (64,995 with
   * the rounded weights: above 64,99 and below 65,00); null when there is a mutu.
   */
  readonly reason: 'celah-skala' | null;
  readonly rounded: Decimal | null;
  readonly pembulatan: Pembulatan | null;
  readonly explanation: string;
}

/**
 * Indeks Kepuasan Masyarakat from the mean score (NRR, 1–4) of each unsur:
 * IKM = Σ(NRR × bobot) × 25 (PermenPANRB 14/2017).
 *
 * @category Agregat
 * @example
 * ```ts
 * import { ikm } from 'sakip';
 * const nrr = ['3,2', '3,4', '3,1', '3,5', '3,3', '3,6', '3,2', '3,4', '3,3'];
 * ikm(nrr).value.toFixed(2);                         // '83.33'
 * ikm(nrr, { bobot: 'dibulatkan' }).value.toFixed(2); // '82.50'
 * ```
 */
export function ikm(rawUnsur: readonly Angka[], rawOptions: IkmOptions = {}): HasilIkm {
  const unsur = daftar(rawUnsur, 'unsur');
  const options = opsi(rawOptions);
  const metode = options.bobot ?? 'eksak';
  if (metode !== 'eksak' && metode !== 'dibulatkan') throw new SakipError(ErrorCode.INVALID_OPTION, 'bobot', metode);
  if (unsur.length === 0) throw new SakipError(ErrorCode.EMPTY, 'unsur', unsur);
  const p = pembulatanOf(options);
  const nrr = unsur.map((u, i) => {
    const x = toDecimal(u, `unsur[${i}]`, options);
    if (x.lt(1) || x.gt(4)) throw new SakipError(ErrorCode.OUT_OF_SCALE, `unsur[${i}]`, u, 'NRR harus 1–4');
    return x;
  });
  const exact = new Decimal(1).div(nrr.length);
  const bobot = metode === 'eksak' ? exact : exact.toDecimalPlaces(2, roundingMode('half-up'));
  const nilaiIndeks = nrr.reduce((a, x) => a.plus(x.times(bobot)), ZERO);
  const value = nilaiIndeks.times(IKM_KONVERSI);
  const rounded = applyPembulatan(value, p);
  const graded = rounded ?? value;
  // NRR 1–4 keeps the value on the scale (up to rounded weights that do not add up to 1), so a
  // missing mutu is a printed gap; the scale says where the value stands.
  const skala = resolveScale('ikm-14-2017');
  const posisi = posisiBand(graded, skala);
  const mutu = posisi.letak === 'dalam' ? skala.bands[posisi.indeks]! : null;
  const gap = mutu === null ? `; mutu tidak dapat ditentukan: ${inputText(graded)} jatuh di celah skala ikm-14-2017` : '';
  return frozen({
    jenis: 'ikm',
    value,
    nilaiIndeks,
    bobot,
    metodeBobot: metode,
    mutu,
    reason: mutu === null ? 'celah-skala' : null,
    rounded,
    pembulatan: p,
    explanation:
      `IKM = Σ(NRR × ${metode === 'eksak' ? `1/${nrr.length}` : inputText(bobot)}) × ${IKM_KONVERSI} = ` +
      `${shown(nilaiIndeks, { decimals: 4, rounding: 'half-up' })} × ${IKM_KONVERSI} = ${shown(value, p)}${gap}`,
  });
}
