/**
 * Why a figure could not be measured. NA is a result, not an error: a batch keeps going and the
 * row says why it has no value.
 *
 * @category Capaian
 */
export type AlasanNA =
  | 'target-kosong'
  | 'target-nol'
  | 'realisasi-kosong'
  | 'realisasi-nol'
  | 'penyebut-nol'
  | 'nilai-kualitatif-tidak-dikenal'
  | 'pagu-nol'
  | 'tanpa-nilai';

/** Indonesian text of each NA reason, for explanations. @category Capaian */
export const alasanNA: Readonly<Record<AlasanNA, string>> = Object.freeze({
  'target-kosong': 'target kosong',
  'target-nol': 'target bernilai 0 (pembagian dengan nol)',
  'realisasi-kosong': 'realisasi kosong (belum diisi)',
  'realisasi-nol': 'realisasi bernilai 0, rumus ini membagi dengan realisasi',
  'penyebut-nol': 'penyebut rasio bernilai 0',
  'nilai-kualitatif-tidak-dikenal': 'nilai kualitatif tidak ada pada skala ordinal',
  'pagu-nol': 'pagu bernilai 0 (pembagian dengan nol)',
  'tanpa-nilai': 'tidak ada nilai terukur untuk dirata-ratakan',
});

/** What the NA rules need to know of a figure: blank, zero, or any other value. @category Capaian */
export type SifatAngka = 'kosong' | 'nol' | 'ada';

/** One step of an NA precedence: the reason given when `field` is in state `sifat`. @category Capaian */
export interface LangkahNA<F extends string> {
  readonly reason: AlasanNA;
  readonly field: F;
  readonly sifat: SifatAngka;
}

/** A precedence frozen through (pure, so that a bundle that does not use it drops it). */
function urutan<F extends string>(...langkah: LangkahNA<F>[]): readonly LangkahNA<F>[] {
  return Object.freeze(langkah.map((l) => Object.freeze(l)));
}

/**
 * NA precedence of capaian, as data: each reason with the figure it looks at and the state that
 * gives it, in the order they win. `capaian()` reads realisasi first, so a blank realisasi is NA
 * whatever the target (an indicator not yet measured, whose target may be blank or invalid);
 * `realisasi-nol` applies only to a formula that divides by realisasi (F4). Asked by
 * `naCapaian`, which `capaian()` and the batch both call. A ratio's zero penyebut and an
 * unknown label come from reading realisasi (after `realisasi-kosong`, before `target-kosong`).
 *
 * @category Capaian
 * @example
 * ```ts
 * import { capaian, urutanNACapaian } from 'sakip';
 * urutanNACapaian.map((u) => u.reason); // ['realisasi-kosong', 'target-kosong', 'target-nol', 'realisasi-nol']
 * capaian({ target: 0, realisasi: null }).reason; // 'realisasi-kosong'
 * ```
 */
export const urutanNACapaian = /* @__PURE__ */ urutan<'realisasi' | 'target'>(
  { reason: 'realisasi-kosong', field: 'realisasi', sifat: 'kosong' },
  { reason: 'target-kosong', field: 'target', sifat: 'kosong' },
  { reason: 'target-nol', field: 'target', sifat: 'nol' },
  { reason: 'realisasi-nol', field: 'realisasi', sifat: 'nol' },
);

/**
 * The NA reason of a capaian from the state of its figures, or null when it is measurable.
 * `target` undefined: not read (realisasi was blank, so it does not matter).
 */
export function naCapaian(realisasi: SifatAngka, target: SifatAngka | undefined, membagiRealisasi: boolean): AlasanNA | null {
  for (const u of urutanNACapaian) {
    if (u.reason === 'realisasi-nol' && !membagiRealisasi) continue;
    if ((u.field === 'realisasi' ? realisasi : target) === u.sifat) return u.reason;
  }
  return null;
}

/**
 * NA precedence of serapan: the pagu is read first (a negative or invalid pagu is an error even
 * beside a blank realisasi), then a blank realisasi is NA whatever the pagu, then a zero pagu.
 *
 * @category Anggaran
 * @example
 * ```ts
 * import { serapan, urutanNASerapan } from 'sakip';
 * urutanNASerapan.map((u) => u.reason); // ['realisasi-kosong', 'pagu-nol']
 * serapan({ pagu: 0, realisasi: null }).reason; // 'realisasi-kosong'
 * ```
 */
export const urutanNASerapan = /* @__PURE__ */ urutan<'pagu' | 'realisasi'>(
  { reason: 'realisasi-kosong', field: 'realisasi', sifat: 'kosong' },
  { reason: 'pagu-nol', field: 'pagu', sifat: 'nol' },
);

/** The NA reason of a serapan from the state of its figures (pagu is never blank: it is required), or null. */
export function naSerapan(pagu: SifatAngka, realisasi: SifatAngka): AlasanNA | null {
  for (const u of urutanNASerapan) if ((u.field === 'pagu' ? pagu : realisasi) === u.sifat) return u.reason;
  return null;
}
