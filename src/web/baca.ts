// Reading a dropped file into a verified result: the same code runs in the worker and, where no
// worker can start, on the page itself.
import { bacaCsv, isSakipError, verifyLaporan } from '../index.js';
import type { DatasetLaporan, HasilVerifikasi } from '../index.js';

/** What the worker sends back: progress while verifying, then the result or why there is none. */
export type Balasan =
  | { jenis: 'kemajuan'; selesai: number; total: number; temuan: number }
  | { jenis: 'hasil'; name: string; data: DatasetLaporan; hasil: HasilVerifikasi }
  | { jenis: 'galat'; name: string; pesan: string; json: boolean };

/** Reads a JSON dataset or its CSV form and verifies it; every failure becomes a message, never a throw. */
export function periksaTeks(name: string, text: string, kemajuan: (b: Balasan) => void): Balasan {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = /\.json$/i.test(name) || /^\s*[[{]/.test(clean.slice(0, 64)) ? (JSON.parse(clean) as unknown) : bacaCsv(clean, { file: name });
  } catch (e) {
    return { jenis: 'galat', name, pesan: isSakipError(e) ? `${e.message} [${e.code}]` : (e as Error).message, json: !isSakipError(e) };
  }
  return periksaData(name, data, kemajuan);
}

/** Verifies a dataset already read. */
export function periksaData(name: string, data: unknown, kemajuan: (b: Balasan) => void): Balasan {
  try {
    const hasil = verifyLaporan(data, { onProgress: (selesai, total, temuan) => kemajuan({ jenis: 'kemajuan', selesai, total, temuan }) });
    return { jenis: 'hasil', name, data: data as DatasetLaporan, hasil };
  } catch (e) {
    return { jenis: 'galat', name, pesan: isSakipError(e) ? `${e.message} [${e.code}]` : String(e), json: false };
  }
}
