/**
 * Seeded synthetic data shaped like the four reports, for the batch tests and the benchmark:
 * indicator targets and realisasi with 0–4 decimals in both directions with some NA rows, and
 * rupiah budget lines up to 10^13 grouped into programs.
 */
import type { Arah } from '../../src/index.js';

/** mulberry32: a small deterministic PRNG, so every run sees the same data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A decimal string with `d` decimals of an integer number of units (no float formatting involved). */
function units(n: number, d: number): string {
  if (d === 0) return String(n);
  const s = String(n).padStart(d + 1, '0');
  return `${s.slice(0, s.length - d)}.${s.slice(s.length - d)}`;
}

export interface Indicators {
  target: (string | null)[];
  realisasi: (string | null)[];
  arah: Arah[];
}

export function generateIndicators(n: number, seed: number): Indicators {
  const rnd = prng(seed);
  const target: (string | null)[] = new Array(n);
  const realisasi: (string | null)[] = new Array(n);
  const arah: Arah[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const d = Math.floor(rnd() * 5);
    const kind = rnd();
    // Percentages (0–100), counts (up to 100 000) and indices (0–1), as the reports print them.
    const scale = kind < 0.6 ? 100 : kind < 0.85 ? 100_000 : 1;
    const t = Math.max(1, Math.round(rnd() * scale * 10 ** d));
    const r = Math.round(t * (0.3 + rnd() * 1.2));
    const x = rnd();
    target[i] = x < 0.005 ? '0' : units(t, d);
    realisasi[i] = x > 0.98 ? null : units(r, Math.min(4, d + (rnd() < 0.3 ? 1 : 0)) === d ? d : d);
    arah[i] = rnd() < 0.2 ? 'negatif' : 'positif';
  }
  return { target, realisasi, arah };
}

export interface Budget {
  pagu: string[];
  realisasi: (string | null)[];
  induk: Int32Array;
}

export function generateBudget(n: number, groups: number, seed: number): Budget {
  const rnd = prng(seed);
  const pagu: string[] = new Array(n);
  const realisasi: (string | null)[] = new Array(n);
  const induk = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const cents = rnd() < 0.2;
    const p = Math.floor(rnd() ** 3 * 1e13);
    const pUnits = cents ? p * 100 + Math.floor(rnd() * 100) : p;
    const share = rnd() < 0.05 ? 1 : rnd();
    const rUnits = Math.floor(pUnits * share);
    pagu[i] = units(pUnits, cents ? 2 : 0);
    realisasi[i] = rnd() < 0.01 ? null : units(rUnits, cents ? 2 : 0);
    induk[i] = Math.floor(rnd() * groups);
  }
  return { pagu, realisasi, induk };
}
