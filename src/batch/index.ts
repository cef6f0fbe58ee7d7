/**
 * Batch computations: capaian and serapan of many rows at once, in columns, exact (every figure
 * equals the per-row function's, rounded the same way) at near-float speed, and budget roll-ups
 * by group under a named blank policy. Also exported from `sakip` itself.
 *
 * @module
 */
export {
  capaianKolom, capaianBatch, nilaiBatch, predikatBatch,
  type BarisCapaian, type BatchOptions, type CapaianBatchOptions, type HasilBatch, type KolomCapaian,
} from './capaian-batch.js';
export { serapanKolom, rollupKolom, type HasilRollupBatch, type KolomAnggaran, type RollupKolomOptions } from './anggaran-batch.js';
