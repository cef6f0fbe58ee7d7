import { HUNDRED, TWO, type Decimal } from '../angka/decimal.js';

/** Identifier of a capaian formula (see the domain guide). @category Capaian */
export type RumusId = 'F1' | 'F2' | 'F3' | 'F4' | 'F5';

/** Direction of an indicator: `positif` higher is better, `negatif` lower is better. @category Capaian */
export type Arah = 'positif' | 'negatif';

/** A capaian formula as data: its id, statement, source and arithmetic. @category Capaian */
export interface Rumus {
  readonly id: RumusId;
  /** The direction it is meant for. */
  readonly arah: Arah;
  /** One-line statement with T = target, R = realisasi, C = capaian %. */
  readonly rumus: string;
  readonly sumber: string;
  /** True when the formula has no value for R = 0 (division by realisasi). */
  readonly dividesByRealisasi: boolean;
  /** The right-hand side printed with the actual figures, e.g. `(2 × 5,15 − 5,85) / 5,15`. */
  readonly tulis: (t: string, r: string) => string;
  readonly hitung: (t: Decimal, r: Decimal) => Decimal;
}

/**
 * The capaian formulas in use, as data. F2 and F3 are the same number written two ways; F5 is
 * listed only so that figures produced by that known bug can be recognised.
 *
 * @category Capaian
 * @example
 * ```ts
 * import { rumusCapaian } from 'sakip';
 * rumusCapaian.F2.rumus; // 'C = (2T − R) / T × 100'
 * ```
 */
export const rumusCapaian: Readonly<Record<RumusId, Rumus>> = Object.freeze({
  F1: Object.freeze({
    id: 'F1',
    arah: 'positif',
    rumus: 'C = R / T × 100',
    sumber: 'PermenPANRB 53/2014 dan praktik semua LKjIP: semakin tinggi realisasi semakin baik',
    dividesByRealisasi: false,
    tulis: (t: string, r: string) => `${r} / ${t}`,
    hitung: (t: Decimal, r: Decimal) => r.div(t).times(HUNDRED),
  }),
  F2: Object.freeze({
    id: 'F2',
    arah: 'negatif',
    rumus: 'C = (2T − R) / T × 100',
    sumber: 'PermenPANRB 8/2021, kondisi khusus (semakin rendah realisasi semakin baik)',
    dividesByRealisasi: false,
    tulis: (t: string, r: string) => `(2 × ${t} − ${r}) / ${t}`,
    hitung: (t: Decimal, r: Decimal) => TWO.times(t).minus(r).div(t).times(HUNDRED),
  }),
  F3: Object.freeze({
    id: 'F3',
    arah: 'negatif',
    rumus: 'C = (T − (R − T)) / T × 100',
    sumber: 'Bentuk F2 yang dicetak di banyak LKjIP daerah (nilainya sama dengan F2)',
    dividesByRealisasi: false,
    tulis: (t: string, r: string) => `(${t} − (${r} − ${t})) / ${t}`,
    hitung: (t: Decimal, r: Decimal) => t.minus(r.minus(t)).div(t).times(HUNDRED),
  }),
  F4: Object.freeze({
    id: 'F4',
    arah: 'negatif',
    rumus: 'C = T / R × 100',
    sumber: 'Aplikasi ekosistem SIPD untuk "tren negatif"; tidak linear, tak terbatas bila R → 0',
    dividesByRealisasi: true,
    tulis: (t: string, r: string) => `${t} / ${r}`,
    hitung: (t: Decimal, r: Decimal) => t.div(r).times(HUNDRED),
  }),
  F5: Object.freeze({
    id: 'F5',
    arah: 'negatif',
    rumus: 'C = (T − R) / T × 100',
    sumber: 'Pola kesalahan pada satu aplikasi yang banyak dipakai; hanya untuk mengenali angka terbitan',
    dividesByRealisasi: false,
    tulis: (t: string, r: string) => `(${t} − ${r}) / ${t}`,
    hitung: (t: Decimal, r: Decimal) => t.minus(r).div(t).times(HUNDRED),
  }),
});

/** The default formula of a direction: F1 for positif, F2 for negatif. */
export function defaultRumus(arah: Arah): RumusId {
  return arah === 'negatif' ? 'F2' : 'F1';
}
