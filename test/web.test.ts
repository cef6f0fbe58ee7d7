/**
 * The auditor's page (dist/web/index.html) from file:// in real headless Chromium: each shipped
 * report, by its button and through the file input (its dataset, its text; and an XLSX, a DOCX
 * and a PDF), gives the same counts as `sakip verify --format json`; the findings filter by
 * severity, table and code; a finding opens its explanation; an imported table's reading can be
 * corrected and verified again, and the corrected dataset downloads and verifies the same; the
 * exports download and read back; nothing leaves file://; no console error; no serious
 * accessibility violation (axe-core); screenshots at 360 and 1280 px in test/.output/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bacaBerkas } from '../src/impor/berkas/index.js';
import { imporBlok, imporTeks } from '../src/impor/index.js';
import { verifyLaporan, type DatasetLaporan, type HasilVerifikasi } from '../src/index.js';
import { parseCsv } from '../src/verifikasi/csv.js';
import { terapkan, type Koreksi, type MedanAngka } from '../src/web/koreksi.js';
import { buatDocx, buatPdf, buatXlsx, JUDUL_310, JUDUL_32, JUDUL_37, tabelLaporan } from './helpers/berkas.js';
import { root, sakip } from './helpers/sakip.js';
import { lembarPertama } from './helpers/xlsx.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run must install Debian's chromium`);
const ids = ['banyumas-2023', 'buleleng-2023', 'pamekasan-2023', 'polewali-mandar-2023'];
const url = pathToFileURL(join(root, 'dist/web/index.html')).href;
const TEKS: Record<string, string> = {
  banyumas: '000_ee950b920736b221.txt',
  pamekasan: '001_5ffaa85d39344473.txt',
  buleleng: '003_0549a7cbacc22fc7.txt',
  'polewali-mandar': '004_832406180d8fbc67.txt',
};
const teks = (f: string) => join(root, 'test/fixtures/laporan', f);
/** What data-ringkasan must say for a verification result. */
const ringkasan = (h: Pick<HasilVerifikasi, 'summary' | 'coverage'>) => ({
  ringkasan: '',
  error: String(h.summary.error),
  rounding: String(h.summary.rounding),
  warning: String(h.summary.warning),
  info: String(h.summary.info),
  tidakDiperiksa: String(h.coverage.notChecked.length),
});

describe.skipIf(!available)('the auditor page in headless Chromium, from file://', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 1200 }, acceptDownloads: true });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** The serious or critical axe-core violations of the page as it is now. */
  const axe = async () => {
    if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    return page.evaluate(async () => {
      // Runs in the page; the test's own types have no DOM.
      const r = await (globalThis as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run();
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
  };
  const counts = () => page.$eval('[data-ringkasan]', (e) => ({ ...(e as unknown as { dataset: Record<string, string> }).dataset }));
  const expected = (id: string) => {
    const j = JSON.parse(sakip(['verify', '--contoh', id, '--format', 'json']).out).reports[0];
    return { ringkasan: '', error: String(j.summary.error), rounding: String(j.summary.rounding), warning: String(j.summary.warning), info: String(j.summary.info), tidakDiperiksa: String(j.coverage.notChecked.length) };
  };

  it('each shipped report, by its button and through the file input, gives the counts of sakip verify', async () => {
    for (const id of ids) {
      await page.click(`[data-contoh="${id}"]`);
      await expect.poll(() => page.textContent('#status'), { timeout: 10_000 }).toContain(`${id}: selesai`);
      expect(await counts(), id).toEqual(expected(id));
      expect(await page.locator('[data-kode][data-severity="error"]').count(), id).toBe(Number(expected(id).error));
      await page.setInputFiles('input[type=file]', join(root, 'src/contoh', `${id}.json`));
      await expect.poll(() => page.textContent('#status'), { timeout: 10_000 }).toContain(`${id}.json: selesai`);
      expect(await counts(), `${id} (file)`).toEqual(expected(id));
    }
    // Read and verified in the worker (a blob: worker, as file:// allows), the progress bar gone at the end.
    expect(await page.getAttribute('body', 'data-pekerja')).toBe('ya');
    expect(await page.isHidden('#kemajuan')).toBe(true);
    // Datasets need neither the importer nor the file reader: neither was loaded.
    expect(await page.locator('script[src="pekerja-impor.js"], script[src="pekerja-berkas.js"]').count()).toBe(0);
    await page.setInputFiles('input[type=file]', join(root, 'test/fixtures/cli/benar.csv'));
    await expect.poll(() => page.textContent('#status')).toContain('benar.csv: selesai');
    expect((await counts()).error).toBe('0');
    await page.setInputFiles('input[type=file]', join(root, 'test/fixtures/cli/rusak.json'));
    await expect.poll(() => page.textContent('#status')).toMatch(/rusak\.json: JSON tidak valid/);
  }, 300_000);

  it('each report text, and an XLSX, a DOCX and a PDF, through the file input give the counts of sakip verify on their import', async () => {
    for (const [nama, file] of Object.entries(TEKS)) {
      await page.setInputFiles('input[type=file]', teks(file));
      await expect.poll(() => page.textContent('#status'), { timeout: 30_000 }).toContain(`${file}: selesai diperiksa (draf impor)`);
      const cli = JSON.parse(sakip(['verify', teks(file), '--format', 'json']).out).reports[0];
      expect(await counts(), nama).toEqual(ringkasan(cli));
      expect(await page.locator('[data-kode][data-severity="error"]').count(), nama).toBe(cli.summary.error);
      // Each table read shows how it was read, and the draft says so at the top.
      const draf = imporTeks(readFileSync(teks(file), 'utf8')).laporan;
      expect(await page.locator('[data-tabel-koreksi]').count(), nama).toBe(draf.tabel.length);
      expect(await page.isVisible('#impor'), nama).toBe(true);
    }
    // The importer came with the first report text; the file reader (pdf.js inside) comes with the first file that needs it.
    expect(await page.locator('script[src="pekerja-impor.js"]').count()).toBe(1);
    expect(await page.locator('script[src="pekerja-berkas.js"]').count()).toBe(0);
    const spec = [
      { judul: JUDUL_32, rows: tabelLaporan(JUDUL_32), headerRows: 2 },
      { judul: JUDUL_37, rows: tabelLaporan(JUDUL_37), headerRows: 1 },
      { judul: JUDUL_310, rows: tabelLaporan(JUDUL_310), headerRows: 1 },
    ];
    const files = { 'laporan.xlsx': await buatXlsx(spec), 'laporan.docx': await buatDocx(spec), 'laporan.pdf': await buatPdf(spec) };
    for (const [name, bytes] of Object.entries(files)) {
      await page.setInputFiles('input[type=file]', { name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
      await expect.poll(() => page.textContent('#status'), { timeout: 60_000 }).toContain(`${name}: selesai diperiksa (draf impor)`);
      const draf = imporBlok(await bacaBerkas(name, bytes), { sumber: name }).laporan;
      expect(draf.tabel.length, name).toBeGreaterThanOrEqual(3);
      expect(await counts(), name).toEqual(ringkasan(verifyLaporan(draf)));
      expect(await page.locator('[data-tabel-koreksi]').count(), name).toBe(draf.tabel.length);
    }
    expect(await page.locator('script[src="pekerja-berkas.js"]').count()).toBe(1);
    // A corrupt file: a readable message naming the file and the error's code, no console error.
    await page.setInputFiles('input[type=file]', { name: 'rusak.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('bukan docx') });
    await expect.poll(() => page.textContent('#status')).toMatch(/^rusak\.docx: .*DOCX.*\[SAKIP_FILE_CORRUPT\]$/);
    expect(await page.getAttribute('#status', 'class')).toBe('galat');
    // Pasted text goes through the same importer.
    await page.fill('#tempel', readFileSync(teks(TEKS.buleleng!), 'utf8'));
    await page.click('#form-tempel button[type=submit]');
    await expect.poll(() => page.textContent('#status'), { timeout: 30_000 }).toContain('tempelan: selesai diperiksa (draf impor)');
    expect(await counts()).toEqual(ringkasan(JSON.parse(sakip(['verify', teks(TEKS.buleleng!), '--format', 'json']).out).reports[0]));
  }, 240_000);

  it('corrects an imported table (a column, a number style, a parent), verifies again, and downloads the corrected dataset', async () => {
    const file = teks(TEKS.buleleng!);
    await page.setInputFiles('input[type=file]', file);
    await expect.poll(() => page.textContent('#status'), { timeout: 30_000 }).toContain('selesai diperiksa (draf impor)');
    // The same corrections made by hand to the draft, step by step: what the page must show after each.
    const draf = structuredClone(imporTeks(readFileSync(file, 'utf8')).laporan) as DatasetLaporan;
    const tabel = (id: string) => draf.tabel.find((t) => t.id === id)!;
    const rows = (id: string) => tabel(id).baris as Record<string, unknown>[];
    const before = await counts();
    expect(before).toEqual(ringkasan(verifyLaporan(draf)));
    const sesudah = async (status: RegExp) => {
      await expect.poll(() => page.textContent('#status'), { timeout: 30_000 }).toMatch(status);
      return counts();
    };
    const box = (id: string) => page.locator(`[data-tabel-koreksi="${id}"]`);

    // 1. Tabel 8's "Target" column is the realisasi (and so the realisasi column the target): swapped.
    await box('Tabel tanpa nomor 8').locator('summary').click();
    await box('Tabel tanpa nomor 8').locator('select[data-koreksi-kolom="target"]').selectOption('realisasi');
    for (const b of rows('Tabel tanpa nomor 8')) [b.target, b.realisasi] = [b.realisasi, b.target];
    for (const b of rows('Tabel tanpa nomor 8')) for (const k of ['target', 'realisasi']) if (b[k] === undefined) delete b[k];
    // The links between equal printed figures follow the figures.
    const tukar = (ref: string) => (/^tx8-\d+\.(target|realisasi)$/.test(ref) ? ref.replace(/(target|realisasi)$/, (m) => (m === 'target' ? 'realisasi' : 'target')) : ref);
    draf.sama = draf.sama!.map((x) => ({ ...x, a: tukar(x.a), b: tukar(x.b) }));
    const satu = await sesudah(/1 koreksi\)$/);
    expect(satu).toEqual(ringkasan(verifyLaporan(draf)));
    expect(satu).not.toEqual(before);

    // 2. Tabel 10's capaian column is no figure: gone, and its average with it.
    await box('Tabel tanpa nomor 10').locator('summary').click();
    await box('Tabel tanpa nomor 10').locator('select[data-koreksi-kolom="capaian"]').selectOption('');
    for (const b of rows('Tabel tanpa nomor 10')) {
      delete b.capaian;
      if ((b.agregat as { kolom?: string } | undefined)?.kolom === 'capaian') delete b.agregat;
    }
    draf.sama = draf.sama!.filter((x) => ![x.a, x.b].some((r) => /^tx10-\d+\.capaian$/.test(r)));
    const dua = await sesudah(/2 koreksi\)$/);
    expect(dua).toEqual(ringkasan(verifyLaporan(draf)));
    expect(dua).not.toEqual(satu);

    // 3. Tabel 12 prints its figures in the English style.
    await box('Tabel tanpa nomor 12').locator('summary').click();
    await box('Tabel tanpa nomor 12').locator('select[data-koreksi-gaya]').selectOption('en');
    tabel('Tabel tanpa nomor 12').locale = 'en';
    const tiga = await sesudah(/3 koreksi\)$/);
    expect(tiga).toEqual(ringkasan(verifyLaporan(draf)));
    expect(tiga).not.toEqual(dua);

    // 4. Tabel 29's first programme is not a part of its total; then a parent that would make a cycle is refused.
    const b29 = box('Tabel tanpa nomor 29');
    await b29.locator('summary').click();
    await b29.locator('select[data-koreksi-baris]').selectOption('tx29-1');
    expect(await b29.locator('select[data-koreksi-induk]').inputValue()).toBe('tx29-7');
    await b29.locator('select[data-koreksi-induk]').selectOption('');
    await b29.locator('button[data-koreksi-induk-terapkan]').click();
    delete rows('Tabel tanpa nomor 29')[0]!.induk;
    const empat = await sesudah(/4 koreksi\)$/);
    expect(empat).toEqual(ringkasan(verifyLaporan(draf)));
    expect(empat).not.toEqual(tiga);
    await b29.locator('select[data-koreksi-baris]').selectOption('tx29-7');
    await b29.locator('select[data-koreksi-induk]').selectOption('tx29-2');
    await b29.locator('button[data-koreksi-induk-terapkan]').click();
    await expect.poll(() => page.textContent('#status')).toMatch(/koreksi\[4\]\.induk: .*lingkaran.*\[SAKIP_INVALID_OPTION\]/);
    expect(await counts()).toEqual(empat);
    expect(await page.locator('[data-koreksi-daftar] li').count()).toBe(4);
    // The reading and the corrections, open, are as accessible as the rest of the page.
    expect(await axe()).toEqual([]);

    // The corrected dataset: valid sakip-laporan/1, the corrections in its catatan, verified by the CLI to the page's counts.
    const [d] = await Promise.all([page.waitForEvent('download'), page.click('[data-ekspor="dataset"]')]);
    const json = JSON.parse(readFileSync((await d.path())!, 'utf8')) as DatasetLaporan;
    expect(json.catatan!.filter((c) => c.startsWith('Koreksi di halaman pemeriksa'))).toHaveLength(4);
    const dir = mkdtempSync(join(tmpdir(), 'sakip-web-'));
    writeFileSync(join(dir, 'dikoreksi.json'), JSON.stringify(json));
    const cli = sakip(['verify', join(dir, 'dikoreksi.json'), '--format', 'json']);
    expect(cli.code).toBe(1);
    expect(ringkasan(JSON.parse(cli.out).reports[0])).toEqual(empat);

    // Undo the last correction, then back to the draft.
    await page.click('[data-koreksi-batal="terakhir"]');
    expect(await sesudah(/3 koreksi\)$/)).toEqual(tiga);
    await page.click('[data-koreksi-batal="semua"]');
    expect(await sesudah(/\(draf impor\)$/)).toEqual(before);
  }, 180_000);

  it('filters the findings by severity, table and code', async () => {
    await page.click('[data-contoh="buleleng-2023"]');
    await expect.poll(() => page.textContent('#status')).toContain('buleleng-2023: selesai');
    const cli = JSON.parse(sakip(['verify', '--contoh', 'buleleng-2023', '--format', 'json']).out).reports[0] as HasilVerifikasi;
    await page.check('[data-saring="info"]');
    expect(await page.locator('#temuan [data-kode]').count()).toBe(cli.findings.length);
    const kode = cli.findings[0]!.code;
    await page.selectOption('#saring-kode', kode);
    expect(await page.locator('#temuan [data-kode]').count()).toBe(cli.findings.filter((f) => f.code === kode).length);
    expect(await page.locator(`#temuan [data-kode]:not([data-kode="${kode}"])`).count()).toBe(0);
    await page.uncheck('[data-saring="error"]');
    expect(await page.locator('#temuan [data-kode]').count()).toBe(cli.findings.filter((f) => f.code === kode && f.severity !== 'error').length);
    const table = cli.findings.find((f) => f.code === kode)!.location.table;
    await page.check('[data-saring="error"]');
    await page.selectOption('#saring-tabel', table);
    expect(await page.locator('#temuan [data-kode]').count()).toBe(cli.findings.filter((f) => f.code === kode && f.location.table === table).length);
    await page.selectOption('#saring-kode', '');
    await page.selectOption('#saring-tabel', '');
    await page.uncheck('[data-saring="info"]');
  }, 60_000);

  it('a finding opens its explanation, from the list and from its cell', async () => {
    await page.click('[data-contoh="buleleng-2023"]');
    await expect.poll(() => page.textContent('#status')).toContain('buleleng-2023: selesai');
    const card = page.locator('[data-kode="CAPAIAN_ARAH_TERBALIK"]').first();
    await card.click();
    await expect.poll(() => card.locator('.pesan').isVisible()).toBe(true);
    expect(await card.locator('.pesan').textContent()).toMatch(/Indikator ini negatif .* seharusnya 86,41\./);
    const cell = page.locator('td[data-temuan="CAPAIAN_ARAH_TERBALIK"]').first();
    expect(await cell.textContent()).toContain('113,59');
    const its = page.locator(`.temuan[data-kunci="${await cell.getAttribute('data-kunci')}"]`);
    if ((await its.getAttribute('aria-expanded')) === 'true') await its.click();
    expect(await its.getAttribute('aria-expanded')).toBe('false');
    await cell.click();
    await expect.poll(() => its.getAttribute('aria-expanded')).toBe('true');
    expect(await its.locator('.pesan').isVisible()).toBe(true);
  }, 60_000);

  it('exports XLSX, CSV, HTML, JSON and the dataset, which read back', async () => {
    await page.click('[data-contoh="banyumas-2023"]');
    await expect.poll(() => page.textContent('#status')).toContain('banyumas-2023: selesai');
    const get = async (kind: string) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-ekspor="${kind}"]`)]);
      return readFileSync((await d.path())!, 'utf8');
    };
    const csv = await get('csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]!.separator).toBe(';');
    for (const c of rows.flatMap((r) => r.cells)) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    const cli = JSON.parse(sakip(['verify', '--contoh', 'banyumas-2023', '--format', 'json']).out);
    expect(rows.length - 1).toBe(cli.reports[0].findings.length + cli.reports[0].coverage.notChecked.length);
    // The workbook holds the same rows as the CSV, the formula guard aside (its cells are text).
    const [x] = await Promise.all([page.waitForEvent('download'), page.click('[data-ekspor="xlsx"]')]);
    expect(x.suggestedFilename()).toBe('banyumas-2023-temuan.xlsx');
    const sheet = lembarPertama(readFileSync((await x.path())!));
    expect(sheet.map((r) => r.join('|').replace(/\|+$/, ''))).toEqual(rows.map((r) => r.cells.map((c) => (/^'[=+\-@\t\r]/.test(c) ? c.slice(1) : c)).join('|').replace(/\|+$/, '')));
    const html = await get('html');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<[^>]*\b(?:src|href)\s*=|https?:\/\//i);
    expect(JSON.parse(await get('json')).summary).toEqual(cli.summary);
    expect(JSON.parse(await get('dataset'))).toEqual(JSON.parse(readFileSync(join(root, 'src/contoh/banyumas-2023.json'), 'utf8')));
  }, 60_000);

  it('switches to English, keeps a working calculator, and has no serious accessibility violation', async () => {
    await page.selectOption('#bahasa', 'en');
    expect(await page.textContent('h1')).toBe('Verify a performance report (LKjIP / LAKIP)');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.fill('#k-target', '5,15');
    await page.fill('#k-realisasi', '5,85');
    await page.selectOption('#k-arah', 'negatif');
    await page.selectOption('#k-skala', 'buleleng-2023');
    await page.click('#form-capaian button[type=submit]');
    await expect.poll(() => page.textContent('#k-hasil')).toMatch(/^86,41 % — Sangat berhasil\. Capaian = \(2 × 5,15 − 5,85\) \/ 5,15 × 100 = 86,41 %/);
    await page.selectOption('#bahasa', 'id');
    expect(await axe()).toEqual([]);
  }, 60_000);

  it('works at 360 and 1280 px; nothing left file://; no console error', async () => {
    mkdirSync(join(root, 'test/.output'), { recursive: true });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: join(root, 'test/.output/web-360.png'), fullPage: false });
    const overflow = await page.evaluate(() => {
      const g = globalThis as unknown as { document: { documentElement: { scrollWidth: number } }; innerWidth: number };
      return g.document.documentElement.scrollWidth > g.innerWidth + 1;
    });
    expect(overflow).toBe(false);
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.screenshot({ path: join(root, 'test/.output/web-1280.png'), fullPage: false });
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('blob:'))).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);
});

describe('the corrections of src/web/koreksi.ts, without a browser', () => {
  const draf: DatasetLaporan = {
    format: 'sakip-laporan/1',
    id: 'uji',
    instansi: 'Dinas Uji',
    skala: [],
    tabel: [
      {
        id: 'T1',
        kolom: { target: 'Target', realisasi: 'Realisasi', capaian: 'Capaian (%)' },
        localeKolom: { target: 'en' },
        baris: [
          { id: 'a', nama: 'A', target: '80', realisasi: '60', capaian: '75' },
          { id: 'b', nama: 'B', target: '50', capaian: '100' },
          { id: 'j', nama: 'Rata-rata', capaian: '87,5', agregat: { fungsi: 'rata-rata', kolom: 'capaian', dari: ['a', 'b'] } },
        ],
      },
      { id: 'T2', baris: [{ id: 'p', nama: 'P', pagu: '10' }, { id: 'q', nama: 'Q', pagu: '4', induk: 'p' }] },
    ],
    sama: [{ a: 'a.capaian', b: 'b.capaian' }, { a: 'a.target', b: 'b.target' }],
  };
  const copy = JSON.stringify(draf);

  it('swaps a column with the one holding its new field, links and headers following; the draft stays as it was', () => {
    const d = terapkan(draf, [{ jenis: 'kolom', tabel: 'T1', dari: 'target', ke: 'realisasi' }]);
    expect(d.tabel[0]!.baris.map((b) => [b.target, b.realisasi])).toEqual([['60', '80'], [undefined, '50'], [undefined, undefined]]);
    expect(d.tabel[0]!.kolom).toEqual({ target: 'Realisasi', realisasi: 'Target', capaian: 'Capaian (%)' });
    expect(d.tabel[0]!.localeKolom).toEqual({ realisasi: 'en' });
    expect(d.sama).toEqual([{ a: 'a.capaian', b: 'b.capaian' }, { a: 'a.realisasi', b: 'b.realisasi' }]);
    expect(d.catatan).toEqual([expect.stringMatching(/^Koreksi di halaman pemeriksa .*T1: kolom "Target" \(target\) dibaca sebagai \/ read as realisasi \(ditukar/)]);
    expect(JSON.stringify(draf)).toBe(copy);
  });

  it('a column that is no figure goes, with the aggregate and the links of it', () => {
    const d = terapkan(draf, [{ jenis: 'kolom', tabel: 'T1', dari: 'capaian', ke: null }]);
    expect(d.tabel[0]!.baris.some((b) => b.capaian !== undefined || b.agregat !== undefined)).toBe(false);
    expect(d.sama).toEqual([{ a: 'a.target', b: 'b.target' }]);
    // Still a dataset the verifier takes, with nothing left to say about capaian.
    expect(verifyLaporan(d).findings.filter((f) => f.field === 'capaian')).toEqual([]);
    expect(verifyLaporan(draf).findings.filter((f) => f.field === 'capaian').length).toBeGreaterThan(0);
  });

  it('a renamed aggregate column keeps its result field; a number style replaces the columns’ and undoes to the draft’s', () => {
    const d = terapkan(draf, [{ jenis: 'kolom', tabel: 'T1', dari: 'capaian', ke: 'nilai' }]);
    expect(d.tabel[0]!.baris[2]).toMatchObject({ nilai: '87,5', agregat: { kolom: 'nilai', dari: ['a', 'b'] } });
    const en = terapkan(draf, [{ jenis: 'gaya', tabel: 'T1', locale: 'en' }]);
    expect([en.tabel[0]!.locale, en.tabel[0]!.localeKolom]).toEqual(['en', undefined]);
    const back = terapkan(draf, [{ jenis: 'gaya', tabel: 'T1', locale: 'en' }, { jenis: 'gaya', tabel: 'T1', locale: null }]);
    expect([back.tabel[0]!.locale, back.tabel[0]!.localeKolom]).toEqual([undefined, { target: 'en' }]);
  });

  it('sets and removes a parent; a cycle, an unknown table, row, parent or field is a SakipError naming the correction', () => {
    expect(terapkan(draf, [{ jenis: 'induk', tabel: 'T2', baris: 'q', induk: null }]).tabel[1]!.baris[1]!.induk).toBeUndefined();
    expect(terapkan(draf, [{ jenis: 'induk', tabel: 'T2', baris: 'p', induk: 'a' }]).tabel[1]!.baris[0]!.induk).toBe('a');
    const bad = (k: Koreksi, field: string) => expect(() => terapkan(draf, [k])).toThrow(expect.objectContaining({ code: 'SAKIP_INVALID_OPTION', field }));
    bad({ jenis: 'induk', tabel: 'T2', baris: 'p', induk: 'q' }, 'koreksi[0].induk');
    bad({ jenis: 'induk', tabel: 'T2', baris: 'p', induk: 'p' }, 'koreksi[0].induk');
    bad({ jenis: 'induk', tabel: 'T2', baris: 'zz', induk: null }, 'koreksi[0].baris');
    bad({ jenis: 'induk', tabel: 'T2', baris: 'p', induk: 'zz' }, 'koreksi[0].induk');
    bad({ jenis: 'gaya', tabel: 'T9', locale: 'en' }, 'koreksi[0].tabel');
    bad({ jenis: 'kolom', tabel: 'T1', dari: 'nama' as MedanAngka, ke: 'target' }, 'koreksi[0].dari');
    bad({ jenis: 'kolom', tabel: 'T1', dari: 'target', ke: '__proto__' as MedanAngka }, 'koreksi[0].ke');
  });
});
