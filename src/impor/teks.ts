import { ErrorCode, SakipError } from '../errors.js';
import { BATAS_IMPOR, cekUkuran } from './batas.js';
import type { Blok } from './blok.js';

/** One line of the text, classified. */
type Baris =
  | { readonly jenis: 'kosong' }
  | { readonly jenis: 'teks'; readonly teks: string }
  | { readonly jenis: 'sel'; readonly sel: string[] };

/** A table as the lines print it, before page-break pieces are joined. */
interface Potongan {
  baris: string[][];
  halaman: number | undefined;
  /** The widest row so far: kept as rows come, so joining many pieces stays linear. */
  lebar: number;
}

/** Cells of a tab-separated line, trailing empty cells dropped (converters pad lines unevenly). */
function potongTab(line: string): string[] {
  const cells = line.split('\t', BATAS_IMPOR.kolom).map((c) => c.trim());
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/** A markdown table line "| a | b |": its cells; a rule line "|---|:--|" gives null. */
function potongPipa(line: string): string[] | null {
  const t = line.trim();
  const inner = t.slice(t.startsWith('|') ? 1 : 0, t.endsWith('|') ? -1 : undefined);
  const cells = inner.split('|', BATAS_IMPOR.kolom).map((c) => c.trim());
  if (cells.every((c) => c === '' || /^:?-{2,}:?$/.test(c))) return null;
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/** Cells of a line aligned with runs of two or more spaces ("pasted" tables), or null for prose. */
function potongSpasi(line: string): string[] | null {
  const t = line.trim();
  // Three cells at least: one double space inside a sentence does not make a table.
  const cells = t.split(/ {2,}/, BATAS_IMPOR.kolom);
  return cells.length >= 3 ? cells : null;
}

/** A page number or a bare page furniture line between the two halves of a split table. */
function nomorHalaman(t: string): boolean {
  const s = t.trim();
  if (s.length > 24) return false;
  return /^[-–]?\s?\d{1,4}\s?[-–]?$/.test(s) || /^(halaman|hal\.?|page)\s?\d{1,4}/i.test(s);
}

/** A header row: two header words or more and no figure. */
function kepala(row: readonly string[]): boolean {
  if (barisData(row)) return false;
  const words = normal(row).match(/\b(?:no|target|realisasi|capaian|indikator|sasaran|satuan|anggaran|pagu|uraian|program|kegiatan|predikat|kategori|keterangan|tahun|efisiensi|serapan|sisa|tujuan|rencana|jumlah|nilai|%|rp)\b/g);
  return (words?.length ?? 0) >= 2;
}

const normal = (row: readonly string[]): string => row.join('\t').toLowerCase().replace(/\s+/g, ' ');

/** A row that carries figures: a number in a cell after the first, or an empty first cell. */
function barisData(row: readonly string[]): boolean {
  for (let i = 1; i < row.length; i++) if (/^[-(]?\s?(rp\.?\s?)?\d/i.test(row[i]!)) return true;
  return false;
}

/** Header words shared by two header rows: the second half of a split table repeats its header, maybe garbled. */
function kepalaMirip(a: readonly string[], b: readonly string[]): boolean {
  const words = (r: readonly string[]) => new Set(normal(r).split(/[^\p{L}]/u).filter((w) => w.length >= 3));
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return false;
  let same = 0;
  for (const w of wb) if (wa.has(w)) same++;
  return same / Math.min(wa.size, wb.size) >= 0.6;
}

/**
 * Joins the pieces of a table split by page breaks: a piece that follows another after nothing but
 * blank lines or a page number continues it when it repeats the header (the repeated rows are
 * dropped) or starts with a data row of a similar width. A piece whose first row is a different
 * header of the same words (a converter garbled it) is joined with that row kept, so recognition
 * can read the rows under it with their own columns.
 */
function sambung(a: Potongan, b: Potongan): boolean {
  const first = b.baris[0];
  if (first === undefined || a.baris.length === 0) return false;
  let repeated = 0;
  while (repeated < Math.min(4, a.baris.length, b.baris.length - 1) && normal(a.baris[repeated]!) === normal(b.baris[repeated]!)) repeated++;
  if (repeated > 0) {
    for (const r of b.baris.slice(repeated)) a.baris.push(r);
    a.lebar = Math.max(a.lebar, b.lebar);
    return true;
  }
  const width = a.lebar;
  const widthB = b.baris.slice(0, 5).reduce((w, r) => Math.max(w, r.length), 0);
  // The next rows of the same table: figures, an empty first cell, or a row number before a name.
  const lanjut = barisData(first) || first[0] === '' || (/^(?:\d{1,3}|[a-zA-Z]|[IVX]{1,4})[.)]?$/.test(first[0]!) && !kepala(first)) || (!kepala(first) && b.baris.slice(0, 3).some(barisData));
  if (lanjut) {
    if (Math.abs(widthB - width) <= 2) {
      for (const r of b.baris) a.baris.push(r);
      a.lebar = Math.max(a.lebar, b.lebar);
      return true;
    }
    return false;
  }
  if (kepalaMirip(a.baris[0]!, first)) {
    for (const r of b.baris) a.baris.push(r);
    a.lebar = Math.max(a.lebar, b.lebar);
    return true;
  }
  return false;
}

/**
 * Reads a report text into blocks: paragraphs (consecutive lines of prose) and tables, in order.
 * A table is a run of lines with tabs (as PDF-to-text converters write them), markdown pipes, or
 * cells aligned by two or more spaces (a table pasted from a PDF viewer). Pieces of one table split
 * by a page break are joined. A form feed starts a new page: tables then carry their page number.
 *
 * Linear in the text; refuses a text over `BATAS_IMPOR.karakter` with `SAKIP_TOO_LONG`.
 * @category Impor
 */
export function bacaTeks(teks: string): Blok[] {
  if (typeof teks !== 'string') throw new SakipError(ErrorCode.INVALID_TYPE, 'teks', typeof teks);
  cekUkuran(teks.length, 'teks');
  const text = teks.charCodeAt(0) === 0xfeff ? teks.slice(1) : teks;
  const withPages = text.includes('\f');
  const out: Blok[] = [];
  let para: string[] = [];
  let table: Potongan | null = null;
  /** The table just closed, and whether only blank lines (or a page number) came after it. */
  let lastTable: Potongan | null = null;
  let page = 1;
  let cells = 0;
  const flushPara = () => {
    if (para.length > 0) out.push({ jenis: 'paragraf', teks: para.join('\n') });
    para = [];
  };
  const closeTable = () => {
    if (table === null) return;
    if (lastTable !== null && sambung(lastTable, table)) {
      table = null;
      return;
    }
    const blok: Blok = { jenis: 'tabel', baris: table.baris, ...(table.halaman === undefined ? {} : { halaman: table.halaman }) };
    out.push(blok);
    lastTable = table;
    table = null;
  };
  const lines = text.split(/\r\n|\r|\n/);
  for (const raw of lines) {
    let line = raw;
    if (line.includes('\f')) {
      // A new page: the table before may continue, but only through the joining rules.
      closeTable();
      page += line.split('\f').length - 1;
      line = line.split('\f').join('');
    }
    let k: Baris;
    if (line.trim() === '') k = { jenis: 'kosong' };
    else if (line.includes('\t')) {
      const c = potongTab(line);
      k = c.every((x) => x === '') ? { jenis: 'kosong' } : { jenis: 'sel', sel: c };
    } else if (line.split('|', 4).length >= 3 && (line.trimStart().startsWith('|') || line.split('|', 4).length >= 4)) {
      const c = potongPipa(line);
      k = c === null ? { jenis: 'kosong' } : { jenis: 'sel', sel: c };
    } else k = { jenis: 'teks', teks: line.trim() };
    if (k.jenis === 'sel') {
      cells += k.sel.length;
      if (cells > BATAS_IMPOR.sel) throw new SakipError(ErrorCode.TOO_LONG, 'teks', `${cells} sel`, `batas ${BATAS_IMPOR.sel} sel tabel`);
      flushPara();
      if (table === null) table = { baris: [], halaman: withPages ? page : undefined, lebar: 0 };
      table.baris.push(k.sel);
      table.lebar = Math.max(table.lebar, k.sel.length);
      continue;
    }
    if (k.jenis === 'kosong' || nomorHalaman(line)) {
      closeTable();
      flushPara();
      continue;
    }
    // Prose: the table before it, if any, can no longer continue after a page break.
    closeTable();
    lastTable = null;
    para.push(k.teks);
  }
  closeTable();
  flushPara();
  return spasi(out);
}

/**
 * Paragraphs whose every line is cut by runs of spaces into three or more cells, two lines at
 * least, are a table pasted from a PDF viewer.
 */
function spasi(blok: Blok[]): Blok[] {
  const out: Blok[] = [];
  for (const b of blok) {
    if (b.jenis !== 'paragraf' || !b.teks.includes('  ')) {
      out.push(b);
      continue;
    }
    const lines = b.teks.split('\n');
    const rows = lines.map(potongSpasi);
    if (lines.length >= 2 && rows.every((r) => r !== null)) out.push({ jenis: 'tabel', baris: rows as string[][] });
    else out.push(b);
  }
  return out;
}
