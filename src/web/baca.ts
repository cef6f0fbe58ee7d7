// Reading what the page is given into a verified result: a dataset (JSON or its CSV form) here;
// a report's text in the importer's reader (baca-impor.ts), a PDF / DOCX / XLSX file in the file
// reader (pekerja-berkas.ts), each loaded only when first needed. The same code runs in a worker
// and, where no worker can start, on the page itself.
import type { CatatanTabel, TabelTakTerbaca } from '../impor/index.js';
import { bacaCsv, isSakipError, verifyLaporan } from '../index.js';
import type { DatasetLaporan, HasilVerifikasi } from '../index.js';
import { adalahDataset } from './jenis.js';

/** What the page asks: a text (file or pasted), a dataset already read, or a file's bytes. */
export type Permintaan = { name: string; text: string } | { name: string; data: unknown } | { name: string; bytes: ArrayBuffer };

/** How an imported draft was read: per table, and the tables left out. */
export interface InfoImpor {
  catatan: readonly CatatanTabel[];
  tidakTerbaca: readonly TabelTakTerbaca[];
}

/** What the worker sends back: the step it is at, progress while verifying, then the result or why there is none. */
export type Balasan =
  | { jenis: 'tahap'; tahap: 'baca' | 'impor' }
  | { jenis: 'kemajuan'; selesai: number; total: number; temuan: number }
  | { jenis: 'hasil'; name: string; data: DatasetLaporan; hasil: HasilVerifikasi; impor?: InfoImpor }
  | { jenis: 'galat'; name: string; pesan: string; json: boolean };

export type Kirim = (b: Balasan) => void;

/** An error as the page shows it: a library error with its code. */
export const pesan = (e: unknown) => (isSakipError(e) ? `${e.message} [${e.code}]` : e instanceof Error ? e.message : String(e));

/** Reads a JSON dataset or its CSV form and verifies it; every failure becomes a message, never a throw. */
export function periksaDataset(name: string, text: string, kirim: Kirim): Balasan {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = /\.csv$/i.test(name) ? bacaCsv(clean, { file: name }) : (JSON.parse(clean) as unknown);
  } catch (e) {
    return { jenis: 'galat', name, pesan: pesan(e), json: !isSakipError(e) };
  }
  return periksaData(name, data, kirim);
}

/** Verifies a dataset already read. */
export function periksaData(name: string, data: unknown, kirim: Kirim): Balasan {
  try {
    const hasil = verifyLaporan(data, { onProgress: (selesai, total, temuan) => kirim({ jenis: 'kemajuan', selesai, total, temuan }) });
    return { jenis: 'hasil', name, data: data as DatasetLaporan, hasil };
  } catch (e) {
    return { jenis: 'galat', name, pesan: pesan(e), json: false };
  }
}

/** Answers one request of the page; a report text needs the importer's reader, bytes the file reader. */
export function jawab(m: Permintaan, kirim: Kirim): void {
  if ('data' in m) return kirim(periksaData(m.name, m.data, kirim));
  if ('text' in m && adalahDataset(m.name, m.text)) return kirim(periksaDataset(m.name, m.text, kirim));
  kirim({ jenis: 'galat', name: m.name, pesan: 'pembaca ini tidak mengimpor laporan / this reader does not import reports', json: false });
}

/**
 * Installs a reader: in a worker it answers the page's messages; on the page itself (no worker
 * could start) it becomes the global function `nama`, which the page calls directly.
 */
export function pasang(nama: string, jawab: (m: Permintaan, kirim: Kirim) => void): void {
  const scope = self as unknown as { postMessage(m: { nomor: number; b: Balasan }): void; onmessage: unknown } & Record<string, unknown>;
  // Each answer carries the number of its request: two files read at once never mix.
  if (typeof document === 'undefined') scope.onmessage = (e: MessageEvent<{ nomor: number; m: Permintaan }>) => jawab(e.data.m, (b) => scope.postMessage({ nomor: e.data.nomor, b }));
  else scope[nama] = jawab;
}
