import { frozen, Decimal, ZERO } from '../angka/decimal.js';
import { toDecimal, type Angka, type InputOptions } from '../angka/input.js';
import { applyPembulatan, inputText, pembulatanOf, shown, type HasilOptions, type Pembulatan } from '../angka/result.js';
import { ErrorCode, SakipError } from '../errors.js';
import { predikat } from '../predikat/predikat.js';
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
export function ikm(unsur: readonly Angka[], options: IkmOptions = {}): HasilIkm {
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
  const bobot = metode === 'eksak' ? exact : exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const nilaiIndeks = nrr.reduce((a, x) => a.plus(x.times(bobot)), ZERO);
  const value = nilaiIndeks.times(25);
  const rounded = applyPembulatan(value, p);
  const graded = rounded ?? value;
  const inRange = graded.gte(25) && graded.lte(100);
  return frozen({
    jenis: 'ikm',
    value,
    nilaiIndeks,
    bobot,
    metodeBobot: metode,
    mutu: inRange ? predikat(graded, 'ikm-14-2017') : null,
    rounded,
    pembulatan: p,
    explanation:
      `IKM = Σ(NRR × ${metode === 'eksak' ? `1/${nrr.length}` : inputText(bobot)}) × 25 = ` +
      `${shown(nilaiIndeks, { decimals: 4, rounding: 'half-up' })} × 25 = ${shown(value, p)}`,
  });
}
