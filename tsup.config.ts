import { defineConfig, type Options } from 'tsup';

// tsup's declaration build sets baseUrl, which TypeScript 6 deprecates.
const dts = { entry: { index: 'src/index.ts' }, compilerOptions: { ignoreDeprecations: '6.0' } };
const common: Options = { target: 'es2020', sourcemap: true, outDir: 'dist' };

export default defineConfig([
  // ESM keeps one file per module, so that "sideEffects": false lets bundlers drop whole modules
  // (import { capaian } must not carry budgets, scales or zod).
  { ...common, entry: ['src/**/*.ts'], format: ['esm'], bundle: false, dts },
  // CommonJS consumers get one file.
  { ...common, entry: { index: 'src/index.ts' }, format: ['cjs'], dts },
]);
