import type { DatasetLaporan, Tabel } from '../verifikasi/dataset.js';
import type { Blok } from './blok.js';

/** Figures stated in recognisable sentence patterns. */
export function bacaProsa(_blok: readonly Blok[], _laporan: DatasetLaporan): Tabel[] {
  return [];
}
