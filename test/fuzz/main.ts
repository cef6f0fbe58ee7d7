/**
 * `npm run fuzz`: the long campaign. Every public entry point and every law for FUZZ_RUNS runs
 * (default 4 × 10^5, which finishes in under 30 minutes on two cores at about 100 µs per run;
 * FUZZ_RUNS=1000000 takes about an hour there; the verifier on mutated datasets and the CSV reader get a share of that, being a
 * thousand times slower per run), from FUZZ_SEED (default random, printed), split over the
 * machine's cores (at most FUZZ_JOBS, default 2), then the CLI on a few hostile files. Writes the
 * summary table to test/.output/fuzz-summary.md and exits 1 when anything failed.
 * FUZZ_ONLY=capaian,serapan limits the run to entry points whose name contains one of the words.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_CASES, cliCase } from './cli.js';
import { jalankan, tabel, type Baris } from './jalankan.js';

const root = join(fileURLToPath(import.meta.url), '..', '..', '..');
const out = join(root, 'test', '.output');
const runs = Number(process.env.FUZZ_RUNS ?? 400_000);
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const only = process.env.FUZZ_ONLY?.split(',').map((w) => w.trim()).filter(Boolean);
const part = process.env.FUZZ_PART; // "i/n" in a worker

let index = 0;
const mine = (name: string): boolean => {
  if (only && !only.some((w) => name.includes(w))) return false;
  if (!part) return true;
  const [i, n] = part.split('/').map(Number) as [number, number];
  return index++ % n === i;
};

if (part) {
  // Most hostile calls end in a typed error; their stack traces are never read here and cost more than the call.
  Error.stackTraceLimit = 0;
  const rows = jalankan(runs, seed, mine, (r) => console.log(`  ${r.name}: ${r.runs} runs, ${(r.ms / 1000).toFixed(1)} s, ${r.failures.raw + r.failures.leak + r.failures.law} failures`));
  writeFileSync(join(out, `fuzz-part-${part.replace('/', '-')}.json`), JSON.stringify(rows));
} else {
  mkdirSync(out, { recursive: true });
  const jobs = Math.max(1, Math.min(cpus().length, Number(process.env.FUZZ_JOBS ?? 2)));
  console.log(`fuzz: seed ${seed} (FUZZ_SEED=${seed} to repeat), ${runs} runs per entry point, ${jobs} processes`);
  const t0 = performance.now();
  const workers = Array.from({ length: jobs }, (_, i) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], { stdio: 'inherit', env: { ...process.env, FUZZ_PART: `${i}/${jobs}`, FUZZ_SEED: String(seed), FUZZ_RUNS: String(runs) } });
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker ${i} exited ${code}`))));
    }),
  );
  await Promise.all(workers);
  const rows: Baris[] = Array.from({ length: jobs }, (_, i) => JSON.parse(readFileSync(join(out, `fuzz-part-${i}-${jobs}.json`), 'utf8')) as Baris[]).flat();
  if (!only || only.some((w) => 'cli'.includes(w))) {
    const t = performance.now();
    const failures = CLI_CASES.map(([name, text]) => [name, cliCase(root, text)] as const).filter(([, f]) => f !== null);
    rows.push({ name: 'CLI sakip verify (spawned)', runs: CLI_CASES.length, failures: { raw: failures.length, leak: 0, law: 0 }, first: failures.length ? { raw: `${failures[0]![0]}: ${failures[0]![1]}` } : {}, ms: performance.now() - t });
  }
  const summary = `${tabel(rows, seed)}\n\nWall time ${((performance.now() - t0) / 60_000).toFixed(1)} min on ${jobs} processes.\n`;
  writeFileSync(join(out, 'fuzz-summary.md'), summary);
  console.log(`\n${summary}`);
  process.exitCode = rows.some((r) => r.failures.raw + r.failures.leak + r.failures.law > 0) ? 1 : 0;
}
