// The importer's part of the readers: a report's text (a file or pasted) becomes a draft dataset,
// verified like any other, with how each table was read kept beside it.
import { imporTeks, type HasilImpor } from '../impor/index.js';
import { jawab, periksaData, pesan, type Balasan, type Kirim, type Permintaan } from './baca.js';
import { adalahDataset } from './jenis.js';

/** Verifies the draft of an import, keeping how each table was read. */
export function periksaImpor(name: string, h: HasilImpor, kirim: Kirim): Balasan {
  const b = periksaData(name, h.laporan, kirim);
  return b.jenis === 'hasil' ? { ...b, impor: { catatan: h.catatan, tidakTerbaca: h.tidakTerbaca } } : b;
}

/** Imports a report text and verifies its draft; every failure becomes a message, never a throw. */
export function periksaTeks(name: string, text: string, kirim: Kirim): Balasan {
  kirim({ jenis: 'tahap', tahap: 'impor' });
  try {
    return periksaImpor(name, imporTeks(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { sumber: name }), kirim);
  } catch (e) {
    return { jenis: 'galat', name, pesan: pesan(e), json: false };
  }
}

/** Answers a request: report texts here, datasets as the base reader does. */
export function jawabImpor(m: Permintaan, kirim: Kirim): void {
  if ('text' in m && !adalahDataset(m.name, m.text)) kirim(periksaTeks(m.name, m.text, kirim));
  else jawab(m, kirim);
}
