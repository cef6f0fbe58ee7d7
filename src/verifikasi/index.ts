/**
 * Verification of a published LKjIP: `verifyLaporan` recomputes every printed figure of a
 * `sakip-laporan/1` dataset (capaian, predikat, serapan, efisiensi, totals, means) and lists
 * what is wrong, with the rule and the source of each finding and the coverage of the check.
 * Also exported from `sakip` itself.
 *
 * @module
 */
export {
  SelSchema, MetodeEfisiensiSchema, AgregatSchema, BarisSchema, TabelSchema, BandTercetakSchema, SkalaTercetakSchema,
  SamaSchema, DatasetLaporanSchema, type Sel, type Baris, type Tabel, type SkalaTercetak, type DatasetLaporan,
} from './dataset.js';
export { verifyLaporan, type HasilVerifikasi, type VerifyOptions } from './verify.js';
export type { AlasanTidakDiperiksa, Cakupan, CakupanLaporan, TidakDiperiksa } from './cakupan.js';
export { keteranganAturan, type KeteranganAturan } from './aturan.js';
export { kodeTemuan, type KodeTemuan, type Lokasi, type Severity, type Temuan } from './temuan.js';
export { bacaCsv, type CsvOptions } from './csv.js';
