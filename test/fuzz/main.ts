/**
 * `npm run fuzz`: the long campaign. Every public entry point and every law for FUZZ_RUNS runs
 * each (default 10^6; the verifier on mutated datasets and the CSV reader get a share of that,
 * being a hundred to a thousand times slower per run), from FUZZ_SEED (default random, printed),
 * then the CLI on a few hostile files. The runs of every entry point are split evenly over the
 * processes (FUZZ_JOBS, default 2, at most the machine's cores), process i drawing from seed + i,
 * so that each process has the same mix of work and none waits for another: the campaign takes
 * its CPU time divided by the number of cores. Writes the summary table to
 * test/.output/fuzz-summary.md and exits 1 when anything failed.
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
const runs = Number(process.env.FUZZ_RUNS ?? 1_000_000);
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const only = process.env.FUZZ_ONLY?.split(',').map((w) => w.trim()).filter(Boolean);
const part = process.env.FUZZ_PART; // "i/n" in a worker

const mine = (name: string): boolean => !only || only.some((w) => name.includes(w));

if (part) {
  // Most hostile calls end in a typed error; their stack traces are never read here and cost more than the call.
  Error.stackTraceLimit = 0;
  const [i, n] = part.split('/').map(Number) as [number, number];
  // This process's share of every entry point's runs, from its own seed.
  const share = Math.floor(runs / n) + (i < runs % n ? 1 : 0);
  const rows = jalankan(share, seed + i, mine, (r) => console.log(`  [${i}] ${r.name}: ${r.runs} runs, ${(r.ms / 1000).toFixed(1)} s (CPU ${(r.cpu / 1000).toFixed(1)} s), ${r.failures.raw + r.failures.leak + r.failures.law} failures`));
  writeFileSync(join(out, `fuzz-part-${part.replace('/', '-')}.json`), JSON.stringify(rows));
} else {
  mkdirSync(out, { recursive: true });
  const jobs = Math.max(1, Math.min(cpus().length, Number(process.env.FUZZ_JOBS ?? 2)));
  console.log(`fuzz: seed ${seed} (process i draws from seed + i; FUZZ_SEED=${seed} FUZZ_JOBS=${jobs} to repeat), ${runs} runs per entry point, ${jobs} processes`);
  const t0 = performance.now();
  const workers = Array.from({ length: jobs }, (_, i) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], { stdio: 'inherit', env: { ...process.env, FUZZ_PART: `${i}/${jobs}`, FUZZ_SEED: String(seed), FUZZ_RUNS: String(runs) } });
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker ${i} exited ${code}`))));
    }),
  );
  await Promise.all(workers);
  const rows = gabung(Array.from({ length: jobs }, (_, i) => JSON.parse(readFileSync(join(out, `fuzz-part-${i}-${jobs}.json`), 'utf8')) as Baris[]));
  if (!only || only.some((w) => 'cli'.includes(w))) {
    const t = performance.now();
    const failures = CLI_CASES.map(([name, text]) => [name, cliCase(root, text)] as const).filter(([, f]) => f !== null);
    rows.push({ name: 'CLI sakip verify (spawned)', runs: CLI_CASES.length, failures: { raw: failures.length, leak: 0, law: 0 }, first: failures.length ? { raw: `${failures[0]![0]}: ${failures[0]![1]}` } : {}, ms: performance.now() - t, cpu: 0 });
  }
  const cpu = rows.reduce((a, r) => a + r.cpu, 0);
  const summary = `${tabel(rows, seed)}\n\nWall time ${((performance.now() - t0) / 60_000).toFixed(1)} min on ${jobs} processes (CPU time ${(cpu / 60_000).toFixed(1)} min; process i drew from seed ${seed} + i).\n`;
  writeFileSync(join(out, 'fuzz-summary.md'), summary);
  console.log(`\n${summary}`);
  process.exitCode = rows.some((r) => r.failures.raw + r.failures.leak + r.failures.law > 0) ? 1 : 0;
}

/** The rows of the processes as one per entry point: runs, failures and CPU time summed, the wall time of the slowest. */
function gabung(parts: readonly Baris[][]): Baris[] {
  const byName = new Map<string, Baris>();
  for (const r of parts.flat()) {
    const a = byName.get(r.name);
    if (!a) {
      byName.set(r.name, { ...r, failures: { ...r.failures }, first: { ...r.first } });
      continue;
    }
    for (const k of ['raw', 'leak', 'law'] as const) a.failures[k] += r.failures[k];
    byName.set(r.name, { ...a, runs: a.runs + r.runs, first: { ...r.first, ...a.first }, ms: Math.max(a.ms, r.ms), cpu: a.cpu + r.cpu });
  }
  return [...byName.values()];
}
