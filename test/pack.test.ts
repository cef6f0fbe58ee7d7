/**
 * The published package as a user gets it: `npm pack`, installed into a fresh project, used from
 * ESM, CommonJS, TypeScript (tsc --noEmit, node16 resolution) and through its `bin`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sakip-pack-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const node = (args: string[], input?: string) => spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', input });
let installOutput = '';

beforeAll(() => {
  // --ignore-scripts: the package is already built, and a rebuild would pull dist/ from under the other tests.
  execFileSync(npm, ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: root, stdio: 'pipe' });
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'pengguna', private: true, version: '1.0.0' }));
  const r = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', `./${tarball}`], { cwd: dir, encoding: 'utf8' });
  installOutput = r.stdout + r.stderr;
  if (r.status !== 0) throw new Error(installOutput);
}, 180_000);

describe('the packed tarball', () => {
  it('ships only what a user needs', () => {
    const files = execFileSync(npm, ['pack', '--ignore-scripts', '--dry-run', '--json'], { cwd: root, encoding: 'utf8' });
    const paths = (JSON.parse(files)[0].files as { path: string }[]).map((f) => f.path);
    expect(paths).toContain('dist/index.js');
    expect(paths).toContain('dist/sakip.global.js');
    expect(paths).toContain('dist/contoh/banyumas-2023.json');
    expect(paths).toContain('LICENSE');
    expect(paths.some((p) => p.startsWith('src/') || p.startsWith('test/'))).toBe(false);
    // Only what a user loads: no source maps into an unshipped src/, no IIFE-only modules.
    expect(paths.filter((p) => p.endsWith('.map'))).toEqual([]);
    expect(paths).not.toContain('dist/global.js');
    expect(paths).not.toContain('dist/iife-scope.js');
  });
  it('installs into an empty project without a warning', () => {
    expect(installOutput).not.toMatch(/warn/i);
  });
  it('works from ESM', () => {
    const r = node(['--input-type=module', '-e', `
      import { capaian, predikat, Decimal } from 'sakip';
      import { CAPAIAN } from 'sakip/sheets';
      const c = capaian({ target: '5,15', realisasi: '5,85' }, { arah: 'negatif', decimals: 2 });
      console.log(c.rounded.toString(), predikat(c, 'permendagri-86-2017').label, CAPAIAN(7, '6,5', 'negatif', null, 2), c.value instanceof Decimal);`]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('86.41 Tinggi 107.14 true\n');
  });
  it('works from CommonJS', () => {
    const r = node(['-e', `
      const { serapan, verifyLaporan } = require('sakip');
      const { SERAPAN } = require('sakip/sheets');
      const data = require('sakip/contoh/banyumas-2023.json');
      const schema = require('sakip/laporan.schema.json');
      console.log(serapan({ pagu: 100, realisasi: 66 }).value.toString(), SERAPAN(200, 150), verifyLaporan(data).summary.error > 0, schema.title);`]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('66 75 true sakip-laporan/1\n');
  });
  it('sakip/impor works from ESM and CommonJS', () => {
    const text = 'Tabel 1 Anggaran\n\nNo\tUraian\tPagu\tRealisasi\t%\n1\tBelanja\t200.000\t150.000\t75\n';
    const esm = node(['--input-type=module', '-e', `
      import { imporTeks } from 'sakip/impor';
      import { verifyLaporan } from 'sakip';
      const r = imporTeks(${JSON.stringify(text)}, { instansi: 'Dinas Uji' });
      console.log(r.laporan.tabel[0].id, verifyLaporan(r.laporan).summary.error);`]);
    expect(esm.stderr).toBe('');
    expect(esm.stdout).toBe('Tabel 1 0\n');
    const cjs = node(['-e', `
      const { bacaTeks, imporBlok } = require('sakip/impor');
      console.log(imporBlok(bacaTeks(${JSON.stringify(text)})).laporan.tabel[0].baris[0].serapan);`]);
    expect(cjs.stderr).toBe('');
    expect(cjs.stdout).toBe('75\n');
  });
  it('sakip/model, sakip/verifikasi and sakip/batch work from ESM and CommonJS, with the root’s functions', () => {
    const script = (load: string) => `
      ${load}
      const c = batch.capaianKolom({ target: ['5.15'], realisasi: ['5.85'] }, { arah: 'negatif' });
      const v = verifikasi.verifyLaporan(data);
      const m = model.validate(model.IndikatorSchema, { nama: 'IKM', satuan: 'nilai', arah: 'naik', target: 80 });
      console.log(batch.nilaiBatch(c, 0).toFixed(2), v.summary.error > 0, m.success, Object.keys(verifikasi.kodeTemuan).length > 10,
        batch.serapanKolom === root.serapanKolom, verifikasi.verifyLaporan === root.verifyLaporan, model.parseModel === root.parseModel);`;
    const esm = node(['--input-type=module', '-e', script(`
      import * as root from 'sakip';
      import * as model from 'sakip/model';
      import * as verifikasi from 'sakip/verifikasi';
      import * as batch from 'sakip/batch';
      import { createRequire } from 'node:module';
      const data = createRequire(import.meta.url)('sakip/contoh/banyumas-2023.json');`)]);
    expect(esm.stderr).toBe('');
    // ESM keeps one module per file: a subpath's functions are the root's own.
    expect(esm.stdout).toBe('86.41 true false true true true true\n');
    const cjs = node(['-e', script(`
      const root = require('sakip');
      const model = require('sakip/model');
      const verifikasi = require('sakip/verifikasi');
      const batch = require('sakip/batch');
      const data = require('sakip/contoh/banyumas-2023.json');`)]);
    expect(cjs.stderr).toBe('');
    // CommonJS gets one file per entry point: the same results from its own copy.
    expect(cjs.stdout).toBe('86.41 true false true false false false\n');
  });
  it('type-checks from TypeScript (node16 resolution, ESM and CJS files)', () => {
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'node16', moduleResolution: 'node16', strict: true, noEmit: true, skipLibCheck: false, types: [] },
      include: ['*.ts', '*.mts', '*.cts'],
    }));
    writeFileSync(join(dir, 'esm.mts'), `
      import { capaian, Decimal, predikat, type HasilCapaian, type Band } from 'sakip';
      import { CAPAIAN } from 'sakip/sheets';
      import { imporTeks, type HasilImpor } from 'sakip/impor';
      import { validate, IndikatorSchema, type Indikator, type HasilValidasi } from 'sakip/model';
      import { verifyLaporan, type DatasetLaporan, type HasilVerifikasi } from 'sakip/verifikasi';
      import { capaianKolom, nilaiBatch, type HasilBatch } from 'sakip/batch';
      const h: HasilImpor = imporTeks('');
      const m: HasilValidasi<Indikator> = validate(IndikatorSchema, {});
      const vl: (d: DatasetLaporan) => HasilVerifikasi = verifyLaporan;
      const hb: HasilBatch = capaianKolom({ target: [1], realisasi: [1] });
      const nb: Decimal | null = nilaiBatch(hb, 0);
      const c: HasilCapaian = capaian({ target: new Decimal('5.15'), realisasi: '5,85' }, { arah: 'negatif' });
      const v: Decimal | null = c.value;
      const b: Band | null = predikat(c, 'permendagri-86-2017');
      const s: number | string | (number | string)[][] = CAPAIAN(1, 1);
      // @ts-expect-error: arah is 'positif' | 'negatif'
      capaian({ target: 1, realisasi: 1 }, { arah: 'naik' });
      export { v, b, s, h, m, vl, nb };
    `);
    writeFileSync(join(dir, 'cjs.cts'), `
      import sakip = require('sakip');
      const r: sakip.HasilSerapan = sakip.serapan({ pagu: 1, realisasi: 1 });
      import batch = require('sakip/batch');
      import verifikasi = require('sakip/verifikasi');
      import model = require('sakip/model');
      const k: batch.HasilBatch = batch.serapanKolom({ pagu: [1], realisasi: [1] });
      const t: verifikasi.Temuan[] = [];
      const p: model.Program | null = null;
      const d: (sakip.Decimal | null)[] = [r.value, batch.nilaiBatch(k, 0), t.length + (p === null ? 0 : 1) ? null : null];
      export = d;
    `);
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', dir], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
  it('runs its bin through npx', () => {
    const version = spawnSync(npm === 'npm' ? 'npx' : 'npx.cmd', ['--no-install', 'sakip', '--version'], { cwd: dir, encoding: 'utf8' });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const verify = spawnSync(npm === 'npm' ? 'npx' : 'npx.cmd', ['--no-install', 'sakip', 'verify', '--contoh', 'banyumas-2023', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    expect(verify.status).toBe(1);
    expect(JSON.parse(verify.stdout).reports[0].id).toBe('banyumas-2023');
  });
});
