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
