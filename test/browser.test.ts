/**
 * The page in docs/halaman in a real browser (Debian's Chromium driven by playwright-core): it
 * fills the form with a real row of the Buleleng report, reads the result, pastes a table from
 * Banyumas Tabel 3.3, and saves a screenshot under test/.output.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// CI installs Chromium (.ci/run); on a machine without it the test says so instead of failing.
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run must install Debian's chromium`);

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };

describe.skipIf(!available)('docs/halaman in headless Chromium', () => {
  let server: Server;
  let browser: Browser;
  let base = '';

  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      const file = join(root, path);
      if (!file.startsWith(root) || !(path.startsWith('/docs/') || path.startsWith('/dist/')) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => server?.close(ok));
  });

  it('computes capaian, predikat and the explanation of a real row, and a pasted table', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1200 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/docs/halaman/index.html`);
    // Buleleng 2023, Persentase penduduk miskin: target 5,15 %, realisasi 5,85 %, lower is better.
    await page.fill('#target', '5,15');
    await page.fill('#realisasi', '5,85');
    await page.selectOption('#arah', 'negatif');
    await page.selectOption('#skala', 'buleleng-2023');
    await page.click('#hitung');
    await expect.poll(() => page.textContent('#hasil-capaian')).toBe('86,41 %');
    expect(await page.textContent('#hasil-predikat')).toBe('Sangat berhasil');
    expect(await page.textContent('#hasil-penjelasan')).toBe('Capaian = (2 × 5,15 − 5,85) / 5,15 × 100 = 86,41 % (F2, indikator negatif)');

    await page.selectOption('#skala', 'permendagri-86-2017');
    await page.click('#hitung-csv');
    const rows = await page.$$eval('#tabel-hasil tbody tr', (trs) => trs.map((tr) => Array.from(tr.children, (td) => (td as { textContent: string | null }).textContent)));
    expect(rows.map((r) => [r[0], r[3], r[4]])).toEqual([
      ['Prosentase desa yang meningkat statusnya (2023)', '72,66 %', 'Sedang'],
      ['Prosentase desa yang meningkat statusnya (2022)', '135,74 %', 'Sangat Tinggi'],
      ['Persentase penduduk miskin', '86,41 %', 'Tinggi'],
      ['Persentase penanganan PMKS', '349,13 %', 'Sangat Tinggi'],
    ]);

    await page.fill('#target', '1.234');
    await page.click('#hitung');
    await expect.poll(() => page.textContent('#hasil-penjelasan')).toMatch(/^SAKIP_AMBIGUOUS_NUMBER: /);
    await page.fill('#target', '5,15');
    await page.click('#hitung');
    await expect.poll(() => page.textContent('#hasil-capaian')).toBe('86,41 %');

    mkdirSync(join(root, 'test/.output'), { recursive: true });
    await page.screenshot({ path: join(root, 'test/.output/halaman.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
