import { HUNDRED, type Decimal } from '../angka/decimal.js';

/** Identifier of a capaian formula (see the domain guide). @category Capaian */
export type RumusId = 'F1' | 'F2' | 'F3' | 'F4' | 'F5';

/** Direction of an indicator: `positif` higher is better, `negatif` lower is better. @category Capaian */
export type Arah = 'positif' | 'negatif';

/**
 * A formula's arithmetic as data: C = (t·T + r·R) / (T or R) × 100 with small integer
 * coefficients. Two formulas with the same form give the same number for every input (F2 ≡ F3).
 *
 * @category Capaian
 */
export interface BentukRumus {
  /** Coefficient of the target in the numerator. */
  readonly t: number;
  /** Coefficient of the realisasi in the numerator. */
  readonly r: number;
  /** The denominator: the target `'T'` or the realisasi `'R'`. */
  readonly per: 'T' | 'R';
}

/** A capaian formula as data: its id, statement, source and arithmetic. @category Capaian */
export interface Rumus {
  readonly id: RumusId;
  /** The direction it is meant for. */
  readonly arah: Arah;
  /** False for a formula listed only to recognise figures produced by a known mistake (F5). */
  readonly sah: boolean;
  /** One-line statement with T = target, R = realisasi, C = capaian %. */
  readonly rumus: string;
  readonly sumber: string;
  /** The arithmetic, from which `hitung` and `dividesByRealisasi` follow. */
  readonly bentuk: BentukRumus;
  /** True when the formula has no value for R = 0 (division by realisasi). */
  readonly dividesByRealisasi: boolean;
  /** The right-hand side printed with the actual figures, e.g. `(2 × 5,15 − 5,85) / 5,15`. */
  readonly tulis: (t: string, r: string) => string;
  readonly hitung: (t: Decimal, r: Decimal) => Decimal;
}

/** A coefficient times a figure, without a multiplication for 1. */
const kali = (k: number, x: Decimal): Decimal => (k === 1 ? x : x.times(k));

/**
 * The arithmetic of a form, chosen once per formula: the numerator term by term (a zero term left
 * out; t·T − (−r)·R, so that F2 is 2T − R), divided by T or R, times 100.
 */
function hitungBentuk(b: BentukRumus): (t: Decimal, r: Decimal) => Decimal {
  const pembilang =
    b.t === 0 ? (_: Decimal, r: Decimal) => kali(b.r, r)
    : b.r === 0 ? (t: Decimal) => kali(b.t, t)
    : (t: Decimal, r: Decimal) => kali(b.t, t).minus(kali(-b.r, r));
  return b.per === 'T' ? (t, r) => pembilang(t, r).div(t).times(HUNDRED) : (t, r) => pembilang(t, r).div(r).times(HUNDRED);
}

function rumus(id: RumusId, arah: Arah, sah: boolean, teks: string, sumber: string, bentuk: BentukRumus, tulis: Rumus['tulis']): Rumus {
  return Object.freeze({
    id, arah, sah, rumus: teks, sumber, bentuk: Object.freeze(bentuk), dividesByRealisasi: bentuk.per === 'R', tulis, hitung: hitungBentuk(bentuk),
  });
}

/**
 * The capaian formulas in use, as data. F2 and F3 are the same number written two ways (the same
 * {@link BentukRumus}); F5 is listed only so that figures produced by that known bug can be
 * recognised (`sah: false`).
 *
 * @category Capaian
 * @example
 * ```ts
 * import { rumusCapaian } from 'sakip';
 * rumusCapaian.F2.rumus; // 'C = (2T − R) / T × 100'
 * rumusCapaian.F3.bentuk; // { t: 2, r: -1, per: 'T' } (the same as F2)
 * ```
 */
export const rumusCapaian: Readonly<Record<RumusId, Rumus>> = Object.freeze({
  F1: rumus('F1', 'positif', true, 'C = R / T × 100', 'PermenPANRB 53/2014 dan praktik semua LKjIP: semakin tinggi realisasi semakin baik',
    { t: 0, r: 1, per: 'T' }, (t, r) => `${r} / ${t}`),
  F2: rumus('F2', 'negatif', true, 'C = (2T − R) / T × 100', 'PermenPANRB 8/2021, kondisi khusus (semakin rendah realisasi semakin baik)',
    { t: 2, r: -1, per: 'T' }, (t, r) => `(2 × ${t} − ${r}) / ${t}`),
  F3: rumus('F3', 'negatif', true, 'C = (T − (R − T)) / T × 100', 'Bentuk F2 yang dicetak di banyak LKjIP daerah (nilainya sama dengan F2)',
    { t: 2, r: -1, per: 'T' }, (t, r) => `(${t} − (${r} − ${t})) / ${t}`),
  F4: rumus('F4', 'negatif', true, 'C = T / R × 100', 'Aplikasi ekosistem SIPD untuk "tren negatif"; tidak linear, tak terbatas bila R → 0',
    { t: 1, r: 0, per: 'R' }, (t, r) => `${t} / ${r}`),
  F5: rumus('F5', 'negatif', false, 'C = (T − R) / T × 100', 'Pola kesalahan pada satu aplikasi yang banyak dipakai; hanya untuk mengenali angka terbitan',
    { t: 1, r: -1, per: 'T' }, (t, r) => `(${t} − ${r}) / ${t}`),
});

/** The default formula of a direction: F1 for positif, F2 for negatif. */
export function defaultRumus(arah: Arah): RumusId {
  return arah === 'negatif' ? 'F2' : 'F1';
}

/** True when two formulas give the same number for every input (the same {@link BentukRumus}). */
export function rumusSetara(a: RumusId, b: RumusId): boolean {
  const x = rumusCapaian[a].bentuk;
  const y = rumusCapaian[b].bentuk;
  return x.t === y.t && x.r === y.r && x.per === y.per;
}

/** The formulas valid for a direction, in table order: F1 for positif; F2, F3 and F4 for negatif. */
export function rumusSah(arah: Arah): RumusId[] {
  return (Object.keys(rumusCapaian) as RumusId[]).filter((id) => rumusCapaian[id].sah && rumusCapaian[id].arah === arah);
}

/** One formula of each set of equivalent ones, the first in table order: F2 stands for F3. */
export function rumusBerbeda(ids: readonly RumusId[] = Object.keys(rumusCapaian) as RumusId[]): RumusId[] {
  return ids.filter((id, i) => !ids.slice(0, i).some((other) => rumusSetara(other, id)));
}
