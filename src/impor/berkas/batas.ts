import { ErrorCode, SakipError } from '../../errors.js';

/**
 * The limits of the file readers, in one place. A report is a few megabytes; these bounds are
 * far above that and far below what would exhaust memory or time.
 *
 * - `berkas`: bytes of one file (XLSX, DOCX or PDF) as given.
 * - `xml`: bytes decompressed from one XLSX or DOCX, all parts read together. Decompression
 *   stops as soon as it passes the bound, whatever the zip directory claims.
 * - `rasio`: bytes one part may decompress to per compressed byte read so far (past its first
 *   megabyte). Office XML compresses 5 to 20 times; a zip bomb, up to 1 032 times, is stopped
 *   after a megabyte or two instead of at `xml`. Apache POI refuses Office files by the same ratio.
 * - `sel`: cells of all tables of one file, padding included (a sheet with one cell in A1 and one
 *   in XFD1048576 would otherwise pad to 17 billion).
 * - `rentang`: columns one merged or spanned cell may cover (Excel has 16 384, Word 63).
 *
 * Over a limit: `SAKIP_FILE_TOO_LARGE`. The command line reads at most 16 MB of a file unless
 * `--maks-mb` says more (then these limits still hold). The readers are linear in the file:
 * `npm run bench` prints each format's time on 1 MB and 10 MB, and its ms per MB. The guide
 * docs/impor-laporan.md lists these limits with the importer's (`BATAS_IMPOR`).
 *
 * @category Impor
 */
export const BATAS_BERKAS = Object.freeze({ berkas: 50 * 1024 * 1024, xml: 200 * 1024 * 1024, rasio: 100, sel: 5_000_000, rentang: 16_384 });

/** Bytes in, whatever the caller holds: a Uint8Array (Node's Buffer is one) or an ArrayBuffer. */
export type Bytes = Uint8Array | ArrayBuffer;

/** The bytes as a Uint8Array, refused when they are not bytes or are over the file limit. */
export function bytesOf(bytes: Bytes, nama: string): Uint8Array {
  const u8 = bytes instanceof Uint8Array ? bytes : bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : null;
  if (u8 === null) throw new SakipError(ErrorCode.INVALID_TYPE, nama, Object.prototype.toString.call(bytes), 'berikan Uint8Array atau ArrayBuffer / pass a Uint8Array or an ArrayBuffer');
  if (u8.length > BATAS_BERKAS.berkas) throw terlaluBesar(nama, `${mb(u8.length)}, batas / limit ${mb(BATAS_BERKAS.berkas)}`);
  return u8;
}

export const mb = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`;

// The core's message templates for these codes are '{field}: {value}' (the core bundle stays
// small): the sentence, in both languages, is written here.

/** A file that cannot be read as its format: the format and what is wrong, in both languages. */
export function rusak(nama: string, format: string, id: string, en: string): SakipError {
  return new SakipError(ErrorCode.FILE_CORRUPT, nama, `berkas ${format} rusak / corrupt ${format} file`, `${id} / ${en}`);
}

/** A file, or what it decompresses to, over a limit of {@link BATAS_BERKAS}. */
export function terlaluBesar(nama: string, what: string): SakipError {
  return new SakipError(ErrorCode.FILE_TOO_LARGE, nama, `berkas terlalu besar / file too large (${what})`);
}

/** A file of a kind the readers do not read, and what to do instead. */
export function takDidukung(nama: string, what: string, todo: string): SakipError {
  return new SakipError(ErrorCode.FILE_UNSUPPORTED, nama, `berkas tidak didukung / unsupported file (${what})`, todo);
}

/** Whitespace inside a cell (line breaks, tabs, no-break spaces) as one space, ends trimmed. */
export function rapi(s: string): string {
  // Most cells have no whitespace at all: a test allocates nothing.
  return /\s/.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/** Counts the cells of the tables of one file against {@link BATAS_BERKAS}.sel. */
export class PenghitungSel {
  private n = 0;
  constructor(private readonly nama: string) {}
  tambah(cells: number): void {
    this.n += cells;
    if (this.n > BATAS_BERKAS.sel) {
      throw terlaluBesar(this.nama, `lebih dari / more than ${BATAS_BERKAS.sel.toLocaleString('en-US')} sel tabel / table cells`);
    }
  }
}

/** Rows padded to one width with empty cells; the padding is counted against the cell limit first (the cells themselves were counted as they were read). */
export function ratakan(rows: string[][], hitung: PenghitungSel): string[][] {
  let width = 0;
  let have = 0;
  for (const r of rows) {
    if (r.length > width) width = r.length;
    have += r.length;
  }
  hitung.tambah(width * rows.length - have);
  for (const r of rows) while (r.length < width) r.push('');
  return rows;
}
