/**
 * The quick pass of the fuzz suite (issue #8): every public entry point and every law, about 10^3
 * runs each from a fixed seed, and the CLI as a spawned process on a few hostile files. The long
 * campaign is `npm run fuzz` (10^6 runs per entry point, random seed, summary table).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jalankan, tabel } from './fuzz/jalankan.js';

const RUNS = Number(process.env.FUZZ_QUICK_RUNS ?? 1000);
const SEED = 20261202;

describe('fuzz, quick pass: no raw error, no leak, no broken law', () => {
  const rows = jalankan(RUNS, SEED);
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    expect(r.failures, tabel([r], SEED)).toEqual({ raw: 0, leak: 0, law: 0 });
  });
});

describe('the CLI as a spawned process, on hostile files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sakip-fuzz-'));
  const cli = join(import.meta.dirname, '..', 'dist', 'cli', 'main.js');
  const dataset = (tabel: unknown[]) => JSON.stringify({ format: 'sakip-laporan/1', id: 'x', instansi: 'y', locale: 'id', skala: [], tabel });
  const cases: [string, string][] = [
    ['nested 200 000 deep', `${'['.repeat(200_000)}${']'.repeat(200_000)}`],
    ['2 MB of whitespace in one cell', dataset([{ id: 'T', baris: [{ nama: 'a', target: `${' '.repeat(2_000_000)}5`, realisasi: '1', capaian: '1' }] }])],
    ['a control sequence in a cell', dataset([{ id: 'T', baris: [{ nama: '\u001b]0;x\u0007', target: '\u001b[31m1', realisasi: '1', capaian: '1' }] }])],
    ['a figure beyond the limits', dataset([{ id: 'T', baris: [{ nama: 'a', target: '9'.repeat(400), realisasi: '1', capaian: '1' }] }])],
    ['not JSON at all', '\u0000\u0001{'],
  ];
  it.each(cases)('%s: exit 2 (or a verdict) within seconds, no stack trace', (_name, text) => {
    const file = join(dir, 'data.json');
    writeFileSync(file, text);
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [cli, 'verify', file], { encoding: 'utf8', timeout: 20_000 });
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect([0, 1, 2]).toContain(r.status);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/\u001b\]/);
  });
});
