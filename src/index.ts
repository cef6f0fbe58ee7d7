// Numbers
export { Decimal } from './angka/decimal.js';
export { toDecimal, type Angka, type InputOptions } from './angka/input.js';
export { BATAS_MASUKAN } from './angka/batas.js';
export { parseAngka, parseAngkaInfo, type AngkaTercetak, type Locale, type ParseOptions } from './angka/parse.js';
export { formatAngka, formatPersen, formatRupiah, type FormatOptions } from './angka/format.js';
export { round, roundings, type Rounding, type RoundOptions } from './angka/round.js';
export type { HasilOptions, Pembulatan } from './angka/result.js';
export { ErrorCode, SakipError, isSakipError } from './errors.js';

// Rules: capaian
export { capaian, type CapaianInput, type CapaianOptions, type HasilCapaian, type PeringatanCapaian, type RentangTarget } from './capaian/capaian.js';
export { rumusCapaian, type Arah, type BentukRumus, type Rumus, type RumusId } from './capaian/rumus.js';
export { rasio, type HasilRasio, type RasioInput } from './capaian/rasio.js';
export { skalaOrdinal, type SkalaOrdinal } from './capaian/ordinal.js';
export { alasanNA, type AlasanNA } from './capaian/na.js';

// Rules: predikat
export { defineScale, type Band, type BandInput, type Beyond, type Gap, type Scale, type ScaleInput } from './predikat/scale.js';
export { predikat, resolveScale, type Edges, type PredikatOptions } from './predikat/predikat.js';
export { scales } from './predikat/builtin.js';

// Rules: anggaran
export { serapan, sisa, type HasilSerapan, type HasilSisa, type PaguRealisasi } from './anggaran/serapan.js';
export {
  rollupAnggaran, verifyAnggaran, AMOUNT_FIELDS,
  type AmountField, type LevelAnggaran, type NodeAnggaran, type OutputAnggaran, type RollupAnggaran, type SelisihAnggaran,
} from './anggaran/tree.js';
export type { KosongRollup, RollupOptions } from './anggaran/rollup.js';
export { jenisBelanja, pohonBelanja, rekapBelanja, type BarisBelanja } from './anggaran/belanja.js';
export {
  efisiensi, efisiensiKemenkeu, metodeEfisiensi,
  type EfisiensiInput, type HasilEfisiensi, type HasilEfisiensiKemenkeu, type MetodeEfisiensi, type OutputKemenkeu, type Persen,
} from './anggaran/efisiensi.js';

// Aggregation
export {
  jumlah, rataRata, rataRataTertimbang, rataRataCapaian, hitungKategoriCapaian,
  type CapaianSasaran, type HasilJumlah, type HasilRataRata, type HasilRataRataCapaian, type KategoriCapaian, type Nilai,
} from './agregat/rata-rata.js';
export { ikm, type HasilIkm, type IkmOptions } from './agregat/ikm.js';

// Models
export {
  AngkaSchema, ArahSchema, RumusSchema, RentangSchema, KualitatifSchema, RasioSchema, TargetSchema, RealisasiSchema,
  IndikatorSchema, SasaranSchema, TujuanSchema, type Indikator, type Sasaran, type Tujuan,
} from './model/kinerja.js';
export {
  OutputSchema, SubKegiatanSchema, KegiatanSchema, ProgramSchema, BelanjaSchema,
  type SubKegiatan, type Kegiatan, type Program, type Belanja,
} from './model/anggaran.js';
export { PerjanjianKinerjaSchema, LaporanSchema, type PerjanjianKinerja, type Laporan } from './model/laporan.js';
export { validate, parseModel, type HasilValidasi, type MasalahValidasi } from './model/validate.js';
export { nodeProgram } from './model/to-anggaran.js';
export { capaianIndikator } from './model/to-capaian.js';

// Verification of published reports
export {
  SelSchema, MetodeEfisiensiSchema, AgregatSchema, BarisSchema, TabelSchema, BandTercetakSchema, SkalaTercetakSchema,
  SamaSchema, DatasetLaporanSchema, type Sel, type Baris, type Tabel, type SkalaTercetak, type DatasetLaporan,
} from './verifikasi/dataset.js';
export { verifyLaporan, type HasilVerifikasi, type VerifyOptions } from './verifikasi/verify.js';
export type { AlasanTidakDiperiksa, Cakupan, CakupanLaporan, TidakDiperiksa } from './verifikasi/cakupan.js';
export { keteranganAturan, type KeteranganAturan } from './verifikasi/aturan.js';
export { kodeTemuan, type KodeTemuan, type Lokasi, type Severity, type Temuan } from './verifikasi/temuan.js';
export { bacaCsv, type CsvOptions } from './verifikasi/csv.js';

// Batch computations (exact, at near-float speed)
export {
  capaianKolom, capaianBatch, nilaiBatch, predikatBatch,
  type BarisCapaian, type BatchOptions, type CapaianBatchOptions, type HasilBatch, type KolomCapaian,
} from './batch/capaian-batch.js';
export { serapanKolom, rollupKolom, type HasilRollupBatch, type KolomAnggaran, type RollupKolomOptions } from './batch/anggaran-batch.js';
