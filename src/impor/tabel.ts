/**
 * Recognition of one table: its header, the field of each column, the rows under it (joined where
 * a converter wrapped a cell over several lines), the figures of each row placed in their columns,
 * the row hierarchy from numbering, and the total rows. Produces one `sakip-laporan/1` table (or a
 * scale) and a note saying how it was read. Independent of where the table came from: it reads
 * `string[][]` rows, as every reader (text, XLSX, DOCX, PDF) gives them.
 */
import { parseAngkaInfo } from '../angka/parse.js';
import type { Baris, Sel, SkalaTercetak, Tabel } from '../verifikasi/dataset.js';
import { BATAS_IMPOR } from './batas.js';
import { barisKepala, gabungKepala, medanDari, normalJudul, tahunDari, type Kolom, type Medan } from './kepala.js';
import { nomorDepan, nomorSel, romawiTunggal, type JenisNomor, type Nomor } from './nomor.js';
import { angkaTercetak, bacaSelImpor, type SelImpor } from './sel.js';
import { mengacu, skalaDari } from './skala.js';

/** How sure the reading of a table is. @category Impor */
export type Keyakinan = 'tinggi' | 'sedang' | 'rendah';

/** How one table was read, for the user who reviews the draft. @category Impor */
export interface CatatanTabel {
  /** The table's id in the dataset ("Tabel 3.3", or "Tabel tanpa nomor 4"). */
  readonly tabel: string;
  readonly judul?: string;
  readonly halaman?: number;
  readonly jenis: 'kinerja' | 'anggaran' | 'kinerja-anggaran' | 'hitungan' | 'skala';
  /** Which printed header was read as which field (and year). */
  readonly kolom: readonly { readonly judul: string; readonly medan: string; readonly tahun?: number }[];
  /** Rows of the dataset made from the table. */
  readonly baris: number;
  /** Printed rows left out, with why. */
  readonly dilewati: readonly { readonly baris: string; readonly alasan: string }[];
  readonly keyakinan: Keyakinan;
  /** What else a reviewer should know: cells moved to their column, lines joined, cells read with help. */
  readonly alasan: readonly string[];
}

/** A table that was not read, with why. @category Impor */
export interface TabelTakTerbaca {
  readonly tabel: string;
  readonly judul?: string;
  readonly halaman?: number;
  readonly alasan: string;
}

/** What recognition knows around a table. */
export interface KonteksTabel {
  readonly id: string;
  /** Prefix of the table's row ids ("t3-3"). */
  readonly prefix: string;
  readonly judul?: string;
  readonly halaman?: number;
  readonly tahunLaporan?: number;
  /** The number style of the whole report, when it is clear. */
  readonly gayaDokumen?: 'id' | 'en';
  /** The regulation a scale table cites (its caption, the "Sumber:" line under it). */
  readonly sumberSkala?: string;
}

export interface HasilTabel {
  readonly tabel?: Tabel;
  readonly skala?: SkalaTercetak;
  readonly catatan?: CatatanTabel;
  readonly takTerbaca?: TabelTakTerbaca;
  /** Predikat labels printed in the table, to find the scale they come from. */
  readonly labelPredikat: readonly string[];
}

type Figure = 'target' | 'realisasi' | 'capaian' | 'nilai' | 'paguMurni' | 'pagu' | 'realisasiAnggaran' | 'serapan' | 'sisa' | 'outputTarget' | 'outputRealisasi' | 'efisiensi';
const FIGURES: readonly Figure[] = ['target', 'realisasi', 'capaian', 'nilai', 'paguMurni', 'pagu', 'realisasiAnggaran', 'serapan', 'sisa', 'outputTarget', 'outputRealisasi', 'efisiensi'];
const FIGURE_SET = new Set<string>([...FIGURES, 'persen', 'jumlah', 'angka']);
const UANG = new Set<string>(['paguMurni', 'pagu', 'realisasiAnggaran', 'sisa']);
const ANGGARAN = new Set<string>(['paguMurni', 'pagu', 'realisasiAnggaran', 'sisa', 'serapan', 'outputTarget', 'outputRealisasi']);
const PERSEN = new Set<string>(['capaian', 'serapan', 'efisiensi', 'persen']);
const NAMA = new Set<string>(['uraian', 'indikator', 'sasaran', 'program', 'kegiatan', 'subkegiatan']);
const KIRI = new Set<string>([...NAMA, 'no', 'kode']);
const TEKS_OK = new Set<string>(['target', 'realisasi', 'capaian', 'nilai', 'outputTarget', 'outputRealisasi']);

/** A row as recognition sees it: cells of one or more printed lines. */
interface BarisLogis {
  cells: string[];
  lines: number;
  /** Cells filled from a garbled duplicate line (only where the row had nothing). */
  isi: number;
}

const kata = (s: string): number => (s.trim() === '' ? 0 : s.trim().split(/\s+/).length);
const awalKecil = (s: string): boolean => /^\p{Ll}/u.test(s.trim());
const TOTAL = /^(?:jumlah|total|jumlah total|total keseluruhan|jumlah keseluruhan|grand total|sub ?total|jml)$/;
const RATA = /^rata ?- ?rata\b|^rata2\b/;
/** The grades of a SAKIP evaluation (PermenPANRB 12/2015, 88/2021), and the labels of the row that prints them under the scores. */
const NILAI_SAKIP = /^(?:AA|A|BB|B|CC|C|D)$/;
const BARIS_PREDIKAT = /^(?:predikat|tingkat akuntabilitas(?: kinerja)?|kategori|predikat sakip)$/;

/** "JUMLAH", "Total", "Rata-Rata Capaian": the kind of total a row label names, if any. */
export function labelTotal(label: string): 'jumlah' | 'rata-rata' | null {
  const t = normalJudul(label).replace(/-/g, ' - ');
  const plain = t.replace(/ - /g, '-');
  if (kata(plain) > 4) return null;
  if (RATA.test(t) || RATA.test(plain)) return 'rata-rata';
  if (TOTAL.test(plain)) return 'jumlah';
  return null;
}

/** Text of a name cell without its numbering; the numbering apart. */
function pisahNomor(name: string): { nomor: Nomor | null; nama: string } {
  const d = nomorDepan(name);
  return d ? { nomor: d.nomor, nama: d.sisa } : { nomor: null, nama: name.trim() };
}

/** Names of indicators that are clearly "lower is better": a level of poverty, deaths, unemployment, cases. */
const NEGATIF_KEPALA = /^(?:persentase|prosentase|presentase|percentase|angka|jumlah|tingkat|rasio|prevalensi|proporsi|indeks)?\s?(?:penduduk|masyarakat|keluarga|rumah tangga|balita|bayi|ibu|warga)?\s?(?:miskin|kemiskinan|kematian|pengangguran|stunting|gizi buruk|kasus|kecelakaan|kriminalitas|pelanggaran|putus sekolah|buta (?:huruf|aksara)|kesakitan|kebakaran|kumuh)\b/;
const PEMBALIK = /\b(?:penurunan|menurunnya|berkurang|pengurangan|penanganan|penanggulangan|tertangani|ditangani|pengentasan|terentaskan|keluar dari|bebas|menerima|mendapat|penerima|yang|terlayani|dilayani|tertanggulangi)\b/;

/**
 * "negatif" when an indicator's name says that lower is better: a level of something bad
 * ("Persentase penduduk miskin", "Angka kematian bayi", "… menurun"), or an indicator of a target
 * "Menurunnya X" that measures X itself. Otherwise nothing: the verifier's default applies.
 */
export function arahDari(nama: string, sasaran?: string): 'negatif' | undefined {
  const n = normalJudul(nama);
  if (n === '' || PEMBALIK.test(n)) return undefined;
  if (NEGATIF_KEPALA.test(n)) return 'negatif';
  if (/\bmenurun$/.test(n)) return 'negatif';
  if (sasaran) {
    const s = normalJudul(sasaran);
    const m = /^(?:menurunnya|berkurangnya|turunnya|terkendalinya|menurun)\s(.+)$/.exec(s);
    if (m && m[1]!.length >= 4 && n.includes(m[1]!)) return 'negatif';
  }
  return undefined;
}

/** The number style of a column: the one style its unambiguous figures are written in, if one. */
function gayaKolom(sels: readonly SelImpor[]): 'id' | 'en' | 'campur' | undefined {
  let id = 0;
  let en = 0;
  for (const s of sels) {
    if (s.jenis !== 'angka') continue;
    if (s.gaya === 'id') id++;
    else if (s.gaya === 'en') en++;
  }
  if (id > 0 && en > 0) return 'campur';
  return id > 0 ? 'id' : en > 0 ? 'en' : undefined;
}

/** Score of a cell in a column: how well its kind fits the field; -Infinity when it cannot stand there. */
function cocok(s: SelImpor, medan: Medan): number {
  const figure = FIGURE_SET.has(medan);
  if (s.jenis === 'satuan') return medan === 'satuan' ? 2 : -Infinity;
  if (s.jenis === 'teks') {
    if (medan === 'predikat' || medan === 'satuan' || medan === 'abaikan') return 2;
    if (TEKS_OK.has(medan)) return medan === 'capaian' ? 0.5 : 1;
    return -Infinity;
  }
  if (s.jenis === 'strip' || s.jenis === 'rusak') return figure ? 1.5 : medan === 'abaikan' || medan === 'predikat' ? 0.2 : -Infinity;
  // a number; a column read for nothing ("Jumlah Indikator", "Bobot") takes it without using it
  if (medan === 'abaikan') return 0.5;
  if (!figure) return -Infinity;
  if (UANG.has(medan)) return s.ragam === 'uang' ? 3 : s.ragam === 'ambigu' ? 2 : s.ragam === 'bilangan' ? 1.5 : -Infinity;
  if (PERSEN.has(medan)) return s.ragam === 'persen' || s.ragam === 'desimal' ? 3 : s.ragam === 'bilangan' || s.ragam === 'ambigu' ? 2 : -Infinity;
  return 2;
}

const LEWAT: Record<string, number> = { angka: -3, rusak: -1, strip: -0.5, teks: -0.5, satuan: 0, kosong: 0 };

/**
 * Places the cells right of the names in the columns of the header: a monotone matching (cells
 * keep their order) that prefers each cell in its own column, allows the whole row to be shifted
 * by up to two columns (a converter often adds or drops one), and never puts an amount in a
 * percentage column or a percentage in an amount column. Returns column index → cell index.
 */
function tempatkan(cells: readonly { idx: number; sel: SelImpor }[], cols: readonly Kolom[]): { map: Map<number, number>; shift: number; lewat: number } {
  // Most rows stand in their columns: every cell fits the column it is printed in.
  const byIndex = new Map(cols.map((c) => [c.indeks, c]));
  if (cells.every((c) => {
    const col = byIndex.get(c.idx);
    return col !== undefined && cocok(c.sel, col.medan) >= 1.5;
  })) {
    return { map: new Map(cells.map((c, i) => [c.idx, i])), shift: 0, lewat: 0 };
  }
  let best: { score: number; map: Map<number, number>; shift: number; lewat: number } | null = null;
  const n = cells.length;
  const m = cols.length;
  for (const shift of [0, 1, -1, 2, -2]) {
    // f[i][j]: best score placing the first i cells in the first j columns.
    const f: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-Infinity));
    const how: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
    f[0]!.fill(0);
    for (let i = 1; i <= n; i++) {
      const c = cells[i - 1]!;
      for (let j = 0; j <= m; j++) {
        let v = f[i - 1]![j]! + (LEWAT[c.sel.jenis] ?? -1);
        let h = 1; // cell skipped
        if (j > 0 && f[i]![j - 1]! > v) {
          v = f[i]![j - 1]!;
          h = 2; // column left empty
        }
        if (j > 0) {
          const col = cols[j - 1]!;
          const fit = cocok(c.sel, col.medan);
          if (fit > -Infinity) {
            const s = f[i - 1]![j - 1]! + fit - Math.abs(c.idx - col.indeks - shift);
            if (s > v) {
              v = s;
              h = 3;
            }
          }
        }
        f[i]![j] = v;
        how[i]![j] = h;
      }
    }
    const score = f[n]![m]! - 0.3 * Math.abs(shift);
    if (best === null || score > best.score + 1e-9) {
      const map = new Map<number, number>();
      let lewat = 0;
      let i = n;
      let j = m;
      while (i > 0) {
        const h = how[i]![j]!;
        if (h === 3) {
          map.set(cols[j - 1]!.indeks, i - 1);
          i--;
          j--;
        } else if (h === 2) j--;
        else {
          if (cells[i - 1]!.sel.jenis === 'angka') lewat++;
          i--;
        }
      }
      best = { score, map, shift, lewat };
    }
  }
  return best!;
}

/** One table read with one header; a table that repeats a different header midway has several. */
interface Ruas {
  cols: Kolom[];
  rows: BarisLogis[];
}

/** Joins the lines of one printed row that a converter wrapped or duplicated. */
function gabungLanjutan(raw: readonly (readonly string[])[], zoneStart: number, alasan: string[]): BarisLogis[] {
  const out: BarisLogis[] = [];
  let joined = 0;
  let filled = 0;
  for (const r of raw) {
    const cells = [...r];
    const sels = cells.map((c) => bacaSelImpor(c));
    const numbered = nomorSel(cells[0] ?? '') !== null || cells.some((c, i) => i < zoneStart && c !== '' && nomorDepan(c) !== null);
    const data = sels.some((s, i) => i >= zoneStart && (s.jenis === 'angka' || s.jenis === 'strip'));
    const rusak = sels.some((s, i) => i >= zoneStart && s.jenis === 'rusak');
    const texts = cells.filter((c, i) => c !== '' && (sels[i]!.jenis === 'teks' || sels[i]!.jenis === 'satuan'));
    const pendek = texts.every((t) => kata(t) <= 3);
    const first = texts[0] ?? '';
    const p = out[out.length - 1];
    const pData = p !== undefined && p.cells.some((c, i) => i >= zoneStart && ['angka', 'strip'].includes(bacaSelImpor(c).jenis));
    const pNumbered = p !== undefined && (nomorSel(p.cells[0] ?? '') !== null || p.cells.some((c, i) => i < zoneStart && c !== '' && nomorDepan(c) !== null));
    const pTotal = p !== undefined && labelTotal(p.cells.find((c) => c !== '') ?? '') !== null;
    let merge: 'teks' | 'data' | 'isi' | null = null;
    // A row of grades ("Tingkat Akuntabilitas Kinerja | BB") is a row of its own, never the rest of the one above.
    if (p !== undefined && !numbered && !pTotal && texts.length > 0 && labelTotal(first) === null && !BARIS_PREDIKAT.test(normalJudul(first))) {
      if (!data && (awalKecil(first) || (pendek && (pData || pNumbered)))) merge = rusak ? 'isi' : 'teks';
      else if (data && !pData && pNumbered && pendek) merge = 'data';
      else if (data && pData && pendek && rusak) merge = 'isi';
    }
    if (merge === null || p === undefined) {
      out.push({ cells, lines: 1, isi: 0 });
      continue;
    }
    joined++;
    p.lines++;
    cells.forEach((c, i) => {
      if (c === '') return;
      const prev = p.cells[i] ?? '';
      const s = sels[i]!;
      if (s.jenis === 'teks' || s.jenis === 'satuan') {
        // Text continues a name above it; a figure column keeps what it has.
        if (prev === '' || (i < zoneStart && bacaSelImpor(prev).jenis === 'teks')) p.cells[i] = prev === '' ? c : `${prev} ${c}`;
      } else if (prev === '' && (merge === 'data' || s.jenis === 'angka')) {
        p.cells[i] = c;
        if (merge === 'isi') {
          p.isi++;
          filled++;
        }
      }
    });
    while (p.cells.length < cells.length) p.cells.push('');
  }
  if (joined > 0) alasan.push(`${joined} baris cetak disambung ke baris di atasnya (sel terbungkus/ganda hasil konversi)${filled > 0 ? `; ${filled} sel diisi dari baris ganda` : ''} / ${joined} printed lines joined to the row above`);
  return out;
}

/** Maps the header of a table; data decide a column whose header names no field. */
function petaKolom(header: readonly (readonly string[])[], body: readonly (readonly string[])[], width: number): Kolom[] {
  const labels = gabungKepala(header, width);
  const cols: Kolom[] = labels.map((l, j) => {
    const tahun = tahunDari(l.judul) ?? tahunDari(l.grup);
    return { indeks: j, judul: l.judul, medan: medanDari(l.judul, l.grup) ?? ('?' as Medan), ...(tahun === undefined ? {} : { tahun }), ...(l.grup ? { grup: l.grup } : {}) };
  });
  // What the body holds in each column.
  for (const col of cols) {
    let angka = 0;
    let isi = 0;
    for (const r of body) {
      const c = r[col.indeks] ?? '';
      if (c === '') continue;
      isi++;
      const s = bacaSelImpor(c);
      if (s.jenis === 'angka' || s.jenis === 'strip' || s.jenis === 'rusak') angka++;
    }
    const share = isi === 0 ? 0 : angka / isi;
    // Row numbers ("1.", "2.", "a", "II"): marked as such, or counting up.
    let nomor = 0;
    let tanda = 0;
    let urut = 0;
    let prev = 0;
    for (const r of body) {
      const t = nomorSel(r[col.indeks] ?? '');
      if (t === null) continue;
      nomor++;
      if (t.jenis !== 'angka' || /[.),]$/.test(t.teks)) tanda++;
      const v = Number(t.kode?.[0] ?? NaN);
      if (v === prev + 1 || v === 1) urut++;
      prev = Number.isNaN(v) ? prev : v;
    }
    const namelike = (col.medan as string) === '?' || col.medan === 'abaikan' || NAMA.has(col.medan);
    if (namelike && isi >= 2 && nomor / isi >= 0.6 && (tanda / nomor >= 0.5 || urut / nomor >= 0.8)) col.medan = 'no';
    // A bare year in a run of year columns ("2025 | 2026 | 2030") is a column of figures like the
    // one before it, whatever a shifted row prints under it.
    else if ((col.medan as string) === '?' && col.tahun !== undefined && /^\d{4}$/.test(normalJudul(col.judul)) && cols[col.indeks - 1]?.tahun !== undefined && cols[col.indeks - 1]?.medan === 'angka') col.medan = 'angka';
    else if ((col.medan as string) === '?') col.medan = share >= 0.5 && isi > 0 && col.indeks > 0 ? 'angka' : 'abaikan';
    else if (NAMA.has(col.medan) && share >= 0.6 && isi >= 2 && col.indeks > 0) col.medan = 'angka';
  }
  // A figure column without a year in a table of years ("ANGGARAN 2023 | REALISASI 2023 | (%)")
  // belongs to the year of the column before it.
  if (cols.some((c) => c.tahun !== undefined)) {
    for (const col of cols) {
      if (col.tahun !== undefined || !(FIGURE_SET.has(col.medan) || col.medan === 'predikat')) continue;
      const left = [...cols].reverse().find((c) => c.indeks < col.indeks && c.tahun !== undefined);
      const right = cols.find((c) => c.indeks > col.indeks && c.tahun !== undefined);
      const from = left ?? right;
      if (from) col.tahun = from.tahun;
    }
  }
  // "Rencana" and "Realisasi" over rupiah amounts are a budget and its spending.
  for (const col of cols) {
    if (!['target', 'realisasi'].includes(col.medan)) continue;
    let rupiah = 0;
    let figures = 0;
    for (const r of body) {
      const s = bacaSelImpor(r[col.indeks] ?? '');
      if (s.jenis !== 'angka') continue;
      figures++;
      const digits = angkaTercetak(s).replace(/\D/g, '').replace(/0{2}$/, '').length;
      if (/^rp|[,.]-$/i.test(s.teks) || (s.ragam === 'uang' && digits >= 7)) rupiah++;
    }
    if (figures >= 1 && rupiah / figures >= 0.8) col.medan = col.medan === 'target' ? 'pagu' : 'realisasiAnggaran';
  }
  // "PAGU | REALISASI | %" without a target: the spending of that budget and its share.
  if (cols.some((c) => c.medan === 'pagu' || c.medan === 'paguMurni') && !cols.some((c) => c.medan === 'target' || c.medan === 'outputTarget')) {
    for (const col of cols) if (col.medan === 'realisasi') col.medan = 'realisasiAnggaran';
  }
  // A bare "%" or "% Capaian" after amounts is absorption; after targets it is capaian.
  let money = false;
  let moneyLast = false;
  let kinerja = false;
  for (const col of cols) {
    if (UANG.has(col.medan)) {
      money = true;
      moneyLast = true;
    } else if (['target', 'realisasi', 'outputTarget', 'outputRealisasi'].includes(col.medan)) {
      kinerja = true;
      moneyLast = false;
    }
    if (col.medan === 'capaian' && moneyLast) col.medan = 'serapan';
    else if (col.medan === 'persen') col.medan = moneyLast || (money && !kinerja) ? 'serapan' : kinerja ? 'capaian' : 'persen';
  }
  return cols;
}

/** A header-like row inside a table body: no figure, several header words. */
function kepalaTengah(row: readonly string[]): boolean {
  let words = 0;
  let figures = 0;
  for (let i = 1; i < row.length; i++) {
    const s = bacaSelImpor(row[i]!);
    if (s.jenis === 'angka' || s.jenis === 'strip') return false;
  }
  for (let i = 0; i < row.length; i++) {
    const c = row[i]!;
    if (c === '') continue;
    const m = c.length <= 60 ? medanDari(c, '') : null;
    if (m === null || m === 'abaikan') continue;
    words++;
    if (FIGURE_SET.has(m)) figures++;
  }
  return words >= 2 && figures >= 1;
}

/** A figure read in a style by the core's parser, in JavaScript notation at its printed precision; remembered (bounded). */
function baca(printed: string, locale: 'id' | 'en' | 'auto'): string {
  const key = `${locale}|${printed}`;
  let v = bacaan.get(key);
  if (v === undefined) {
    const a = parseAngkaInfo(printed, { locale });
    v = a.value.toFixed(a.decimals);
    if (bacaan.size >= 20_000) bacaan.clear();
    bacaan.set(key, v);
  }
  return v;
}
const bacaan = new Map<string, string>();

interface Susun {
  /** Dataset cell, or a reason it was left out. */
  sel?: Sel;
  lewat?: string;
}

/**
 * A cell for the dataset: the printed string when the core reads it as printed; `{ printed, value }`
 * when the reading needs the column's style, a unit taken off, a mistyped "Rp," or accounting
 * brackets; garbled cells as garbled. Ambiguous figures in a column without a style are left out.
 */
function susunSel(s: SelImpor, medan: string, gaya: { kolom?: 'id' | 'en' | 'campur'; tabel?: 'id' | 'en' | 'campur'; dokumen?: 'id' | 'en' }): Susun {
  if (s.jenis === 'kosong') return {};
  if (s.jenis === 'strip') return { sel: s.teks };
  if (s.jenis === 'rusak') return { sel: { printed: s.teks, garbled: true } };
  if (s.jenis === 'teks' || s.jenis === 'satuan') return TEKS_OK.has(medan) && s.jenis === 'teks' ? { sel: s.teks } : { lewat: `"${s.teks}" bukan angka` };
  if (s.gaya === 'ambigu') {
    const style = gaya.kolom !== undefined && gaya.kolom !== 'campur' ? gaya.kolom : gaya.tabel !== undefined && gaya.tabel !== 'campur' ? gaya.tabel : undefined;
    const printed = angkaTercetak(s);
    if (UANG.has(medan) && (s.angka ?? s.teks).length <= 9) {
      // The core's rupiah rule: an amount that reads both ways is the whole number.
      return { sel: { printed: s.teks, value: baca(`Rp ${printed}`, 'auto'), note: 'jumlah rupiah dibaca sebagai bilangan bulat' } };
    }
    if (style === undefined) {
      if (gaya.dokumen !== undefined && s.angka === undefined) return { sel: s.teks };
      return { lewat: `"${s.teks}" ambigu (gaya angka kolom tidak jelas)` };
    }
    if (style === gaya.dokumen && s.angka === undefined) return { sel: s.teks };
    return { sel: { printed: s.teks, value: baca(printed, style), note: `dibaca bergaya ${style} seperti kolomnya` } };
  }
  if (s.langsung) return { sel: s.teks };
  if (s.nilai !== undefined) return { sel: { printed: s.teks, value: s.nilai } };
  return { lewat: `"${s.teks}" tidak terbaca` };
}

/** Reads one table. */
export function bacaTabel(rows: readonly (readonly string[])[], ctx: KonteksTabel): HasilTabel {
  const base = { tabel: ctx.id, ...(ctx.judul ? { judul: ctx.judul } : {}), ...(ctx.halaman !== undefined ? { halaman: ctx.halaman } : {}) };
  const tak = (alasan: string): HasilTabel => ({ takTerbaca: { ...base, alasan }, labelPredikat: [] });
  if (rows.length < 2) return tak('kurang dari dua baris / fewer than two rows');
  if (rows.length > BATAS_IMPOR.baris) return tak(`lebih dari ${BATAS_IMPOR.baris} baris / more than ${BATAS_IMPOR.baris} rows`);
  // A table of contents: a title and a page number per line.
  const page = (c: string) => /^(?:\d{1,3}|[ivxl]{1,6})$/i.test(c.trim());
  const toc = rows.filter((r) => {
    const f = r.filter((c) => c.trim() !== '');
    return f.length >= 1 && f.length <= 3 && page(f[f.length - 1]!) && f.slice(0, -1).every((c) => !page(c) && (bacaSelImpor(c).jenis === 'teks' || nomorSel(c) !== null));
  }).length;
  if (toc >= rows.length * 0.6) return tak('daftar isi atau daftar tabel / a table of contents');
  const h = barisKepala(rows);
  if (h === 0) return tak('tanpa baris judul kolom / no header row');
  if (h >= rows.length) return tak('hanya judul kolom, tanpa baris angka / header only');
  const width = Math.min(64, rows.reduce((w, r) => Math.max(w, r.length), 0));
  const alasan: string[] = [];
  const dilewati: { baris: string; alasan: string }[] = [];

  // Segments: a different header midway re-maps the columns of the rows under it.
  const ruas: Ruas[] = [];
  let header = rows.slice(0, h);
  let start = h;
  const first = rows.slice(0, h).map((r) => normalJudul(r.join(' '))).join('|');
  const pushRuas = (end: number) => {
    const body = rows.slice(start, end);
    if (body.length === 0) return;
    const cols = petaKolom(header, body, width);
    const zoneStart = zona(cols);
    ruas.push({ cols, rows: gabungLanjutan(body, zoneStart, alasan) });
  };
  for (let i = h; i < rows.length; i++) {
    if (!kepalaTengah(rows[i]!)) continue;
    const hh = Math.max(1, barisKepala(rows.slice(i)));
    pushRuas(i);
    const again = rows.slice(i, i + hh).map((r) => normalJudul(r.join(' '))).join('|');
    if (again !== first) {
      header = rows.slice(i, i + hh);
      alasan.push(`judul kolom baru di tengah tabel (baris ${i + 1}) dipakai untuk baris di bawahnya / a new header midway re-maps the rows under it`);
    }
    start = i + hh;
    i += hh - 1;
  }
  pushRuas(rows.length);
  if (ruas.length === 0) return tak('tanpa baris angka / no rows of figures');

  const cols0 = ruas[0]!.cols;
  const kolomCatatan = cols0.filter((c) => c.medan !== 'abaikan').map((c) => ({ judul: c.judul, medan: c.medan, ...(c.tahun === undefined ? {} : { tahun: c.tahun }) }));
  const allMedan = new Set(ruas.flatMap((r) => r.cols.map((c) => c.medan)));

  // A scale: intervals beside labels.
  const skala = bacaSkalaTabel(ruas, ctx);
  if (skala) return { skala, catatan: { ...base, jenis: 'skala', kolom: kolomCatatan, baris: skala.bands.length, dilewati: [], keyakinan: 'tinggi', alasan: [] }, labelPredikat: [] };

  // Two columns of amounts read as the same field (a plan that budgets activities and
  // sub-activities side by side): which one a total adds up is not printed.
  for (const r of ruas) {
    const seen = new Map<string, number>();
    for (const c of r.cols) {
      if (!UANG.has(c.medan)) continue;
      const key = `${c.medan}@${c.tahun ?? ''}`;
      const filled = r.rows.filter((x) => bacaSelImpor(x.cells[c.indeks] ?? '').jenis === 'angka').length;
      if (filled >= 2) seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    const dup = [...seen].find(([, n]) => n >= 2);
    if (dup) return tak(`dua kolom dibaca sebagai ${dup[0].split('@')[0]}: tingkat anggaran tiap kolom tidak jelas / two columns read as the same amount`);
  }
  const kinerja = ['target', 'realisasi', 'capaian'].some((m) => allMedan.has(m as Medan));
  const anggaran = [...allMedan].some((m) => ANGGARAN.has(m));
  const hitungan = !kinerja && !anggaran && [...allMedan].some((m) => m === 'angka' || m === 'jumlah' || m === 'persen' || m === 'nilai' || m === 'efisiensi');
  if (!kinerja && !anggaran && !hitungan) return tak('tidak ada kolom angka yang dikenali / no column of figures recognised');

  const out: Baris[] = [];
  const labels: string[] = [];
  const stat = { shifted: 0, lewat: 0, angka: 0, rusak: 0, ambigu: 0 };
  const kolomTabel: Record<string, string> = {};
  // Styles: per column over the whole table, and for the table.
  const allSels: SelImpor[] = [];
  const perKolom = new Map<string, SelImpor[]>();
  for (const r of ruas) {
    for (const row of r.rows) {
      row.cells.forEach((c, i) => {
        const col = r.cols[i];
        if (!col || !FIGURE_SET.has(col.medan)) return;
        const s = bacaSelImpor(c);
        allSels.push(s);
        const key = `${col.medan}@${col.tahun ?? ''}`;
        const list = perKolom.get(key);
        if (list) list.push(s);
        else perKolom.set(key, [s]);
      });
    }
  }
  const gayaTabel = gayaKolom(allSels);

  const jenis: CatatanTabel['jenis'] = hitungan ? 'hitungan' : kinerja && anggaran ? 'kinerja-anggaran' : kinerja ? 'kinerja' : 'anggaran';
  const ctxRows: RowOut[] = [];
  let sasaranKini: string | undefined;
  let counter = 0;
  for (const r of ruas) {
    const zs = zona(r.cols);
    const figureCols = r.cols.filter((c) => c.indeks >= zs);
    const sasaranCol = r.cols.find((c) => c.medan === 'sasaran');
    let sasaranIsi: string | undefined;
    for (const row of r.rows) {
      counter++;
      const cells = row.cells;
      const leftTexts = cells.slice(0, zs).filter((c) => c !== '');
      const label = leftTexts.map((c) => pisahNomor(c).nama).find((c) => c !== '' && nomorSel(c) === null) ?? '';
      const total = labelTotal(label) ?? (leftTexts.length === 0 ? labelTotal(cells.find((c) => c !== '') ?? '') : null);
      // Numbering: the "No" column, else the start of the name.
      // The row's number: the rightmost number column that has one (a group may be numbered in
      // the first column and its rows in another), else a number in the first column.
      const noCols = r.cols.filter((c) => c.medan === 'no' && c.indeks < zs);
      let nomor: Nomor | null = null;
      for (const c of [...noCols].reverse()) {
        nomor = nomorSel(cells[c.indeks] ?? '');
        if (nomor) break;
      }
      if (nomor === null && noCols.length === 0 && KIRI.has(r.cols[0]?.medan ?? '')) nomor = nomorSel(cells[0] ?? '');
      const nama = namaBaris(cells, r.cols, zs, anggaran);
      let namaBersih = nama.nama;
      if (nomor === null && nama.nama !== '') {
        const d = pisahNomor(nama.nama);
        if (d.nomor) {
          nomor = d.nomor;
          namaBersih = d.nama;
        }
      } else namaBersih = pisahNomor(nama.nama).nama || nama.nama;
      if (sasaranCol && (cells[sasaranCol.indeks] ?? '') !== '') sasaranIsi = pisahNomor(cells[sasaranCol.indeks]!).nama;
      // Figures.
      const zoneCells = cells
        .map((c, idx) => ({ idx, sel: bacaSelImpor(c) }))
        .filter((c) => c.idx >= zs && c.sel.jenis !== 'kosong');
      const hasFigure = zoneCells.some((c) => c.sel.jenis === 'angka' || c.sel.jenis === 'strip' || c.sel.jenis === 'rusak');
      // "Tingkat Akuntabilitas Kinerja | BB | B" right under "Nilai Hasil Evaluasi | 75,80 | 75,16":
      // each grade belongs to the score printed above it in its column.
      const above = ctxRows[ctxRows.length - 1];
      if (!hasFigure && hitungan && above && above.kind !== 'judul' && above.line === counter - 1 && BARIS_PREDIKAT.test(normalJudul(label)) && zoneCells.length > 0 && zoneCells.every((c) => NILAI_SAKIP.test(c.sel.teks.trim()))) {
        above.predikatKolom = new Map(zoneCells.map((c) => [c.idx, c.sel.teks.trim()]));
        continue;
      }
      if (!hasFigure) {
        if (total === null && namaBersih !== '') {
          ctxRows.push({ kind: 'judul', nomor, nama: namaBersih, line: counter, fields: new Map(), texts: new Map() });
          // A heading row with a target's wording sets the context of the indicators under it.
          if (!sasaranCol && kinerja && !anggaran) sasaranKini = namaBersih;
        }
        continue;
      }
      const placed = tempatkan(zoneCells, figureCols);
      if (placed.shift !== 0) stat.shifted++;
      stat.lewat += placed.lewat;
      const fields = new Map<string, { col: Kolom; sel: SelImpor }>();
      const texts = new Map<string, string>();
      for (const col of figureCols) {
        const ci = placed.map.get(col.indeks);
        if (ci === undefined) continue;
        const cell = zoneCells[ci]!;
        if (cell.sel.jenis === 'angka') stat.angka++;
        if (cell.sel.jenis === 'rusak') stat.rusak++;
        if (col.medan === 'predikat' || col.medan === 'satuan') {
          if (cell.sel.jenis === 'teks' || cell.sel.jenis === 'satuan') texts.set(col.medan, cell.sel.teks);
          continue;
        }
        if (!FIGURE_SET.has(col.medan)) continue;
        const key = `${col.medan}@${col.tahun ?? ''}@${col.indeks}`;
        fields.set(key, { col, sel: cell.sel });
      }
      if (placed.lewat > 0) dilewati.push({ baris: namaBersih || label || `baris ${counter}`, alasan: `${placed.lewat} angka tidak dapat ditempatkan di kolom mana pun / figures that fit no column` });
      ctxRows.push({
        kind: total !== null ? total : 'data',
        nomor,
        nama: total !== null ? label : namaBersih || label,
        line: counter,
        fields,
        texts,
        ...(nama.level ? { level: nama.level } : {}),
        ...(sasaranCol ? (sasaranIsi ? { sasaran: sasaranIsi } : {}) : sasaranKini ? { sasaran: sasaranKini } : {}),
        ...(nama.indikator ? { indikator: nama.indikator } : {}),
      });
    }
  }
  if (!ctxRows.some((r) => r.kind !== 'judul')) return tak('tanpa baris angka / no rows of figures');

  // Each column's style once: asking for it per cell would read the column again for every cell.
  const gayaMemo = new Map<string, ReturnType<typeof gayaKolom>>();
  const gayaOf = (col: Kolom) => {
    const key = `${col.medan}@${col.tahun ?? ''}`;
    if (!gayaMemo.has(key)) gayaMemo.set(key, gayaKolom(perKolom.get(key) ?? []));
    return gayaMemo.get(key);
  };
  const gaya = (col: Kolom) => ({ kolom: gayaOf(col), tabel: gayaTabel, dokumen: ctx.gayaDokumen });

  if (hitungan) {
    const made = susunHitungan(ctxRows, ctx, gaya, dilewati, stat);
    // Grades printed under scores: graded by the regulation the text around the table names, if any.
    const grades = ctxRows.flatMap((r) => [...(r.predikatKolom?.values() ?? [])]);
    if (grades.length > 0) {
      const skalaId = mengacu(`${ctx.sumberSkala ?? ''} ${ctx.judul ?? ''}`, grades);
      for (const r of ctxRows) {
        for (const [idx, label] of r.predikatKolom ?? []) {
          const b = made.find((x) => x.id === `${ctx.prefix}-${ctxRows.filter((y) => y.kind !== 'judul').indexOf(r) + 1}-k${idx}`) as Record<string, unknown> | undefined;
          if (!b) continue;
          b.predikat = label;
          if (skalaId) b.skala = skalaId;
        }
      }
      alasan.push(skalaId ? `predikat di bawah nilai dinilai dengan skala ${skalaId} yang disebut di sekitar tabel / grades under the scores checked against the regulation the text names` : 'predikat di bawah nilai tidak dinilai: peraturannya tidak disebut di sekitar tabel / grades not checked: no regulation named near the table');
    }
    out.push(...made);
  } else {
    out.push(...susunKinerjaAnggaran(ctxRows, ctx, gaya, dilewati, stat, anggaran, labels, kolomTabel, alasan));
  }
  if (out.length === 0) return tak('tidak ada angka yang terbaca / no figure read');

  if (stat.shifted > 0) alasan.push(`${stat.shifted} baris bergeser kolom; angkanya ditempatkan menurut jenisnya / ${stat.shifted} rows shifted, figures placed by kind`);
  if (stat.rusak > 0) alasan.push(`${stat.rusak} sel rusak dicatat sebagai rusak / garbled cells recorded as garbled`);
  if (stat.ambigu > 0) alasan.push(`${stat.ambigu} sel ambigu tidak dibaca / ambiguous cells left out`);
  const keyakinan: Keyakinan =
    stat.angka === 0 || stat.lewat > Math.max(2, stat.angka * 0.25) ? 'rendah' : stat.shifted > 0 || stat.lewat > 0 || stat.rusak > 0 || stat.ambigu > 0 || alasan.length > 0 ? 'sedang' : 'tinggi';
  const catatan: CatatanTabel = { ...base, jenis, kolom: kolomCatatan, baris: out.length, dilewati, keyakinan, alasan };
  if (keyakinan === 'rendah') {
    return { takTerbaca: { ...base, alasan: `tidak terbaca dengan yakin: ${stat.lewat} dari ${stat.angka + stat.lewat} angka tidak cocok dengan kolomnya / figures do not fit their columns` }, catatan, labelPredikat: [] };
  }
  const tabel: Tabel = {
    id: ctx.id,
    ...(ctx.judul ? { judul: ctx.judul } : {}),
    ...(ctx.halaman !== undefined ? { halaman: String(ctx.halaman) } : {}),
    ...(Object.keys(kolomTabel).length > 0 ? { kolom: kolomTabel } : {}),
    baris: out,
  };
  return { tabel, catatan, labelPredikat: labels };
}

/** First column of figures: right of the last name column. */
function zona(cols: readonly Kolom[]): number {
  let last = -1;
  for (const c of cols) if (KIRI.has(c.medan)) last = Math.max(last, c.indeks);
  const firstFigure = cols.find((c) => FIGURE_SET.has(c.medan))?.indeks ?? last + 1;
  return Math.min(last + 1, firstFigure);
}

/** The name of a row: its most specific name cell (a sub-activity before its activity, an indicator before its target). */
function namaBaris(cells: readonly string[], cols: readonly Kolom[], zs: number, anggaran: boolean): { nama: string; level?: Baris['level']; indikator?: string } {
  const order = anggaran ? ['subkegiatan', 'kegiatan', 'program', 'uraian', 'indikator', 'sasaran'] : ['indikator', 'uraian', 'subkegiatan', 'kegiatan', 'program', 'sasaran'];
  for (const m of order) {
    const col = [...cols].reverse().find((c) => c.medan === m && c.indeks < zs && (cells[c.indeks] ?? '') !== '');
    if (col) {
      const nama = cells[col.indeks]!;
      const levels = cols.filter((c) => c.medan === 'program' || c.medan === 'kegiatan' || c.medan === 'subkegiatan').length;
      const level = levels >= 2 && (m === 'program' || m === 'kegiatan' || m === 'subkegiatan') ? (m as Baris['level']) : /^program\b/i.test(pisahNomor(nama).nama) ? 'program' : undefined;
      const ind = anggaran ? cols.find((c) => c.medan === 'indikator' && c.indeks < zs && (cells[c.indeks] ?? '') !== '') : undefined;
      return { nama, ...(level ? { level } : {}), ...(ind && ind.indeks !== col.indeks ? { indikator: cells[ind.indeks]! } : {}) };
    }
  }
  // A row shorter than the header has no cell under some columns: only cells that are there count.
  const any = cells.slice(0, zs).find((c) => typeof c === 'string' && c !== '' && nomorSel(c) === null) ?? '';
  return { nama: any };
}

interface RowOut {
  kind: 'data' | 'judul' | 'jumlah' | 'rata-rata';
  nomor: Nomor | null;
  nama: string;
  line: number;
  fields: Map<string, { col: Kolom; sel: SelImpor }>;
  texts: Map<string, string>;
  level?: Baris['level'];
  sasaran?: string;
  indikator?: string;
  /** Dataset row ids made from this printed row, by year key. */
  ids?: Map<string, string>;
  /** Ids by year key and field of the rows that print that field. */
  prints?: Map<string, Set<string>>;
  hasAmounts?: boolean;
  parent?: RowOut;
  /** SAKIP grades printed in the row under this one ("Tingkat Akuntabilitas Kinerja | BB | B"), by column. */
  predikatKolom?: Map<number, string>;
}

type GayaFn = (col: Kolom) => { kolom?: 'id' | 'en' | 'campur'; tabel?: 'id' | 'en' | 'campur'; dokumen?: 'id' | 'en' };

/** Indicator and budget tables: one dataset row per printed row and year, parents from numbering, totals as roll-ups and aggregates. */
function susunKinerjaAnggaran(
  rows: RowOut[],
  ctx: KonteksTabel,
  gaya: GayaFn,
  dilewati: { baris: string; alasan: string }[],
  stat: { ambigu: number },
  anggaran: boolean,
  labels: string[],
  kolomTabel: Record<string, string>,
  alasan: string[],
): Baris[] {
  const out: Baris[] = [];
  const years = new Set<string>();
  for (const r of rows) for (const f of r.fields.values()) years.add(f.col.tahun === undefined ? '' : String(f.col.tahun));
  const yearKeys = [...years].filter((y) => y !== '');
  // Fields without a year join the report's year, else the last year printed.
  const baseYear = yearKeys.length === 0 ? '' : ctx.tahunLaporan !== undefined && yearKeys.includes(String(ctx.tahunLaporan)) ? String(ctx.tahunLaporan) : yearKeys[yearKeys.length - 1]!;
  let n = 0;
  for (const r of rows) {
    if (r.kind === 'judul') continue;
    n++;
    const byYear = new Map<string, Map<string, { col: Kolom; sel: SelImpor }>>();
    for (const f of r.fields.values()) {
      const y = f.col.tahun === undefined ? baseYear : String(f.col.tahun);
      const m = byYear.get(y) ?? new Map<string, { col: Kolom; sel: SelImpor }>();
      if (!m.has(f.col.medan)) m.set(f.col.medan, f);
      byYear.set(y, m);
    }
    r.ids = new Map();
    r.prints = new Map();
    for (const [y, m] of byYear) {
      const id = `${ctx.prefix}-${n}${yearKeys.length > 1 && y !== '' ? `-${y}` : ''}`;
      const baris: Record<string, unknown> = { id };
      if (r.nomor) baris.no = r.nomor.teks;
      baris.nama = r.nama || `(baris ${r.line})`;
      if (r.kind !== 'data') baris.level = 'total';
      else if (r.level) baris.level = r.level;
      if (r.sasaran && r.kind === 'data') baris.sasaran = r.sasaran;
      const satuan = r.texts.get('satuan') ?? [...m.values()].map((f) => f.sel.satuan).find((s) => s !== undefined);
      if (satuan) baris.satuan = satuan;
      const yearCol = [...m.values()].find((f) => f.col.tahun !== undefined)?.col;
      if (yearKeys.length > 1 && y !== '') {
        baris.kolom = yearCol?.grup || yearCol?.judul || y;
        baris.tahun = Number(y);
      } else if (y !== '') baris.tahun = Number(y);
      const arah = r.kind === 'data' ? arahDari(r.nama, r.sasaran) : undefined;
      if (arah) baris.arah = arah;
      const prints = new Set<string>();
      for (const [medan, f] of m) {
        if (!FIGURES.includes(medan as Figure)) continue;
        const s = susunSel(f.sel, medan, gaya(f.col));
        if (s.lewat) {
          dilewati.push({ baris: r.nama, alasan: `${f.col.judul}: ${s.lewat}` });
          if (s.lewat.includes('ambigu')) stat.ambigu++;
          continue;
        }
        if (s.sel === undefined) continue;
        baris[medan] = s.sel;
        prints.add(medan);
        // The location shows "Tahun 2022 › Capaian": the group is the row's `kolom`, the header its own.
        const own = f.col.grup && baris.kolom !== undefined && f.col.judul.startsWith(f.col.grup) ? f.col.judul.slice(f.col.grup.length).trim() : f.col.judul;
        kolomTabel[medan] ??= (own || f.col.judul).slice(0, 60);
      }
      const predikat = r.texts.get('predikat');
      if (predikat && y === baseYear) {
        baris.predikat = predikat;
        labels.push(predikat);
        // No capaian printed: the predikat grades the percentage the row prints.
        const real = m.get('realisasi');
        if (!m.has('capaian') && !m.has('nilai') && real && real.sel.ragam === 'persen' && baris.realisasi !== undefined) baris.nilai = baris.realisasi;
      }
      if (r.indikator) baris.catatan = `Indikator: ${r.indikator}`;
      if (prints.size === 0 && !baris.predikat) continue;
      out.push(baris as Baris);
      r.ids.set(y, id);
      r.prints.set(y, prints);
    }
    r.hasAmounts = [...(r.prints.values())].some((p) => [...p].some((f) => UANG.has(f)));
  }
  const satuJenis = anggaran ? hierarki(rows, out, alasan) : false;
  totals(rows, out, anggaran, satuJenis);
  return out;
}

/**
 * Parents from numbering, for budget roll-ups: only rows that print amounts are parents. Returns
 * true when the table numbers its rows one way only and also has unnumbered rows (their level is
 * then unknown).
 */
function hierarki(rows: RowOut[], out: Baris[], alasan: string[]): boolean {
  const body = rows.filter((r) => r.kind === 'data' || r.kind === 'judul');
  const hasRoman = body.some((r) => r.nomor?.jenis === 'romawi');
  for (const r of body) if (r.nomor) r.nomor = romawiTunggal(r.nomor, hasRoman);
  const order: JenisNomor[] = [];
  for (const r of body) if (r.nomor && r.nomor.jenis !== 'titik' && !order.includes(r.nomor.jenis)) order.push(r.nomor.jenis);
  const dotted = body.some((r) => r.nomor?.jenis === 'titik');
  const multi = order.length + (dotted ? 1 : 0) >= 2;
  const unnumbered = body.some((r) => r.nomor === null && r.kind === 'data');
  const stack: { rank: number; row: RowOut }[] = [];
  const byCode = new Map<string, RowOut>();
  /** The last letter seen and its rank: "c" then "D" is one list printed in two cases. */
  let huruf: { c: string; rank: number } | null = null;
  for (const r of body) {
    if (r.nomor) {
      if (dotted && r.nomor.kode) {
        const code = r.nomor.kode.join('.');
        const parentCode = r.nomor.kode.slice(0, -1).join('.');
        if (parentCode !== '' && byCode.has(parentCode)) r.parent = byCode.get(parentCode);
        byCode.set(code, r);
        const rank = r.nomor.kode.length - 1;
        while (stack.length > 0 && stack[stack.length - 1]!.rank >= rank) stack.pop();
        stack.push({ rank, row: r });
        continue;
      }
      let rank = order.indexOf(r.nomor.jenis) + (dotted ? 10 : 0);
      if (r.nomor.jenis === 'huruf' || r.nomor.jenis === 'HURUF') {
        const c = r.nomor.teks.replace(/[.)]$/, '').toLowerCase();
        if (huruf && c.charCodeAt(0) === huruf.c.charCodeAt(0) + 1) rank = huruf.rank;
        huruf = { c, rank };
      }
      while (stack.length > 0 && stack[stack.length - 1]!.rank >= rank) stack.pop();
      if (stack.length > 0) r.parent = stack[stack.length - 1]!.row;
      stack.push({ rank, row: r });
    } else if (multi && !dotted && stack.length > 0) r.parent = stack[stack.length - 1]!.row;
  }
  const satuJenis = unnumbered && !multi && order.length === 1;
  if (satuJenis) {
    alasan.push('baris tanpa nomor di bawah baris bernomor tidak dihubungkan sebagai rincian: tingkatnya tidak tercetak / unnumbered rows under numbered ones are not linked: their level is not printed');
  }
  const byId = new Map(out.map((b) => [b.id!, b]));
  for (const r of body) {
    if (r.kind !== 'data' || !r.hasAmounts || !r.ids) continue;
    let p = r.parent;
    while (p && !p.hasAmounts) p = p.parent;
    if (!p || !p.ids) continue;
    for (const [y, id] of r.ids) {
      const pid = p.ids.get(y);
      const b = byId.get(id) as Record<string, unknown> | undefined;
      if (pid && b) b.induk = pid;
    }
  }
  return satuJenis;
}

/** Total rows: amounts roll up from the rows above (`induk`), other figures are sums or means (`agregat`). */
function totals(rows: RowOut[], out: Baris[], anggaran: boolean, satuJenis: boolean): void {
  const byId = new Map(out.map((b) => [b.id!, b as Record<string, unknown>]));
  let scopeStart = 0;
  let lastScope: RowOut[] = [];
  rows.forEach((r, idx) => {
    if (r.kind !== 'jumlah' && r.kind !== 'rata-rata') return;
    // "JUMLAH" then "RATA-RATA" right under it: both summarise the rows above the first.
    const prev = rows[idx - 1];
    const under = prev !== undefined && (prev.kind === 'jumlah' || prev.kind === 'rata-rata') && prev.kind !== r.kind;
    const scope = under ? lastScope : rows.slice(scopeStart, idx).filter((x) => x.kind === 'data');
    lastScope = scope;
    scopeStart = idx + 1;
    if (!r.ids) return;
    const kinds = new Set(scope.filter((x) => x.nomor).map((x) => x.nomor!.jenis));
    // The rows a total adds up: the top level. Under rows numbered in one way only, unnumbered
    // rows are details of an unknown level: they are left out rather than counted twice.
    const roots = scope.filter((x) => {
      if (anggaran && hasAmountsUp(x)) return false;
      if ((anggaran ? satuJenis : kinds.size === 1) && x.nomor === null) return false;
      return true;
    });
    for (const [y, id] of r.ids) {
      const prints = r.prints?.get(y) ?? new Set<string>();
      const row = byId.get(id);
      if (!row) continue;
      const rollup = anggaran && r.kind === 'jumlah' && [...prints].some((f) => ANGGARAN.has(f));
      if (rollup) {
        for (const x of roots) {
          const cid = x.ids?.get(y);
          const child = cid ? byId.get(cid) : undefined;
          if (child && x.hasAmounts && child.induk === undefined) child.induk = id;
        }
      }
      // Other figures: one aggregate per row, so each further field moves to a row of its own.
      let ownUsed = rollup;
      for (const f of [...prints]) {
        if (rollup && ANGGARAN.has(f)) continue;
        const dari = roots.map((x) => (x.prints?.get(y)?.has(f) ? x.ids?.get(y) : undefined)).filter((x): x is string => x !== undefined);
        const ok = dari.length >= 2 || (r.kind === 'rata-rata' && dari.length === 1);
        const agg = { fungsi: r.kind === 'rata-rata' ? 'rata-rata' : 'jumlah', kolom: f, dari };
        if (!ownUsed) {
          ownUsed = true;
          if (ok) row.agregat = agg;
          continue;
        }
        const extra: Record<string, unknown> = { id: `${id}-${f}`, nama: row.nama, level: 'total', [f]: row[f] };
        if (row.tahun !== undefined) extra.tahun = row.tahun;
        if (row.kolom !== undefined) extra.kolom = row.kolom;
        if (ok) extra.agregat = agg;
        delete row[f];
        out.push(extra as Baris);
      }
    }
  });
}

function hasAmountsUp(r: RowOut): boolean {
  let p = r.parent;
  while (p) {
    if (p.hasAmounts) return true;
    p = p.parent;
  }
  return false;
}

/** Tables of counts (staff by rank, by sex): each figure a row; totals by column, "Jumlah" by row, shares of the total. */
function susunHitungan(rows: RowOut[], ctx: KonteksTabel, gaya: GayaFn, dilewati: { baris: string; alasan: string }[], stat: { ambigu: number }): Baris[] {
  const out: Baris[] = [];
  const ids = new Map<RowOut, Map<number, string>>();
  let n = 0;
  for (const r of rows) {
    if (r.kind === 'judul') continue;
    n++;
    const m = new Map<number, string>();
    for (const f of r.fields.values()) {
      const s = susunSel(f.sel, 'nilai', gaya(f.col));
      if (s.lewat) {
        dilewati.push({ baris: r.nama, alasan: `${f.col.judul}: ${s.lewat}` });
        if (s.lewat.includes('ambigu')) stat.ambigu++;
        continue;
      }
      if (s.sel === undefined) continue;
      const id = `${ctx.prefix}-${n}-k${f.col.indeks}`;
      const b: Record<string, unknown> = { id, nama: r.nama || `(baris ${r.line})`, kolom: f.col.judul || `kolom ${f.col.indeks + 1}`, nilai: s.sel };
      if (r.nomor) b.no = r.nomor.teks;
      if (r.kind !== 'data') b.level = 'total';
      if (f.col.tahun !== undefined) b.tahun = f.col.tahun;
      out.push(b as Baris);
      m.set(f.col.indeks, id);
    }
    ids.set(r, m);
  }
  const byId = new Map(out.map((b) => [b.id!, b as Record<string, unknown>]));
  const colsOf = (r: RowOut) => [...r.fields.values()].map((f) => f.col);
  let scopeStart = 0;
  rows.forEach((r, idx) => {
    const m = ids.get(r);
    if (!m) return;
    const cols = colsOf(r).sort((a, b) => a.indeks - b.indeks);
    // "Jumlah" beside two or more count columns: the sum of the row.
    const jumlah = cols.find((c) => c.medan === 'jumlah');
    if (jumlah && r.kind === 'data') {
      const parts = cols.filter((c) => c.medan === 'angka' && c.indeks < jumlah.indeks).map((c) => m.get(c.indeks)).filter((x): x is string => x !== undefined);
      const target = byId.get(m.get(jumlah.indeks) ?? '');
      if (parts.length >= 2 && target) target.agregat = { fungsi: 'jumlah', kolom: 'nilai', dari: parts };
    }
    if (r.kind !== 'jumlah') return;
    const scope = rows.slice(scopeStart, idx).filter((x) => x.kind === 'data');
    scopeStart = idx + 1;
    for (const c of cols) {
      const target = byId.get(m.get(c.indeks) ?? '');
      const dari = scope.map((x) => ids.get(x)?.get(c.indeks)).filter((x): x is string => x !== undefined);
      if (target && dari.length >= 2) target.agregat = { fungsi: 'jumlah', kolom: 'nilai', dari };
    }
    // Shares: a "%" column is each row's part of the total of the column it stands beside.
    const share = cols.find((c) => c.medan === 'persen');
    const whole = jumlah ?? (cols.filter((c) => c.medan === 'angka').length === 1 ? cols.find((c) => c.medan === 'angka') : undefined);
    const totalId = whole ? m.get(whole.indeks) : undefined;
    if (share && whole && totalId) {
      for (const x of scope) {
        const xm = ids.get(x);
        const part = xm?.get(whole.indeks);
        const cell = byId.get(xm?.get(share.indeks) ?? '');
        if (part && cell) cell.agregat = { fungsi: 'persen', kolom: 'nilai', dari: [part, totalId] };
      }
    }
  });
  return out;
}

/** A scale table: a column of intervals and a column of labels. */
function bacaSkalaTabel(ruas: readonly Ruas[], ctx: KonteksTabel): SkalaTercetak | undefined {
  const r = ruas[0]!;
  const labelCol = r.cols.find((c) => c.medan === 'predikat');
  if (!labelCol) return undefined;
  const rows = r.rows.map((x) => x.cells);
  // The interval column: the one whose cells read as intervals.
  const candidates = r.cols.filter((c) => c.indeks !== labelCol.indeks && c.medan !== 'no');
  for (const col of candidates) {
    const items = rows.map((cells) => ({ interval: cells[col.indeks] ?? '', label: cells[labelCol.indeks] ?? '' })).filter((x) => x.interval !== '' && x.label !== '');
    if (items.length < 2) continue;
    const s = skalaDari(`skala-${ctx.prefix}`, ctx.id, ctx.sumberSkala ?? `${ctx.id} (peraturan tidak disebut / no regulation named)`, items);
    if (s && s.bands.length >= Math.max(2, Math.ceil(items.length * 0.75))) return s;
  }
  return undefined;
}
