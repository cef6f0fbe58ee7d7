/**
 * The command line as an auditor meets it (issue 14): help on every subcommand, typos and bad
 * values answered with the valid ones, output a colleague opens (CSV for Excel, one HTML page,
 * a file), standard input, Excel's own CSV, English on request, progress only on a terminal.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/verifikasi/csv.js';
import { cleanEnv, cliPath, sakip } from './helpers/sakip.js';
import { lembarPertama } from './helpers/xlsx.js';
import { strFromU8, unzipSync } from 'fflate';

const fixture = (f: string) => new URL(`./fixtures/cli/${f}`, import.meta.url).pathname;
const tmp = () => mkdtempSync(join(tmpdir(), 'sakip-auditor-'));
const COMMANDS = ['verify', 'contoh', 'capaian', 'predikat', 'serapan', 'skala', 'impor'];

describe('help', () => {
  it.each(COMMANDS)('sakip %s --help and -h print Indonesian usage and exit 0', (cmd) => {
    for (const flag of ['--help', '-h']) {
      const r = sakip([cmd, flag]);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      expect(r.out).toMatch(new RegExp(`^Pemakaian: sakip ${cmd}`));
      expect(r.out).toContain('Opsi:');
    }
  });
  it('sakip help verify equals sakip verify --help; sakip --help lists every command', () => {
    expect(sakip(['help', 'verify']).out).toBe(sakip(['verify', '--help']).out);
    const all = sakip(['--help']);
    expect(all.code).toBe(0);
    for (const c of COMMANDS) expect(all.out).toContain(`sakip ${c}`);
  });
  it('English with --lang en or LANG=en_US.UTF-8; Indonesian with LANG=id_ID or C', () => {
    expect(sakip(['verify', '--help', '--lang', 'en']).out).toMatch(/^Usage: sakip verify/);
    expect(sakip(['--lang=en', 'capaian', '-h']).out).toMatch(/^Usage: sakip capaian/);
    expect(sakip(['verify', '--help'], { env: { LANG: 'en_US.UTF-8' } }).out).toMatch(/^Usage: /);
    expect(sakip(['verify', '--help'], { env: { LANG: 'id_ID.UTF-8' } }).out).toMatch(/^Pemakaian: /);
    expect(sakip(['verify', '--help'], { env: { LANG: 'en_US.UTF-8', LC_ALL: 'id_ID.UTF-8' } }).out).toMatch(/^Pemakaian: /);
    expect(sakip(['verify', '--help', '--lang', 'id'], { env: { LANG: 'en_GB.UTF-8' } }).out).toMatch(/^Pemakaian: /);
    const bad = sakip(['--lang', 'fr', 'skala']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--lang fr tidak dikenal; pilihan: id, en/);
  });
});

describe('mistakes: one line, the valid values, a suggestion, exit 2', () => {
  it.each([
    [['verfy', '--semua-contoh'], /^sakip: perintah tidak dikenal: verfy \(maksud Anda: verify\?\); perintah: verify, contoh, capaian/],
    [['sakala'], /maksud Anda: skala\?/],
    [['verify', '--semua'], /^sakip: opsi tidak dikenal untuk verify: --semua \(maksud Anda: --semua-contoh\?\)/],
    [['verify', '--semua-contoh', '--fromat', 'json'], /maksud Anda: --format\?/],
    [['capaian', '--target', '1', '--realisasi', '1', '--arah', 'naik'], /--arah naik tidak dikenal; pilihan: positif, negatif/],
    [['capaian', '--target', '1', '--realisasi', '1', '--rumus', 'F9'], /--rumus F9 tidak dikenal; pilihan: F1, F2, F3, F4, F5/],
    [['predikat', '90', '--skala', 'sakip-88'], /--skala sakip-88 tidak dikenal; pilihan: permendagri-86-2017, .* \(maksud Anda: sakip-88-2021\?\)/],
    [['predikat', '90'], /predikat perlu NILAI dan --skala ID; skala: permendagri-86-2017/],
    [['skala', 'ikm'], /skala ikm tidak dikenal; pilihan: .*ikm-14-2017/],
    [['verify', '--semua-contoh', '--format', 'jsn'], /--format jsn tidak dikenal; pilihan: table, json, markdown, csv, html, xlsx \(maksud Anda: json\?\)/],
    [['verify', '--semua-contoh', '--format'], /--format perlu nilai/],
    [['verify', '--semua-contoh', '--pemisah', '|'], /--pemisah \| tidak dikenal; pilihan: /],
    [['capaian', '--target', '5'], /capaian perlu --target dan --realisasi/],
  ])('%j', (args, message) => {
    const r = sakip(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  });
  it('English messages with --lang en', () => {
    const r = sakip(['verfy', '--lang', 'en']);
    expect(r.err).toMatch(/^sakip: unknown command: verfy \(did you mean verify\?\)/);
  });
  it('user text in a message has its control characters replaced', () => {
    const r = sakip(['verify', '--format', 'x\u001b]0;owned\u0007y', '--semua-contoh']);
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});

describe('sakip skala', () => {
  it('lists every built-in scale with its bands and source', async () => {
    const { scales } = await import('../src/index.js');
    const r = sakip(['skala']);
    expect(r.code).toBe(0);
    for (const s of Object.values(scales)) {
      expect(r.out).toContain(`${s.id} — `);
      expect(r.out).toContain(s.source);
      for (const b of s.bands) expect(r.out).toContain(b.label);
    }
    expect(r.out).toContain('51 ≤ x ≤ 65            Rendah');
    expect(r.out).toContain('90 < x ≤ 100           AA (Sangat Memuaskan)');
    const one = JSON.parse(sakip(['skala', 'sakip-88-2021', '--json']).out);
    expect(one).toHaveLength(1);
    expect(one[0].bands.at(-1)).toMatchObject({ label: 'AA', min: '90', minInclusive: false, max: '100' });
  });
});

describe('output an auditor hands on', () => {
  it('--format csv: BOM, one finding per line, the same rows a CSV parser reads, no live formula', () => {
    const r = sakip(['verify', '--semua-contoh', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.out.startsWith('\uFEFF')).toBe(true);
    const json = JSON.parse(sakip(['verify', '--semua-contoh', '--format', 'json']).out);
    const findings = json.reports.flatMap((x: { id: string; findings: { code: string; message: string; published: string | null }[] }) => x.findings.map((f) => ({ ...f, report: x.id })));
    const all = parseCsv(r.out.slice(1)).map((x) => x.cells);
    // Each report's findings, then one line per figure of it that could not be checked.
    const notChecked = json.reports.flatMap((x: { coverage: { notChecked: { reason: string; printed: string }[] } }) => x.coverage.notChecked);
    const tail = all.filter((row) => row[6] === 'TIDAK DIPERIKSA');
    const rows = all.filter((row) => row[6] !== 'TIDAK DIPERIKSA');
    expect(notChecked.length).toBeGreaterThan(0);
    expect(tail).toHaveLength(notChecked.length);
    tail.forEach((row, i) => {
      expect(row[7]).toBe(notChecked[i].reason);
      expect(row[8]).toBe(/^[=+\-@]/.test(notChecked[i].printed) ? `'${notChecked[i].printed}` : notChecked[i].printed);
    });
    expect(rows[0]).toEqual(['laporan', 'instansi', 'tahun', 'tabel', 'baris', 'kolom', 'tingkat', 'kode', 'tercetak', 'hitung_ulang', 'nilai_eksak', 'keterangan', 'id_baris']);
    expect(rows.length - 1).toBe(findings.length);
    rows.slice(1).forEach((row, i) => {
      expect(row[0]).toBe(findings[i].report);
      expect(row[7]).toBe(findings[i].code);
      expect(row[11]).toBe(findings[i].message);
      for (const cell of row) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    });
    // A negative printed figure is still there, as text.
    expect(rows.some((row) => row[8]?.startsWith("'-"))).toBe(true);
  });
  it('--pemisah ";" for Excel with Indonesian settings; English headers with --lang en', () => {
    const r = sakip(['verify', '--contoh', 'banyumas-2023', '--format', 'csv', '--pemisah', ';', '--lang', 'en']);
    const first = r.out.slice(1, r.out.indexOf('\r\n'));
    expect(first).toBe('"report";"agency";"year";"table";"row";"column";"severity";"code";"printed";"recomputed";"exact_value";"explanation";"row_id"');
    expect(parseCsv(r.out.slice(1))[0]!.separator).toBe(';');
  });
  it('formula-like text from a dataset is neutralised in CSV and escaped in HTML and markdown', () => {
    const csv = sakip(['verify', fixture('rumus-injeksi.csv'), '--format', 'csv']);
    const cells = parseCsv(csv.out.slice(1)).flatMap((x) => x.cells);
    expect(cells).toContain("'=1+1");
    for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    const html = sakip(['verify', fixture('html-injeksi.csv'), '--format', 'html']).out;
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const md = sakip(['verify', fixture('html-injeksi.csv'), '--format', 'markdown']).out;
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
  it('--format html: one self-contained page, no external URL, every finding with printed figure, recomputation and explanation', () => {
    const r = sakip(['verify', '--semua-contoh', '--format', 'html']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^<!doctype html>\n<html lang="id">/);
    expect(r.out).not.toMatch(/<[^>]*\b(?:src|href)\s*=|url\(|@import|<script|<link/i);
    expect(r.out).not.toMatch(/https?:\/\//);
    const json = JSON.parse(sakip(['verify', '--semua-contoh', '--format', 'json']).out);
    const n = json.reports.reduce((k: number, x: { findings: unknown[] }) => k + x.findings.length, 0);
    expect(r.out.match(/<tr><td class="s /g)).toHaveLength(n);
    expect(r.out).toContain('11.439.239.889');
    expect(r.out).toContain('<h3>Tabel 3.8</h3>');
    // The formulas used, each with its source.
    expect(r.out).toContain('<h3>Rumus yang dipakai</h3>');
    expect(r.out).toMatch(/<code>capaian-F1<\/code><\/td><td class="n">\d+<\/td><td>C = R \/ T × 100<\/td><td>PermenPANRB 53\/2014/);
  });
  it('--format xlsx -o: a workbook with the rows of the CSV, exact (no leading quote needed), header first', () => {
    const dir = tmp();
    const file = join(dir, 'temuan.xlsx');
    const r = sakip(['verify', '--semua-contoh', '--format', 'xlsx', '-o', file]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const sheet = lembarPertama(readFileSync(file));
    const csv = parseCsv(sakip(['verify', '--semua-contoh', '--format', 'csv']).out.slice(1)).map((x) => x.cells);
    // The CSV neutralises formula-like text with a leading ' ; a workbook's text cells need not.
    const plain = csv.map((row) => row.map((c) => (/^'[=+\-@\t\r]/.test(c) ? c.slice(1) : c)));
    expect(sheet.map((row) => [...row, ...Array(13 - row.length).fill('')])).toEqual(plain);
    // Formula-like and markup-like text stays text, the file stays valid XML.
    const inj = join(dir, 'injeksi.xlsx');
    expect(sakip(['verify', fixture('rumus-injeksi.csv'), '--format', 'xlsx', '-o', inj]).code).toBeLessThan(2);
    expect(lembarPertama(readFileSync(inj)).flat()).toContain('=1+1');
    expect(strFromU8(unzipSync(readFileSync(inj))['xl/worksheets/sheet1.xml']!)).not.toContain('<f>');
    const none = sakip(['verify', '--contoh', 'banyumas-2023', '--format', 'xlsx']);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/--format xlsx perlu -o/);
  });
  it('-o and --keluaran write the file and print nothing to stdout, with the same exit code', () => {
    const dir = tmp();
    for (const [flag, format] of [['-o', 'csv'], ['--keluaran', 'html'], ['-o', 'json'], ['--keluaran', 'markdown'], ['-o', 'table']]) {
      const file = join(dir, `hasil.${format}`);
      const r = sakip(['verify', '--semua-contoh', '--format', format!, flag!, file]);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(readFileSync(file, 'utf8')).toBe(sakip(['verify', '--semua-contoh', '--format', format!]).out);
    }
    const bad = sakip(['verify', '--semua-contoh', '-o', join(dir, 'tidak-ada', 'x.csv')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/tidak dapat ditulis/);
  });
  it('- reads a dataset from standard input, JSON or CSV', () => {
    const json = readFileSync(new URL('../src/contoh/banyumas-2023.json', import.meta.url), 'utf8');
    const fromStdin = sakip(['verify', '-', '--format', 'json'], { input: json });
    expect(fromStdin.code).toBe(1);
    expect(fromStdin.out).toBe(sakip(['verify', '--contoh', 'banyumas-2023', '--format', 'json']).out);
    const csv = readFileSync(fixture('benar.csv'), 'utf8');
    const r = sakip(['verify', '-'], { input: csv });
    expect(r.code).toBe(0);
    expect(r.out).toContain('Total 1 laporan: 0 salah');
    expect(sakip(['verify', '-', '-'], { input: csv }).code).toBe(2);
    expect(sakip(['verify', '-'], { input: '' }).code).toBe(2);
  });
  it('markdown and table speak Indonesian throughout, English with --lang en', () => {
    const md = sakip(['verify', '--contoh', 'pamekasan-2023', '--format', 'markdown']).out;
    expect(md).toMatch(/^Ringkasan: \d+ salah(?: \(\d+ salinan\))?, \d+ pembulatan, \d+ peringatan, \d+ info$/m);
    expect(md).toMatch(/^\| SALAH \| /m);
    expect(md).not.toMatch(/\| (error|rounding|warning) \|/);
    expect(md).not.toMatch(/\d+ error, /);
    const table = sakip(['verify', '--contoh', 'pamekasan-2023']).out;
    expect(table).toMatch(/^ {4}SALAH {6}/m);
    const en = sakip(['verify', '--contoh', 'pamekasan-2023', '--lang', 'en']).out;
    expect(en).toMatch(/^ {4}ERROR {6}/m);
    expect(en).toMatch(/^Total 1 report: \d+ errors?(?: \(\d+ cop(?:y|ies)\))?, \d+ rounding, \d+ warnings?, \d+ info$/m);
  });
});

describe("Excel's CSV", () => {
  const base = readFileSync(fixture('benar.csv'), 'utf8');
  const verifyText = (text: string) => {
    const dir = tmp();
    writeFileSync(join(dir, 'laporan.csv'), text);
    return sakip(['verify', join(dir, 'laporan.csv'), '--format', 'json']);
  };
  const expected = verifyText(base);
  it.each([
    ['semicolons with padded comment lines (Excel, Indonesian settings)', readFileSync(fixture('excel-id.csv'), 'utf8')],
    ['commas with padded comment lines and CRLF (Excel, English settings)', readFileSync(fixture('excel-en.csv'), 'utf8')],
    ['a BOM and CRLF', `\uFEFF${base.replace(/\n/g, '\r\n')}`],
    ["Excel's sep=; line", `sep=;\n${base.replace(/,/g, ';').replace(/"(\d+);(\d+)"/g, '"$1,$2"')}`],
  ])('%s verifies like its comma twin', (_, text) => {
    const r = verifyText(text);
    expect(r.err).toBe('');
    expect(r.code).toBe(expected.code);
    const strip = (s: string) => JSON.parse(s).reports.map((x: { findings: { rowId: string }[] }) => ({ ...x, findings: x.findings.map((f) => ({ ...f, rowId: null })) }));
    expect(strip(r.out)).toEqual(strip(expected.out));
  });
  it('a quoted cell with a line break and a quote stays one cell', () => {
    const text = '# id: x\ntabel;nama;target;realisasi;capaian\nT1;"Persentase ""desa""\nmandiri";10;5;50\n';
    const r = verifyText(text);
    expect(r.code).toBe(0);
    const rows = parseCsv(text);
    expect(rows[2]!.cells[1]).toBe('Persentase "desa"\nmandiri');
  });
  it('a large file of whitespace is refused with the file named once', () => {
    const r = verifyText(' '.repeat(2_000_000));
    expect(r.code).toBe(2);
    expect(r.err.match(/laporan\.csv/g)).toHaveLength(1);
  });
  it('a padded comment line keeps the report id clean', () => {
    const r = verifyText(readFileSync(fixture('excel-id.csv'), 'utf8'));
    expect(JSON.parse(r.out).reports[0].id).toBe('benar');
  });
});

describe('signs of life', () => {
  const big = () => {
    const dir = tmp();
    const rows = ['# id: besar', '# locale: id', 'tabel,nama,arah,target,realisasi,capaian'];
    for (let i = 0; i < 20_000; i++) rows.push(`T${i % 50},Indikator ${i},positif,${100 + (i % 7)},${90 + (i % 11)},"${i % 3 === 0 ? '1,00' : '90,00'}"`);
    writeFileSync(join(dir, 'besar.csv'), rows.join('\n'));
    return join(dir, 'besar.csv');
  };
  it('progress on a terminal for a long run, and none when standard error is piped', () => {
    const file = big();
    const piped = sakip(['verify', file, '--format', 'json']);
    expect(piped.err).toBe('');
    JSON.parse(piped.out);
    // Standard error on a pseudo-terminal, standard output piped.
    const py = `
import os, pty, subprocess, sys
m, s = pty.openpty()
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=s, stdin=subprocess.DEVNULL)
os.close(s)
out = b''
while True:
    try:
        d = os.read(m, 65536)
    except OSError:
        break
    if not d:
        break
    out += d
p.wait()
sys.stdout.write(out.decode('utf8', 'replace'))
`;
    const r = spawnSync('python3', ['-c', py, process.execPath, cliPath, 'verify', file, '--format', 'json'], { encoding: 'utf8', env: cleanEnv() });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/baris diperiksa, \d+ temuan/);
  }, 120_000);
});
