/**
 * Reading a report itself: from the text of an LKjIP / LAKIP (as a PDF-to-text converter writes
 * it, or tables pasted from a viewer) to a draft `sakip-laporan/1` dataset that `verifyLaporan`
 * checks. Two steps, each usable alone: `bacaTeks` turns text into blocks (paragraphs and
 * tables), `imporBlok` recognises the tables and figures of any blocks (other readers produce
 * the same blocks from Word, Excel or PDF files: `bacaBerkas` reads their bytes). No file system:
 * works in the browser too.
 *
 * @module
 */
import { cekUkuran } from './batas.js';
import { imporBlok, type HasilImpor, type OpsiImpor } from './kenali.js';
import { bacaTeks } from './teks.js';

export type { Blok } from './blok.js';
export { BATAS_IMPOR } from './batas.js';
export { bacaTeks } from './teks.js';
export { imporBlok, metodeDari, type HasilImpor, type OpsiImpor } from './kenali.js';
export type { CatatanTabel, Keyakinan, TabelTakTerbaca } from './tabel.js';
// PDF, Word and Excel files: bytes to the same blocks (`imporBlok(await bacaBerkas(nama, bytes))`).
export { BATAS_BERKAS, bacaBerkas, bacaDocx, bacaPdf, bacaXlsx, kenaliBerkas, type Bytes, type FormatBerkas } from './berkas/index.js';

/**
 * Imports a report text: `imporBlok(bacaTeks(teks), opsi)`. The result's `laporan` is a draft
 * dataset (every figure as printed, with `catatan` on how each table was read), `catatan` the
 * same per table as data, `tidakTerbaca` the tables left out and why.
 *
 * Refuses a text over `BATAS_IMPOR.karakter` (16 MiB) with `SAKIP_TOO_LONG`. Linear in the text.
 * @category Impor
 */
export function imporTeks(teks: string, opsi: OpsiImpor = {}): HasilImpor {
  if (typeof teks === 'string') cekUkuran(teks.length, 'teks');
  return imporBlok(bacaTeks(teks), opsi);
}
