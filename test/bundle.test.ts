/** A bundle that imports only `capaian` must not carry the budget, model or verification code. */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

async function bundle(code: string): Promise<string> {
  const out = await build({
    stdin: { contents: code, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    treeShaking: true,
    minify: false,
    mainFields: ['module', 'main'],
  });
  return out.outputFiles[0]!.text;
}

describe('tree-shaking', () => {
  it('import { capaian } leaves out budgets, efisiensi, models, zod and the scales', async () => {
    const code = await bundle(`import { capaian } from './dist/index.js'; console.log(capaian({ target: 1, realisasi: 1 }));`);
    expect(code).toContain('rumus-tidak-sesuai-arah');
    for (const absent of ['Belanja Bantuan Sosial', 'Serapan = ', 'Efisiensi = ', 'verifyAnggaran', 'tercetak', 'Permendagri 86/2017', 'zod', 'ZodMini', 'wajib diisi']) {
      expect(code, absent).not.toContain(absent);
    }
  });
  it('the same from the TypeScript source', async () => {
    const code = await bundle(`import { capaian } from './src/index.ts'; console.log(capaian({ target: 1, realisasi: 1 }));`);
    expect(code).not.toContain('Belanja Bantuan Sosial');
    expect(code).not.toContain('Serapan = ');
  });
  it('import { serapan } carries serapan but not the capaian formulas', async () => {
    const code = await bundle(`import { serapan } from './dist/index.js'; console.log(serapan({ pagu: 1, realisasi: 1 }));`);
    expect(code).toContain('Serapan = ');
    expect(code).not.toContain('PermenPANRB 8/2021');
  });
});

describe('npm run build output', () => {
  it('emits ESM, CJS and separate type files for each, and both load', async () => {
    const { existsSync } = await import('node:fs');
    const { createRequire } = await import('node:module');
    for (const f of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts']) expect(existsSync(`${root}dist/${f}`), f).toBe(true);
    const cjs = createRequire(import.meta.url)(`${root}dist/index.cjs`);
    const esm = await import(`${root}dist/index.js`);
    expect(cjs.capaian({ target: 7, realisasi: '6,5' }, { arah: 'negatif' }).value.toFixed(2)).toBe('107.14');
    expect(esm.capaian({ target: 8, realisasi: 9 }, { arah: 'negatif' }).value.toFixed(2)).toBe('87.50');
  });
});
