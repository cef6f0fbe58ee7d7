import { ErrorCode } from '../../errors.js';
import { BATAS_BERKAS, mb, rusak, takDidukung, terlaluBesar } from './batas.js';

/** One member of a zip, as its central directory describes it. */
interface Entri {
  readonly metode: number;
  readonly terenkripsi: boolean;
  readonly ukuranTerkompresi: number;
  readonly offsetLokal: number;
}

/**
 * An opened zip (an XLSX or DOCX is one): its directory, and what is left of the decompression
 * budget shared by all the parts read from it.
 */
export interface Zip {
  readonly nama: string;
  readonly format: string;
  readonly bytes: Uint8Array;
  /** Members by lower-case path: OPC part names are case-insensitive. */
  readonly entri: Map<string, Entri>;
  sisa: number;
}

const u16 = (b: Uint8Array, i: number): number => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number): number => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, i: number): number => u32(b, i) + u32(b, i + 4) * 2 ** 32;

/** True when the bytes start like a zip (local file header, or the empty-archive end record). */
export function adalahZip(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && ((b[2] === 3 && b[3] === 4) || (b[2] === 5 && b[3] === 6));
}

/**
 * Reads the central directory. Only the directory is read here: members are decompressed one
 * by one, on demand, by {@link bacaEntri}.
 */
export function bukaZip(bytes: Uint8Array, nama: string, format: string): Zip {
  const bad = (id: string, en: string) => rusak(nama, format, `zip rusak: ${id}`, `corrupt zip: ${en}`);
  // The end record sits in the last 22 bytes plus a comment of at most 65 535.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad('akhir direktori pusat tidak ditemukan (berkas terpotong?)', 'end of central directory not found (truncated file?)');
  let count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    // Zip64: the locator just before the end record points at the 64-bit end record.
    const loc = eocd - 20;
    if (loc < 0 || u32(bytes, loc) !== 0x07064b50) throw bad('penunjuk zip64 tidak ditemukan', 'zip64 locator not found');
    const rec = u64(bytes, loc + 8);
    if (rec + 56 > bytes.length || u32(bytes, rec) !== 0x06064b50) throw bad('rekaman akhir zip64 tidak valid', 'invalid zip64 end record');
    count = u64(bytes, rec + 32);
    offset = u64(bytes, rec + 48);
  }
  const entri = new Map<string, Entri>();
  const dec = new TextDecoder();
  let p = offset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw bad(`entri direktori ke-${k + 1} tidak valid`, `invalid directory entry ${k + 1}`);
    const flags = u16(bytes, p + 8);
    const metode = u16(bytes, p + 10);
    let ukuranTerkompresi = u32(bytes, p + 20);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let offsetLokal = u32(bytes, p + 42);
    const uncompressed32 = u32(bytes, p + 24);
    const nameEnd = p + 46 + nameLen;
    if (nameEnd + extraLen + commentLen > bytes.length) throw bad(`entri direktori ke-${k + 1} terpotong`, `directory entry ${k + 1} truncated`);
    // Zip64 sizes live in an extra field, in this order, only for the fields marked 0xFFFFFFFF.
    if (ukuranTerkompresi === 0xffffffff || offsetLokal === 0xffffffff || uncompressed32 === 0xffffffff) {
      for (let e = nameEnd; e + 4 <= nameEnd + extraLen; ) {
        const id = u16(bytes, e);
        const len = u16(bytes, e + 2);
        if (id === 1) {
          let q = e + 4;
          if (uncompressed32 === 0xffffffff) q += 8;
          if (ukuranTerkompresi === 0xffffffff) (ukuranTerkompresi = u64(bytes, q)), (q += 8);
          if (offsetLokal === 0xffffffff) offsetLokal = u64(bytes, q);
          break;
        }
        e += 4 + len;
      }
    }
    const name = dec.decode(bytes.subarray(p + 46, nameEnd)).replace(/\\/g, '/').replace(/^\//, '').toLowerCase();
    entri.set(name, { metode, terenkripsi: (flags & 1) === 1, ukuranTerkompresi, offsetLokal });
    p = nameEnd + extraLen + commentLen;
  }
  return { nama, format, bytes, entri, sisa: BATAS_BERKAS.xml };
}

/**
 * Compressed bytes go to the inflater in pieces this big: one step makes at most 64 MB (deflate
 * inflates 1 032 times at most) before the limits are checked again.
 */
const POTONG = 64 * 1024;

/**
 * One member decompressed and decoded as text (UTF-8, or UTF-16 when it starts with a byte-order
 * mark), or null when the zip has no such member. Decompression counts every byte it produces
 * against the zip's budget and stops the moment the budget is spent: the sizes the directory
 * states are not trusted.
 */
export async function bacaEntri(zip: Zip, path: string): Promise<string | null> {
  const e = zip.entri.get(path.toLowerCase());
  if (e === undefined) return null;
  const { bytes, nama, format } = zip;
  const bad = (id: string, en: string) => rusak(nama, format, `${path}: ${id}`, `${path}: ${en}`);
  if (e.terenkripsi) throw takDidukung(nama, `${format} terenkripsi / encrypted ${format}`, 'buka dan simpan tanpa kata sandi / open and save it without a password');
  const h = e.offsetLokal;
  if (h + 30 > bytes.length || u32(bytes, h) !== 0x04034b50) throw bad('header lokal tidak valid', 'invalid local header');
  const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  const end = start + e.ukuranTerkompresi;
  if (end > bytes.length) throw bad('data terpotong', 'data truncated');
  const data = bytes.subarray(start, end);
  const parts: Uint8Array[] = [];
  let read = 0; // compressed bytes given to the inflater so far
  let made = 0;
  const take = (chunk: Uint8Array) => {
    zip.sisa -= chunk.length;
    made += chunk.length;
    if (zip.sisa < 0) {
      throw terlaluBesar(nama, `isi ${format} yang diurai melebihi / decompressed ${format} content over ${mb(BATAS_BERKAS.xml)}`);
    }
    if (made > 1024 * 1024 && made > BATAS_BERKAS.rasio * read) {
      throw terlaluBesar(nama, `${path} mengembang lebih dari / inflates more than ${BATAS_BERKAS.rasio}:1 (bom zip? / zip bomb?)`);
    }
    parts.push(chunk);
  };
  if (e.metode === 0) {
    read = data.length;
    take(data);
  }
  else if (e.metode === 8) {
    const { Inflate } = await import('fflate');
    const inflater = new Inflate((chunk) => take(chunk));
    try {
      if (data.length === 0) inflater.push(data, true);
      for (let i = 0; i < data.length; i += POTONG) {
        read = Math.min(i + POTONG, data.length);
        inflater.push(data.subarray(i, read), read === data.length);
      }
    } catch (err) {
      if ((err as { code?: string }).code === ErrorCode.FILE_TOO_LARGE) throw err;
      throw bad(`data terkompresi rusak (${(err as Error).message})`, `corrupt compressed data (${(err as Error).message})`);
    }
  } else throw takDidukung(nama, `${path}: metode kompresi / compression method ${e.metode}`, 'simpan ulang dari Excel atau Word / save it again from Excel or Word');
  return decode(parts);
}

/** The pieces as one text. Decoded in one call: a streaming TextDecoder is many times slower in Node. */
function decode(parts: Uint8Array[]): string {
  let all: Uint8Array;
  if (parts.length === 1) all = parts[0]!;
  else {
    let n = 0;
    for (const p of parts) n += p.length;
    all = new Uint8Array(n);
    n = 0;
    for (const p of parts) {
      all.set(p, n);
      n += p.length;
    }
  }
  const bom = all.length >= 2 ? (all[0]! << 8) | all[1]! : 0;
  const out = new TextDecoder(bom === 0xfffe ? 'utf-16le' : bom === 0xfeff ? 'utf-16be' : 'utf-8').decode(all);
  // TextDecoder drops a UTF-8 BOM but keeps the UTF-16 one in some engines: drop it here.
  return out.charCodeAt(0) === 0xfeff ? out.slice(1) : out;
}
