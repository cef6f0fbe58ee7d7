import type { Blok } from '../blok.js';
import { PenghitungSel, rapi, rusak, type Bytes } from './batas.js';
import { bukaPaket, relasi } from './opc.js';
import { teksAngka, tampilanDari, UMUM, type Tampilan } from './tampilan.js';
import { akar, atribut, awalan, entitas, pindaiXml, setiapAtribut, type PenanganXml } from './xml.js';
import { bacaEntri, type Zip } from './zip.js';

const NS_SHEET = ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'];
const NS_REL = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'];

/** Excel's last column (XFD) and row. */
const KOLOM_MAKS = 16_384;
const BARIS_MAKS = 1_048_576;

/**
 * Reads an Excel workbook (.xlsx) into blocks: every sheet in workbook order, hidden ones
 * included; within a sheet, rows separated by empty rows form a run, and a run is a table from
 * its first to its last row with two or more filled cells (the rows with one filled cell before
 * and after it, such as a title or a "Sumber:" line, are paragraphs). Columns empty in the
 * whole table are kept between filled ones and trimmed at the sides.
 *
 * Cell texts:
 * - text (shared, inline or a formula's text result) as written, whitespace runs as one space;
 * - a merged range keeps its value in its first cell and leaves the others empty, as Excel
 *   stores it (and as a PDF-to-text conversion prints it): the value is not repeated;
 * - a number is the digits stored in the file (`<v>0.1</v>`), never a float printed again, shown
 *   as its number format shows it: fixed decimals rounded half away from zero (`0.00`: 72.6625
 *   → `72.66`), a percentage as its percent (`0.00%`: 0.8641 → `86.41%`), General as the stored
 *   digits up to the 15 significant ones Excel keeps. The point is '.', there is no grouping,
 *   and literal text of the format (`"Rp"`) is not added. A number that would then read two ways
 *   (`1.234`: a point and exactly three decimals, 1234 in the Indonesian style) gets a leading
 *   zero, `01.234`, so that no number style, column or `locale` option reads it as a thousand.
 *   Dates show as their serial number;
 * - a formula without a stored result (a file never recalculated) is empty; an error value
 *   (`#DIV/0!`) and a boolean (`TRUE`) are their text.
 *
 * @param nama the file name, for messages.
 * @throws `SakipError` (from `sakip`) `SAKIP_FILE_CORRUPT` (not a zip, no workbook, malformed XML),
 * `SAKIP_FILE_UNSUPPORTED` (encrypted), `SAKIP_FILE_TOO_LARGE` (see {@link BATAS_BERKAS}).
 * @category Impor
 */
export async function bacaXlsx(bytes: Bytes, nama = 'XLSX'): Promise<Blok[]> {
  const { zip, path: wbPath, xml: wbXml } = await bukaPaket(bytes, nama, 'XLSX', 'xl/workbook.xml', '.xls');
  const rels = await relasi(zip, wbPath);
  const target = (jenis: string, fallback: string) => rels.find((r) => r.jenis === jenis)?.target ?? fallback;
  const strings = await sharedStrings(zip, target('sharedStrings', 'xl/sharedStrings.xml'));
  const styles = await gaya(zip, target('styles', 'xl/styles.xml'));
  const hitung = new PenghitungSel(nama);
  const out: Blok[] = [];
  for (const sheet of daftarSheet(zip, wbPath, wbXml)) {
    const path = rels.find((r) => r.id === sheet.rid)?.target;
    const xml = path === undefined ? null : await bacaEntri(zip, path);
    if (xml === null) throw rusak(nama, 'XLSX', `sheet "${sheet.name}" tidak ada dalam berkas`, `sheet "${sheet.name}" is missing from the file`);
    for (const b of blokSheet(bacaSheet(zip, path!, xml, strings, styles, hitung), hitung)) out.push(b);
  }
  return out;
}

function gagalDi(zip: Zip, path: string) {
  return (id: string, en: string) => rusak(zip.nama, zip.format, `${path}: XML rusak: ${id}`, `${path}: malformed XML: ${en}`);
}

/** The prefix of the spreadsheet namespace in a part, from its root element. */
function prefix(xml: string, gagal: (id: string, en: string) => Error, uris = NS_SHEET): string {
  const root = akar(xml, gagal);
  const name = root.slice(0, root.search(/[\s/]|$/));
  return awalan(root, uris) ?? (name.includes(':') ? name.slice(0, name.indexOf(':') + 1) : '');
}

/** Scans a part the workbook may lack (shared strings, styles) with the handlers made for its prefix; nothing when it is absent. */
async function pindaiBagian(zip: Zip, path: string, penangan: (P: string) => PenanganXml): Promise<void> {
  const xml = await bacaEntri(zip, path);
  if (xml === null) return;
  const gagal = gagalDi(zip, path);
  pindaiXml(xml, penangan(prefix(xml, gagal)), gagal);
}

function daftarSheet(zip: Zip, path: string, xml: string): { name: string; rid: string }[] {
  const gagal = gagalDi(zip, path);
  const root = akar(xml, gagal);
  const P = prefix(xml, gagal);
  const R = awalan(root, NS_REL) ?? 'r:';
  const sheets: { name: string; rid: string }[] = [];
  pindaiXml(
    xml,
    {
      buka(nama, tag) {
        if (nama !== `${P}sheet`) return;
        const rid = atribut(tag, `${R}id`);
        if (rid !== undefined) sheets.push({ name: atribut(tag, 'name') ?? rid, rid });
      },
      tutup() {},
    },
    gagal,
  );
  return sheets;
}

/** The text of each shared string, rich-text runs joined, phonetic guides (rPh) left out. */
async function sharedStrings(zip: Zip, path: string): Promise<string[]> {
  const out: string[] = [];
  let si: string | null = null;
  let inT = false;
  let rph = 0;
  await pindaiBagian(zip, path, (P) => {
    const [SI, RPH, T] = [`${P}si`, `${P}rPh`, `${P}t`];
    return {
      buka(nama) {
        if (nama === SI) si = '';
        else if (nama === RPH) rph++;
        else if (nama === T && rph === 0) inT = true;
      },
      tutup(nama) {
        if (nama === T) inT = false;
        else if (nama === RPH) rph--;
        else if (nama === SI && si !== null) {
          out.push(si);
          si = null;
        }
      },
      teks(s, a, b, cdata) {
        if (inT && si !== null) si += cdata ? s.slice(a, b) : entitas(s.slice(a, b));
      },
    };
  });
  return out;
}

/** The display of each cell style (the `s` attribute indexes cellXfs). */
async function gaya(zip: Zip, path: string): Promise<Tampilan[]> {
  const kode = new Map<number, string>();
  const ids: number[] = [];
  let inXfs = false;
  await pindaiBagian(zip, path, (P) => ({
    buka(nama, tag) {
      if (nama === `${P}numFmt`) {
        const id = Number(atribut(tag, 'numFmtId'));
        const code = atribut(tag, 'formatCode');
        if (Number.isInteger(id) && code !== undefined) kode.set(id, code);
      } else if (nama === `${P}cellXfs`) inXfs = true;
      else if (nama === `${P}xf` && inXfs) ids.push(Number(atribut(tag, 'numFmtId') ?? 0));
    },
    tutup(nama) {
      if (nama === `${P}cellXfs`) inXfs = false;
    },
  }));
  return ids.map((id) => (Number.isInteger(id) ? tampilanDari(id, kode.get(id)) : UMUM));
}

/**
 * A row as read: its 1-based index, its cells from column A (dense, '' where empty, so a row
 * costs a string slot per cell and no object per cell), and how many are filled.
 */
interface BarisSheet {
  readonly r: number;
  readonly sel: string[];
  isi: number;
}

/** The filled cells of a sheet, row by row. */
function bacaSheet(zip: Zip, path: string, xml: string, strings: string[], styles: Tampilan[], hitung: PenghitungSel): BarisSheet[] {
  const gagal = gagalDi(zip, path);
  const P = prefix(xml, gagal);
  const [ROW, C, V, IS, T, RPH] = ['row', 'c', 'v', 'is', 't', 'rPh'].map((x) => P + x) as [string, string, string, string, string, string];
  const rows: BarisSheet[] = [];
  let row: BarisSheet | null = null;
  let lastRow = 0;
  let col = 0;
  let s = 0;
  let t = 'n';
  // The text of <v> and of the inline string's <t>s, and which of them text goes to now.
  let v: string | null = null;
  let inline: string | null = null;
  let capture: 0 | 1 | 2 = 0;
  let inIs = false;
  let rph = 0;
  const bad = (id: string, en: string) => rusak(zip.nama, 'XLSX', `${path}: ${id}`, `${path}: ${en}`);
  pindaiXml(
    xml,
    {
      buka(nama, tag) {
        if (nama === C) {
          // One pass over the attributes of the most frequent element (r, s and t need no entities).
          let ref: string | undefined;
          s = 0;
          t = 'n';
          setiapAtribut(tag, (key, value) => {
            if (key === 'r') ref = value;
            else if (key === 's') s = Number(value);
            else if (key === 't') t = value;
            return false;
          });
          const k = ref === undefined ? 0 : kolom(ref);
          if (k < 0) throw bad(`referensi sel "${ref}" di luar batas`, `cell reference "${ref}" out of range`);
          col = k === 0 ? col + 1 : k;
          if (col > KOLOM_MAKS) throw bad('kolom di luar batas Excel', 'column beyond Excel’s last');
          v = null;
          inline = null;
        } else if (nama === ROW) {
          const r = Number(atribut(tag, 'r'));
          lastRow = Number.isInteger(r) && r > 0 ? r : lastRow + 1;
          if (lastRow > BARIS_MAKS) throw bad('baris di luar batas Excel', 'row beyond Excel’s last');
          row = { r: lastRow, sel: [], isi: 0 };
          col = 0;
        } else if (nama === V) (capture = 1), (v = '');
        else if (nama === IS) (inIs = true), (inline = '');
        else if (nama === RPH) rph++;
        else if (nama === T && inIs && rph === 0) capture = 2;
      },
      tutup(nama) {
        if (nama === V || nama === T) capture = 0;
        else if (nama === RPH) rph--;
        else if (nama === IS) inIs = false;
        else if (nama === C && row !== null) {
          const raw = nilaiSel(t, v, inline, s, strings, styles, bad);
          const text = t === 'n' ? raw.trim() : rapi(raw);
          if (text === '') return;
          const cells = row.sel;
          if (col > cells.length) {
            // The row grows to this column: its empty cells count against the limit as they are made.
            hitung.tambah(col - cells.length);
            while (cells.length < col) cells.push('');
          }
          if (cells[col - 1] === '') row.isi++;
          cells[col - 1] = text;
        } else if (nama === ROW && row !== null) {
          if (row.isi > 0) rows.push(row);
          row = null;
        }
      },
      teks(x, a, b, cdata) {
        if (capture === 0) return;
        const piece = cdata ? x.slice(a, b) : entitas(x.slice(a, b));
        if (capture === 1) v += piece;
        else inline += piece;
      },
    },
    gagal,
  );
  // Writers put rows in order; a file that does not is read in order all the same.
  rows.sort((a, b) => a.r - b.r);
  return rows;
}

function nilaiSel(t: string, v: string | null, inline: string | null, s: number, strings: string[], styles: Tampilan[], bad: (id: string, en: string) => Error): string {
  if (t === 'inlineStr') return inline ?? '';
  if (v === null) return '';
  const raw = v;
  if (t === 's') {
    const i = Number(raw);
    const str = Number.isInteger(i) ? strings[i] : undefined;
    if (str === undefined) throw bad(`indeks teks bersama ${raw} tidak ada`, `shared string index ${raw} does not exist`);
    return str;
  }
  if (t === 'b') return raw.trim() === '1' ? 'TRUE' : raw.trim() === '0' ? 'FALSE' : raw;
  if (t === 'n') return satuBacaan(teksAngka(raw, styles[s] ?? UMUM));
  // 'str' (a formula's text), 'e' (an error such as #DIV/0!), 'd' (an ISO date): as written.
  return raw;
}

/**
 * A number shown as `1.234` (one to three digits, a point, exactly three decimals) reads as
 * 1234 in the Indonesian style, and a report's column or `--locale id` would read it so. A
 * stored number is never that: a leading zero (`01.234`, `-012.345%`) makes the text read one
 * way, 1.234, in both styles, keeping the printed decimals. Every other shown number already
 * reads one way (`1234.50`, `0.125`, `72.66`).
 */
function satuBacaan(text: string): string {
  return /^-?[1-9]\d{0,2}\.\d{3}%?$/.test(text) ? text.replace(/^(-?)/, '$10') : text;
}

/** The 1-based column of a cell reference ("B7" → 2), 0 when it has no letters, -1 past XFD. */
function kolom(ref: string): number {
  let c = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const x = ref.charCodeAt(i) | 32;
    if (x < 97 || x > 122) break;
    c = c * 26 + (x - 96);
    if (c > KOLOM_MAKS) return -1;
  }
  return c;
}

/** Runs of consecutive filled rows, each a table with its title and notes as paragraphs. */
function blokSheet(rows: BarisSheet[], hitung: PenghitungSel): Blok[] {
  const out: Blok[] = [];
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i]!.r === rows[i - 1]!.r + 1) continue;
    blokRun(rows.slice(start, i), hitung, out);
    start = i;
  }
  return out;
}

function blokRun(run: BarisSheet[], hitung: PenghitungSel, out: Blok[]): void {
  const para = (r: BarisSheet) => out.push({ jenis: 'paragraf', teks: r.sel.filter((c) => c !== '').join(' ') });
  let first = -1;
  let last = -1;
  run.forEach((r, i) => {
    if (r.isi < 2) return;
    if (first < 0) first = i;
    last = i;
  });
  if (first < 0) {
    run.forEach(para);
    return;
  }
  run.slice(0, first).forEach(para);
  const table = run.slice(first, last + 1);
  // Columns empty in every row of the table are trimmed on the left; rows are padded on the right.
  let lo = Infinity;
  let hi = 0;
  for (const r of table) {
    let k = 0;
    while (r.sel[k] === '') k++;
    lo = Math.min(lo, k);
    hi = Math.max(hi, r.sel.length);
  }
  let padding = 0;
  for (const r of table) padding += hi - r.sel.length;
  hitung.tambah(padding);
  const baris = table.map((r) => {
    const cells = r.sel;
    while (cells.length < hi) cells.push('');
    if (lo > 0) cells.splice(0, lo);
    return cells;
  });
  out.push({ jenis: 'tabel', baris });
  run.slice(last + 1).forEach(para);
}
