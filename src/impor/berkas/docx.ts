import type { Blok } from '../blok.js';
import { BATAS_BERKAS, PenghitungSel, ratakan, rapi, rusak, type Bytes } from './batas.js';
import { bukaPaket } from './opc.js';
import { akar, atribut, awalan, entitas, pindaiXml } from './xml.js';

const NS_WORD = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'];
const NS_MC = ['http://schemas.openxmlformats.org/markup-compatibility/2006'];

interface Sel {
  /** The cell's paragraphs so far, joined with a space. */
  teks: string;
  span: number;
  lanjut: boolean;
}

/** What text goes into: the body, or a table with its current row and cell. */
interface Bingkai {
  readonly tabel: boolean;
  readonly rows: string[][];
  row: string[] | null;
  after: number;
  cell: Sel | null;
  /** The paragraph being read, and how deep paragraphs nest (a text box sits inside one). */
  para: string;
  depth: number;
}

const bingkai = (tabel: boolean): Bingkai => ({ tabel, rows: [], row: null, after: 0, cell: null, para: '', depth: 0 });

/** A cell's text with one more paragraph. */
const tambahPara = (c: Sel, text: string): void => {
  if (text !== '') c.teks = c.teks === '' ? text : `${c.teks} ${text}`;
};

/**
 * Reads a Word document (.docx) into blocks: the body's paragraphs and tables in document order
 * (headers, footers, footnotes and comments are not read).
 *
 * - A paragraph is the text of its runs (`w:t`); tabs and line breaks are spaces, deleted text
 *   of tracked changes is left out, the text of a text box joins the paragraph that anchors it.
 * - A table is its rows (`w:tr`) of cells (`w:tc`), a cell's paragraphs joined with a space. A
 *   cell spanning columns (`gridSpan`) is followed by empty cells for the columns it covers, and
 *   a cell continuing a vertical merge (`vMerge`) is empty: the value stays in the merge's first
 *   cell, as in the XLSX reader and in a PDF-to-text conversion. Rows are padded to one width.
 * - A table nested in a cell becomes text of that cell.
 *
 * @param nama the file name, for messages.
 * @throws `SakipError` (from `sakip`) `SAKIP_FILE_CORRUPT` (not a zip, no document part, malformed XML),
 * `SAKIP_FILE_UNSUPPORTED` (encrypted), `SAKIP_FILE_TOO_LARGE` (see {@link BATAS_BERKAS}).
 * @category Impor
 */
export async function bacaDocx(bytes: Bytes, nama = 'DOCX'): Promise<Blok[]> {
  const { path, xml } = await bukaPaket(bytes, nama, 'DOCX', 'word/document.xml', '.doc');
  const gagal = (id: string, en: string) => rusak(nama, 'DOCX', `${path}: XML rusak: ${id}`, `${path}: malformed XML: ${en}`);
  const root = akar(xml, gagal);
  const W = awalan(root, NS_WORD) ?? 'w:';
  const MC = awalan(root, NS_MC) ?? 'mc:';
  const name = (x: string) => W + x;
  const [P, T, TBL, TR, TC, SPAN, VMERGE, BEFORE, AFTER] = ['p', 't', 'tbl', 'tr', 'tc', 'gridSpan', 'vMerge', 'gridBefore', 'gridAfter'].map(name) as string[];
  const SPACE = new Set(['tab', 'br', 'cr', 'ptab'].map(name));
  // Deleted and moved-away text, and the fallback copy of alternate content (the same text box twice).
  const SKIP = new Set([name('del'), name('moveFrom'), `${MC}Fallback`]);
  const hitung = new PenghitungSel(nama);
  const out: Blok[] = [];
  const stack: Bingkai[] = [bingkai(false)];
  let top = stack[0]!;
  let skip = 0;
  let skipName = '';
  let inT = false;
  const jumlah = (tag: string, batas: number) => Math.min(Math.max(Math.trunc(Number(atribut(tag, `${W}val`) ?? 1)) || 0, 0), batas);
  /** Text that belongs where the current paragraph is, or to the open cell when no paragraph is open. */
  const tulis = (text: string) => {
    if (top.depth > 0) top.para += text;
    else if (top.cell) tambahPara(top.cell, rapi(text));
  };
  pindaiXml(
    xml,
    {
      buka(n, tag) {
        if (skip > 0) {
          if (n === skipName) skip++;
          return;
        }
        if (SKIP.has(n)) {
          skip = 1;
          skipName = n;
        } else if (n === T) inT = true;
        else if (n === P) {
          if (top.depth > 0) top.para += ' ';
          else top.para = '';
          top.depth++;
        } else if (SPACE.has(n)) tulis(' ');
        else if (n === name('noBreakHyphen')) tulis('-');
        else if (n === TBL) stack.push((top = bingkai(true)));
        else if (!top.tabel) return;
        else if (n === TR) (top.row = []), (top.after = 0);
        else if (n === TC) top.cell = { teks: '', span: 1, lanjut: false };
        else if (n === SPAN && top.cell) top.cell.span = Math.max(1, jumlah(tag, BATAS_BERKAS.rentang));
        else if (n === VMERGE && top.cell) top.cell.lanjut = (atribut(tag, `${W}val`) ?? 'continue') !== 'restart';
        else if (n === BEFORE && top.row) {
          const k = jumlah(tag, BATAS_BERKAS.rentang);
          hitung.tambah(k);
          for (let i = 0; i < k; i++) top.row.push('');
        }
        else if (n === AFTER && top.row) top.after = jumlah(tag, BATAS_BERKAS.rentang);
      },
      tutup(n) {
        if (skip > 0) {
          if (n === skipName) skip--;
          return;
        }
        if (n === T) inT = false;
        else if (n === P && top.depth > 0) {
          top.depth--;
          if (top.depth > 0) {
            top.para += ' ';
            return;
          }
          const text = rapi(top.para);
          top.para = '';
          if (top.tabel) {
            if (top.cell) tambahPara(top.cell, text);
          }
          else if (text !== '') out.push({ jenis: 'paragraf', teks: text });
        } else if (!top.tabel) return;
        else if (n === TC && top.cell && top.row) {
          const c = top.cell;
          top.row.push(c.lanjut ? '' : c.teks);
          hitung.tambah(c.span);
          for (let k = 1; k < c.span; k++) top.row.push('');
          top.cell = null;
        } else if (n === TR && top.row) {
          hitung.tambah(top.after);
          for (let k = 0; k < top.after; k++) top.row.push('');
          top.rows.push(top.row);
          top.row = null;
        } else if (n === TBL) {
          const done = stack.pop()!;
          top = stack[stack.length - 1]!;
          if (!top.tabel && top.depth === 0) {
            if (done.rows.length > 0) out.push({ jenis: 'tabel', baris: ratakan(done.rows, hitung) });
          } else tulis(` ${done.rows.map((r) => r.filter((x) => x !== '').join(' ')).join(' ')} `);
        }
      },
      teks(x, a, b, cdata) {
        if (inT && skip === 0) tulis(cdata ? x.slice(a, b) : entitas(x.slice(a, b)));
      },
    },
    gagal,
  );
  return out;
}
