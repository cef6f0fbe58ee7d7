import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';
import * as z from 'zod/mini';
import { DatasetLaporanSchema } from './src/verifikasi/dataset.js';

// tsup's declaration build sets baseUrl, which TypeScript 6 deprecates.
// The package's entry points: the root and its subpaths (package.json "exports").
const entries = {
  index: 'src/index.ts',
  model: 'src/model/index.ts',
  verifikasi: 'src/verifikasi/index.ts',
  batch: 'src/batch/index.ts',
  sheets: 'src/sheets/index.ts',
  impor: 'src/impor/index.ts',
};
const dts = { entry: entries, compilerOptions: { ignoreDeprecations: '6.0' } };
// No source maps: they would point at src/, which the package does not ship.
const common: Options = { target: 'es2020', sourcemap: false, outDir: 'dist' };

/** The auditor's page: index.html beside its script, and each example report as a classic script (file:// allows no fetch). */
async function shipWeb(): Promise<void> {
  mkdirSync('dist/web/contoh', { recursive: true });
  copyFileSync('src/web/index.html', 'dist/web/index.html');
  // Each worker's source as a string, so that a file:// page can start it from a blob: URL; the
  // importer's reader and the file reader (pdf.js inside) are loaded only when first needed.
  for (const [src, out, name] of [['pekerja-src', 'pekerja', 'sakipPekerja'], ['pekerja-impor-src', 'pekerja-impor', 'sakipPekerjaImpor'], ['pekerja-berkas-src', 'pekerja-berkas', 'sakipPekerjaBerkas']]) {
    const worker = readFileSync(`dist/web/${src}.global.js`, 'utf8');
    writeFileSync(`dist/web/${out}.js`, `window.${name} = ${JSON.stringify(worker)};\n`);
    rmSync(`dist/web/${src}.global.js`);
  }
  for (const f of readdirSync('src/contoh').filter((x) => x.endsWith('.json'))) {
    const id = f.slice(0, -5);
    const json = JSON.stringify(JSON.parse(readFileSync(`src/contoh/${f}`, 'utf8')));
    writeFileSync(`dist/web/contoh/${id}.js`, `(window.sakipContoh = window.sakipContoh || {})[${JSON.stringify(id)}] = ${json};\n`);
  }
}

/** Ships the example datasets, the JSON Schema generated from the dataset's zod schema, and an executable bin. */
async function shipData(): Promise<void> {
  chmodSync('dist/cli/main.js', 0o755);
  mkdirSync('dist/contoh', { recursive: true });
  for (const f of readdirSync('src/contoh').filter((x) => x.endsWith('.json'))) copyFileSync(`src/contoh/${f}`, `dist/contoh/${f}`);
  const schema = { ...z.toJSONSchema(DatasetLaporanSchema), $id: 'https://www.npmjs.com/package/sakip/laporan.schema.json', title: 'sakip-laporan/1' };
  writeFileSync('dist/laporan.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
}

export default defineConfig([
  // ESM keeps one file per module, so that "sideEffects": false lets bundlers drop whole modules
  // (import { capaian } must not carry budgets, scales or zod).
  // The IIFE's own entry and shim are not modules a user imports.
  { ...common, entry: ['src/**/*.ts', '!src/global.ts', '!src/iife-scope.ts', '!src/web/**'], format: ['esm'], bundle: false, dts, onSuccess: shipData },
  // CommonJS consumers get one file per entry.
  { ...common, entry: entries, format: ['cjs'], dts },
  // Browsers and Google Apps Script: one ES2019 script, one global `Sakip`, dependencies inside.
  {
    entry: { sakip: 'src/global.ts' },
    format: ['iife'],
    globalName: 'Sakip',
    target: 'es2019',
    platform: 'browser',
    outDir: 'dist',
    minify: true,
    noExternal: [/.*/],
    dts: false,
    sourcemap: false,
    // One global only: zod's globalThis registry goes to a private object (src/iife-scope.ts).
    esbuildOptions(options) {
      options.inject = ['src/iife-scope.ts'];
      options.define = { ...options.define, globalThis: 'sakipScope' };
    },
  },
  // The auditor's page (dist/web): one classic script with the library inside, no module loading,
  // so that it runs from file://.
  {
    entry: { 'web/app': 'src/web/app.ts', 'web/pekerja-src': 'src/web/pekerja.ts', 'web/pekerja-impor-src': 'src/web/pekerja-impor.ts', 'web/pekerja-berkas-src': 'src/web/pekerja-berkas.ts' },
    format: ['iife'],
    target: 'es2019',
    platform: 'browser',
    outDir: 'dist',
    minify: true,
    noExternal: [/.*/],
    dts: false,
    sourcemap: false,
    tsconfig: 'src/web/tsconfig.json',
    esbuildOptions(options) {
      options.inject = ['src/iife-scope.ts'];
      options.define = { ...options.define, globalThis: 'sakipScope' };
    },
    onSuccess: shipWeb,
  },
]);
