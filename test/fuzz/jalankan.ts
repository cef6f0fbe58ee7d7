/**
 * The fuzz runner: every entry point and every law for a number of runs from one seed, each call
 * classified, the failures counted by class with the first example of each kept for the report.
 */
import fc from 'fast-check';
import { isSakipError } from '../../src/index.js';
import { HUKUM } from './hukum.js';
import { lepasBila } from './nilai.js';
import { TITIK } from './titik.js';

/** How a call failed: a raw (untyped) error, a non-finite / undefined / uncloneable leak, or a law broken. */
export type Kelas = 'raw' | 'leak' | 'law';

export interface Baris {
  readonly name: string;
  readonly runs: number;
  readonly failures: Record<Kelas, number>;
  readonly first: Partial<Record<Kelas, string>>;
  /** Wall time, in milliseconds. */
  readonly ms: number;
  /** CPU time of the process (user + system), in milliseconds: the cost, whatever else the machine runs. */
  readonly cpu: number;
}

/** The first leak in a result: a path and what is wrong there, or null. */
export function leak(value: unknown, path = 'hasil', seen = new Set<unknown>()): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} = ${value}`;
  if (value === null || typeof value !== 'object' || seen.has(value)) return null;
  seen.add(value);
  if (ArrayBuffer.isView(value)) return null; // batch columns hold NaN for NA rows by design
  const d = value as { isFinite?: unknown; toFixed?: unknown };
  if (typeof d.isFinite === 'function' && typeof d.toFixed === 'function') {
    return (value as { isFinite(): boolean }).isFinite() ? null : `${path} = ${String(value)}`;
  }
  if (value instanceof Map) {
    for (const [k, v] of value) {
      const found = leak(v, `${path}.get(${String(k)})`, seen);
      if (found) return found;
    }
    return null;
  }
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) return `${path}.${k} = undefined`;
    const found = leak(v, `${path}.${k}`, seen);
    if (found) return found;
  }
  return null;
}

/** Classifies one call: null when it returned clean data or threw a typed error. */
export function classify(call: () => unknown, sheet = false): { kelas: Kelas; detail: string } | null {
  let out: unknown;
  try {
    out = call();
  } catch (e) {
    if (sheet) return { kelas: 'raw', detail: `threw ${describe(e)}` };
    if (!isSakipError(e)) return { kelas: 'raw', detail: describe(e) };
    const m = (e as Error).message;
    // Control characters in a message reach terminals and logs.
    if (typeof m !== 'string' || /[\u0000-\u001f\u007f-\u009f]/.test(m) || m.length > 2000) return { kelas: 'leak', detail: `message ${JSON.stringify(String(m).slice(0, 80))}` };
    return null;
  }
  if (sheet) {
    const cells = Array.isArray(out) ? out.flat() : [out];
    if (Array.isArray(out) && !out.every((row) => Array.isArray(row))) return { kelas: 'leak', detail: 'not a 2-D array' };
    for (const c of cells) {
      if (typeof c === 'string' && c.startsWith('#SAKIP_ERROR')) return { kelas: 'raw', detail: c.slice(0, 120) };
      if (!(typeof c === 'string' || (typeof c === 'number' && Number.isFinite(c)))) return { kelas: 'leak', detail: `cell ${String(c)}` };
    }
  }
  const found = leak(out);
  if (found) return { kelas: 'leak', detail: found };
  try {
    structuredClone(out);
    JSON.stringify(out);
  } catch (e) {
    return { kelas: 'leak', detail: `not plain data: ${describe(e)}` };
  }
  return null;
}

function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message.slice(0, 160)}`;
  try {
    return String(e).slice(0, 160);
  } catch {
    return 'unprintable';
  }
}

function shown(args: unknown): string {
  try {
    return fc.stringify(args).slice(0, 300);
  } catch {
    return '[unprintable]';
  }
}

/** Runs every entry point and law `runs` times (scaled by its share) from `seed`. */
export function jalankan(runs: number, seed: number, only?: (name: string) => boolean, onRow?: (row: Baris) => void): Baris[] {
  const rows: Baris[] = [];
  const units = [
    ...TITIK.map((t) => ({ name: t.name, arb: t.arb, share: t.share ?? 1, test: (a: unknown[]) => classify(() => t.call(lepasBila(a) as unknown[]), t.sheet) })),
    ...HUKUM.map((h) => ({
      name: h.name,
      arb: h.arb,
      share: h.share ?? 1,
      test: (a: unknown[]) => {
        try {
          const broken = h.check(a);
          return broken === null ? null : { kelas: 'law' as const, detail: broken };
        } catch (e) {
          return { kelas: isSakipError(e) ? ('law' as const) : ('raw' as const), detail: describe(e) };
        }
      },
    })),
  ];
  for (const u of units) {
    if (only && !only(u.name)) continue;
    const n = Math.max(10, Math.round(runs * u.share));
    const failures: Record<Kelas, number> = { raw: 0, leak: 0, law: 0 };
    const first: Partial<Record<Kelas, string>> = {};
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    fc.check(
      fc.property(u.arb, (a) => {
        const r = u.test(a);
        if (r) {
          failures[r.kelas]++;
          first[r.kelas] ??= `${r.detail} ← ${shown(a)}`;
        }
        return true;
      }),
      { numRuns: n, seed, endOnFailure: true },
    );
    const c = process.cpuUsage(c0);
    const row = { name: u.name, runs: n, failures, first, ms: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
    rows.push(row);
    onRow?.(row);
  }
  return rows;
}

/** The summary table as markdown. */
export function tabel(rows: readonly Baris[], seed: number): string {
  const lines = [
    `Seed ${seed}`,
    '',
    '| entry point | runs | raw error | non-finite / undefined leak | law broken | wall time | CPU time |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.name} | ${r.runs} | ${r.failures.raw} | ${r.failures.leak} | ${r.failures.law} | ${(r.ms / 1000).toFixed(1)} s | ${(r.cpu / 1000).toFixed(1)} s |`),
  ];
  const total = rows.reduce((a, r) => a + r.failures.raw + r.failures.leak + r.failures.law, 0);
  lines.push('', `Total failures: ${total}`);
  for (const r of rows) for (const [k, v] of Object.entries(r.first)) lines.push(`- ${r.name} (${k}): ${v}`);
  return lines.join('\n');
}
