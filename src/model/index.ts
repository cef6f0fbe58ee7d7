/**
 * The typed models of an LKjIP / LAKIP (Permendagri 86/2017, PermenPANRB 53/2014): sasaran,
 * indikator with target and realisasi, the budget tree (program → kegiatan → sub kegiatan) and
 * the whole report, as zod schemas and their TypeScript types; `validate` / `parseModel` give
 * Indonesian problems naming the path and the value. Also exported from `sakip` itself.
 *
 * @module
 */
export {
  AngkaSchema, ArahSchema, RumusSchema, RentangSchema, KualitatifSchema, RasioSchema, TargetSchema, RealisasiSchema,
  IndikatorSchema, SasaranSchema, TujuanSchema, type Indikator, type Sasaran, type Tujuan,
} from './kinerja.js';
export {
  OutputSchema, SubKegiatanSchema, KegiatanSchema, ProgramSchema, BelanjaSchema,
  type SubKegiatan, type Kegiatan, type Program, type Belanja,
} from './anggaran.js';
export { PerjanjianKinerjaSchema, LaporanSchema, type PerjanjianKinerja, type Laporan } from './laporan.js';
export { validate, parseModel, type HasilValidasi, type MasalahValidasi } from './validate.js';
export { nodeProgram } from './to-anggaran.js';
export { capaianIndikator } from './to-capaian.js';
