/**
 * Issue 11, the plain-text route: a report text → blocks (`bacaTeks`) → a draft dataset
 * (`imporBlok`) → the verifier. The acceptance measure (recall of the hand-written datasets'
 * `error` and `rounding` findings, and no `error` the hand-written dataset does not give) is
 * computed here per report and printed; the reading itself is tested on small texts and on
 * blocks built by hand (recognition must not depend on text).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bacaTeks, BATAS_IMPOR, imporBlok, imporTeks, metodeDari, type Blok } from '../src/impor/index.js';
import { latexKeTeks } from '../src/impor/prosa.js';
import { arahDari, labelTotal } from '../src/impor/tabel.js';
import { bacaInterval } from '../src/impor/skala.js';
import { DatasetLaporanSchema, validate, verifyLaporan, type DatasetLaporan, type Sel, type Temuan } from '../src/index.js';
import { run } from '../src/cli/run.js';
import type { Io } from '../src/cli/io.js';
import { banding } from './helpers/recall.js';
import { sakip } from './helpers/sakip.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const teks = (f: string) => readFileSync(join(root, 'test/fixtures', f), 'utf8');
const contoh = (id: string) => JSON.parse(readFileSync(join(root, 'src/contoh', `${id}.json`), 'utf8')) as DatasetLaporan;

/** The four report texts and their hand-written datasets, with what the import reaches now. */
const LAPORAN = [
  { file: '000_ee950b920736b221.txt', id: 'banyumas-2023', floor: 13 },
  { file: '001_5ffaa85d39344473.txt', id: 'pamekasan-2023', floor: 13 },
  { file: '003_0549a7cbacc22fc7.txt', id: 'buleleng-2023', floor: 35 },
  { file: '004_832406180d8fbc67.txt', id: 'polewali-mandar-2023', floor: 48 },
] as const;

/**
 * `error` findings of the import the hand-written datasets do not give, each justified from the
 * report text (docs/verifikasi-laporan.md lists what a reader should know about them).
 */
const DIBENARKAN: Record<string, readonly { code: string; published: string; why: string }[]> = {
  'polewali-mandar-2023': [
    {
      code: 'RASIO_SALAH',
      published: '0.43%',
      why: 'the report prints "100% − 6.395.350.205/6.422.862.250 × 100% = 100% − 0.43%", stating the ratio is 0,43 %; it is 99,57 %. The hand-written dataset reads the two figures the other way round.',
    },
  ],
};

const hasil = new Map<string, { b: ReturnType<typeof banding>; data: DatasetLaporan; ms: number }>();
function ukur(file: string, id: string) {
  const known = hasil.get(id);
  if (known) return known;
  const t0 = performance.now();
  const r = imporTeks(teks(`laporan/${file}`));
  const v = verifyLaporan(r.laporan);
  const ms = performance.now() - t0;
  const hand = contoh(id);
  const b = banding(hand, verifyLaporan(hand), r.laporan, v);
  const out = { b, data: r.laporan, ms };
  hasil.set(id, out);
  return out;
}

describe('acceptance: the report texts alone, against the hand-written datasets', () => {
  for (const l of LAPORAN) {
    it(`${l.id}: recall of error and rounding findings, and no unjustified error`, () => {
      const { b, ms } = ukur(l.file, l.id);
      const allowed = DIBENARKAN[l.id] ?? [];
      const unjustified = b.falseErrors.filter((f) => !allowed.some((a) => a.code === f.code && a.published === f.published));
      console.log(`impor ${l.id}: ${b.found}/${b.total} (${Math.round((100 * b.found) / b.total)} %) of the hand-written error and rounding findings; ${b.falseErrors.length} error(s) the hand-written dataset does not give (${b.falseErrors.length - unjustified.length} justified); ${ms.toFixed(0)} ms`);
      expect(b.found).toBeGreaterThanOrEqual(l.floor);
      expect(unjustified.map((f: Temuan) => `${f.code} ${f.location.table} ${f.published}`)).toEqual([]);
    }, 60_000);
  }
  // What Polewali Mandar still misses (9 of 57): sums the hand-written dataset draws from rows of
  // another table, a row whose letter the report left out (its level is not printed), sentences in
  // the report's own words ("85orang =20lansia + …, di bagi 226 … 37%"), and different figures for
  // one indicator in a table and a sentence.
  for (const l of LAPORAN) {
    it(`${l.id} reaches the 80 % of the acceptance`, () => {
      const { b } = ukur(l.file, l.id);
      expect(b.found / b.total).toBeGreaterThanOrEqual(0.8);
    }, 60_000);
  }
});

/** Every printed string of a dataset, to check that an import copies and never computes. */
function printed(d: DatasetLaporan): string[] {
  const out: string[] = [];
  for (const t of d.tabel) {
    for (const b of t.baris) {
      for (const [k, v] of Object.entries(b)) {
        if (['id', 'nama', 'no', 'kolom', 'satuan', 'sasaran', 'catatan', 'kutipan', 'induk', 'level', 'arah', 'metode', 'rumus', 'skala', 'predikat', 'tahun', 'agregat'].includes(k)) continue;
        out.push(typeof v === 'string' ? v : (v as Exclude<Sel, string>).printed);
      }
    }
  }
  return out;
}

describe('the drafts of the four reports', () => {
  for (const l of LAPORAN) {
    it(`${l.id}: a valid dataset; every figure printed in the text; a note per table`, () => {
      const text = teks(`laporan/${l.file}`);
      const r = imporTeks(text);
      expect(validate(DatasetLaporanSchema, r.laporan).success).toBe(true);
      expect(r.laporan.tahun).toBe(2023);
      expect(r.laporan.instansi).toMatch(/^DINAS SOSIAL/);
      const flat = text.replace(/\\%/g, '%').replace(/\s/g, '');
      for (const p of printed(r.laporan)) expect(flat.includes(p.replace(/\s/g, '')), p).toBe(true);
      expect(r.catatan.length).toBeGreaterThan(5);
      expect(r.laporan.catatan?.[0]).toMatch(/^Draf hasil impor/);
      // Every table read has a note; every table left out says why.
      for (const t of r.laporan.tabel.filter((x) => !x.prosa && !x.id.includes('perhitungan'))) expect(r.catatan.some((c) => c.tabel === t.id)).toBe(true);
      for (const t of r.tidakTerbaca) expect(t.alasan.length).toBeGreaterThan(5);
    }, 60_000);
  }
});

describe("other agencies' report texts (test/fixtures/impor)", () => {
  it('Sampang 2019: the scale flattened into lines is read as a scale; nothing else, no finding', () => {
    const r = imporTeks(teks('impor/sampang-2019-skala.txt'));
    expect(r.laporan.skala).toHaveLength(1);
    expect(r.laporan.skala[0]!.bands.map((b) => b.label)).toEqual(['Sangat Baik', 'Baik', 'Cukup', 'Kurang', 'Sangat Kurang']);
    expect(r.laporan.skala[0]!.bands[4]).toMatchObject({ min: null, max: '50', maxInclusive: true });
    const v = verifyLaporan(r.laporan);
    expect(v.summary.error + v.summary.rounding).toBe(0);
  });
  it('Sumatera Utara 2021: one cell per line cannot be rebuilt into a table; nothing read, nothing reported', () => {
    const r = imporTeks(teks('impor/setda-sumut-2021-tabel-19.txt'));
    expect(r.laporan.tabel.filter((t) => !t.prosa)).toEqual([]);
    expect(verifyLaporan(r.laporan).summary.error).toBe(0);
  });
  it('Salam Babaris 2021: a table of contents in pipe cells is recognised and not read', () => {
    const r = imporTeks(teks('impor/salam-babaris-2021-daftar-isi.txt'));
    expect(r.tidakTerbaca.map((t) => t.alasan)).toEqual([expect.stringMatching(/daftar isi/)]);
    expect(r.laporan.instansi).toBe('KECAMATAN SALAM BABARIS KABUPATEN TAPIN');
    expect(r.laporan.tahun).toBe(2021);
  });
});

describe("other agencies' report texts, not tuned on (test/fixtures/impor)", () => {
  it('Banten IKU: a row printed one cell left of its header keeps its targets under their years; nothing to check', () => {
    const r = imporTeks(teks('impor/banten-iku-renstra-2025.txt'));
    const rows = r.laporan.tabel.flatMap((x) => x.baris);
    expect(rows.map((b) => [b.tahun, b.nilai])).toEqual([[2024, '9,55'], [2025, '9,66'], [2026, '9,79'], [2027, '9,91'], [2028, '10,04'], [2029, '10,16'], [2030, '11,12']]);
    expect(r.catatan[0]!.alasan.join(' ')).toMatch(/bergeser/);
    const v = verifyLaporan(r.laporan);
    expect(v.summary.error + v.summary.rounding).toBe(0);
  });
  it('Polewali Mandar simkinerja 2022: cells separated by single spaces are not split into columns; nothing read, nothing reported', () => {
    const r = imporTeks(teks('impor/polman-simkinerja-2022-anggaran.txt'));
    expect(r.laporan.tabel).toEqual([]);
    expect(verifyLaporan(r.laporan).findings.filter((f) => f.severity === 'error' || f.severity === 'rounding')).toEqual([]);
  });
  it('PPPOMN 2021: a budget and its spending in different sentences are not read as one row; nothing reported', () => {
    const r = imporTeks(teks('impor/pppomn-2021-tw2-anggaran.txt'));
    expect(r.laporan.tabel.flatMap((x) => x.baris).filter((b) => b.pagu !== undefined || b.realisasiAnggaran !== undefined)).toEqual([]);
    expect(verifyLaporan(r.laporan).findings.filter((f) => f.severity === 'error' || f.severity === 'rounding')).toEqual([]);
  });
});

describe('bacaTeks: text → blocks', () => {
  it('tab-separated lines are a table, other lines paragraphs; trailing empty cells dropped', () => {
    const b = bacaTeks('Judul laporan\n\nTabel 1 Contoh\n\nNo\tUraian\tTarget\t\n1\tIndikator A\t80\t\n\nPenutup.');
    expect(b).toEqual([
      { jenis: 'paragraf', teks: 'Judul laporan' },
      { jenis: 'paragraf', teks: 'Tabel 1 Contoh' },
      { jenis: 'tabel', baris: [['No', 'Uraian', 'Target'], ['1', 'Indikator A', '80']] },
      { jenis: 'paragraf', teks: 'Penutup.' },
    ]);
  });
  it('a table split by a page break is joined, its repeated header (two lines) dropped', () => {
    const h = 'No\tUraian\tTahun 2023\n\t\tTarget\tRealisasi';
    const b = bacaTeks(`${h}\n1\tA\t80\t70\n\n12\n\n${h}\n2\tB\t90\t95\n`);
    expect(b).toEqual([{ jenis: 'tabel', baris: [['No', 'Uraian', 'Tahun 2023'], ['', '', 'Target', 'Realisasi'], ['1', 'A', '80', '70'], ['2', 'B', '90', '95']] }]);
  });
  it('a piece that starts with rows of figures continues the table above; prose in between ends it', () => {
    expect(bacaTeks('No\tUraian\tPagu\n1\tA\t100\n\n2\tB\t200\n')).toHaveLength(1);
    expect(bacaTeks('No\tUraian\tPagu\n1\tA\t100\nLain kali.\n2\tB\t200\n')).toHaveLength(3);
  });
  it('markdown pipes and cells aligned by two or more spaces are tables too', () => {
    expect(bacaTeks('| No | Uraian | Target |\n|---|---|---|\n| 1 | A | 80 |')).toEqual([{ jenis: 'tabel', baris: [['No', 'Uraian', 'Target'], ['1', 'A', '80']] }]);
    expect(bacaTeks('No   Indikator   Target   Realisasi\n1    Persentase A   80   70')).toEqual([
      { jenis: 'tabel', baris: [['No', 'Indikator', 'Target', 'Realisasi'], ['1', 'Persentase A', '80', '70']] },
    ]);
  });
  it('a form feed starts a page: tables carry their page', () => {
    const b = bacaTeks('a\n\fNo\tTarget\n1\t80\n\fNo\tPagu\n1\t5');
    expect(b.filter((x) => x.jenis === 'tabel').map((x) => (x as { halaman?: number }).halaman)).toEqual([2, 3]);
  });
  it('refuses a text over the limit, and what is not text, with a typed error', () => {
    expect(() => bacaTeks('x'.repeat(BATAS_IMPOR.karakter + 1))).toThrow(expect.objectContaining({ code: 'SAKIP_TOO_LONG', field: 'teks' }));
    expect(() => imporTeks(42 as unknown as string)).toThrow(expect.objectContaining({ code: 'SAKIP_INVALID_TYPE' }));
    expect(() => imporBlok('x' as unknown as Blok[])).toThrow(expect.objectContaining({ code: 'SAKIP_INVALID_TYPE' }));
    expect(() => imporBlok([{ jenis: 'tabel', baris: [['a', 1]] }] as unknown as Blok[])).toThrow(expect.objectContaining({ code: 'SAKIP_INVALID_TYPE', field: 'blok[0]' }));
  });
});

/** Blocks as any reader (XLSX, DOCX, PDF) gives them, then the verifier's findings. */
function lihat(blok: Blok[], opsi = {}) {
  const r = imporBlok(blok, { instansi: 'Dinas Uji', tahun: 2023, ...opsi });
  return { ...r, v: verifyLaporan(r.laporan) };
}
const p = (teks: string): Blok => ({ jenis: 'paragraf', teks });
const t = (...baris: string[][]): Blok => ({ jenis: 'tabel', baris });
const kode = (v: { findings: readonly Temuan[] }) => v.findings.filter((f) => f.severity === 'error' || f.severity === 'rounding').map((f) => `${f.code} ${f.published}`);

describe('imporBlok: recognition, on blocks built by hand', () => {
  it('an indicator table with a header over two rows and two years: one row per indicator and year', () => {
    const r = lihat([
      p('Tabel 3.3 Capaian Kinerja Sasaran'),
      t(
        ['No', 'Indikator Kinerja', 'Satuan', 'Tahun 2022', '', '', 'Tahun 2023', '', ''],
        ['', '', '', 'Target', 'Realisasi', 'Capaian', 'Target', 'Realisasi', 'Capaian'],
        ['1', 'Persentase desa yang meningkat statusnya', '%', '70', '95,02', '135,71', '80', '58,13', '72,66'],
      ),
    ]);
    const tabel = r.laporan.tabel[0]!;
    expect(tabel.id).toBe('Tabel 3.3');
    expect(tabel.baris.map((b) => [b.tahun, b.target, b.realisasi, b.capaian])).toEqual([
      [2022, '70', '95,02', '135,71'],
      [2023, '80', '58,13', '72,66'],
    ]);
    expect(r.catatan[0]!.kolom.map((k) => `${k.medan}${k.tahun ? ` ${k.tahun}` : ''}`)).toEqual(['no', 'indikator', 'satuan', 'target 2022', 'realisasi 2022', 'capaian 2022', 'target 2023', 'realisasi 2023', 'capaian 2023']);
    expect(kode(r.v)).toEqual(['CAPAIAN_SALAH 135,71']);
  });
  it('a row shifted one column right by the conversion: its figures are placed by kind', () => {
    const r = lihat([
      t(
        ['No', 'Indikator', 'Sat', 'Target', 'Realisasi', 'Capaian', 'Ket.'],
        ['1', 'Indikator A', '', '%', '100', '90', '90', ''],
      ),
    ]);
    expect(r.laporan.tabel[0]!.baris[0]).toMatchObject({ target: '100', realisasi: '90', capaian: '90' });
    expect(r.catatan[0]!.keyakinan).toBe('sedang');
    expect(r.catatan[0]!.alasan.join(' ')).toMatch(/bergeser/);
  });
  it('a budget table numbered 1 / a / unnumbered with a total: parents from numbering, roll-ups checked', () => {
    const r = lihat([
      p('Tabel 3.10 Realisasi Anggaran'),
      t(
        ['NO', 'URAIAN PROGRAM / KEGIATAN', 'PAGU', 'REALISASI', '%', 'SISA'],
        ['1', 'PROGRAM A', '300', '290', '96,67', '10'],
        ['a', 'Kegiatan A1', '200', '190', '95,00', '10'],
        ['', 'Sub kegiatan A1.1', '120', '110', '91,67', '10'],
        ['', 'Sub kegiatan A1.2', '80', '80', '100,00', '-'],
        ['b', 'Kegiatan A2', '100', '100', '100,00', '-'],
        ['2', 'PROGRAM B', '50', '40', '80,00', '10'],
        ['JUMLAH', '', '360', '330', '91,67', '20'],
      ),
    ]);
    const b = Object.fromEntries(r.laporan.tabel[0]!.baris.map((x) => [x.nama, x]));
    expect(b['Kegiatan A1']!.induk).toBe(b['PROGRAM A']!.id);
    expect(b['Sub kegiatan A1.1']!.induk).toBe(b['Kegiatan A1']!.id);
    expect(b['PROGRAM B']!.induk).toBe(b['JUMLAH']!.id);
    expect(b['JUMLAH']!.level).toBe('total');
    // JUMLAH prints 360 for 300 + 50 (and so a sisa that does not follow): found, nothing else.
    expect(kode(r.v)).toEqual(['SISA_SALAH 20', 'ROLLUP_SALAH 360']);
  });
  it('rows numbered one way only, with unnumbered rows between: no parent is invented', () => {
    const r = lihat([
      t(
        ['No', 'Program, Kegiatan', 'Anggaran (Rp)', 'Realisasi (Rp)', '% Capaian'],
        ['1', 'PROGRAM A', '3.000.000', '2.900.000', '96,67%'],
        ['', 'Kegiatan A1', '3.000.000', '2.900.000', '96,67%'],
        ['', 'Sub kegiatan A1.1', '3.000.000', '2.900.000', '96,67%'],
      ),
    ]);
    expect(r.laporan.tabel[0]!.baris.every((x) => x.induk === undefined)).toBe(true);
    expect(r.catatan[0]!.alasan.join(' ')).toMatch(/tidak dihubungkan/);
    expect(kode(r.v)).toEqual([]);
  });
  it('rata-rata and JUMLAH rows of indicator figures become aggregates of the rows above', () => {
    const r = lihat([
      t(
        ['No', 'Indikator Kinerja Sasaran', 'Target Kinerja (%)', 'Realisasi Kinerja (%)', 'Capaian (%)'],
        ['1.', 'Persentase penduduk miskin', '5,15', '5,85', '113,59'],
        ['2.', 'Persentase penanganan PMKS', '6,86', '23,95', '349,12'],
        ['Rata-Rata Capaian', '', '', '', '231,35'],
      ),
    ]);
    const rows = r.laporan.tabel[0]!.baris;
    expect(rows[0]!.arah).toBe('negatif');
    expect(rows[1]!.arah).toBeUndefined();
    expect(rows[2]!.agregat).toEqual({ fungsi: 'rata-rata', kolom: 'capaian', dari: [rows[0]!.id, rows[1]!.id] });
    expect(kode(r.v)).toEqual(['CAPAIAN_ARAH_TERBALIK 113,59', 'CAPAIAN_PEMBULATAN 349,12', 'RATA_RATA_PEMBULATAN 231,35']);
  });
  it('a table of counts: totals by column, "Jumlah" by row, shares of the total', () => {
    const r = lihat([
      t(
        ['JABATAN', 'LAKI LAKI', 'PEREMPUAN', 'JUMLAH', 'PROPOSIONAL (%)'],
        ['Kepala Dinas', '1', '-', '1', '2%'],
        ['Jabatan Fungsional', '4', '7', '11', '27%'],
        ['Jabatan Pelaksana', '9', '12', '21', '52%'],
        ['Kepala Bidang', '5', '3', '8', '20%'],
        ['JUMLAH TOTAL', '19', '22', '41', '100%'],
      ),
    ]);
    expect(r.catatan[0]!.jenis).toBe('hitungan');
    // 21 / 41 = 51,2 %, printed 52 %; 2 + 27 + 52 + 20 = 101, printed 100 %.
    expect(kode(r.v)).toEqual(['PERSENTASE_SALAH 52%', 'JUMLAH_SALAH 100%']);
  });
  it('a scale table gives a printed scale; the predikat of a later table is checked on it', () => {
    const r = lihat([
      p('Tabel 3.1 Skala Nilai Peringkat Kinerja'),
      t(['No', 'Interval Nilai Realisasi Kinerja', 'Kriteria Penilaian Realisasi Kinerja'], ['1', '91 % ≤ 100 %', 'Sangat Tinggi'], ['2', '76 % ≤ 90 %', 'Tinggi'], ['3', '≤ 75 %', 'Sedang']),
      p('Sumber : Permendagri Nomor 86 Tahun 2017'),
      t(['No', 'Sasaran', 'Capaian (%)', 'Predikat'], ['1', 'Sasaran A', '95', 'Sangat Tinggi'], ['2', 'Sasaran B', '72,66', 'Tinggi']),
    ]);
    expect(r.laporan.skala[0]).toMatchObject({ id: 'skala-t3-1', table: 'Tabel 3.1', sumber: 'Permendagri Nomor 86 Tahun 2017', mengacu: 'permendagri-86-2017' });
    expect(r.laporan.tabel.find((x) => x.baris.some((b) => b.predikat))!.skala).toBe('skala-t3-1');
    expect(kode(r.v)).toEqual(['PREDIKAT_SALAH Tinggi']);
  });
  it('an efficiency table with its method stated beside it', () => {
    const r = lihat([
      t(['No', 'Sasaran', '% Capaian Kinerja', 'Anggaran (Rp)', 'Realisasi (Rp)', '% Serapan', 'Tingkat Efisiensi'], ['1', 'Sasaran A', '100', '1.000.000', '900.000', '90', '5']),
      p('Tingkat efisiensi dihitung dari persentase capaian kinerja dikurangi persentase serapan anggaran.'),
    ]);
    expect(r.laporan.tabel[0]!.metode).toBe('capaian-serapan');
    expect(kode(r.v)).toEqual(['EFISIENSI_SALAH 5']);
  });
  it('ambiguous figures: read in their column\'s style, refused where no style shows', () => {
    const styled = lihat([t(['No', 'Uraian', 'Pagu', 'Realisasi'], ['1', 'A', '1.234', '1.200'], ['2', 'B', '2.345.000', '2.000.000'])]);
    expect(styled.laporan.tabel[0]!.baris[0]!.pagu).toEqual({ printed: '1.234', value: '1234', note: 'jumlah rupiah dibaca sebagai bilangan bulat' });
    const bare = lihat([t(['No', 'Indikator', 'Target', 'Realisasi'], ['1', 'Indeks A', '1.234', '1.250'])], { locale: undefined });
    expect(bare.laporan.tabel).toEqual([]);
    expect(bare.tidakTerbaca.map((x) => x.alasan)).toEqual([expect.stringMatching(/tidak terbaca dengan yakin|angka/)]);
  });
  it('a row with fewer cells than the header, joined from a broken line, is read without a raw error (npm run fuzz, seed 1768585349)', () => {
    const r = imporTeks("\t\tTaruna Siaga Bencana Kewenangan Kabupaten/Kota\t\t\n47\t\n-Rp 440,581,716,996.4760%\t\t -Rp. 43,665,376,718.8370,- \t\tTarget\t\tTabel 3.1\t\t|\n48\tPemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota\tJumlah Makam yang Terpenuhi Pemeliharannya pada Taman Makam Pahlawan Kabupaten/Kota\t113 Makam\t25.000.000\n49\tPengamanan Taman Makam Pahlawan Nasional Kabupaten/Kota\tJumlah Laporan Hasil Pengamanan Taman Makam Pahlawan Nasional Kabupaten/Kota\t12 Laporan\t47.000.000");
    expect(() => verifyLaporan(r.laporan)).not.toThrow();
    expect(r.laporan.tabel.flatMap((t) => t.baris).every((b) => typeof b.nama === 'string')).toBe(true);
  });

  it('garbled cells are recorded as garbled, never guessed', () => {
    const r = lihat([t(['No', 'Uraian', 'Pagu', 'Realisasi', '%'], ['1', 'A', '25.000.00', '20.000.000', '80'])]);
    expect(r.laporan.tabel[0]!.baris[0]!.pagu).toEqual({ printed: '25.000.00', garbled: true });
    expect(r.v.findings.map((f) => f.code)).toContain('SEL_RUSAK');
  });
  it('lines a converter wrapped or duplicated are joined to their row', () => {
    const r = lihat([
      t(
        ['Indikator', 'Target 2023', 'Realisasi 2023', 'Capaian (%)'],
        ['Persentase PPKS', '55%', '54,20%', '98,54%'],
        ['yang tertangani', 'JJ /0', 'J 4 ,20 /0', '70,J4 /0'],
      ),
    ]);
    expect(r.laporan.tabel[0]!.baris).toHaveLength(1);
    expect(r.laporan.tabel[0]!.baris[0]!.nama).toBe('Persentase PPKS yang tertangani');
    expect(kode(r.v)).toEqual(['CAPAIAN_PEMBULATAN 98,54%']);
  });
  it('what is not read, and why: tables of contents, headers alone, text tables', () => {
    const r = lihat([
      t(['KATA PENGANTAR', 'i'], ['DAFTAR ISI', 'ii'], ['BAB I PENDAHULUAN', '1'], ['BAB II PERENCANAAN', '9']),
      t(['No', 'Target', 'Realisasi']),
      t(['No', 'Tujuan', 'Sasaran'], ['1', 'Tujuan A', 'Sasaran A']),
    ]);
    expect(r.tidakTerbaca.map((x) => x.alasan.split(' /')[0])).toEqual(['daftar isi atau daftar tabel', 'kurang dari dua baris', 'tidak ada kolom angka yang dikenali']);
    expect(r.laporan.tabel).toEqual([]);
  });
  it('the same figure printed in two tables is linked; a copy of a wrong figure is reported as a copy', () => {
    const head = ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'];
    const r = lihat([t(head, ['1', 'Persentase desa maju', '70', '95,02', '135,71']), t(['No', 'Indikator', 'Capaian (%)'], ['1', 'Persentase desa maju', '135,71'])]);
    expect(r.laporan.sama).toEqual([{ a: `${r.laporan.tabel[0]!.baris[0]!.id}.capaian`, b: `${r.laporan.tabel[1]!.baris[0]!.id}.capaian` }]);
    expect(r.v.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['CAPAIAN_SALAH', 'SALINAN_SALAH']));
  });
  describe('a sub-activity in two tables of its realisation: also different figures are linked', () => {
    const head = [
      ['NO', 'URAIAN PROGRAM / KEGIATAN', 'INDIKATOR KINERJA', 'TARGET', '', 'REALISASI', '', '% Rp.', 'SISA'],
      ['', '', '', 'K', 'Rp.', 'K', 'Rp.', '', ''],
    ];
    // target K, pagu, realisasi Rp., % and sisa consistent with each other
    const gaji = (target: string, pagu: string, real: string, persen: string, sisa: string, indikator = 'Jumlah PNS') => ['', 'Penyediaan Gaji dan Tunjangan ASN', indikator, target, pagu, '25', real, persen, sisa];
    const a = gaji('25', '1,000,000', '900,000', '90.00', '100,000');
    it('the same name, year and indicator, one figure in common: a different target or amount is ANGKA_BEDA', () => {
      const target = lihat([p('Tabel 3.6 Program/Kegiatan yang mendukung Indikator A'), t(...head, a), p('Tabel 3.10 Realisasi Anggaran tahun 2023'), t(...head, gaji('21', '1,000,000', '900,000', '90.00', '100,000'))]);
      expect(target.laporan.sama).toContainEqual({ a: 't3-6-1.outputTarget', b: 't3-10-1.outputTarget' });
      expect(kode(target.v)).toEqual(['ANGKA_BEDA 21']);
      const real = lihat([p('Tabel 3.6 Program'), t(...head, a), p('Tabel 3.10 Realisasi Anggaran'), t(...head, gaji('25', '1,000,000', '950,000', '95.00', '50,000'))]);
      expect(kode(real.v)).toEqual(['ANGKA_BEDA 950,000', 'ANGKA_BEDA 95.00', 'ANGKA_BEDA 50,000']);
    });
    it('another indicator: the amounts are linked, the output figures are not', () => {
      const r = lihat([p('Tabel 3.6 Program'), t(...head, a), p('Tabel 3.10 Realisasi Anggaran'), t(...head, gaji('21', '1,000,000', '900,000', '90.00', '100,000', 'Jumlah bulan gaji'))]);
      expect(r.laporan.sama).toContainEqual({ a: 't3-6-1.pagu', b: 't3-10-1.pagu' });
      expect(r.laporan.sama?.some((l) => l.a.endsWith('.outputTarget'))).toBe(false);
      expect(kode(r.v)).toEqual([]);
    });
    it('not linked: no figure in common, a name twice in a table, a table of a revised budget', () => {
      const tanpa = lihat([p('Tabel 3.6 Program'), t(...head, a), p('Tabel 3.10 Realisasi'), t(...head, ['', 'Penyediaan Gaji dan Tunjangan ASN', 'Jumlah PNS', '21', '1,200,000', '20', '1,000,000', '83.33', '200,000'])]);
      expect(tanpa.laporan.sama).toBeUndefined();
      expect(kode(tanpa.v)).toEqual([]);
      // A namesake: a sub-activity of a standard name under another programme, of another budget.
      const senama = lihat([p('Tabel 3.6 Program A'), t(...head, gaji('12', '1,000,000', '1,000,000', '100.00', '0')), p('Tabel 3.7 Program B'), t(...head, gaji('12', '2,000,000', '2,000,000', '100.00', '0'))]);
      expect((senama.laporan.sama ?? []).filter((l) => /\.(?:pagu|realisasiAnggaran|outputTarget)$/.test(l.a))).toEqual([]);
      expect(kode(senama.v)).toEqual([]);
      const dua = lihat([p('Tabel 3.6 Program'), t(...head, a), p('Tabel 3.10 Realisasi'), t(...head, gaji('21', '1,000,000', '900,000', '90.00', '100,000'), a)]);
      expect(kode(dua.v)).not.toContain('ANGKA_BEDA 21');
      const revisi = lihat([p('Tabel 2.5 Anggaran Program'), t(...head, a), p('Tabel 2.7 Anggaran Program setelah Perubahan'), t(...head, gaji('21', '1,200,000', '900,000', '75.00', '300,000'))]);
      expect(kode(revisi.v)).toEqual([]);
      const triwulan = lihat([p('Tabel 3.6 Realisasi Anggaran Triwulan II'), t(...head, a), p('Tabel 3.7 Realisasi Anggaran Tahun 2023'), t(...head, gaji('25', '1,000,000', '950,000', '95.00', '50,000'))]);
      expect(kode(triwulan.v)).toEqual([]);
      // Another year named in a title: the realisation of another budget.
      const tahun = lihat([p('Tabel 3.6 Realisasi Anggaran Tahun 2023'), t(...head, a), p('Tabel 3.7 Realisasi Anggaran Tahun 2022'), t(...head, gaji('25', '1,200,000', '900,000', '75.00', '300,000'))]);
      expect(kode(tahun.v)).toEqual([]);
    });
    it('a Perjanjian Kinerja and its revision print different targets: never linked', () => {
      const pk = (judul: string, target: string) => [p(judul), t(['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Anggaran (Rp)'], ['1', 'Persentase PMKS yang tertangani', '%', target, '1.000.000'])];
      const r = lihat([...pk('Tabel 2.5 Perjanjian Kinerja Tahun 2023', '80'), ...pk('Tabel 2.7 Perjanjian Kinerja Tahun 2023', '85')]);
      expect(r.laporan.sama?.some((l) => l.a.endsWith('.target'))).not.toBe(true);
      expect(kode(r.v)).toEqual([]);
    });
  });
});

describe('figures in prose', () => {
  describe('a sentence right after a computation restating its result', () => {
    const hitung = p('Persentase = 45 / 50 × 100% = 95%');
    it('its one figure, equal to the final figure, is linked: a wrong result restated is a copy', () => {
      const r = lihat([p('SASARAN 1'), p('Uraian.'), hitung, p('Dari gambaran diatas diperoleh persentase di sasaran I ini sebesar 95%.')]);
      expect(r.laporan.sama).toHaveLength(1);
      expect(kode(r.v)).toEqual(['RASIO_SALAH 95%', 'SALINAN_SALAH 95%']);
    });
    it('not linked: another figure, two figures, a paragraph or a table between', () => {
      const tanpa = (...after: Blok[]) => lihat([p('SASARAN 1'), p('Uraian.'), hitung, ...after]);
      expect(tanpa(p('Dari gambaran diatas diperoleh persentase sebesar 90%.')).laporan.sama).toBeUndefined();
      expect(tanpa(p('Dari gambaran diatas diperoleh 95% dari 50 orang.')).laporan.sama).toBeUndefined();
      expect(tanpa(p('Kegiatan berjalan baik.'), p('Dari gambaran diatas diperoleh persentase sebesar 95%.')).laporan.sama).toBeUndefined();
      expect(tanpa(t(['No', 'Uraian', 'Pagu'], ['1', 'Belanja', '100']), p('Dari gambaran diatas diperoleh persentase sebesar 95%.')).laporan.sama).toBeUndefined();
    });
  });
  it('LaTeX as plain arithmetic', () => {
    expect(latexKeTeks('$$\\frac{54, 20}{55}$$ x 100\\% = 98,54\\%').replace(/\s+/g, ' ').trim()).toBe('(54,20) / (55) x 100% = 98,54%');
    expect(latexKeTeks('\\text{Capaian} = \\frac{\\text{Realisasi}}{\\text{Target}} \\times 100\\%').replace(/\s+/g, ' ').trim()).toBe('Capaian = ( Realisasi ) / ( Target ) × 100%');
  });
  it('computations written out: ratio, 100 % minus a ratio, an average, a sum', () => {
    const r = lihat([
      p('A. Uraian'),
      p('Capaian =\n$$\\frac{54, 20}{55}$$\n x 100% = 98,54%'),
      p('$$100\\% - \\frac{1,470,000}{1,470,000} \\times 100\\% \\\\ = 100\\% - 100\\% \\\\ = 1.00\\%$$'),
      p('$$\\frac{39.82 + 20.08 + 90.3}{3} \\times 100\\% = 50,06\\%$$'),
      p('$71.048 = 70520 + 684 \\text{ JIWA}$'),
    ], { locale: 'id' });
    expect(kode(r.v)).toEqual(['RASIO_PEMBULATAN 98,54%', 'EFISIENSI_SALAH 1.00%', 'RATA_RATA_PEMBULATAN 50,06%', 'JUMLAH_SALAH 71.048']);
    expect(r.laporan.tabel[0]).toMatchObject({ id: 'Uraian: A. Uraian', prosa: true });
  });
  it('sentences: target, realisasi and capaian; a budget and its share; a figure and its predikat', () => {
    const r = lihat([
      t(['No', 'Interval', 'Predikat'], ['1', '> 85 sd 100%', 'Sangat berhasil'], ['2', '> 70 sd 85%', 'Berhasil'], ['3', '< 70%', 'Tidak berhasil']),
      p('Indikator Kinerja Indeks Desa Membangun terealisasi nilai 0,7323 dari target 0, 694 atau tercapai 105,51%.'),
      p('Anggaran sebesar Rp 22.735.850.378,- dengan realisasi sebesar Rp. 19.775.725.508,- atau mencapai 86,98 %.'),
      p('Capaian kinerja indikator sasaran “Persentase penanganan PMKS” adalah 80,12% dengan predikat sangat berhasil.'),
    ]);
    expect(kode(r.v)).toEqual(['CAPAIAN_PEMBULATAN 105,51%', 'PREDIKAT_SALAH sangat berhasil']);
  });
  it('a realisation the report says a formula gives, and the values of that formula printed after it', () => {
    const tabel = t(['Indikator', 'Target 2023', 'Realisasi 2023', 'Capaian (%)'], ['Persentase PPKS yang tertangani', '55%', '54,20%', '98,54%']);
    const r = lihat([
      tabel,
      p('B. Analisis Capaian'),
      p('Realisasi dari indikator kinerja Persentase PPKS yang tertangani adalah 54,20 (kurang dari target 55). Angka tersebut di dapat dengan rumus (perhitungan) sebagai berikut :'),
      p('<u>Jumlah PPKS yang ditangani Th n</u> x 100% Jumlah PPKS di DTKS Th n'),
      p('Dengan masing-masing koefisien jumlah PPKS ditangani Tahun 2023 adalah 114.619 dan koefisien Total PPKS di DTKS Tahun 2023 adalah 211.439.'),
      p('Capaian =\n$$\\frac{54, 20}{55}$$\n x 100% = 98,54%'),
    ], { locale: 'id' });
    const prosa = r.laporan.tabel.find((x) => x.prosa)!;
    const pr = (c: Sel | undefined) => (c === undefined || typeof c === 'string' ? c : c.printed);
    expect(prosa.baris.map((b) => [b.nama, pr(b.pembilang), pr(b.penyebut), pr(b.realisasi), pr(b.target), pr(b.capaian)])).toEqual([
      ['Persentase PPKS yang tertangani', undefined, undefined, '54,20', '55', undefined],
      ['Persentase PPKS yang tertangani', '114.619', '211.439', '54,20', undefined, undefined],
      // "Capaian = 54,20 / 55 × 100%" with the realisation just stated: that indicator's capaian.
      ['Capaian Persentase PPKS yang tertangani', undefined, undefined, '54,20', '55', '98,54%'],
    ]);
    // 114.619 / 211.439 × 100 = 54,2085…: 54,20 is cut, not rounded; the three places that copy it
    // say so. 54,2 / 55 × 100 = 98,5454…: 98,54 is cut too, in the table and in the sentence.
    expect(kode(r.v).sort()).toEqual(['CAPAIAN_PEMBULATAN 98,54%', 'CAPAIAN_PEMBULATAN 98,54%', 'RASIO_PEMBULATAN 54,20', 'SALINAN_PEMBULATAN 54,20', 'SALINAN_PEMBULATAN 54,20', 'SALINAN_PEMBULATAN 54,20%']);
  });
  it('values whose place in the formula the words do not show are left unread', () => {
    const r = lihat([
      p('B. Analisis'),
      p('Realisasi dari indikator kinerja Persentase PPKS yang tertangani adalah 54,20. Angka tersebut didapat dengan rumus berikut:'),
      p('Jumlah PPKS yang ditangani / Jumlah PPKS di DTKS x 100%'),
      // Both names share only the words the two parts share: which is the numerator is not printed.
      p('Dengan jumlah PPKS adalah 114.619 dan jumlah PPKS lain adalah 211.439.'),
      // Without a formula before them, values are no ratio.
      p('C. Lain'),
      p('Realisasi dari indikator kinerja Persentase PSKS yang berdaya adalah 90. Angka tersebut didapat dengan rumus berikut:'),
      p('Dengan jumlah PSKS berdaya adalah 9 dan jumlah PSKS adalah 10.'),
    ], { locale: 'id' });
    expect(r.laporan.tabel.flatMap((x) => x.baris).filter((b) => b.pembilang !== undefined)).toEqual([]);
    expect(kode(r.v)).toEqual([]);
  });
  it('a figure a computation gives without saying what it is restates the table figure of the name it computes', () => {
    const r = lihat([
      t(['No', 'Indikator Kinerja', 'Target 2023', 'Realisasi 2023'], ['1', 'Indeks Sosial', '49,27%', '50,06 %']),
      p('A. Akuntabilitas'),
      p('$$\\text{Indeks Ketahanan Sosial} = \\frac{39,82 + 20,08 + 90,3}{3} \\times 100\\% = 50,06\\%$$'),
    ], { locale: 'id' });
    // (39,82 + 20,08 + 90,3) / 3 = 50,0666…: 50,06 is cut; the table prints the same figure.
    expect(kode(r.v).sort()).toEqual(['RATA_RATA_PEMBULATAN 50,06%', 'SALINAN_PEMBULATAN 50,06 %']);
  });
  it('"a / b × 100% = 100% − x%" under an efficiency: x is 100 − the share spent', () => {
    const r = lihat([
      p('A. Efisiensi'),
      p('$$\\text{Persentase efisiensi} = \\frac{209.228.600}{209.328.400} \\times 100\\% = 100\\%-0,95\\%$$'),
    ], { locale: 'id' });
    // 209.228.600 / 209.328.400 × 100 = 99,952…; 100 − 99,952 = 0,05, not 0,95.
    expect(kode(r.v)).toEqual(['EFISIENSI_SALAH 0,95%']);
    const b = r.laporan.tabel[0]!.baris[0]!;
    expect(b).toMatchObject({ pagu: '209.328.400', realisasiAnggaran: '209.228.600', efisiensi: '0,95%', metode: '100-serapan' });
  });
  it('SAKIP grades printed under the scores are checked against the regulation the text names, and only then', () => {
    const rows = [
      ['', 'Komponen Yang Dinilai', '2021', '', '2020', ''],
      ['', '', 'Bobot', 'Nilai', 'Bobot', 'Nilai'],
      ['a.', 'Perencanaan Kinerja', '30', '29,10', '30', '29,10'],
      ['b.', 'Capaian Kinerja', '20', '12,00', '20', '12,00'],
      ['', 'Nilai Hasil Evaluasi', '100', '75,80', '100', '75,16'],
      ['', 'Tingkat Akuntabilitas Kinerja', '', 'BB', '', 'B'],
    ];
    const named = lihat([p('Berdasarkan Peraturan Menteri PANRB Nomor 12 Tahun 2015 tentang Pedoman Evaluasi atas Implementasi SAKIP, hasil evaluasi:'), t(...rows)], { locale: 'id' });
    // 75,16 lies in BB (> 70 – 80) of PermenPANRB 12/2015; 75,80 too, as printed.
    expect(kode(named.v)).toEqual(['PREDIKAT_SALAH B']);
    expect(named.laporan.tabel[0]!.baris.filter((b) => b.predikat).map((b) => [b.nilai, b.predikat, b.skala])).toEqual([['75,80', 'BB', 'sakip-12-2015'], ['75,16', 'B', 'sakip-12-2015']]);
    const unnamed = lihat([p('Hasil evaluasi:'), t(...rows)], { locale: 'id' });
    expect(kode(unnamed.v)).toEqual([]);
    expect(unnamed.catatan[0]!.alasan.join(' ')).toMatch(/peraturannya tidak disebut/);
  });
  it('an average a sentence states over the indicators of a named sasaran: the rows of that sasaran, when the count printed matches', () => {
    const tabel = t(
      ['Sasaran', 'Indikator', 'Target 2023', 'Realisasi 2023', 'Capaian (%)'],
      ['Meningkatnya penanganan sosial', 'Persentase PPKS terlindungi', '100', '100', '100'],
      ['', 'Persentase PPKS terehabilitasi', '100', '90', '90'],
      ['Meningkatnya peran serta masyarakat', 'Persentase desa maju', '80', '58,13', '72,66'],
    );
    const r = lihat([
      tabel,
      p('C. Uraian'),
      p('Hasil pengukuran capaian kinerja sasaran “Meningkatnya penanganan sosial” dengan 2 (dua) indikator kinerja adalah sebesar 95 %.'),
      p('Hasil pengukuran capaian kinerja sasaran “Meningkatnya peran serta masyarakat” dengan 1 (satu) indikator kinerja adalah sebesar 18,67 %.'),
      // Another count than the table prints: not related, not checked.
      p('Hasil pengukuran capaian kinerja sasaran “Meningkatnya penanganan sosial” dengan 3 (tiga) indikator kinerja adalah sebesar 50 %.'),
    ], { locale: 'id' });
    // (100 + 90) / 2 = 95: right. The one indicator of the second sasaran has 72,66, not 18,67.
    expect(kode(r.v)).toEqual(['RATA_RATA_SALAH 18,67%']);
    const rows = r.laporan.tabel.find((x) => x.prosa)!.baris;
    expect(rows.map((b) => b.agregat?.dari.length ?? null)).toEqual([2, 1, null]);
  });
  it('"RATA-RATA" right under "JUMLAH" averages the same rows', () => {
    const r = lihat([t(['No', 'Sasaran', 'Capaian (%)'], ['1', 'Sasaran A', '100'], ['2', 'Sasaran B', '72,66'], ['', 'JUMLAH', '172,66'], ['', 'RATA-RATA', '86,30'])], { locale: 'id' });
    // (100 + 72,66) / 2 = 86,33.
    expect(kode(r.v)).toEqual(['RATA_RATA_SALAH 86,30']);
  });
  it('the average over the tujuan indicators: the numbered rows of the table of tujuan and sasaran just before, when as many as printed', () => {
    const head = [
      ['NO', 'Tujuan / Sasaran', 'Indikator Kinerja', 'Kinerja Tahun 2023'],
      ['', '', '', 'Target', 'Realisasi', 'Capaian%'],
      ['1.', 'Tujuan A', 'Indeks A', '0,694', '0,7323', '105,5'],
      ['', 'Sasaran A', 'Persentase B', '80', '58,13', '72,66'],
    ];
    const tabel = t(...head, ['2.', 'Tujuan B', 'Persentase C', '100', '100', '100']);
    const sentence = p('1. Indikator Kinerja Tujuan Dinas ada 2 (dua) dengan rata rata capaian 86,33 % predikat tinggi.');
    const r = lihat([p('BAB IV PENUTUP'), tabel, sentence], { tahun: 2023, locale: 'id' });
    // (105,5 + 100) / 2 = 102,75, not 86,33 (which is (100 + 72,66) / 2: the two sasaran, not the two tujuan).
    expect(kode(r.v)).toEqual(['RATA_RATA_SALAH 86,33%']);
    // Three numbered rows for "ada 2": which two the sentence means is not printed.
    const tiga = lihat([p('BAB IV'), t(...head, ['2.', 'Tujuan B', 'Persentase C', '100', '100', '100'], ['3.', 'Tujuan C', 'Persentase D', '100', '90', '90']), sentence], { tahun: 2023, locale: 'id' });
    expect(kode(tiga.v)).toEqual([]);
  });
  it("a sentence's average capaian and the one RATA-RATA row printing the same figure are the same figure", () => {
    const r = lihat([
      t(['No', 'Sasaran', 'Capaian (%)'], ['1', 'Sasaran A', '100'], ['2', 'Sasaran B', '72,66'], ['', 'RATA-RATA', '86,33']),
      t(['No', 'Interval', 'Predikat'], ['1', '> 85 sd 100%', 'Tinggi'], ['2', '> 70 sd 85%', 'Sedang'], ['3', '< 70%', 'Rendah']),
      p('A. Ikhtisar'),
      p('Adapun rata-rata capaian kinerja adalah 86,33% dengan predikat tinggi.'),
    ], { tahun: 2023, locale: 'id' });
    const table = r.laporan.tabel[0]!;
    const prose = r.laporan.tabel.find((x) => x.prosa)!;
    expect(r.laporan.sama).toContainEqual({ a: `${table.baris[2]!.id}.capaian`, b: `${prose.baris[0]!.id}.capaian` });
    // Right in the table, so right in the sentence: nothing to report.
    expect(kode(r.v)).toEqual([]);
    // (100 + 72,66) / 2 = 86,33: a table printing 86,30 is wrong, and so is the sentence that copies it.
    const salah = lihat([
      t(['No', 'Sasaran', 'Capaian (%)'], ['1', 'Sasaran A', '100'], ['2', 'Sasaran B', '72,66'], ['', 'RATA-RATA', '86,30']),
      t(['No', 'Interval', 'Predikat'], ['1', '> 85 sd 100%', 'Tinggi'], ['2', '> 70 sd 85%', 'Sedang'], ['3', '< 70%', 'Rendah']),
      p('A. Ikhtisar'),
      p('Adapun rata-rata capaian kinerja adalah 86,30% dengan predikat tinggi.'),
    ], { tahun: 2023, locale: 'id' });
    expect(kode(salah.v).sort()).toEqual(['RATA_RATA_SALAH 86,30', 'SALINAN_SALAH 86,30%']);
  });
  it('the words that state an efficiency method', () => {
    expect(metodeDari('Tingkat Efisiensi menggunakan formula persentase capaian kinerja dikurangi persentase capaian anggaran.')).toBe('capaian-serapan');
    expect(metodeDari('$$100\\% - \\frac{a}{b} \\times 100\\%$$')).toBe('100-serapan');
    expect(metodeDari('Efisiensi adalah hemat.')).toBeUndefined();
  });
});

describe('small rules', () => {
  it('arah only where the name says it', () => {
    expect(arahDari('Persentase penduduk miskin')).toBe('negatif');
    expect(arahDari('Angka Kematian Bayi')).toBe('negatif');
    expect(arahDari('Persentase penurunan penduduk miskin')).toBeUndefined();
    expect(arahDari('Persentase masyarakat miskin yang memiliki ketahanan sosial')).toBeUndefined();
    expect(arahDari('Jumlah penduduk yang dilayani')).toBeUndefined();
    expect(arahDari('Persentase PMKS', 'Menurunnya PMKS')).toBe('negatif');
  });
  it('total labels', () => {
    expect(['JUMLAH', 'Total', 'JUMLAH TOTAL', 'Rata-Rata Capaian', 'RATA-RATA', 'Jumlah indikator kinerja sasaran yang tercapai'].map(labelTotal)).toEqual(['jumlah', 'jumlah', 'jumlah', 'rata-rata', 'rata-rata', null]);
  });
  it('printed intervals', () => {
    expect(bacaInterval('91 % ≤ 100 %')).toEqual({ min: '91', minInclusive: true, max: '100', maxInclusive: true });
    expect(bacaInterval('≤ 50 %')).toEqual({ min: null, minInclusive: false, max: '50', maxInclusive: true });
    expect(bacaInterval('> 100%')).toEqual({ min: '100', minInclusive: false, max: null, maxInclusive: false });
    expect(bacaInterval('< 55 sd 0%')).toEqual({ min: '0', minInclusive: true, max: '55', maxInclusive: false });
    expect(bacaInterval('>70 sd <85%')).toEqual({ min: '70', minInclusive: false, max: '85', maxInclusive: false });
    expect(bacaInterval('Sangat Baik')).toBeNull();
  });
});

describe('command line (spawned)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sakip-impor-'));
  const banyumas = join(root, 'test/fixtures/laporan/000_ee950b920736b221.txt');
  it('sakip verify laporan.txt imports, then verifies; same formats; exit 1 for errors', () => {
    const r = sakip(['verify', banyumas, '--tanpa-info']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('  Tabel 3.8\n');
    expect(r.out).toContain('ROLLUP_SALAH');
    expect(r.err).toMatch(/diimpor dari teks — \d+ tabel dibaca/);
    const j = JSON.parse(sakip(['verify', banyumas, '--format', 'json']).out);
    expect(j.reports[0].findings.length).toBeGreaterThan(5);
  });
  it('sakip impor FILE -o laporan.json writes a draft that verifies the same', () => {
    const out = join(dir, 'laporan.json');
    const r = sakip(['impor', banyumas, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Draf ditulis ke .*laporan\.json/);
    const d = JSON.parse(readFileSync(out, 'utf8'));
    expect(d.format).toBe('sakip-laporan/1');
    expect(d.catatan.length).toBeGreaterThan(5);
    expect(sakip(['verify', out, '--hanya-format']).code).toBe(0);
    expect(sakip(['verify', out, '--format', 'json']).out).toBe(sakip(['verify', banyumas, '--format', 'json']).out);
  });
  it('standard input with --teks; the dataset on standard output', () => {
    const text = readFileSync(banyumas, 'utf8');
    expect(sakip(['verify', '-', '--teks', '--tanpa-info'], { input: text }).code).toBe(1);
    const r = sakip(['impor', '-', '--id', 'uji', '--tahun', '2023'], { input: text });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ id: 'uji', tahun: 2023 });
  });
  it('unusable input exits 2 naming the file and the problem', () => {
    const pdf = join(dir, 'laporan.txt');
    writeFileSync(pdf, 'GIF89a\u0000binary');
    const r = sakip(['verify', pdf]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/laporan\.txt: bukan berkas teks, PDF, Word \(\.docx\) atau Excel \(\.xlsx\)/);
    // A PDF by its content is read as one, whatever its name (test/cli-berkas.test.ts reads real ones).
    writeFileSync(pdf, '%PDF-1.7\n\u0000binary');
    const p = sakip(['verify', pdf]);
    expect(p.code).toBe(2);
    expect(p.err).toMatch(/^sakip: .*laporan\.txt: berkas PDF rusak \/ corrupt PDF file: .*\[SAKIP_FILE_CORRUPT\]\n$/);
    expect(sakip(['impor', join(dir, 'tidak-ada.txt')]).err).toMatch(/tidak-ada\.txt: berkas tidak ditemukan/);
    expect(sakip(['impor']).code).toBe(2);
    expect(sakip(['impor', banyumas, '--id', 'Bukan Id']).err).toMatch(/--id/);
    const big = sakip(['impor', banyumas, '--maks-mb', '0.01']);
    expect(big.code).toBe(2);
    expect(big.err).toMatch(/melebihi batas/);
  });
  it('help in Indonesian and English', () => {
    expect(sakip(['impor', '--help']).out).toMatch(/^Pemakaian: sakip impor/);
    expect(sakip(['impor', '--help', '--lang', 'en']).out).toMatch(/^Usage: sakip impor[\s\S]*with a note per table/);
    expect(sakip(['--help']).out).toContain('sakip impor laporan.txt -o laporan.json');
  });
});

/** The command line in-process (coverage of the same code the spawned tests run as a binary). */
function call(args: string[], io: Partial<Io> = {}) {
  let out = '';
  let err = '';
  const files: Record<string, string> = {};
  const code = run(args, (x) => (out += x), (x) => (err += x), { writeFile: (f, d) => (files[f] = typeof d === 'string' ? d : new TextDecoder().decode(d)), ...io });
  return { code, out, err, files };
}

describe('command line (in-process)', () => {
  const banyumas = join(root, 'test/fixtures/laporan/000_ee950b920736b221.txt');
  const text = readFileSync(banyumas);
  it('impor to a file and to standard output, with options', () => {
    const r = call(['impor', banyumas, '-o', 'x.json', '--id', 'uji', '--instansi', 'Dinas Uji', '--tahun', '2023', '--locale', 'id', '--tanpa-prosa'], { errTTY: true });
    expect(r.code).toBe(0);
    const d = JSON.parse(r.files['x.json']!) as DatasetLaporan;
    expect(d).toMatchObject({ id: 'uji', instansi: 'Dinas Uji', tahun: 2023, locale: 'id' });
    expect(d.tabel.some((t) => t.prosa)).toBe(false);
    expect(r.err).toMatch(/Draf ditulis ke x\.json/);
    const s = call(['impor', '-'], { stdin: () => text });
    expect(JSON.parse(s.out).format).toBe('sakip-laporan/1');
    expect(call(['impor', '--help']).out).toMatch(/^Pemakaian: sakip impor/);
  });
  it('verify a text, in-process', () => {
    const r = call(['verify', banyumas, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/diimpor dari teks/);
    expect(call(['verify', '-', '--teks'], { stdin: () => text }).code).toBe(1);
  });
  it('refusals: exit 2 with the file and the problem', () => {
    const bad = (args: string[], io: Partial<Io> = {}) => {
      const r = call(args, io);
      expect(r.code).toBe(2);
      return r.err;
    };
    expect(bad(['impor'])).toMatch(/tepat satu berkas/);
    expect(bad(['impor', 'a.txt', 'b.txt'])).toMatch(/tepat satu berkas/);
    expect(bad(['impor', banyumas, '--id', 'X Y'])).toMatch(/--id "?X Y"?: hanya huruf kecil/);
    expect(bad(['impor', banyumas, '--tahun', '23'])).toMatch(/--tahun "?23"?: harus tahun/);
    expect(bad(['impor', banyumas, '--maks-mb', 'nol'])).toMatch(/--maks-mb/);
    expect(bad(['impor', banyumas, '--maks-mb', '0.001'])).toMatch(/melebihi batas/);
    expect(bad(['impor', '-'], { stdin: () => null })).toMatch(/melebihi batas/);
    expect(bad(['impor', join(root, 'test/fixtures/tidak-ada.txt')])).toMatch(/berkas tidak ditemukan/);
    expect(bad(['impor', join(root, 'test/fixtures')])).toMatch(/bukan berkas biasa/);
    expect(bad(['impor', '-'], { stdin: () => Buffer.from('\u0000\u0001 biner') })).toMatch(/bukan berkas teks/);
    expect(bad(['verify', '-', '--teks'], { stdin: () => Buffer.from('GIF89a\u0000') })).toMatch(/bukan berkas teks/);
    expect(bad(['impor', banyumas, '-o', 'x.json'], { writeFile: () => { throw Object.assign(new Error('no'), { code: 'EACCES' }); } })).toMatch(/x\.json: tidak dapat ditulis \(EACCES\)/);
    // The library's refusal reaches the user as the command line's.
    expect(bad(['impor', '-', '--maks-mb', '64'], { stdin: () => Buffer.from('x'.repeat(BATAS_IMPOR.karakter + 1)) })).toMatch(/SAKIP_TOO_LONG/);
  });
  it('English', () => {
    expect(call(['impor', '--lang', 'en']).err).toMatch(/give exactly one report file \(text, PDF, Word, Excel; or - for standard input\)/);
    expect(call(['impor', banyumas, '--lang', 'en']).err).toMatch(/imported from text — \d+ tables read/);
  });
});
