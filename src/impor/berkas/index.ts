/**
 * The file readers of the importer: XLSX, DOCX and PDF bytes in, the same blocks out as the text
 * reader gives, so that one recognition serves every format. Bytes, not paths: the readers use
 * no file system and run in a browser as well. Each format's dependency (fflate for the zip of
 * XLSX and DOCX, unpdf for PDF) is loaded only when a file of that format is read.
 */
import type { Blok } from '../blok.js';
import { bytesOf, rusak, takDidukung, type Bytes } from './batas.js';
import { bacaDocx } from './docx.js';
import { adalahPdf, bacaPdf } from './pdf.js';
import { bacaXlsx } from './xlsx.js';
import { adalahZip, bukaZip } from './zip.js';

export type { Blok } from '../blok.js';
export { BATAS_BERKAS, type Bytes } from './batas.js';
export { bacaDocx } from './docx.js';
export { bacaPdf } from './pdf.js';
export { bacaXlsx } from './xlsx.js';

/** The formats {@link bacaBerkas} reads. @category Impor */
export type FormatBerkas = 'xlsx' | 'docx' | 'pdf';

/**
 * The format of a file from its first bytes: `%PDF-` is a PDF; a zip is a DOCX when it holds
 * `word/…` parts and an XLSX when it holds `xl/…` ones. The name's extension decides only what
 * the content leaves open, and names the format a broken file was meant to be.
 *
 * @throws `SakipError` (from `sakip`) `SAKIP_FILE_UNSUPPORTED` for anything else (an old .xls / .doc, an
 * encrypted Office file, an OpenDocument file, text), `SAKIP_FILE_CORRUPT` for a file named
 * .xlsx / .docx / .pdf whose content is none of them.
 * @category Impor
 */
export function kenaliBerkas(nama: string, bytes: Bytes): FormatBerkas {
  const u8 = bytesOf(bytes, nama);
  const ext = /\.([a-z0-9]{1,5})$/i.exec(nama)?.[1]?.toLowerCase() ?? '';
  if (adalahPdf(u8)) return 'pdf';
  if (adalahZip(u8)) {
    const hint = ext === 'xlsx' || ext === 'xlsm' ? 'XLSX' : ext === 'docx' || ext === 'docm' ? 'DOCX' : 'zip';
    const names = [...bukaZip(u8, nama, hint).entri.keys()];
    const word = names.some((n) => n.startsWith('word/'));
    const xl = names.some((n) => n.startsWith('xl/'));
    if (word && (!xl || hint === 'DOCX')) return 'docx';
    if (xl) return 'xlsx';
    throw takDidukung(nama, 'zip tanpa bagian Word atau Excel / a zip with no Word or Excel part', 'simpan sebagai .docx atau .xlsx (OpenDocument .odt / .ods belum didukung) / save it as .docx or .xlsx (OpenDocument .odt / .ods is not supported)');
  }
  if (u8.length >= 8 && u8[0] === 0xd0 && u8[1] === 0xcf && u8[2] === 0x11 && u8[3] === 0xe0) {
    throw takDidukung(nama, 'format Office lama (.xls / .doc) atau berkas terenkripsi / old Office format (.xls / .doc) or an encrypted file', 'simpan ulang sebagai .xlsx atau .docx tanpa kata sandi / save it again as .xlsx or .docx without a password');
  }
  const meant = ext === 'pdf' ? 'PDF' : ext === 'xlsx' ? 'XLSX' : ext === 'docx' ? 'DOCX' : undefined;
  if (meant !== undefined) throw rusak(nama, meant, `isinya bukan ${meant}`, `its content is not ${meant}`);
  throw takDidukung(nama, 'format tidak dikenali / unknown format', 'yang dibaca: .pdf, .docx, .xlsx / readable: .pdf, .docx, .xlsx');
}

/**
 * Reads an XLSX, DOCX or PDF file into blocks, choosing the reader by the file's content (see
 * {@link kenaliBerkas}); `nama` also names the file in every message.
 *
 * @throws `SakipError` (from `sakip`) as {@link kenaliBerkas} and the reader of the format.
 * @category Impor
 */
export async function bacaBerkas(nama: string, bytes: Bytes): Promise<Blok[]> {
  const format = kenaliBerkas(nama, bytes);
  return format === 'pdf' ? bacaPdf(bytes, nama) : format === 'docx' ? bacaDocx(bytes, nama) : bacaXlsx(bytes, nama);
}
