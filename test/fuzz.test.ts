/**
 * The quick pass of the fuzz suite (issue #8): every public entry point and every law, about 10^3
 * runs each from a fixed seed, and the CLI as a spawned process on a few hostile files. The long
 * campaign is `npm run fuzz` (10^6 runs per entry point, random seed, summary table).
 */
import { join } from 'node:path';
import { types } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLI_CASES, cliCase } from './fuzz/cli.js';
import { jalankan, tabel } from './fuzz/jalankan.js';
import { hostile, lepasBila } from './fuzz/nilai.js';

const RUNS = Number(process.env.FUZZ_QUICK_RUNS ?? 1000);
const SEED = 20261202;

describe('fuzz, quick pass: no raw error, no leak, no broken law', () => {
  const rows = jalankan(RUNS, SEED);
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    expect(r.failures, tabel([r], SEED)).toEqual({ raw: 0, leak: 0, law: 0 });
  });
});

describe('the harness', () => {
  it('puts a fresh Proxy wherever a marker was generated, run after run', () => {
    let proxies = 0;
    for (let seed = 0; seed < 40; seed++) {
      const [args] = fc.sample(fc.array(hostile, { minLength: 20, maxLength: 20 }), { numRuns: 1, seed });
      const markers = args!.filter((v) => v !== null && typeof v === 'object' && 'proxy' in v && Object.isFrozen(v)).length;
      const out = lepasBila(args) as unknown[];
      expect(out.filter((v) => types.isProxy(v)).length).toBe(markers);
      proxies += markers;
    }
    expect(proxies).toBeGreaterThan(0);
  });
});

describe('the CLI as a spawned process, on hostile files', () => {
  const root = join(import.meta.dirname, '..');
  it.each(CLI_CASES)('%s: exit 0, 1 or 2 within seconds, no stack trace, no control sequence', (_name, text) => {
    expect(cliCase(root, text)).toBeNull();
  });
});
