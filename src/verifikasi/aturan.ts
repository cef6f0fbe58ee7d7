import { metodeEfisiensi } from '../anggaran/efisiensi.js';
import { rumusCapaian, type RumusId } from '../capaian/rumus.js';

/** How a rule of the verifier computes a figure, and where that rule comes from. @category Verifikasi */
export interface KeteranganAturan {
  readonly rumus: string;
  readonly sumber: string;
}

const DARI_LAPORAN = 'aritmetika tabel laporan itu sendiri';

// The rules that are not a capaian formula or an efisiensi method; those two are read from their
// own tables (rumusCapaian, metodeEfisiensi), which own the formula text and its source.
const ATURAN: Readonly<Record<string, KeteranganAturan>> = Object.freeze({
  serapan: { rumus: 'Serapan = realisasi anggaran / pagu × 100', sumber: 'definisi serapan anggaran yang dipakai setiap LKjIP' },
  'serapan-dari-rincian': { rumus: 'Serapan induk = Σ realisasi rincian / Σ pagu rincian × 100', sumber: 'definisi serapan, diterapkan pada jumlah rinciannya (bukan rata-rata persentase)' },
  efisiensi: { rumus: 'metode yang cocok dengan angka tercetak (capaian − serapan, 100 − serapan, capaian / serapan)', sumber: 'laporan tidak menyatakan metodenya; setiap metode dan sumbernya: metodeEfisiensi' },
  sisa: { rumus: 'Sisa = pagu − realisasi anggaran', sumber: 'definisi sisa anggaran' },
  'jumlah-rincian': { rumus: 'Induk = Σ rinciannya (program → kegiatan → sub kegiatan)', sumber: DARI_LAPORAN },
  'pagu-realisasi-tertukar': { rumus: 'pagu dan realisasi tertukar: serapan dan sisa benar bila keduanya ditukar', sumber: 'diagnosis kesalahan salin' },
  jumlah: { rumus: 'Jumlah = Σ angka yang dirujuk', sumber: DARI_LAPORAN },
  'rata-rata': { rumus: 'Rata-rata = Σ angka / banyaknya angka: angka tercetak, atau — bila yang dirata-ratakan serapan, capaian atau rasio yang dihitung dari angka barisnya sendiri — angka itu sebelum dibulatkan', sumber: 'cara yang dinyatakan laporan' },
  hitung: { rumus: 'banyaknya baris yang dirujuk', sumber: DARI_LAPORAN },
  'hitung-di-atas': { rumus: 'banyaknya capaian di atas target (> 100 %)', sumber: DARI_LAPORAN },
  'hitung-tepat': { rumus: 'banyaknya capaian tepat 100 %', sumber: DARI_LAPORAN },
  'hitung-di-bawah': { rumus: 'banyaknya capaian di bawah target (< 100 %)', sumber: DARI_LAPORAN },
  selisih: { rumus: 'Selisih = a − b', sumber: DARI_LAPORAN },
  pertumbuhan: { rumus: 'Pertumbuhan = (a − b) / b × 100', sumber: DARI_LAPORAN },
  persen: { rumus: 'Persentase = a / b × 100', sumber: DARI_LAPORAN },
  kali: { rumus: 'Hasil kali = a × b (biaya satuan × volume)', sumber: DARI_LAPORAN },
  rasio: { rumus: 'Rasio = pembilang / penyebut × faktor', sumber: 'definisi indikator yang dicetak laporan' },
  predikat: { rumus: 'pita skala yang memuat capaian', sumber: 'skala yang dicetak atau dirujuk laporan (daftar: sakip skala)' },
  salinan: { rumus: 'angka yang sama dicetak di tempat lain', sumber: 'rujukan `sama` dalam dataset' },
  'efisiensi-kemenkeu': { rumus: 'E = Σ(PAK × CK − RAK) / Σ(PAK × CK) × 100', sumber: 'PMK 22/2021 (sebelumnya PMK 214/2017), evaluasi kinerja anggaran' },
  'nilai-efisiensi-kemenkeu': { rumus: 'NE = 50 % + (E / 20 × 50 %)', sumber: 'PMK 22/2021 (sebelumnya PMK 214/2017)' },
  'periode-jumlah': { rumus: 'angka tahun = Σ angka per bulan / triwulan', sumber: 'tabel evaluasi per triwulan (Permendagri 86/2017) dan ekspor e-Monev' },
  'periode-terakhir': { rumus: 'angka tahun = angka periode terakhir (kumulatif)', sumber: 'tabel evaluasi per triwulan (Permendagri 86/2017) dan ekspor e-Monev' },
  'periode-maksimum': { rumus: 'angka tahun = angka periode terbesar', sumber: 'cara yang dinyatakan laporan' },
  'periode-rata-rata': { rumus: 'angka tahun = rata-rata angka per periode', sumber: 'cara yang dinyatakan laporan' },
});

/**
 * The formula and the source of a rule named in a coverage's `rules` (`capaian-F2`, `serapan`,
 * `jumlah-rincian`, …), or null for a name the verifier does not use. Capaian formulas and
 * efisiensi methods come from their own tables.
 *
 * @category Verifikasi
 * @example
 * ```ts
 * import { keteranganAturan } from 'sakip/verifikasi';
 * console.log(keteranganAturan('capaian-F1')?.rumus); // C = R / T × 100
 * ```
 */
export function keteranganAturan(rule: string): KeteranganAturan | null {
  if (rule.startsWith('capaian-')) {
    const r = (rumusCapaian as Readonly<Record<string, { rumus: string; sumber: string }>>)[rule.slice(8) as RumusId];
    return r ? { rumus: r.rumus, sumber: r.sumber } : null;
  }
  if (rule.startsWith('efisiensi-') && rule !== 'efisiensi-kemenkeu') {
    const m = (metodeEfisiensi as Readonly<Record<string, KeteranganAturan>>)[rule.slice(10)];
    return m ? { rumus: m.rumus, sumber: m.sumber } : null;
  }
  return Object.prototype.hasOwnProperty.call(ATURAN, rule) ? ATURAN[rule]! : null;
}
