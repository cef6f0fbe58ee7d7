/** The first run (issue 14): what `npm start` runs succeeds, and does not rebuild a current dist/. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, sakip } from './helpers/sakip.js';

describe('npm start', () => {
  it('runs the build check and then sakip contoh', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.scripts.start).toBe('node test/scripts/bangun.mjs --bila-perlu --silent && node dist/cli/main.js contoh');
    expect(pkg.scripts.prepare).toBeUndefined();
  });
  it('sakip contoh verifies the four reports, lists the findings, closes with a summary, and exits 0', () => {
    const r = sakip(['contoh']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const verify = sakip(['verify', '--semua-contoh']);
    expect(verify.code).toBe(1);
    expect(r.out.startsWith(verify.out)).toBe(true);
    const errors = JSON.parse(sakip(['verify', '--semua-contoh', '--format', 'json']).out).summary.error;
    expect(r.out).toMatch(new RegExp(`\\nSelesai: 4 laporan contoh; ${errors} salah \\(\\d+ salinan\\), \\d+ pembulatan, \\d+ peringatan, \\d+ info; \\d+ angka tercetak dibaca; \\d+ dari \\d+ angka turunan dihitung ulang; \\d+ tidak diperiksa\\.\\n`));
    expect(r.out).toContain('docs/verifikasi-laporan.md');
  });
  it('a current dist/ is not rebuilt', () => {
    const r = spawnSync(process.execPath, [join(root, 'test/scripts/bangun.mjs'), '--periksa'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
  });
  it('there is a LICENSE, MIT as package.json says', () => {
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).license).toBe('MIT');
  });
});
