import { frozen } from '../angka/decimal.js';

/** How bad a finding is. @category Verifikasi */
export type Severity = 'error' | 'rounding' | 'warning' | 'info';

/** Where a finding is, as the report prints it. @category Verifikasi */
export interface Lokasi {
  readonly table: string;
  readonly row: string;
  readonly column: string;
}

/**
 * One thing the verifier found about a printed figure.
 *
 * @category Verifikasi
 */
export interface Temuan {
  /** Stable code, e.g. `CAPAIAN_SALAH`. */
  readonly code: KodeTemuan;
  readonly severity: Severity;
  readonly location: Lokasi;
  /** The printed string, or null when the finding is not about one printed cell. */
  readonly published: string | null;
  /** The exact recomputed value as a plain decimal string, or null. */
  readonly recomputed: string | null;
  /** The recomputed value at the printed precision, in the report's style, or null. */
  readonly recomputedPrinted: string | null;
  /** Indonesian, for a non-programmer. */
  readonly message: string;
  /** Id of the dataset row, when there is one. */
  readonly rowId: string | null;
  /** The dataset field of the figure (`capaian`, `serapan`, `predikat`, …), when the finding is about one. */
  readonly field: string | null;
}

/**
 * The finding codes, each with its severity and what it means. Codes are stable: scripts may
 * depend on them.
 *
 * @category Verifikasi
 * @example
 * ```ts
 * import { kodeTemuan } from 'sakip/verifikasi';
 * kodeTemuan.CAPAIAN_ARAH_TERBALIK.severity; // 'error'
 * ```
 */
export const kodeTemuan = frozen({
  CAPAIAN_SALAH: { severity: 'error', uraian: 'Capaian tidak sesuai rumus dan angka target/realisasi yang tercetak' },
  CAPAIAN_ARAH_TERBALIK: { severity: 'error', uraian: 'Indikator negatif (semakin rendah semakin baik) dihitung dengan rumus indikator positif' },
  CAPAIAN_RUMUS_LAIN: { severity: 'warning', uraian: 'Capaian mengikuti rumus lain yang sah untuk arah indikatornya, bukan rumus bawaan' },
  CAPAIAN_RUMUS_LAWAN_ARAH: { severity: 'warning', uraian: 'Capaian mengikuti rumus yang dinyatakan laporan untuk indikator ini, tetapi rumus itu untuk arah yang lain' },
  CAPAIAN_RUMUS_KEBIASAAN: { severity: 'info', uraian: 'Tabel menghitung indikator negatif dengan rumus lain yang sah (mis. F4) tanpa menyatakannya; angka diperiksa dengan rumus itu' },
  CAPAIAN_BATAS_KEBIASAAN: { severity: 'warning', uraian: 'Capaian tercetak sama dengan batas (mis. 100 atau 120) yang juga dipakai baris lain tabel, padahal hitungannya lebih tinggi, tanpa batas itu dinyatakan' },
  CAPAIAN_DARI_ANGKA_LEBIH_TELITI: { severity: 'warning', uraian: 'Capaian tidak mengikuti angka yang tercetak di barisnya, tetapi mengikuti angka yang sama yang tercetak lebih teliti di tempat lain' },
  DIHITUNG_DARI_ANGKA_SALAH: { severity: 'warning', uraian: 'Angka benar menurut angka tercetak yang dirujuknya, tetapi angka yang dirujuk itu salah; dengan angka yang benar hasilnya lain' },
  CAPAIAN_PEMBULATAN: { severity: 'rounding', uraian: 'Capaian hanya cocok dengan pembulatan lain (mis. dipotong)' },
  CAPAIAN_TIDAK_TERUKUR: { severity: 'warning', uraian: 'Capaian tercetak padahal tidak dapat diukur (mis. target 0)' },
  RASIO_SALAH: { severity: 'error', uraian: 'Rasio pembilang / penyebut tidak sesuai angka tercetak' },
  RASIO_PEMBULATAN: { severity: 'rounding', uraian: 'Rasio hanya cocok dengan pembulatan lain' },
  PREDIKAT_SALAH: { severity: 'error', uraian: 'Predikat tidak sesuai skala yang dipakai laporan' },
  PREDIKAT_CELAH: { severity: 'warning', uraian: 'Nilai jatuh di celah skala tercetak (tidak ada band)' },
  PREDIKAT_TANPA_SKALA: { severity: 'info', uraian: 'Predikat tercetak tanpa skala yang dicetak atau disebut; tidak diperiksa' },
  PREDIKAT_BEDA_REGULASI: { severity: 'warning', uraian: 'Predikat berbeda bila memakai skala regulasi yang dirujuk' },
  SKALA_CELAH: { severity: 'warning', uraian: 'Skala tercetak memiliki celah' },
  SKALA_TUMPANG_TINDIH: { severity: 'warning', uraian: 'Band skala tercetak tumpang tindih' },
  SKALA_DI_ATAS_RENTANG: { severity: 'warning', uraian: 'Ada nilai di atas rentang skala tercetak' },
  SKALA_BEDA_REGULASI: { severity: 'warning', uraian: 'Skala tercetak berbeda dari regulasi yang dirujuk' },
  RATA_RATA_SALAH: { severity: 'error', uraian: 'Rata-rata tidak sesuai nilai yang dirata-ratakan' },
  RATA_RATA_PEMBULATAN: { severity: 'rounding', uraian: 'Rata-rata hanya cocok dengan pembulatan lain' },
  JUMLAH_SALAH: { severity: 'error', uraian: 'Jumlah tidak sesuai rinciannya' },
  JUMLAH_PEMBULATAN: { severity: 'rounding', uraian: 'Jumlah hanya cocok dengan pembulatan lain' },
  SELISIH_SALAH: { severity: 'error', uraian: 'Selisih tidak sama dengan angka pertama dikurangi angka kedua' },
  SELISIH_PEMBULATAN: { severity: 'rounding', uraian: 'Selisih hanya cocok dengan pembulatan lain' },
  PERTUMBUHAN_SALAH: { severity: 'error', uraian: 'Pertumbuhan tidak sama dengan (tahun ini − tahun lalu) / tahun lalu × 100' },
  PERTUMBUHAN_PEMBULATAN: { severity: 'rounding', uraian: 'Pertumbuhan hanya cocok dengan pembulatan lain' },
  PERKALIAN_SALAH: { severity: 'error', uraian: 'Hasil kali (mis. harga satuan × volume) tidak sesuai' },
  PERKALIAN_PEMBULATAN: { severity: 'rounding', uraian: 'Hasil kali hanya cocok dengan pembulatan lain' },
  PERSENTASE_SALAH: { severity: 'error', uraian: 'Persentase bagian terhadap keseluruhan tidak sesuai' },
  PERSENTASE_PEMBULATAN: { severity: 'rounding', uraian: 'Persentase hanya cocok dengan pembulatan lain' },
  PERIODE_SALAH: { severity: 'error', uraian: 'Angka tahunan tidak sesuai angka per bulan / triwulan menurut cara akumulasinya' },
  PERIODE_PEMBULATAN: { severity: 'rounding', uraian: 'Angka tahunan hanya cocok dengan angka per periode dengan pembulatan lain' },
  PERIODE_KUMULATIF_TURUN: { severity: 'warning', uraian: 'Angka kumulatif suatu periode lebih kecil daripada periode sebelumnya' },
  HITUNG_SALAH: { severity: 'error', uraian: 'Banyaknya indikator tidak sesuai' },
  ROLLUP_SALAH: { severity: 'error', uraian: 'Angka induk tidak sama dengan jumlah rinciannya' },
  SERAPAN_SALAH: { severity: 'error', uraian: 'Persentase serapan tidak sesuai realisasi / pagu' },
  SERAPAN_PEMBULATAN: { severity: 'rounding', uraian: 'Serapan hanya cocok dengan pembulatan lain' },
  SERAPAN_TIDAK_TERUKUR: { severity: 'warning', uraian: 'Serapan tercetak padahal tidak dapat diukur (pagu 0)' },
  SERAPAN_RATA_RATA: { severity: 'warning', uraian: 'Serapan induk dihitung sebagai rata-rata persentase rinciannya, bukan total realisasi / total pagu' },
  SERAPAN_LEBIH_100: { severity: 'warning', uraian: 'Realisasi anggaran melebihi pagu' },
  PAGU_REALISASI_TERTUKAR: { severity: 'error', uraian: 'Pagu dan realisasi tampak tertukar (serapan dan sisa tercetak cocok bila ditukar)' },
  SISA_SALAH: { severity: 'error', uraian: 'Sisa anggaran tidak sama dengan pagu − realisasi' },
  EFISIENSI_SALAH: { severity: 'error', uraian: 'Efisiensi tidak sesuai metode yang dinyatakan laporan' },
  EFISIENSI_PEMBULATAN: { severity: 'rounding', uraian: 'Efisiensi hanya cocok dengan pembulatan lain' },
  EFISIENSI_KEMENKEU_DI_LUAR_RENTANG: { severity: 'error', uraian: 'Efisiensi Kemenkeu mustahil: E di luar ±20 % atau NE di luar 0–100 %' },
  EFISIENSI_METODE_LAIN: { severity: 'warning', uraian: 'Angka efisiensi mengikuti metode lain daripada yang dinyatakan' },
  EFISIENSI_TANPA_METODE: { severity: 'info', uraian: 'Laporan tidak menyatakan metode efisiensi; angka mengikuti metode ini' },
  SALINAN_SALAH: { severity: 'error', uraian: 'Salinan angka yang salah: angka yang sama dengan angka salah di tempat lain, juga perlu dibetulkan' },
  SALINAN_PEMBULATAN: { severity: 'rounding', uraian: 'Salinan angka yang hanya cocok dengan pembulatan lain' },
  ANGKA_BEDA: { severity: 'error', uraian: 'Angka yang sama tercetak berbeda di tempat lain' },
  SEL_RUSAK: { severity: 'info', uraian: 'Sel rusak pada teks laporan; tidak diperiksa' },
} as const satisfies Record<string, { severity: Severity; uraian: string }>);

/** @category Verifikasi */
export type KodeTemuan = keyof typeof kodeTemuan;
