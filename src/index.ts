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
export { ordinalScales, type OrdinalScale } from './capaian/ordinal.js';
export { alasanNA, urutanNACapaian, urutanNASerapan, type AlasanNA, type LangkahNA, type SifatAngka } from './capaian/na.js';

// Rules: predikat
export { defineScale, type Band, type BandInput, type Beyond, type Gap, type Scale, type ScaleInput } from './predikat/scale.js';
export { predikat, resolveScale, type Edges, type PredikatOptions } from './predikat/predikat.js';
export { scales } from './predikat/builtin.js';

// Rules: anggaran
export { serapan, sisa, type HasilSerapan, type HasilSisa, type PaguRealisasi } from './anggaran/serapan.js';
export {
  rollupAnggaran, verifyAnggaran, AMOUNT_FIELDS,
  type AmountField, type LevelAnggaran, type NodeAnggaran, type OutputAnggaran, type HasilRollupAnggaran, type SelisihAnggaran,
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

// Models (also `sakip/model`)
export * from './model/index.js';

// Verification of published reports (also `sakip/verifikasi`)
export * from './verifikasi/index.js';

// Batch computations, exact at near-float speed (also `sakip/batch`)
export * from './batch/index.js';
