/**
 * `sakip verify` and `sakip impor` on PDF, Word and Excel files (issue 11): the same report
 * tables written as XLSX (exceljs), DOCX (docx), PDF (pdfkit) and as a tab-separated text give
 * the same findings; a scan, a broken file of each type and a refused file exit 2 naming the file
 * and the problem. In-process (the code the binary runs), and once spawned through the real entry.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../src/cli/io.js';
import { run } from '../src/cli/run.js';
import type { Blok } from '../src/impor/blok.js';
import { bacaBerkas } from '../src/impor/berkas/index.js';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { buatDocx, buatPdf, buatPdfPindaian, buatXlsx, laporanContoh, teksContoh, xlsxDari, zip } from './helpers/berkas.js';
import { cleanEnv, cliPath } from './helpers/sakip.js';

const dir = mkdtempSync(join(tmpdir(), 'sakip-berkas-'));
const f = (name: string) => join(dir, name);

const { pembuka, tabel: SPEC } = laporanContoh();

/** The command line in-process; the code is awaited whether or not it is a promise. */
async function call(args: string[], io: Partial<Io> = {}) {
  let out = '';
  let err = '';
  const files: Record<string, string> = {};
  const code = await run(args, (s) => (out += s), (s) => (err += s), { writeFile: (p, d) => (files[p] = typeof d === 'string' ? d : Buffer.from(d).toString('utf8')), ...io });
  return { code, out, err, files };
}

interface Temuan {
  code: string;
  severity: string;
  location: { table: string; row?: string; column?: string };
  published?: string;
  recomputedPrinted?: string;
  field?: string;
}
interface Laporan {
  findings: Temuan[];
  summary: unknown;
  coverage: unknown;
}

/** What a finding says, without the parts that name the source file. */
const inti = (r: Laporan) => ({
  findings: r.findings.map((x) => ({ code: x.code, severity: x.severity, location: x.location, published: x.published, expected: x.recomputedPrinted, field: x.field })),
  summary: r.summary,
  coverage: r.coverage,
});

beforeAll(async () => {
  const [xlsx, docx, pdf, scan] = await Promise.all([buatXlsx(SPEC, pembuka), buatDocx(SPEC, pembuka), buatPdf(SPEC, 7, pembuka), buatPdfPindaian()]);
  writeFileSync(f('laporan.xlsx'), xlsx);
  writeFileSync(f('laporan.docx'), docx);
  writeFileSync(f('laporan.pdf'), pdf);
  writeFileSync(f('pindaian.pdf'), scan);
  writeFileSync(f('laporan.txt'), teksContoh());
  // Broken files of each type: a PDF cut after its header, a zip cut short, text named .xlsx.
  writeFileSync(f('rusak.pdf'), '%PDF-1.7\n1 0 obj\n<<');
  writeFileSync(f('rusak.docx'), Buffer.from(docx).subarray(0, 400));
  writeFileSync(f('rusak.xlsx'), 'No\tTarget\tRealisasi\n');
});

describe('sakip verify on PDF, Word and Excel files', () => {
  let teks: ReturnType<typeof inti>;
  beforeAll(async () => {
    const r = await call(['verify', f('laporan.txt'), '--format', 'json']);
    expect(r.code).toBe(1);
    teks = inti((JSON.parse(r.out) as { reports: Laporan[] }).reports[0]!);
  });

  it('the text route finds the misprinted capaian, and the roundings of the budget table', () => {
    expect(teks.findings.filter((x) => x.severity === 'error').map((x) => [x.location.table, x.published, x.expected])).toEqual([['Tabel 3.2', '115,5', '105,5']]);
    expect(teks.findings.filter((x) => x.code === 'SERAPAN_PEMBULATAN').map((x) => x.published)).toEqual(['84,26', '89,61']);
  });

  it.each(['xlsx', 'docx', 'pdf'])('laporan.%s gives the same findings and coverage as the text, exit 1', async (ext) => {
    const r = await call(['verify', f(`laporan.${ext}`), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`laporan\\.${ext}: diimpor dari ${ext.toUpperCase()} — 3 tabel dibaca \\(keyakinan tinggi 3, sedang 0\\)`));
    expect(inti((JSON.parse(r.out) as { reports: Laporan[] }).reports[0]!)).toEqual(teks);
  });

  it('the real entry (node dist/cli/main.js) reads the three formats and a dataset in one call, in order', () => {
    const r = spawnSync(process.execPath, [cliPath, 'verify', f('laporan.pdf'), f('laporan.docx'), f('laporan.txt'), f('laporan.xlsx'), '--format', 'json'], { encoding: 'utf8', env: cleanEnv() });
    expect(r.status).toBe(1);
    const reports = (JSON.parse(r.stdout) as { reports: Laporan[] }).reports;
    expect(reports.map(inti)).toEqual([teks, teks, teks, teks]);
    expect(r.stderr.split('\n').filter(Boolean).map((l) => /diimpor dari (\w+)/.exec(l)?.[1])).toEqual(['PDF', 'DOCX', 'teks', 'XLSX']);
  });

  it('the format is told by the content: a PDF named .txt, a workbook on standard input', async () => {
    writeFileSync(f('sebenarnya-pdf.txt'), readFileSync(f('laporan.pdf')));
    const r = await call(['verify', f('sebenarnya-pdf.txt'), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/sebenarnya-pdf\.txt: diimpor dari PDF/);
    const s = await call(['verify', '-', '--format', 'json'], { stdin: () => readFileSync(f('laporan.xlsx')) });
    expect(s.code).toBe(1);
    expect(inti((JSON.parse(s.out) as { reports: Laporan[] }).reports[0]!)).toEqual(teks);
  });

  it('a text-only route stays synchronous: the exit code is a number, not a promise', () => {
    const code = run(['verify', f('laporan.txt'), '--format', 'json'], () => {}, () => {});
    expect(code).toBe(1);
    expect(run(['verify', f('laporan.xlsx')], () => {}, () => {})).toBeInstanceOf(Promise);
  });
});

describe('files that cannot be read exit 2, naming the file and the problem', () => {
  const cases: [string, RegExp][] = [
    ['pindaian.pdf', /pindaian\.pdf: PDF tanpa lapisan teks, OCR tidak didukung .*\[SAKIP_NO_TEXT\]/],
    ['rusak.pdf', /rusak\.pdf: berkas PDF rusak \/ corrupt PDF file: .*\[SAKIP_FILE_CORRUPT\]/],
    ['rusak.docx', /rusak\.docx: berkas DOCX rusak \/ corrupt DOCX file: zip rusak.*\[SAKIP_FILE_CORRUPT\]/],
    ['rusak.xlsx', /rusak\.xlsx: berkas XLSX rusak \/ corrupt XLSX file: isinya bukan XLSX.*\[SAKIP_FILE_CORRUPT\]/],
  ];
  it.each(cases)('sakip verify %s', async (name, message) => {
    for (const cmd of ['verify', 'impor']) {
      const r = await call([cmd, f(name)]);
      expect(r.code, cmd).toBe(2);
      expect(r.out).toBe('');
      // One line: "sakip: " and the file's path, the problem, the code; no stack trace.
      expect(r.err).toMatch(/^sakip: [^\n]*\n$/);
      expect(r.err).toMatch(message);
      expect(r.err).toContain(f(name));
    }
  });
  it('with the other files of the call unread: one bad file makes the whole call unusable', async () => {
    const r = await call(['verify', f('laporan.xlsx'), f('pindaian.pdf')]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/sakip: .*pindaian\.pdf: PDF tanpa lapisan teks/);
  });
  it('a message quoting the file (a sheet name with a control sequence) reaches the terminal without it', async () => {
    const sheet = '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>';
    const bytes = xlsxDari([sheet], { sheetPart: () => 'worksheets/sheet1.xml' });
    // The workbook names a sheet "\u001b]0;x\u0007" whose part does not exist.
    const parts = unzipSync(bytes);
    parts['xl/workbook.xml'] = strToU8(strFromU8(parts['xl/workbook.xml']!).replace('name="S1"', 'name="&#x1b;]0;x&#x7;"').replace('r:id="rId1"', 'r:id="rId9"').replace('</sheets>', '<sheet name="&#x1b;]0;y&#x7;" sheetId="2" r:id="rId1"/></sheets>'));
    writeFileSync(f('judul-kendali.xlsx'), zipSync(parts));
    const r = await call(['verify', f('judul-kendali.xlsx')]);
    expect(r.code).toBe(2);
    // Written out as escapes, not sent as the control characters themselves.
    expect(r.err).toMatch(/judul-kendali\.xlsx: berkas XLSX rusak .*sheet "\\u001b\]0;x\\u0007" tidak ada/);
    expect(r.err).not.toMatch(/\u001b/);
  });
  it('an old .xls, an OpenDocument file and a file over the size limit', async () => {
    writeFileSync(f('lama.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect((await call(['verify', f('lama.xls')])).err).toMatch(/lama\.xls: berkas tidak didukung .*\.xls \/ \.doc.*\[SAKIP_FILE_UNSUPPORTED\]/);
    writeFileSync(f('laporan.odt'), zip({ 'mimetype': 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' }));
    expect((await call(['impor', f('laporan.odt')])).err).toMatch(/laporan\.odt: berkas tidak didukung .*OpenDocument.*\[SAKIP_FILE_UNSUPPORTED\]/);
    const big = await call(['verify', f('laporan.pdf'), '--maks-mb', '0.001']);
    expect(big.code).toBe(2);
    expect(big.err).toMatch(/laporan\.pdf: berkas 0\.0 MB melebihi batas/);
    const s = await call(['impor', '-'], { stdin: () => Buffer.from('PK\u0003\u0004 bukan zip') });
    expect(s.code).toBe(2);
    expect(s.err).toMatch(/^sakip: stdin: berkas zip rusak/);
  });
});

describe('sakip impor FILE -o laporan.json', () => {
  it('writes a draft with a catatan per table, which verifies as the file does', async () => {
    const r = await call(['impor', f('laporan.xlsx'), '-o', 'draf.json']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/laporan\.xlsx: diimpor dari XLSX — 3 tabel dibaca/);
    expect(r.err).toMatch(/Draf ditulis ke draf\.json; periksa "catatan" lalu jalankan: sakip verify draf\.json/);
    const draf = JSON.parse(r.files['draf.json']!) as { sumber: string; catatan: unknown[]; tabel: { id: string }[] };
    expect(draf.sumber).toBe(f('laporan.xlsx'));
    expect(draf.tabel.map((t) => t.id)).toEqual(['Tabel 3.2', 'Tabel 3.7', 'Tabel 3.10']);
    expect(draf.catatan.length).toBeGreaterThanOrEqual(3);
    writeFileSync(f('draf.json'), r.files['draf.json']!);
    const v = await call(['verify', f('draf.json'), '--format', 'json']);
    const x = await call(['verify', f('laporan.xlsx'), '--format', 'json']);
    expect(v.code).toBe(1);
    expect(inti((JSON.parse(v.out) as { reports: Laporan[] }).reports[0]!)).toEqual(inti((JSON.parse(x.out) as { reports: Laporan[] }).reports[0]!));
  });
  it('to standard output, from a PDF and a Word file, in English on request', async () => {
    const p = await call(['impor', f('laporan.pdf'), '--lang', 'en']);
    expect(p.code).toBe(0);
    expect(JSON.parse(p.out).format).toBe('sakip-laporan/1');
    expect(p.err).toMatch(/laporan\.pdf: imported from PDF — 3 tables read/);
    const d = await call(['impor', f('laporan.docx'), '--id', 'uji-docx']);
    expect(JSON.parse(d.out).id).toBe('uji-docx');
  });
});

describe('numbers stored as numbers in a workbook', () => {
  // Target 3.2 shown "3.200", realisasi 3.264 shown "3.264": each reads 3200 / 3264 in the
  // Indonesian style. 1234.5 under "#,##0.00" shows "1234.50". The capaian are right for the
  // stored numbers, so a misreading is an error finding.
  const rows = [
    ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
    ['1', 'Indeks Kepuasan Masyarakat', 'indeks', 3.2, 3.264, 102],
    ['2', 'Nilai Evaluasi SAKIP', 'nilai', 1234.5, 1358, 110],
    ['3', 'Persentase Desa Mandiri', '%', 80, 86.41, 108.01],
  ];
  beforeAll(async () => {
    writeFileSync(f('angka.xlsx'), await buatXlsx([{ judul: 'Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2023', rows, headerRows: 1, formats: { 3: '0.000', 4: '0.000', 5: '0.00' } }]));
    // Two decimals would show 3.264 as 3.26: that row gets figures exact at two decimals.
    const rows2 = rows.map((r) => (r[0] === '1' ? ['1', 'Indeks Kepuasan Masyarakat', 'indeks', 3.2, 3.28, 102.5] : r));
    const fmt2 = await buatXlsx([{ judul: 'Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2023', rows: rows2, headerRows: 1, formats: { 3: '#,##0.00', 4: '#,##0.00', 5: '0.00' } }]);
    writeFileSync(f('angka-ribuan.xlsx'), fmt2);
  });
  it.each([[[]], [['--locale', 'id']], [['--locale', 'en']]])('read as stored whatever the locale option (%j): no error', async (opsi) => {
    for (const file of ['angka.xlsx', 'angka-ribuan.xlsx']) {
      const r = await call(['impor', f(file), ...opsi]);
      expect(r.code).toBe(0);
      const d = JSON.parse(r.out) as { tabel: { baris: Record<string, unknown>[] }[] };
      const b = d.tabel[0]!.baris;
      if (file === 'angka.xlsx') expect([b[0]!.target, b[0]!.realisasi]).toEqual(['03.200', '03.264']);
      else expect([b[1]!.target, b[1]!.realisasi]).toEqual(['1234.50', '1358.00']);
      const v = await call(['verify', f(file), '--format', 'json', ...opsi]);
      const findings = (JSON.parse(v.out) as { reports: Laporan[] }).reports[0]!.findings;
      expect(findings.filter((x) => x.severity === 'error'), `${file} ${opsi.join(' ')}`).toEqual([]);
      expect(v.code).toBe(0);
    }
  });
});

describe('the committed examples of the guide (test/fixtures/berkas/)', () => {
  const contoh = (name: string) => new URL(`./fixtures/berkas/${name}`, import.meta.url);
  const tabel = (blok: Blok[]) => blok.filter((b) => b.jenis !== 'paragraf').map((b) => (b as { baris: string[][] }).baris);
  const buat = async (ext: string) => (ext === 'xlsx' ? buatXlsx(SPEC, pembuka) : ext === 'docx' ? buatDocx(SPEC, pembuka) : buatPdf(SPEC, 7, pembuka));
  // SAKIP_TULIS_CONTOH=1 writes them again from the helpers.
  it.runIf(process.env.SAKIP_TULIS_CONTOH)('are written', async () => {
    for (const ext of ['xlsx', 'docx', 'pdf']) writeFileSync(contoh(`laporan.${ext}`), await buat(ext));
    writeFileSync(contoh('laporan.txt'), teksContoh());
    writeFileSync(contoh('pindaian.pdf'), await buatPdfPindaian());
  });
  it('are the report the helpers build, table for table, and name the agency', async () => {
    for (const ext of ['xlsx', 'docx', 'pdf']) {
      const name = `laporan.${ext}`;
      expect(tabel(await bacaBerkas(name, readFileSync(contoh(name)))), name).toEqual(tabel(await bacaBerkas(name, await buat(ext))));
    }
    expect(readFileSync(contoh('laporan.txt'), 'utf8')).toBe(teksContoh());
    await expect(bacaBerkas('pindaian.pdf', readFileSync(contoh('pindaian.pdf')))).rejects.toMatchObject({ code: 'SAKIP_NO_TEXT' });
    const r = await call(['verify', contoh('laporan.pdf').pathname]);
    expect(r.out).toMatch(/^dinas-sosial-kabupaten-contoh-2023 — DINAS SOSIAL KABUPATEN CONTOH \(2023\)\n/);
  });
});

describe('help', () => {
  it('names the formats read, in Indonesian and English', async () => {
    for (const cmd of ['verify', 'impor']) {
      expect((await call([cmd, '--help'])).out).toMatch(/\.pdf[\s\S]*\.docx[\s\S]*\.xlsx/);
      expect((await call([cmd, '--help', '--lang', 'en'])).out).toMatch(/PDF \(\.pdf\), Word \(\.docx\), Excel \(\.xlsx\)|PDF, Word \(\.docx\), Excel \(\.xlsx\)/);
    }
    const umum = (await call(['--help'])).out;
    expect(umum).toContain('sakip verify laporan.pdf');
    expect(umum).toContain('docs/impor-laporan.md');
  });
});
