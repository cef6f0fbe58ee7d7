/**
 * The command line's parts in-process (the spawned tests in cli-auditor.test.ts run the same code
 * as a binary): language choice, option parsing, renderers, progress, file reading.
 */
import { mkdtempSync, openSync, closeSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bahasaDari } from '../src/cli/bahasa.js';
import { processIo, readFileLimited, readLimited, type Io } from '../src/cli/io.js';
import { closest, kutip, kutipBerkas, parse, type Opsi } from '../src/cli/opsi.js';
import { csvCell } from '../src/cli/render-csv.js';
import { esc } from '../src/cli/render-html.js';
import { run } from '../src/cli/run.js';
import { pelapor } from '../src/cli/tanda.js';
import { parseCsv } from '../src/verifikasi/csv.js';
import { lembarPertama } from './helpers/xlsx.js';

const fixture = (f: string) => new URL(`./fixtures/cli/${f}`, import.meta.url).pathname;

function call(args: string[], io: Partial<Io> = {}) {
  let out = '';
  let err = '';
  const files: Record<string, string | Uint8Array> = {};
  const code = run(args, (s) => (out += s), (s) => (err += s), { writeFile: (p, d) => (files[p] = d), ...io });
  return { code, out, err, files };
}

describe('language', () => {
  it('--lang wins, then LC_ALL, LC_MESSAGES, LANG; anything but en… is Indonesian', () => {
    expect(bahasaDari(['x', '--lang', 'en'], {})).toEqual({ lang: 'en', rest: ['x'] });
    expect(bahasaDari(['--lang=id', 'x'], { LANG: 'en_US.UTF-8' })).toEqual({ lang: 'id', rest: ['x'] });
    expect(bahasaDari(['x'], { LANG: 'en_US.UTF-8' }).lang).toBe('en');
    expect(bahasaDari(['x'], { LANG: 'en' }).lang).toBe('en');
    expect(bahasaDari(['x'], { LANG: 'en_US.UTF-8', LC_MESSAGES: 'id_ID' }).lang).toBe('id');
    expect(bahasaDari(['x'], { LANG: 'id_ID', LC_ALL: 'en_GB' }).lang).toBe('en');
    expect(bahasaDari(['x'], { LANG: 'C.UTF-8' }).lang).toBe('id');
    expect(bahasaDari(['x'], { LANG: 'eng' }).lang).toBe('id');
    expect(bahasaDari(['x', '--lang', 'de'], {})).toEqual({ lang: 'id', rest: ['x'], bad: 'de' });
    expect(bahasaDari(['x', '--lang'], {}).bad).toBe('');
    // After `--`, --lang is an argument, not an option.
    expect(bahasaDari(['verify', '--', '--lang', 'en'], {})).toEqual({ lang: 'id', rest: ['verify', '--', '--lang', 'en'] });
  });
});

describe('options', () => {
  const spec: Opsi[] = [
    { name: 'format', short: 'f', type: 'string', values: ['table', 'json'], id: 'a', en: 'a' },
    { name: 'banyak', type: 'string', multiple: true, id: 'b', en: 'b' },
    { name: 'diam', type: 'boolean', id: 'c', en: 'c' },
  ];
  it('long, short, =, repeated, boolean, --, - as a positional', () => {
    expect(parse('id', 'x', ['a', '--format', 'json', '-', '--banyak', '1', '--banyak=2', '--diam', '--', '--format'], spec)).toEqual({
      values: { format: 'json', banyak: ['1', '2'], diam: true },
      positionals: ['a', '-', '--format'],
    });
    expect(parse('id', 'x', ['-f', 'table'], spec).values.format).toBe('table');
  });
  it('mistakes name what is valid', () => {
    expect(() => parse('id', 'x', ['--diam=ya'], spec)).toThrow(/--diam tidak menerima nilai/);
    expect(() => parse('en', 'x', ['--format'], spec)).toThrow(/--format needs a value; valid: table, json/);
    expect(() => parse('id', 'x', ['--format', '--diam'], spec)).toThrow(/--format perlu nilai/);
    expect(() => parse('id', 'x', ['--formt', 'json'], spec)).toThrow(/maksud Anda: --format\?/);
    expect(() => parse('id', 'x', ['-z'], spec)).toThrow(/opsi tidak dikenal untuk x: -z;/);
  });
  it('closest: prefixes and small typos, nothing for unrelated words', () => {
    expect(closest('ver', ['verify', 'skala'])).toBe('verify');
    expect(closest('skaal', ['verify', 'skala'])).toBe('skala');
    expect(closest('zzzzzz', ['verify', 'skala'])).toBeUndefined();
    expect(closest('a'.repeat(500), ['verify'])).toBeUndefined();
  });
  it('echoed text is short and has no control characters; a long file name keeps its end', () => {
    expect(kutip('a\u001b[31mb\u0007')).toBe('a?[31mb?');
    expect(kutip('x'.repeat(100))).toHaveLength(60);
    const long = `${'d/'.repeat(200)}laporan.json`;
    expect(kutipBerkas(long).endsWith('laporan.json')).toBe(true);
    expect(kutipBerkas(long).length).toBeLessThanOrEqual(160);
  });
});

describe('renderers', () => {
  it('csvCell neutralises formulas and quotes everything', () => {
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('\tx')).toBe(`"'\tx"`);
    expect(csvCell('a "b"; c')).toBe('"a ""b""; c"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(2023)).toBe('"2023"');
  });
  it('esc leaves no markup, quote or control character', () => {
    expect(esc(`<a href="x">'&'</a>\u0000\u001b`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;\uFFFD\uFFFD');
    expect(esc(null)).toBe('');
  });
});

describe('verify in-process', () => {
  it('csv, html, markdown and table in both languages; -o writes the file only', () => {
    const csv = call(['verify', '--contoh', 'banyumas-2023', '--format', 'csv', '--pemisah', 'tab']);
    expect(csv.code).toBe(1);
    expect(parseCsv(csv.out.slice(1))[0]!.separator).toBe('\t');
    const html = call(['verify', '--contoh', 'banyumas-2023', '--format', 'html', '--lang', 'en']);
    expect(html.out).toMatch(/<html lang="en">/);
    expect(html.out).toContain('<th>Recomputed</th>');
    expect(call(['verify', '--contoh', 'banyumas-2023', '--format', 'markdown', '--lang', 'en']).out).toMatch(/^# Verification results/);
    const file = call(['verify', '--contoh', 'banyumas-2023', '-o', 'x.html', '--format', 'html'], { errTTY: true });
    expect(file.out).toBe('');
    expect(file.files['x.html']).toMatch(/^<!doctype html>/);
    expect(file.err).toMatch(/^Hasil ditulis ke x\.html: \d+ salah/);
    const clean = call(['verify', fixture('benar.csv'), '--format', 'html']);
    expect(clean.code).toBe(0);
    expect(clean.out).toContain('Tidak ada temuan.');
  });
  it('xlsx: a workbook written with -o, the header in the language asked, refused without -o', () => {
    const r = call(['verify', '--contoh', 'banyumas-2023', '--format', 'xlsx', '-o', 'x.xlsx', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const sheet = lembarPertama(r.files['x.xlsx'] as Uint8Array);
    expect(sheet[0]).toEqual(['report', 'agency', 'year', 'table', 'row', 'column', 'severity', 'code', 'printed', 'recomputed', 'exact_value', 'explanation', 'row_id']);
    expect(sheet.length).toBeGreaterThan(10);
    expect(call(['verify', '--contoh', 'banyumas-2023', '--format', 'xlsx']).code).toBe(2);
  });
  it('colour only on a terminal, and never with --tanpa-warna or NO_COLOR', () => {
    const esc0 = '\u001b[';
    expect(call(['verify', '--contoh', 'banyumas-2023'], { outTTY: true }).out).toContain(esc0);
    expect(call(['verify', '--contoh', 'banyumas-2023'], { outTTY: true, env: { NO_COLOR: '1' } }).out).not.toContain(esc0);
    expect(call(['verify', '--contoh', 'banyumas-2023', '--tanpa-warna'], { outTTY: true }).out).not.toContain(esc0);
    expect(call(['verify', '--contoh', 'banyumas-2023']).out).not.toContain(esc0);
    expect(call(['contoh'], { outTTY: true }).out).toContain(esc0);
  });
  it('standard input, its size limit, and what cannot be read', () => {
    const text = '# id: s\ntabel,nama,target,realisasi,capaian\nT,a,10,5,50\n';
    expect(call(['verify', '-'], { stdin: () => Buffer.from(text) }).code).toBe(0);
    const big = call(['verify', '-', '--maks-mb', '0.001'], { stdin: () => null });
    expect(big.code).toBe(2);
    expect(big.err).toMatch(/melebihi batas/);
    expect(call(['verify', '-'], { stdin: () => Buffer.from('{"x":') }).err).toMatch(/JSON tidak valid/);
    expect(call(['verify', '--semua-contoh', '--maks-mb', '0']).err).toMatch(/--maks-mb 0 harus angka positif/);
    const cantWrite = call(['verify', '--contoh', 'banyumas-2023', '-o', '/x'], {
      writeFile: () => {
        throw Object.assign(new Error('no'), { code: 'EACCES' });
      },
    });
    expect(cantWrite.code).toBe(2);
    expect(cantWrite.err).toMatch(/\/x: tidak dapat ditulis \(EACCES\)/);
  });
  it('help, skala, contoh and the calculators in English', () => {
    expect(call(['help']).out).toMatch(/^sakip — /);
    expect(call(['help', 'skala', '--lang', 'en']).out).toMatch(/^Usage: sakip skala/);
    expect(call(['help', 'verfy']).err).toMatch(/maksud Anda: verify\?/);
    expect(call(['skala', 'ikm-14-2017', '--lang', 'en']).out).toMatch(/Source: PermenPANRB 14\/2017/);
    expect(call(['contoh', '--lang', 'en', '--tanpa-info']).out).toMatch(/\nDone: 4 example reports; \d+ errors? \(\d+ copies\), .*; \d+ printed figures read; \d+ of \d+ derived figures recomputed; \d+ not checked\./);
    expect(call(['predikat', '90,5', '--skala', 'permendagri-86-2017', '--lang', 'en']).out).toMatch(/^no band/);
    expect(call(['predikat', '1', '2', '--skala', 'permendagri-86-2017']).code).toBe(2);
    expect(call(['capaian', '--target', '1', '--realisasi', '1', '--desimal', '21']).err).toMatch(/--desimal 21 harus bilangan bulat 0–20/);
    expect(call(['--lang', 'xx']).code).toBe(2);
  });
});

describe('progress', () => {
  it('silent when not a terminal, silent in the first second, then at most ten lines a second, cleared at the end', () => {
    const lines: string[] = [];
    const layar = { isTTY: true, write: (s: string) => lines.push(s) };
    let t = 0;
    const p = pelapor(layar, 'id', 1000, () => t);
    p.baris('a.json', 2000, 10000, 3);
    expect(lines).toEqual([]);
    t = 1500;
    p.baris('a.json', 4000, 10000, 5);
    p.baris('a.json', 6000, 10000, 7);
    t = 1700;
    p.tahap('membaca b.json…');
    p.selesai();
    expect(lines).toEqual(['\r\u001b[Ka.json: 4000 / 10000 baris diperiksa, 5 temuan', '\r\u001b[Kmembaca b.json…', '\r\u001b[K']);
    const none: string[] = [];
    const q = pelapor({ isTTY: false, write: (s: string) => none.push(s) }, 'en', 0);
    q.baris('x', 1, 2, 0);
    q.tahap('x');
    q.selesai();
    expect(none).toEqual([]);
    const quiet: string[] = [];
    const r = pelapor({ isTTY: true, write: (s: string) => quiet.push(s) }, 'en');
    r.selesai();
    expect(quiet).toEqual([]);
  });
});

describe('reading files and pipes', () => {
  it('reads to the end, or gives up past the limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sakip-io-'));
    const f = join(dir, 'a.txt');
    writeFileSync(f, 'x'.repeat(200_000));
    const fd = openSync(f, 'r');
    expect(readLimited(fd, 1_000_000)!.length).toBe(200_000);
    closeSync(fd);
    const fd2 = openSync(f, 'r');
    expect(readLimited(fd2, 100_000)).toBeNull();
    closeSync(fd2);
    expect(readFileLimited(f, 1_000_000).data!.length).toBe(200_000);
    expect(readFileLimited(f, 10)).toMatchObject({ data: null, isFile: true, size: 200_000 });
    expect(readFileLimited(dir, 10)).toMatchObject({ data: null, isFile: false });
    expect(() => readFileLimited(join(dir, 'tidak-ada'), 10)).toThrow();
    const io = processIo();
    expect(typeof io.errTTY).toBe('boolean');
    expect(io.env).toBe(process.env);
  });
});
