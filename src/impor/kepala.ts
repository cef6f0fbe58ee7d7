/**
 * Table headers: which leading rows are the header, what each column's header says once the rows
 * of a header spanning two or three lines are put together, and which dataset field that is. The
 * vocabulary is the one of LKjIP / LAKIP tables across agencies (Permendagri 86/2017 and
 * PermenPANRB 53/2014 formats and their many spellings); it names no agency.
 */
import { bacaSelImpor } from './sel.js';

/** What a column holds. Figure fields are dataset fields; the others guide the reading. */
export type Medan =
  | 'target' | 'realisasi' | 'capaian' | 'nilai' | 'paguMurni' | 'pagu' | 'realisasiAnggaran' | 'serapan' | 'sisa'
  | 'outputTarget' | 'outputRealisasi' | 'efisiensi'
  // columns whose meaning depends on the table: a bare "%" or a "Jumlah" of counts
  | 'persen' | 'jumlah'
  // text columns
  | 'predikat' | 'satuan' | 'no' | 'kode' | 'uraian' | 'indikator' | 'sasaran' | 'program' | 'kegiatan' | 'subkegiatan'
  | 'interval' | 'abaikan'
  // a figure column whose header names no field (a count by sex, a year of a series)
  | 'angka';

/** A column as recognised: its printed header, field, year and column group. */
export interface Kolom {
  readonly indeks: number;
  /** The header as printed, its rows joined ("Tahun 2022 Target"). */
  readonly judul: string;
  medan: Medan;
  tahun?: number;
  /** The group label printed over it, if any ("Tahun 2022", "Anggaran"). */
  readonly grup?: string;
}

/** Lower case, "0/0" and "o/o" (a converted "%") as "%", punctuation as spaces, one space between words. */
export function normalJudul(s: string): string {
  return s
    .toLowerCase()
    .replace(/0\/0|o\/o/g, '%')
    .replace(/[()[\]{}.,:;/\\*_"'’“”]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const TAHUN = /\b(?:19|20)\d{2}\b/g;

/** A cell that is a year (a header over a series of years), or a column number ("(3)", "5"). */
function tahunAtauNomorKolom(s: string): 'tahun' | 'nomor' | null {
  const t = s.trim();
  if (/^(?:19|20)\d{2}$/.test(t)) return 'tahun';
  if (/^\(?\d{1,2}\)?$/.test(t)) return 'nomor';
  return null;
}

/** Words that make a row a header row wherever they stand. */
const KATA_KEPALA = /\b(?:no|target|realisasi|capaian|indikator|sasaran|satuan|sat|anggaran|pagu|uraian|program|kegiatan|predikat|kategori|kriteria|keterangan|ket|tahun|efisiensi|serapan|sisa|tujuan|rencana|jumlah|nilai|interval|%|rp|k)\b/;

/**
 * The header rows at the top of a table: rows without figures (years over a series and a row of
 * column numbers "1 2 3 4" belong to the header), at most five. The first row that carries a
 * figure, or starts with a row number, starts the body. Returns how many header rows there are.
 */
export function barisKepala(rows: readonly (readonly string[])[]): number {
  let n = 0;
  for (; n < Math.min(rows.length, 5); n++) {
    const row = rows[n]!;
    const filled = row.filter((c) => c.trim() !== '');
    if (filled.length === 0) break;
    const kinds = filled.map((c) => tahunAtauNomorKolom(c));
    // "1 2 3 4 5" or "(1) (2) (3)": the numbers of the columns.
    if (filled.length >= 3 && kinds.every((k) => k !== null)) continue;
    const years = kinds.filter((k) => k === 'tahun').length;
    let figures = 0;
    row.forEach((c, i) => {
      if (c.trim() === '' || i === 0 || tahunAtauNomorKolom(c) === 'tahun') return;
      const s = bacaSelImpor(c);
      if (s.jenis === 'angka' || s.jenis === 'strip') figures++;
    });
    if (figures > 0) break;
    if (n > 0 && years === 0 && tahunAtauNomorKolom(row[0] ?? '') === 'nomor') break;
    // Sub-headers under a group ("Jenis Kelamin" over "Laki-laki | Perempuan"): short labels under
    // a header cell, the first column empty.
    const above = rows[n - 1];
    const sub = n > 0 && (row[0] ?? '').trim() === '' && filled.every((c) => c.split(' ').length <= 3) && row.some((c, i) => c.trim() !== '' && (above?.[i] ?? '').trim() !== '');
    if (n > 0 && years === 0 && !sub && !KATA_KEPALA.test(normalJudul(row.join(' ')))) break;
  }
  return n;
}

/**
 * Joins header rows into one label per column. A group label ("Tahun 2022", "TARGET") printed
 * once over several sub-columns is carried right over the empty cells beside it when the row
 * below has sub-headers there.
 */
export function gabungKepala(header: readonly (readonly string[])[], width: number): { judul: string; grup: string }[] {
  const out: { judul: string; grup: string }[] = Array.from({ length: width }, () => ({ judul: '', grup: '' }));
  // Rows of column numbers ("1 2 3 4") name nothing; leave them out before joining.
  header = header.filter((row) => {
    const f = row.filter((c) => c.trim() !== '');
    return !(f.length >= 3 && f.every((c) => tahunAtauNomorKolom(c) === 'nomor'));
  });
  header.forEach((row, r) => {
    const below = header[r + 1];
    // A title over the whole table ("Urusan Pemerintahan : 1.06 SOSIAL") is no column group.
    const filled = row.filter((c) => c.trim() !== '');
    if (width >= 3 && filled.length === 1 && filled[0]!.trim().split(/\s+/).length >= 3 && tahunDari(filled[0]!) === undefined && (below?.filter((c) => c.trim() !== '').length ?? 0) >= 3) return;
    let carry = '';
    for (let j = 0; j < width; j++) {
      const cell = (row[j] ?? '').trim();
      if (tahunAtauNomorKolom(cell) === 'nomor' && !/^\d{4}$/.test(cell)) {
        carry = '';
        continue;
      }
      let label = cell;
      if (cell !== '') {
        // A group only when the row below prints a sub-header under it.
        carry = below !== undefined && (below[j] ?? '').trim() !== '' ? cell : '';
      } else if (carry !== '' && below !== undefined && (below[j] ?? '').trim() !== '') label = carry;
      else carry = '';
      if (label === '') continue;
      const o = out[j]!;
      if (below !== undefined && (below[j] ?? '').trim() !== '' && r < header.length - 1) o.grup = o.grup ? `${o.grup} ${label}` : label;
      o.judul = o.judul ? `${o.judul} ${label}` : label;
    }
  });
  return out;
}

const has = (t: string, re: RegExp): boolean => re.test(t);

/**
 * The field a header names. `anggaranGrup` is true when the column stands under a budget group
 * ("Anggaran", "Keuangan", "Rp"): there "Realisasi" is spending and "% Capaian" is absorption.
 */
export function medanDari(judulAsli: string, grupAsli: string): Medan | null {
  const t = normalJudul(judulAsli).replace(TAHUN, ' ').replace(/\s+/g, ' ').trim();
  const g = normalJudul(grupAsli);
  const c = t.replace(/ /g, '');
  const budget = has(g, /\b(?:anggaran|keuangan|rp|dana|belanja|biaya)\b/) || has(t, /\b(?:rp|rupiah)\b/);
  const kinerjaGrup = has(g, /\b(?:kinerja|indikator|fisik|output|keluaran|sasaran)\b/);
  const k = has(t, /(?:^| )(?:k|vol|volume|fisik|output|keluaran)(?: |$)/);
  if (t === '' && c === '') return null;
  if (/^(?:no|nomor|no urut|nmr|n o|no\.)$/.test(t) || c === 'no') return 'no';
  if (/^kode\b/.test(t) || t === 'kode rekening' || t === 'rekening') return 'kode';
  if (has(t, /\bjumlah indikator\b/)) return 'abaikan';
  if (has(t, /\b(?:formulasi|rumus|alasan|penjelasan|definisi|cara pengukuran|sumber data|sumber|catatan|dokumentasi|bobot|metode|tw|triwulan|bulan)\b/)) return 'abaikan';
  if (has(t, /\b(?:interval|rentang|range)\b/) || t === 'nilai realisasi kinerja' || t === 'skor') return 'interval';
  if (has(t, /\b(?:predikat|kategori|kriteria|interpretasi|kualifikasi|peringkat|tingkat akuntabilitas)\b/)) return 'predikat';
  if (/^(?:ket|keterangan|ket capaian)$/.test(t)) return 'abaikan';
  if (/^(?:sat|satuan|sat kinerja|satuan kinerja)$/.test(t)) return 'satuan';
  if (has(c, /efisien/)) return 'efisiensi';
  if (has(t, /\b(?:sisa|selisih anggaran|sisa anggaran|silpa)\b/)) return 'sisa';
  if (has(t, /\b(?:serapan|daya serap|penyerapan)\b/) || has(t, /capaian keuangan|realisasi keuangan %|% realisasi anggaran|persentase realisasi anggaran|realisasi anggaran %|% rp|%rp/)) return 'serapan';
  if (has(t, /\b(?:murni|sebelum perubahan|pagu awal|anggaran awal|apbd induk|induk)\b/)) return 'paguMurni';
  // "Sasaran / Capaian Program": the target a programme serves, a name.
  if (has(t, /\bcapaian program\b/) && !has(t, /%/)) return 'sasaran';
  const realisasi = has(c, /reali/);
  const target = has(t, /\b(?:target|rencana|tar)\b/) || has(c, /^target|target$/);
  const capaian = has(t, /\b(?:capaian|pencapaian|tingkat capaian|kinerja %)\b/);
  const persen = has(t, /(?:^| )(?:%|persen|persentase|prosentase|presentase|proporsional|proporsi)(?: |$)/);
  const uang = has(t, /\b(?:anggaran|pagu|dpa|alokasi|plafon|biaya|dana|belanja)\b/);
  if (capaian) return budget || has(t, /\banggaran\b/) ? 'serapan' : 'capaian';
  if (target) {
    if (k) return 'outputTarget';
    if (budget || uang) return 'pagu';
    return 'target';
  }
  if (realisasi) {
    if (k || (kinerjaGrup && has(g, /\b(?:output|keluaran|fisik)\b/))) return 'outputRealisasi';
    if (budget || uang || has(t, /\b(?:belanja|anggaran|keuangan)\b/)) return persen ? 'serapan' : 'realisasiAnggaran';
    return 'realisasi';
  }
  if (uang || has(t, /\b(?:setelah perubahan|perubahan|apbd p)\b/)) return 'pagu';
  if (persen) return 'persen';
  if (has(t, /\b(?:indikator|iku|ukuran kinerja)\b/)) return 'indikator';
  if (has(t, /\bsub ?kegiatan\b/)) return 'subkegiatan';
  if (has(t, /\bkegiatan\b/)) return 'kegiatan';
  if (has(t, /\bprogram\b/)) return 'program';
  if (has(t, /\b(?:sasaran|tujuan|misi)\b/)) return 'sasaran';
  if (has(t, /\b(?:uraian|nama|jenis|komponen|urusan|jabatan|golongan|gol|pendidikan|eselon|kelompok|unit kerja|bidang|akun|pos)\b/)) return 'uraian';
  if (/^(?:jumlah|total|jml)$/.test(t)) return 'jumlah';
  if (has(t, /\b(?:nilai|skor|indeks)\b/)) return 'nilai';
  return null;
}

/** The year a header names ("Tahun 2022", "Target 2024", "2019"), if one. */
export function tahunDari(s: string): number | undefined {
  const m = s.match(TAHUN);
  if (!m || m.length !== 1) return undefined;
  return Number(m[0]);
}
