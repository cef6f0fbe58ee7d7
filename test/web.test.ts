/**
 * The auditor's page (dist/web/index.html) from file:// in real headless Chromium: each shipped
 * report, by its button and through the file input, gives the same counts as `sakip verify
 * --format json`; a finding opens its explanation; the exports download and read back; nothing
 * leaves file://; no console error; no serious accessibility violation (axe-core); screenshots at
 * 360 and 1280 px in test/.output/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../src/verifikasi/csv.js';
import { root, sakip } from './helpers/sakip.js';
import { lembarPertama } from './helpers/xlsx.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run must install Debian's chromium`);
const ids = ['banyumas-2023', 'buleleng-2023', 'pamekasan-2023', 'polewali-mandar-2023'];
const url = pathToFileURL(join(root, 'dist/web/index.html')).href;

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

  const counts = () => page.$eval('[data-ringkasan]', (e) => ({ ...(e as unknown as { dataset: Record<string, string> }).dataset }));
  const expected = (id: string) => {
    const j = JSON.parse(sakip(['verify', '--contoh', id, '--format', 'json']).out).reports[0];
    return { ringkasan: '', error: String(j.summary.error), rounding: String(j.summary.rounding), warning: String(j.summary.warning), info: String(j.summary.info), tidakDiperiksa: String(j.coverage.notChecked.length) };
  };

  it('each shipped report, by its button and through the file input, gives the counts of sakip verify', async () => {
    for (const id of ids) {
      await page.click(`[data-contoh="${id}"]`);
      await expect.poll(() => page.textContent('#status')).toContain(`${id}: selesai`);
      expect(await counts(), id).toEqual(expected(id));
      expect(await page.locator('[data-kode][data-severity="error"]').count(), id).toBe(Number(expected(id).error));
      await page.setInputFiles('input[type=file]', join(root, 'src/contoh', `${id}.json`));
      await expect.poll(() => page.textContent('#status')).toContain(`${id}.json: selesai`);
      expect(await counts(), `${id} (file)`).toEqual(expected(id));
    }
    // Read and verified in the worker (a blob: worker, as file:// allows), the progress bar gone at the end.
    expect(await page.getAttribute('body', 'data-pekerja')).toBe('ya');
    expect(await page.isHidden('#kemajuan')).toBe(true);
    await page.setInputFiles('input[type=file]', join(root, 'test/fixtures/cli/benar.csv'));
    await expect.poll(() => page.textContent('#status')).toContain('benar.csv: selesai');
    expect((await counts()).error).toBe('0');
    await page.setInputFiles('input[type=file]', join(root, 'test/fixtures/cli/rusak.json'));
    await expect.poll(() => page.textContent('#status')).toMatch(/rusak\.json: JSON tidak valid/);
  }, 120_000);

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
    await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      // Runs in the page; the test's own types have no DOM.
      const r = await (globalThis as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run();
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(violations).toEqual([]);
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
