import { isSakipError } from '../errors.js';
import { imporBlok, imporTeks, type HasilImpor, type OpsiImpor } from '../impor/index.js';
import { teks, type Bahasa } from './bahasa.js';
import type { Io } from './io.js';
import { readFileLimited } from './io.js';
import { kutip, kutipBerkas, parse, Unusable, type Opsi } from './opsi.js';

export const IMPOR_OPSI: readonly Opsi[] = [
  { name: 'keluaran', short: 'o', type: 'string', arg: 'FILE', id: 'tulis dataset ke FILE (bawaan: ke layar)', en: 'write the dataset to FILE (default: the screen)' },
  { name: 'id', type: 'string', arg: 'ID', id: 'id dataset (huruf kecil, angka, tanda minus)', en: 'dataset id (lower case, digits, "-")' },
  { name: 'instansi', type: 'string', arg: 'NAMA', id: 'nama instansi bila teks tidak menunjukkannya', en: 'the agency, when the text does not show it' },
  { name: 'tahun', type: 'string', arg: 'N', id: 'tahun laporan (bawaan: yang paling sering disebut)', en: 'the report year (default: the one named most)' },
  { name: 'locale', type: 'string', values: ['id', 'en'], id: 'gaya angka laporan bila angkanya tidak menunjukkannya', en: 'number style, when the figures do not show it' },
  { name: 'tanpa-prosa', type: 'boolean', id: 'jangan baca angka dalam kalimat', en: 'do not read figures in sentences' },
  { name: 'maks-mb', type: 'string', arg: 'N', id: 'batas ukuran berkas dalam MB (bawaan: 16; PDF, Word, Excel paling besar 50)', en: 'file size limit in MB (default: 16; PDF, Word, Excel at most 50)' },
  { name: 'help', short: 'h', type: 'boolean', id: 'tampilkan bantuan ini', en: 'show this help' },
];

/** Reads a file (or standard input) whole, within the size limit. */
export function bacaBytes(lang: Bahasa, file: string, maxBytes: number, io: Io): Buffer {
  const tooBig = (size: string) =>
    new Unusable(`${kutipBerkas(file)}: ${teks(lang, 'berkas', 'file')} ${size} MB ${teks(lang, 'melebihi batas', 'exceeds the limit of')} ${maxBytes / 1024 / 1024} MB (${teks(lang, 'ubah dengan', 'change with')} --maks-mb)`);
  if (file === '-') {
    const b = io.stdin(maxBytes);
    if (b === null) throw tooBig(`> ${(maxBytes / 1024 / 1024).toFixed(1)}`);
    return b;
  }
  let r: ReturnType<typeof readFileLimited>;
  try {
    r = readFileLimited(file, maxBytes);
  } catch {
    throw new Unusable(`${kutipBerkas(file)}: ${teks(lang, 'berkas tidak ditemukan atau tidak dapat dibaca', 'file not found or not readable')}`);
  }
  if (!r.isFile) throw new Unusable(`${kutipBerkas(file)}: ${teks(lang, 'bukan berkas biasa', 'not a regular file')}`);
  if (r.data === null) throw tooBig((r.size / 1024 / 1024).toFixed(1));
  return r.data;
}

/** Names of the files the file readers take, or refuse with a reason (old Office, OpenDocument). */
const NAMA_BINER = /\.(?:pdf|docx|docm|xlsx|xlsm|doc|xls|odt|ods)$/i;

/**
 * A PDF, Word or Excel file: by its first bytes (`%PDF-`, a zip, an old Office / encrypted file),
 * whatever its name, or by its name when its content is none of those (the reader then says the
 * file is broken). Text, CSV and JSON keep their own routes.
 */
export function biner(file: string, bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 5)).toString('latin1');
  return head === '%PDF-' || head.startsWith('PK\x03\x04') || head.startsWith('\xd0\xcf\x11\xe0') || (file !== '-' && NAMA_BINER.test(file));
}

/** A report text from its bytes; a binary file that is no PDF, Word or Excel file is refused. */
export function teksDari(lang: Bahasa, file: string, bytes: Buffer): string {
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new Unusable(
      `${kutipBerkas(file)}: ${teks(lang, 'bukan berkas teks, PDF, Word (.docx) atau Excel (.xlsx)', 'not a text, PDF, Word (.docx) or Excel (.xlsx) file')}`,
    );
  }
  return bytes.toString('utf8');
}

/**
 * Imports a PDF, Word or Excel report through the library's file readers (loaded only here, so
 * the other commands start without them); the readers' refusals name the file already.
 */
export async function imporBiner(file: string, bytes: Uint8Array, opsi: OpsiImpor): Promise<HasilImpor & { format: string }> {
  const nama = file === '-' ? 'stdin' : kutipBerkas(file);
  try {
    const { bacaDocx, bacaPdf, bacaXlsx, kenaliBerkas } = await import('../impor/berkas/index.js');
    const format = kenaliBerkas(nama, bytes);
    const blok = await (format === 'pdf' ? bacaPdf : format === 'docx' ? bacaDocx : bacaXlsx)(bytes, nama);
    return { ...imporBlok(blok, { sumber: file === '-' ? 'masukan standar' : file, ...opsi }), format: format.toUpperCase() };
  } catch (e) {
    // A reader's message may quote the file (a sheet's name, pdf.js's words): no control characters reach the terminal.
    if (isSakipError(e)) throw new Unusable(`${e.message.startsWith(nama) ? '' : `${nama}: `}${kutip(e.message, 2000)} [${e.code}]`);
    throw e;
  }
}

/** Imports a report text, turning the library's refusals into the command line's. */
export function imporBerkas(_lang: Bahasa, file: string, text: string, opsi: OpsiImpor): HasilImpor {
  try {
    return imporTeks(text, { sumber: file === '-' ? 'masukan standar' : file, ...opsi });
  } catch (e) {
    if (isSakipError(e)) throw new Unusable(`${kutipBerkas(file)}: ${e.message} [${e.code}]`);
    throw e;
  }
}

/** One line on how an import went: tables read (and how surely), tables not read. */
export function ringkasImpor(lang: Bahasa, file: string, h: HasilImpor, format = teks(lang, 'teks', 'text')): string {
  const by = { tinggi: 0, sedang: 0, rendah: 0 };
  for (const c of h.catatan) if (c.jenis !== 'skala') by[c.keyakinan]++;
  const prosa = h.laporan.tabel.filter((t) => t.prosa).reduce((n, t) => n + t.baris.length, 0);
  return `${kutipBerkas(file)}: ${teks(lang, 'diimpor dari', 'imported from')} ${format} — ${h.laporan.tabel.filter((t) => !t.prosa).length} ${teks(lang, 'tabel dibaca', 'tables read')} (${teks(lang, 'keyakinan tinggi', 'high confidence')} ${by.tinggi}, ${teks(lang, 'sedang', 'medium')} ${by.sedang}), ${h.laporan.skala.length} ${teks(lang, 'skala', 'scales')}, ${prosa} ${teks(lang, 'angka dari uraian', 'figures from prose')}, ${h.tidakTerbaca.length} ${teks(lang, 'tabel tidak dibaca', 'tables not read')}\n`;
}

/** Options common to `impor` and to `verify` of a text. */
export function opsiImpor(lang: Bahasa, values: Record<string, unknown>): OpsiImpor {
  const o: OpsiImpor = {};
  if (typeof values.id === 'string') {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(values.id)) throw new Unusable(`--id ${kutip(values.id)}: ${teks(lang, 'hanya huruf kecil, angka dan tanda minus', 'lower case, digits and "-" only')}`);
    o.id = values.id;
  }
  if (typeof values.instansi === 'string') o.instansi = values.instansi;
  if (typeof values.tahun === 'string') {
    if (!/^(?:19|20)\d{2}$/.test(values.tahun)) throw new Unusable(`--tahun ${kutip(values.tahun)}: ${teks(lang, 'harus tahun empat angka', 'must be a four-digit year')}`);
    o.tahun = Number(values.tahun);
  }
  if (values.locale === 'id' || values.locale === 'en') o.locale = values.locale;
  if (values['tanpa-prosa'] === true) o.prosa = false;
  return o;
}

export function maksBytes(lang: Bahasa, v: unknown): number {
  const maksMb = Number(v ?? '16');
  if (!Number.isFinite(maksMb) || maksMb <= 0 || maksMb > 1024) {
    throw new Unusable(`--maks-mb ${kutip(String(v))} ${teks(lang, 'harus angka positif sampai 1024', 'must be a positive number up to 1024')}`);
  }
  return Math.floor(maksMb * 1024 * 1024);
}

/** `sakip impor FILE [-o laporan.json]`: the draft dataset of a report (text, PDF, Word, Excel), with how it was read. */
export function impor(lang: Bahasa, args: readonly string[], io: Io, help: () => string): number | Promise<number> {
  const { values, positionals } = parse(lang, 'impor', args, IMPOR_OPSI);
  if (values.help) return (io.out(help()), 0);
  if (positionals.length !== 1) {
    throw new Unusable(teks(lang, 'beri tepat satu berkas laporan (teks, PDF, Word, Excel; atau - untuk masukan standar)', 'give exactly one report file (text, PDF, Word, Excel; or - for standard input)'));
  }
  const file = positionals[0]!;
  const opsi = opsiImpor(lang, values);
  const bytes = bacaBytes(lang, file, maksBytes(lang, values['maks-mb']), io);
  const tulis = (h: HasilImpor, format?: string): number => {
    const json = `${JSON.stringify(h.laporan, null, 2)}\n`;
    const out = values.keluaran as string | undefined;
    if (out !== undefined) {
      try {
        io.writeFile(out, json);
      } catch (e) {
        throw new Unusable(`${kutipBerkas(out)}: ${teks(lang, 'tidak dapat ditulis', 'cannot be written')} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      }
      io.err(ringkasImpor(lang, file, h, format));
      io.err(`${teks(lang, 'Draf ditulis ke', 'Draft written to')} ${kutipBerkas(out)}; ${teks(lang, 'periksa "catatan" lalu jalankan', 'review its "catatan", then run')}: sakip verify ${kutipBerkas(out)}\n`);
    } else {
      io.out(json);
      io.err(ringkasImpor(lang, file, h, format));
    }
    return 0;
  };
  if (biner(file, bytes)) return imporBiner(file, bytes, opsi).then((h) => tulis(h, h.format));
  return tulis(imporBerkas(lang, file, teksDari(lang, file, bytes), opsi));
}
