/**
 * `npm run bench`: the batch path against naive per-row decimal.js and native floats, in one
 * process on the same seeded data. Its last line is machine-readable (RESULT …).
 */
import DecimalJs from 'decimal.js';
import { cpus } from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { capaian, capaianKolom, efisiensi, predikat, rollupKolom, serapan, serapanKolom } from '../../src/index.js';
import { fileReader, fileReaders } from './berkas.js';
import { generateBudget, generateIndicators, prng } from './data.js';
import { textReaders } from './teks.js';

// A child run for one file reader (see berkas.ts): only its line, then out.
if (process.env.SAKIP_BENCH_BERKAS) {
  console.log(await fileReader(process.env.SAKIP_BENCH_BERKAS));
  process.exit(0);
}

const N = Number(process.env.BENCH_ROWS ?? 1_000_000);
const GROUPS = Number(process.env.BENCH_GROUPS ?? 10_000);
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

// What an app writes today with decimal.js: a Decimal per input, per row (at the library's precision).
const D = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_UP });
type Dec = InstanceType<typeof D>;
const HUNDRED = new D(100);
const TWO = new D(2);

/** Permendagri 86/2017 as printed, with above 100 the top band: the band index, or -1 in a gap. */
function bandFloat(x: number): number {
  if (x <= 50) return 0;
  if (x >= 51 && x <= 65) return 1;
  if (x >= 66 && x <= 75) return 2;
  if (x >= 76 && x <= 90) return 3;
  if (x >= 91) return 4;
  return -1;
}
const B = [50, 51, 65, 66, 75, 76, 90, 91].map((x) => new D(x));
function bandDecimal(x: Dec): number {
  if (x.lte(B[0]!)) return 0;
  if (x.gte(B[1]!) && x.lte(B[2]!)) return 1;
  if (x.gte(B[3]!) && x.lte(B[4]!)) return 2;
  if (x.gte(B[5]!) && x.lte(B[6]!)) return 3;
  if (x.gte(B[7]!)) return 4;
  return -1;
}

function time<T>(f: () => T): { ms: number; out: T } {
  gc();
  const t0 = performance.now();
  const out = f();
  return { ms: performance.now() - t0, out };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// ---------------------------------------------------------------- indicators
// Each workload lives in its own function so its data and results are garbage before the next.
type Way = 'library' | 'decimal' | 'float';
const ms: Record<string, Record<Way, number[]>> = { indicator: { library: [], decimal: [], float: [] }, budget: { library: [], decimal: [], float: [] } };
let mismatches = 0;
let floatWrongInd = 0;
let floatWrongBud = 0;
let exactInd = 0;
let exactBud = 0;

/** Runs the three ways RUNS times, interleaved, keeping only the last run's result of each. */
function runs<T extends Record<Way, () => unknown>>(work: string, ways: T): { [K in Way]: ReturnType<T[K]> } {
  const last = {} as { [K in Way]: ReturnType<T[K]> };
  for (let run = 0; run < RUNS; run++) {
    for (const way of ['library', 'decimal', 'float'] as Way[]) {
      const t = time(ways[way]);
      ms[work]![way].push(t.ms);
      // Only the last run's results are kept (for the agreement check), so no run pays for
      // another's garbage.
      if (run === RUNS - 1) (last as Record<Way, unknown>)[way] = t.out;
    }
  }
  return last;
}

function indicatorWorkload(): void {
const ind = generateIndicators(N, 20231231);

const indicator = {
  library: () => capaianKolom({ target: ind.target, realisasi: ind.realisasi }, { arah: ind.arah, scale: 'permendagri-86-2017', locale: 'en' }),
  decimal: () => {
    const out: (Dec | null)[] = new Array(N);
    const band = new Int8Array(N);
    for (let i = 0; i < N; i++) {
      const r = ind.realisasi[i];
      const t = new D(ind.target[i] as string);
      if (r === null || t.isZero()) {
        out[i] = null;
        continue;
      }
      const R = new D(r as string);
      const c = ind.arah[i] === 'negatif' ? TWO.times(t).minus(R).div(t).times(HUNDRED) : R.div(t).times(HUNDRED);
      const rounded = c.toDecimalPlaces(2);
      out[i] = rounded;
      band[i] = bandDecimal(rounded);
    }
    return { out, band };
  },
  float: () => {
    const out = new Float64Array(N);
    const band = new Int8Array(N);
    for (let i = 0; i < N; i++) {
      const rs = ind.realisasi[i];
      const t = Number.parseFloat(ind.target[i] as string);
      if (rs === null || t === 0) {
        out[i] = Number.NaN;
        continue;
      }
      const r = Number.parseFloat(rs as string);
      const c = ind.arah[i] === 'negatif' ? ((2 * t - r) / t) * 100 : (r / t) * 100;
      const rounded = Math.round(c * 100) / 100;
      out[i] = rounded;
      band[i] = bandFloat(rounded);
    }
    return { out, band };
  },
};

  const last = runs('indicator', indicator);
  const lib = last.library;
  const dec = last.decimal;
  const flt = last.float;
  exactInd = lib.exactRows;
  for (let i = 0; i < N; i++) {
    const exact = dec.out[i] ?? null;
    const mine = lib.scaled[i]!;
    const exactScaled = exact === null ? Number.NaN : Number(exact.times(100).toFixed(0));
    if (!(Number.isNaN(mine) && Number.isNaN(exactScaled)) && mine !== exactScaled) mismatches++;
    else if (exact !== null && lib.band![i] !== dec.band[i]) mismatches++;
    const f = flt.out[i]!;
    if (exact !== null && Math.round(f * 100) !== exactScaled) floatWrongInd++;
  }
}

// ---------------------------------------------------------------- budgets
function budgetWorkload(): void {
const bud = generateBudget(N, GROUPS, 20240101);
const budget = {
  library: () => ({
    rows: serapanKolom({ pagu: bud.pagu, realisasi: bud.realisasi }, { locale: 'en' }),
    groups: rollupKolom({ induk: bud.induk, pagu: bud.pagu, realisasi: bud.realisasi }, GROUPS, { locale: 'en' }),
  }),
  decimal: () => {
    const rows: (Dec | null)[] = new Array(N);
    const sumP: Dec[] = Array.from({ length: GROUPS }, () => new D(0));
    const sumR: Dec[] = Array.from({ length: GROUPS }, () => new D(0));
    for (let i = 0; i < N; i++) {
      const p = new D(bud.pagu[i] as string);
      const g = bud.induk[i]!;
      sumP[g] = sumP[g]!.plus(p);
      const rs = bud.realisasi[i];
      if (rs === null) {
        rows[i] = null;
        continue;
      }
      const r = new D(rs as string);
      sumR[g] = sumR[g]!.plus(r);
      rows[i] = p.isZero() ? null : r.div(p).times(HUNDRED).toDecimalPlaces(2);
    }
    const groups = sumP.map((p, g) => (p.isZero() ? null : sumR[g]!.div(p).times(HUNDRED).toDecimalPlaces(2)));
    return { rows, groups, sumP };
  },
  float: () => {
    const rows = new Float64Array(N);
    const sumP = new Float64Array(GROUPS);
    const sumR = new Float64Array(GROUPS);
    for (let i = 0; i < N; i++) {
      const p = Number.parseFloat(bud.pagu[i] as string);
      const g = bud.induk[i]!;
      sumP[g] = sumP[g]! + p;
      const rs = bud.realisasi[i];
      if (rs === null) {
        rows[i] = Number.NaN;
        continue;
      }
      const r = Number.parseFloat(rs as string);
      sumR[g] = sumR[g]! + r;
      rows[i] = p === 0 ? Number.NaN : Math.round((r / p) * 10000) / 100;
    }
    const groups = Array.from(sumP, (p, g) => (p === 0 ? Number.NaN : Math.round((sumR[g]! / p) * 10000) / 100));
    return { rows, groups };
  },
};

  const last = runs('budget', budget);
  const blib = last.library;
  const bdec = last.decimal;
  const bflt = last.float;
  exactBud = blib.rows.exactRows;
  for (let i = 0; i < N; i++) {
    const exact = bdec.rows[i] ?? null;
    const exactScaled = exact === null ? Number.NaN : Number(exact.times(100).toFixed(0));
    const mine = blib.rows.scaled[i]!;
    if (!(Number.isNaN(mine) && Number.isNaN(exactScaled)) && mine !== exactScaled) mismatches++;
    if (exact !== null && Math.round(bflt.rows[i]! * 100) !== exactScaled) floatWrongBud++;
  }
  for (let g = 0; g < GROUPS; g++) {
    const exact = bdec.groups[g];
    const mine = blib.groups.serapan.scaled[g]!;
    const exactScaled = exact == null ? Number.NaN : Number(exact.times(100).toFixed(0));
    if (!(Number.isNaN(mine) && Number.isNaN(exactScaled)) && mine !== exactScaled) mismatches++;
    if (!blib.groups.pagu[g]!.eq(bdec.sumP[g]!.toString())) mismatches++;
    if (exact != null && Math.round(bflt.groups[g]! * 100) !== exactScaled) floatWrongBud++;
  }
}

// ---------------------------------------------------------------- per row
// What an app developer or a spreadsheet calls cell by cell: the public per-row functions, each
// result with its explanation, against the naive decimal.js expression for the same figure
// (`new Decimal(r).div(t).times(100).toFixed(2)`, decimal.js as installed: precision 20).
const ROWS = Number(process.env.BENCH_PERROW ?? 200_000);
type PerRowWay = 'capaian' | 'serapan' | 'predikat' | 'efisiensi' | 'naive' | 'naive60';
const perRowMs: Record<PerRowWay, number[]> = { capaian: [], serapan: [], predikat: [], efisiensi: [], naive: [], naive60: [] };

function perRowWorkload(): void {
  const rnd = prng(20250101);
  const twoDecimals = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  const target: string[] = new Array(ROWS);
  const realisasi: string[] = new Array(ROWS);
  for (let i = 0; i < ROWS; i++) {
    const t = 1 + Math.floor(rnd() * 10_000_000); // 0.01 … 100 000.00
    target[i] = twoDecimals(t);
    realisasi[i] = twoDecimals(Math.floor(t * (0.3 + rnd() * 1.2)));
  }
  let sink = 0;
  const ways: Record<PerRowWay, () => void> = {
    capaian: () => {
      for (let i = 0; i < ROWS; i++) sink += capaian({ target: target[i]!, realisasi: realisasi[i]! }).explanation.length;
    },
    serapan: () => {
      for (let i = 0; i < ROWS; i++) sink += serapan({ pagu: target[i]!, realisasi: realisasi[i]! }).explanation.length;
    },
    predikat: () => {
      for (let i = 0; i < ROWS; i++) sink += predikat(realisasi[i]!, 'permendagri-86-2017')?.label.length ?? 0;
    },
    efisiensi: () => {
      for (let i = 0; i < ROWS; i++) sink += efisiensi({ capaian: target[i]!, serapan: realisasi[i]! }, { metode: 'capaian-serapan' }).explanation.length;
    },
    naive: () => {
      for (let i = 0; i < ROWS; i++) sink += new DecimalJs(realisasi[i]!).div(target[i]!).times(100).toFixed(2).length;
    },
    naive60: () => {
      for (let i = 0; i < ROWS; i++) sink += new D(realisasi[i]!).div(target[i]!).times(100).toFixed(2).length;
    },
  };
  for (let run = 0; run < RUNS; run++) {
    for (const way of Object.keys(ways) as PerRowWay[]) perRowMs[way].push(time(ways[way]).ms);
  }
  // The figures agree with decimal.js at the library's precision, row by row.
  for (let i = 0; i < ROWS; i++) {
    const mine = capaian({ target: target[i]!, realisasi: realisasi[i]! }).value!.toFixed(2);
    if (mine !== new D(realisasi[i]!).div(target[i]!).times(100).toFixed(2)) mismatches++;
    const s = serapan({ pagu: target[i]!, realisasi: realisasi[i]! }).value!.toFixed(2);
    if (s !== new D(realisasi[i]!).div(target[i]!).times(100).toFixed(2)) mismatches++;
  }
  if (sink === 0) console.log('');
}

perRowWorkload();
gc();
indicatorWorkload();
gc();
const peakIndicatorMb = process.resourceUsage().maxRSS / 1024;
budgetWorkload();

// ---------------------------------------------------------------- report
const peakMb = process.resourceUsage().maxRSS / 1024;
const fmt = (x: number, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const row = (work: string, way: Way, label: string) => {
  const m = median(ms[work]![way]);
  const lib = median(ms[work]!.library);
  return `| ${work === 'indicator' ? 'indicators' : 'budget lines'} | ${label} | ${fmt(m)} | ${fmt((N / m) * 1000)} | ${way === 'library' ? '1' : fmt(lib / m, 2)} |`;
};
const cpu = cpus();
console.log(`sakip benchmark: ${fmt(N)} indicators (capaian + predikat + 2 dp) and ${fmt(N)} budget lines (serapan + roll-up into ${fmt(GROUPS)} programs); median of ${RUNS} runs`);
console.log(`machine: ${cpu[0]?.model.trim() ?? 'unknown'} × ${cpu.length}, Node ${process.version}`);
console.log('');
console.log('| workload | way | median ms | rows/s | library time / this |');
console.log('|---|---|---:|---:|---:|');
console.log(row('indicator', 'library', 'sakip batch (exact)'));
console.log(row('indicator', 'decimal', 'decimal.js, naive per row'));
console.log(row('indicator', 'float', 'native floats'));
console.log(row('budget', 'library', 'sakip batch (exact)'));
console.log(row('budget', 'decimal', 'decimal.js, naive per row'));
console.log(row('budget', 'float', 'native floats'));
console.log('');
console.log(`exact-path rows (float filter undecided): ${fmt(exactInd)} indicators, ${fmt(exactBud)} budget lines`);
console.log(`float baseline wrong at 2 dp: ${fmt(floatWrongInd)} indicators, ${fmt(floatWrongBud)} budget figures`);
console.log(`library rows that differ from decimal.js: ${mismatches}; peak resident memory ${fmt(peakIndicatorMb)} MB after the indicator workload, ${fmt(peakMb)} MB in all`);
console.log('');
const us = (way: PerRowWay) => (median(perRowMs[way]) * 1000) / ROWS;
console.log(`per row, ${fmt(ROWS)} random rows with two decimals, µs per call (each result with its explanation):`);
console.log('| call | µs | / naive decimal.js |');
console.log('|---|---:|---:|');
for (const way of ['capaian', 'serapan', 'predikat', 'efisiensi', 'naive60', 'naive'] as PerRowWay[]) {
  const label = way === 'naive' ? '`new Decimal(r).div(t).times(100).toFixed(2)` (decimal.js defaults)' : way === 'naive60' ? 'the same at 60 digits' : `\`${way}()\``;
  console.log(`| ${label} | ${fmt(us(way), 2)} | ${fmt(us(way) / us('naive'), 2)} |`);
}
console.log('');
for (const line of textReaders()) console.log(line);
console.log('');
for (const line of fileReaders()) console.log(line);
// The auditor's page in Chromium, as its own process (playwright is not bundled here).
const halaman = spawnSync(process.execPath, [fileURLToPath(new URL('../bench/halaman.mjs', import.meta.url))], { encoding: 'utf8' });
const webLines = (halaman.stdout ?? '').trim().split('\n');
for (const line of webLines.filter((l) => !l.startsWith('web_'))) console.log(line);
const web = webLines.find((l) => l.startsWith('web_first_findings_ms=')) ?? 'web_first_findings_ms=NA';
const r = (a: number[], b: number[]) => (median(a) / median(b)).toFixed(3);
console.log(
  `RESULT indicator_vs_float=${r(ms.indicator!.library, ms.indicator!.float)} indicator_vs_decimal=${r(ms.indicator!.library, ms.indicator!.decimal)} budget_vs_decimal=${r(ms.budget!.library, ms.budget!.decimal)} budget_vs_float=${r(ms.budget!.library, ms.budget!.float)} peak_mb=${Math.round(peakMb)} mismatches=${mismatches} perrow_vs_decimal=${r(perRowMs.capaian, perRowMs.naive)} perrow_serapan_vs_decimal=${r(perRowMs.serapan, perRowMs.naive)} ${web}`,
);
