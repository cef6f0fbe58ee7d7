import { ErrorCode, SakipError } from '../../errors.js';
import type { Blok } from '../blok.js';
import { bytesOf, PenghitungSel, rapi, rusak, takDidukung, type Bytes } from './batas.js';

/** A run of text on a page, in device space (y grows downwards), as wide as pdf.js measures it. */
interface Potong {
  readonly s: string;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly h: number;
}

/** One printed line: its baseline, its height and its segments (text separated by wide gaps). */
interface Baris {
  readonly y: number;
  readonly h: number;
  readonly seg: Potong[];
}

/** The parts of pdf.js this reader uses. */
interface TextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}
interface Halaman {
  getViewport(o: { scale: number }): { transform: number[] };
  getTextContent(): Promise<{ items: TextItem[] }>;
  cleanup(): void;
}
interface Dokumen {
  numPages: number;
  getPage(n: number): Promise<Halaman>;
  destroy(): Promise<void>;
}

/**
 * Segments of one line closer than this many font sizes are one cell: word spaces are about a
 * quarter of one, the padding between two table cells is about one.
 */
const CELAH_SEL = 0.6;
/** Baselines closer than this many font sizes are one line (a superscript shifts by less). */
const CELAH_BARIS = 0.45;
/** A vertical gap over this many font sizes ends a table and a paragraph. */
const CELAH_BLOK = 2.5;
/** Lines of one cell wrapped inside a table, at most, between two full rows. */
const SELIPAN = 3;

/**
 * Reads a PDF with a text layer into blocks, through pdf.js (`unpdf`, loaded when a PDF is
 * read). The positions of the text items rebuild the layout, page by page:
 *
 * - items whose baselines are within `CELAH_BARIS` of the font size form a line, left to
 *   right; items of a line closer than `CELAH_SEL` font sizes form one segment (a cell);
 * - consecutive lines of two or more segments, with at most `SELIPAN` one-segment lines
 *   between them (a cell's text wrapped onto the next line) and no vertical gap wider than
 *   `CELAH_BLOK` font sizes, are a candidate table. Its columns are the x ranges that its
 *   segments cover, separated by the x ranges none covers; a segment that bridges such a gap
 *   (a header over "Target / Realisasi / Capaian") is left out of that measure and lands in the
 *   first column it overlaps. A candidate with two or more lines and three or more columns
 *   filled on at least two lines is a table; a one-segment line in it that bridges a column gap
 *   (a title between two tables) ends it.
 * - every other line is running text; lines no further apart than a line and a half join one
 *   paragraph.
 *
 * A table does not continue across pages: each page's part is its own block, with `halaman`
 * (1-based). A wrapped cell stays on its own row(s); rotated text (watermarks, sideways
 * headers) is left out.
 *
 * @param nama the file name, for messages.
 * @throws `SakipError` (from `sakip`) `SAKIP_NO_TEXT` for a PDF with no text at all (a scan: there is no
 * OCR), `SAKIP_FILE_CORRUPT` for a file pdf.js cannot open, `SAKIP_FILE_UNSUPPORTED` for a
 * password-protected one, `SAKIP_FILE_TOO_LARGE` (see {@link BATAS_BERKAS}).
 * @category Impor
 */
export async function bacaPdf(bytes: Bytes, nama = 'PDF'): Promise<Blok[]> {
  const u8 = bytesOf(bytes, nama);
  if (!adalahPdf(u8)) throw rusak(nama, 'PDF', 'tidak diawali %PDF-', 'does not start with %PDF-');
  const { getDocumentProxy } = await import('unpdf');
  let doc: Dokumen;
  try {
    // A copy: pdf.js may take the buffer it is given, and the caller's bytes stay theirs.
    doc = (await getDocumentProxy(new Uint8Array(u8), { verbosity: 0, isEvalSupported: false, stopAtErrors: false })) as unknown as Dokumen;
  } catch (e) {
    throw gagalPdf(nama, e);
  }
  const hitung = new PenghitungSel(nama);
  const out: Blok[] = [];
  let huruf = 0;
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const potong = potongan(page.getViewport({ scale: 1 }).transform, (await page.getTextContent()).items);
      page.cleanup();
      for (const p of potong) huruf += p.s.length;
      tataHalaman(potong, n, hitung, out);
    }
  } catch (e) {
    if ((e as { code?: string }).code?.startsWith('SAKIP_')) throw e;
    throw gagalPdf(nama, e);
  } finally {
    await doc.destroy();
  }
  if (huruf === 0) throw new SakipError(ErrorCode.NO_TEXT, nama, `PDF tanpa lapisan teks, OCR tidak didukung / PDF without a text layer, no OCR (${doc.numPages} halaman / pages)`, 'hasil pindai? ubah dulu dengan OCR menjadi PDF berteks / a scan? run OCR to make a PDF with text first');
  return out;
}

/** True when the bytes start like a PDF (`%PDF-` within the first KB, as readers allow). */
export function adalahPdf(b: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(b.subarray(0, 1024));
  return head.includes('%PDF-');
}

function gagalPdf(nama: string, e: unknown): SakipError {
  const name = (e as { name?: string })?.name ?? '';
  const message = (e as { message?: string })?.message ?? String(e);
  if (name === 'PasswordException') return takDidukung(nama, 'PDF terkunci kata sandi / password-protected PDF', 'buka dan simpan tanpa kata sandi / open and save it without a password');
  return rusak(nama, 'PDF', `pdf.js tidak dapat membacanya (${message})`, `pdf.js cannot read it (${message})`);
}

/** The page's text items in device space, horizontal ones only, blank ones dropped. */
function potongan(view: number[], items: TextItem[]): Potong[] {
  const out: Potong[] = [];
  const [a, b, c, d, e, f] = view as [number, number, number, number, number, number];
  for (const it of items) {
    const s = it.str;
    const t = it.transform;
    if (typeof s !== 'string' || !Array.isArray(t) || t.length < 6 || s.trim() === '') continue;
    // The item's matrix after the page's own (rotation, y flipped): x along the line, y its baseline.
    const m0 = a * t[0]! + c * t[1]!;
    const m1 = b * t[0]! + d * t[1]!;
    const m2 = a * t[2]! + c * t[3]!;
    const m3 = b * t[2]! + d * t[3]!;
    const x = a * t[4]! + c * t[5]! + e;
    const y = b * t[4]! + d * t[5]! + f;
    if (!(m0 > 0) || Math.abs(m1) > 0.1 * m0) continue;
    const h = Math.hypot(m2, m3) || it.height || 1;
    const w = typeof it.width === 'number' && it.width > 0 ? it.width : s.length * h * 0.5;
    if (![x, y, h, w].every(Number.isFinite)) continue;
    out.push({ s, x0: x, x1: x + w, y, h });
  }
  return out;
}

/** Lines from items: sorted by baseline, then joined where the baselines are close. */
function garis(items: Potong[]): Baris[] {
  items.sort((p, q) => p.y - q.y || p.x0 - q.x0);
  const lines: Potong[][] = [];
  let cur: Potong[] = [];
  for (const it of items) {
    const first = cur[0];
    if (first !== undefined && it.y - first.y > CELAH_BARIS * Math.max(first.h, it.h)) {
      lines.push(cur);
      cur = [];
    }
    cur.push(it);
  }
  if (cur.length > 0) lines.push(cur);
  return lines.map((line) => {
    line.sort((p, q) => p.x0 - q.x0);
    const seg: Potong[] = [];
    let h = 0;
    for (const it of line) {
      h = Math.max(h, it.h);
      const last = seg[seg.length - 1];
      const gap = last === undefined ? Infinity : it.x0 - last.x1;
      // The same text drawn twice a hair apart (fake bold) is one.
      if (last !== undefined && it.s === last.s.slice(-it.s.length) && Math.abs(it.x1 - last.x1) < 0.2 * it.h) continue;
      if (last !== undefined && gap < CELAH_SEL * Math.max(last.h, it.h)) {
        const space = gap > 0.15 * it.h && !/\s$/.test(last.s) && !/^\s/.test(it.s) ? ' ' : '';
        seg[seg.length - 1] = { s: last.s + space + it.s, x0: last.x0, x1: Math.max(last.x1, it.x1), y: last.y, h: Math.max(last.h, it.h) };
      } else seg.push(it);
    }
    return { y: line[0]!.y, h, seg };
  });
}

/** A page's lines as tables and paragraphs, appended to `out`. */
function tataHalaman(items: Potong[], halaman: number, hitung: PenghitungSel, out: Blok[]): void {
  const lines = garis(items);
  const jauh = (i: number) => i > 0 && lines[i]!.y - lines[i - 1]!.y > CELAH_BLOK * Math.max(lines[i]!.h, lines[i - 1]!.h);
  let para: string[] = [];
  let paraEnd = -1;
  const flush = () => {
    if (para.length > 0) out.push({ jenis: 'paragraf', teks: rapi(para.join(' ')) });
    para = [];
  };
  const text = (i: number) => {
    const l = lines[i]!;
    const near = paraEnd === i - 1 && i > 0 && l.y - lines[i - 1]!.y <= 1.6 * Math.max(l.h, lines[i - 1]!.h);
    if (!near) flush();
    para.push(l.seg.map((s) => s.s).join(' '));
    paraEnd = i;
  };
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.seg.length < 2) {
      text(i++);
      continue;
    }
    // A candidate: from this full line to the last full line reachable through short interludes.
    let end = i;
    let j = i + 1;
    while (j < lines.length && !jauh(j)) {
      if (lines[j]!.seg.length >= 2) end = j;
      else if (j - end > SELIPAN) break;
      j++;
    }
    const candidate = lines.slice(i, end + 1);
    const cols = kolom(candidate.filter((l) => l.seg.length >= 2));
    // A one-segment line bridging a column gap is a title or a note, not a row: it splits the candidate.
    let start = 0;
    candidate.forEach((l, k) => {
      if (l.seg.length === 1 && melintas(l.seg[0]!, cols)) {
        bagian(candidate.slice(start, k), i + start);
        text(i + k);
        start = k + 1;
      }
    });
    bagian(candidate.slice(start), i + start);
    i = end + 1;
  }
  flush();

  function bagian(part: Baris[], at: number): void {
    if (part.length === 0) return;
    const cols = kolom(part.filter((l) => l.seg.length >= 2));
    // Sparse first: a candidate that is no table costs no padding.
    const filled = new Array<number>(cols.length).fill(0);
    const sparse = part.map((l) => {
      const cells = new Map<number, string>();
      for (const s of l.seg) {
        const k = kolomDari(cols, s.x0);
        const had = cells.get(k);
        if (had === undefined) filled[k]!++;
        cells.set(k, had === undefined ? rapi(s.s) : `${had} ${rapi(s.s)}`);
      }
      return cells;
    });
    if (part.length >= 2 && filled.filter((n) => n >= 2).length >= 3) {
      flush();
      paraEnd = -1;
      hitung.tambah(part.length * cols.length);
      const baris = sparse.map((cells) => {
        const row = new Array<string>(cols.length).fill('');
        for (const [k, v] of cells) row[k] = v;
        return row;
      });
      out.push({ jenis: 'tabel', baris, halaman });
    } else part.forEach((_, k) => text(at + k));
  }
}

/** A column: the x range its segments cover. */
type Kolom = readonly [number, number];

/**
 * Columns of a set of lines: the x ranges covered by their segments, separated by the ranges
 * none covers, once the segments bridging such a gap on the other lines are left out.
 */
function kolom(lines: Baris[]): Kolom[] {
  const segs = lines.flatMap((l) => l.seg);
  if (segs.length === 0) return [[-Infinity, Infinity]];
  const profile = cakupan(segs);
  const kept = segs.filter((s) => !menjembatani(s, profile));
  const cover = cakupan(kept.length > 0 ? kept : segs);
  const cols: [number, number][] = [];
  for (let k = 0; k < cover.c.length; k++) {
    if (cover.c[k]! === 0) continue;
    const last = cols[cols.length - 1];
    if (last !== undefined && last[1] === cover.x[k]) last[1] = cover.x[k + 1]!;
    else cols.push([cover.x[k]!, cover.x[k + 1]!]);
  }
  return cols;
}

/** How many segments cover each x range: breakpoints `x` and counts `c` for [x[k], x[k+1]). */
interface Cakupan {
  readonly x: number[];
  readonly c: number[];
  /** Ranges covered exactly once among the first k. */
  readonly satu: number[];
  /** The first range at or after k, and the last at or before k, covered at least twice (-1: none). */
  readonly lanjut: number[];
  readonly surut: number[];
}

function cakupan(segs: Potong[]): Cakupan {
  const ev: [number, number][] = [];
  for (const s of segs) ev.push([s.x0, 1], [s.x1, -1]);
  ev.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const x: number[] = [];
  const c: number[] = [];
  let n = 0;
  for (let k = 0; k < ev.length; k++) {
    n += ev[k]![1];
    if (k + 1 < ev.length && ev[k + 1]![0] === ev[k]![0]) continue;
    x.push(ev[k]![0]);
    c.push(n);
  }
  const satu = [0];
  for (let k = 0; k < c.length; k++) satu.push(satu[k]! + (c[k] === 1 ? 1 : 0));
  const lanjut = new Array<number>(c.length + 1).fill(-1);
  for (let k = c.length - 1; k >= 0; k--) lanjut[k] = c[k]! >= 2 ? k : lanjut[k + 1]!;
  const surut = new Array<number>(c.length).fill(-1);
  for (let k = 0; k < c.length; k++) surut[k] = c[k]! >= 2 ? k : k > 0 ? surut[k - 1]! : -1;
  return { x, c, satu, lanjut, surut };
}

/**
 * True when a segment covers, alone, a range between two ranges that other segments cover too:
 * it spans a gap between columns. Constant work per segment after the profile is built.
 */
function menjembatani(s: Potong, p: Cakupan): boolean {
  // The ranges inside the segment: from the first breakpoint at or after x0 to the last before x1.
  const k0 = cari(p.x, s.x0);
  const k1 = cari(p.x, s.x1) - 1;
  if (k1 < k0) return false;
  const a = p.lanjut[k0]!;
  const b = p.surut[k1]!;
  return a >= 0 && a <= k1 && b > a && p.satu[b]! - p.satu[a + 1]! > 0;
}

/** The first index whose value is at least `v` (binary search). */
function cari(xs: number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The column a segment starting at x belongs to: the first one that ends after x. */
function kolomDari(cols: Kolom[], x: number): number {
  let lo = 0;
  let hi = cols.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cols[mid]![1] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** True when a segment reaches across a gap between two columns. */
function melintas(s: Potong, cols: Kolom[]): boolean {
  const k = kolomDari(cols, s.x0);
  return k + 1 < cols.length && s.x1 > cols[k + 1]![0];
}
