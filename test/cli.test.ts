/** The `sakip` command line, end to end, as a spawned process on the built package. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sakip as run } from './helpers/sakip.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = (f: string) => fileURLToPath(new URL(`./fixtures/cli/${f}`, import.meta.url));
const sakip = (...args: string[]) => run(args);
const ids = ['banyumas-2023', 'buleleng-2023', 'pamekasan-2023', 'polewali-mandar-2023'];

describe('sakip verify on the shipped reports', () => {
  it('table output: grouped by report and table, with a summary line; exit 1 because the reports hold errors', () => {
    const r = sakip('verify', '--semua-contoh');
    expect(r.code).toBe(1);
    for (const id of ids) expect(r.out).toContain(`${id} — `);
    expect(r.out).toMatch(/^ {2}Ringkasan banyumas-2023: \d+ salah \(\d+ salinan\), \d+ pembulatan, \d+ peringatan, \d+ info$/m);
    expect(r.out).toMatch(/^Total 4 laporan: \d+ salah \(\d+ salinan\), \d+ pembulatan, \d+ peringatan, \d+ info\nCakupan: \d+ angka tercetak dibaca; \d+ dari \d+ angka turunan dihitung ulang; \d+ tidak diperiksa\n$/m);
    expect(r.out).toContain('  Tabel 3.8\n');
  });
  it('json output has the documented shape', () => {
    const r = sakip('verify', '--semua-contoh', '--format', 'json');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['reports', 'summary']);
    expect(j.reports.map((x: { id: string }) => x.id)).toEqual(ids);
    const f = j.reports[0].findings[0];
    for (const k of ['code', 'severity', 'location', 'published', 'recomputed', 'message']) expect(f).toHaveProperty(k);
    expect(Object.keys(f.location)).toEqual(['table', 'row', 'column']);
    expect(Object.keys(j.summary)).toEqual(['error', 'rounding', 'warning', 'info']);
    const total = j.reports.reduce((n: number, x: { findings: unknown[] }) => n + x.findings.length, 0);
    expect(j.summary.error + j.summary.rounding + j.summary.warning + j.summary.info).toBe(total);
  });
  it('markdown output, and one report by id', () => {
    const r = sakip('verify', '--contoh', 'banyumas-2023', '--format', 'markdown');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^# Hasil verifikasi\n/);
    expect(r.out).toContain('## banyumas-2023: ');
    expect(r.out).toContain('| Tingkat | Kode | Baris | Kolom | Tercetak | Hitung ulang | Keterangan |');
    expect(r.out).not.toContain('buleleng-2023');
  });
  it('--tanpa-info hides info findings', () => {
    const j = JSON.parse(sakip('verify', '--semua-contoh', '--format', 'json', '--tanpa-info').out);
    expect(j.summary.info).toBe(0);
  });
});

describe('sakip verify on user files', () => {
  it('a CSV with no wrong figure exits 0', () => {
    const r = sakip('verify', fixture('benar.csv'));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Total 1 laporan: 0 salah');
  });
  it('never echoes a formula-like cell unescaped into markdown', () => {
    const r = sakip('verify', fixture('rumus-injeksi.csv'), '--format', 'markdown');
    expect(r.code).toBe(1);
    for (const line of r.out.split('\n').filter((l) => !/^\|(-+:?\|)+$/.test(l))) {
      for (const cell of line.split(/(?<!\\)\|/).map((c) => c.trim())) expect(cell, line).not.toMatch(/^[=+\-@]/);
    }
    expect(r.out).toContain("'=1+1");
    expect(r.out).toContain("'@SUM(A1)");
    expect(r.out).toContain("'-2+3");
    expect(r.out).toContain("'=HYPERLINK");
  });
  it.each([
    ['a missing file', ['tidak-ada.json'], /tidak-ada\.json: berkas tidak ditemukan/],
    ['invalid JSON', [fixture('rusak.json')], /rusak\.json: JSON tidak valid/],
    ['a schema violation, naming the path and value', [fixture('skema-salah.json')], /skema-salah\.json: \d+ masalah format dataset \(docs\/format-laporan\.md\):\n(.*\n)* {2}tabel\[0\]\.baris\[0\]\.arah: nilai "naik" harus salah satu dari: positif, negatif/],
    ['an ambiguous number', [fixture('ambigu.csv')], /ambigu\.csv: .*"1\.234" ambigu.*\[SAKIP_AMBIGUOUS_NUMBER\]/],
    ['an unknown example, listing the shipped ones', ['--contoh', 'jakarta-2023'], /contoh jakarta-2023 tidak dikenal; pilihan: banyumas-2023, buleleng-2023, pamekasan-2023, polewali-mandar-2023/],
    ['an unknown format, listing the valid ones', ['--semua-contoh', '--format', 'ods'], /--format ods tidak dikenal; pilihan: table, json, markdown, csv, html, xlsx/],
    ['no input', [], /tidak ada berkas/],
    ['an unknown option', ['--semua', fixture('benar.csv')], /semua/],
  ])('%s exits 2 with a message', (_, args, message) => {
    const r = sakip('verify', ...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
  });
  it('a 50 MB file is refused quickly, with exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sakip-'));
    const big = join(dir, 'besar.json');
    writeFileSync(big, `{"x":"${'a'.repeat(50 * 1024 * 1024)}"}`);
    const started = Date.now();
    const r = sakip('verify', big);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/besar\.json: berkas 50\.0 MB melebihi batas 16 MB/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('quick calculators', () => {
  it('capaian', () => {
    const r = sakip('capaian', '--target', '5,15', '--realisasi', '5,85', '--arah', 'negatif');
    expect(r.code).toBe(0);
    expect(r.out).toBe('86,41\nCapaian = (2 × 5,15 − 5,85) / 5,15 × 100 = 86,41 % (F2, indikator negatif)\n');
    const j = JSON.parse(sakip('capaian', '--target', '5,15', '--realisasi', '5,85', '--arah', 'negatif', '--rumus', 'F4', '--json').out);
    expect(j).toMatchObject({ rumus: 'F4', rounded: '88.03', reason: null });
    expect(sakip('capaian', '--target', '0', '--realisasi', '5').out).toMatch(/^NA\nCapaian tidak dapat diukur/);
  });
  it('predikat', () => {
    expect(sakip('predikat', '90', '--skala', 'sakip-88-2021').out).toMatch(/^A \(Memuaskan\)\n/);
    expect(sakip('predikat', '90,5', '--skala', 'permendagri-86-2017').out).toMatch(/^tanpa band/);
    expect(sakip('predikat', '90,5', '--skala', 'permendagri-86-2017', '--edges', 'half-open').out).toMatch(/^Tinggi\n/);
    expect(JSON.parse(sakip('predikat', '88,31', '--skala', 'ikm-14-2017', '--json').out).predikat.label).toBe('A');
  });
  it('serapan', () => {
    const r = sakip('serapan', '--pagu', 'Rp 22.735.850.378,-', '--realisasi', 'Rp. 19.775.725.508,-');
    expect(r.out).toBe('86,98\nSerapan = 19.775.725.508 / 22.735.850.378 × 100 = 86,98 %\n');
    expect(JSON.parse(sakip('serapan', '--pagu', '100', '--realisasi', '66', '--json').out).rounded).toBe('66');
  });
  it('bad input exits 2 with the library error code', () => {
    expect(sakip('capaian', '--target', '1.234', '--realisasi', '1').err).toMatch(/SAKIP_AMBIGUOUS_NUMBER/);
    expect(sakip('capaian', '--target', '1.234', '--realisasi', '1').code).toBe(2);
    expect(sakip('capaian', '--target', '5').code).toBe(2);
    expect(sakip('serapan', '--pagu=-5', '--realisasi', '1').err).toMatch(/SAKIP_NEGATIVE/);
    expect(sakip('predikat', '101', '--skala', 'sakip-88-2021').code).toBe(2);
    expect(sakip('predikat', '50', '--skala', 'nope').err).toMatch(/--skala nope tidak dikenal; pilihan: permendagri-86-2017, .*sakip-88-2021/);
    expect(sakip('capaian', '--target', '5', '--realisasi', '1', '--desimal', 'x').code).toBe(2);
    expect(sakip('hitung').code).toBe(2);
  });
  it('--version and --help', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(sakip('--version').out).toBe(`${pkg.version}\n`);
    expect(sakip('--help').out).toContain('sakip verify ');
    expect(sakip('--help').code).toBe(0);
    expect(sakip().code).toBe(2);
  });
});

describe('the command line in-process (same code as the binary)', async () => {
  const { run } = await import('../src/cli/run.js');
  const call = (...args: string[]) => {
    let out = '';
    let err = '';
    const code = run(args, (s) => (out += s), (s) => (err += s));
    return { code, out, err };
  };
  it('verifies, in every format, with the same exit codes', () => {
    expect(call('verify', '--semua-contoh').code).toBe(1);
    expect(JSON.parse(call('verify', '--contoh', 'pamekasan-2023', '--format', 'json').out).reports[0].id).toBe('pamekasan-2023');
    expect(call('verify', '--contoh', 'buleleng-2023', '--format', 'markdown').out).toContain('## buleleng-2023');
    expect(call('verify', fixture('benar.csv')).code).toBe(0);
    expect(call('verify', fixture('rumus-injeksi.csv'), '--format', 'markdown').out).toContain("'=1+1");
    expect(call('verify', fixture('skema-salah.json')).code).toBe(2);
    expect(call('verify', fixture('rusak.json')).err).toMatch(/JSON tidak valid/);
    expect(call('verify', fixture('ambigu.csv')).code).toBe(2);
    expect(call('verify', 'tidak-ada.json').code).toBe(2);
    expect(call('verify', root).err).toMatch(/bukan berkas biasa/);
    expect(call('verify', '--semua-contoh', '--maks-mb', 'x').code).toBe(2);
    expect(call('verify', '--semua-contoh', '--format', 'xlsx').code).toBe(2);
    expect(call('verify').code).toBe(2);
    expect(call('verify', '--contoh', 'x').code).toBe(2);
    expect(call('verify', '--bogus').code).toBe(2);
  });
  it('calculators, help and version', () => {
    expect(call('capaian', '--target', '5,15', '--realisasi', '5,85', '--arah', 'negatif').out).toMatch(/^86,41\n/);
    expect(JSON.parse(call('capaian', '--target', '8', '--realisasi', '9', '--arah', 'negatif', '--json').out).rounded).toBe('87.5');
    expect(call('capaian', '--target', '0', '--realisasi', '9').out).toMatch(/^NA\n/);
    expect(call('capaian', '--target', '1').code).toBe(2);
    expect(call('capaian', '--target', '1', '--realisasi', '1', '--desimal', '-1').code).toBe(2);
    expect(call('predikat', '90', '--skala', 'sakip-88-2021').out).toMatch(/^A \(Memuaskan\)/);
    expect(call('predikat', '90,5', '--skala', 'permendagri-86-2017').out).toMatch(/^tanpa band/);
    expect(call('predikat', '77', '--skala', 'permendagri-86-2017').out).toMatch(/^Tinggi\n/);
    expect(JSON.parse(call('predikat', '70', '--skala', 'buleleng-2023', '--json').out).predikat).toBeNull();
    expect(call('predikat', '70').code).toBe(2);
    expect(call('serapan', '--pagu', '200', '--realisasi', '150').out).toMatch(/^75,00\n/);
    expect(call('serapan', '--pagu', '0', '--realisasi', '0').out).toMatch(/^NA\n/);
    expect(JSON.parse(call('serapan', '--pagu', '200', '--realisasi', '150', '--json').out).rounded).toBe('75');
    expect(call('serapan', '--pagu', '200').code).toBe(2);
    expect(call('--version').out).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(call('-h').code).toBe(0);
    expect(call().code).toBe(2);
    expect(call('hitung').err).toMatch(/perintah tidak dikenal/);
  });
});
