import { Decimal } from '../angka/decimal.js';
import { indeksBand, posisiBand, type Edges } from '../predikat/predikat.js';
import type { Scale } from '../predikat/scale.js';

/** Band code for a value beyond a scale that declares it invalid (a SAKIP score above 100). */
export const OUT_OF_SCALE = -2;
/** Band code for no band (a gap as printed, or beyond a scale whose rule is `none`). */
export const NO_BAND = -1;

/**
 * A scale compiled for values given as integers of 10^-decimals. The integer line is cut where
 * any band bound falls; within each piece every value stands in the same place on the scale, so
 * `predikat`'s own decision for one value of the piece is the decision for all of it. Lookup is
 * then finding the piece: no comparison rule (inclusive, open, gap, beyond) is stated here.
 */
export interface CompiledScale {
  readonly scale: Scale;
  /** The first integer of each piece after the first, ascending. */
  readonly cuts: Float64Array;
  /** The band code of each piece: a band index, {@link NO_BAND} or {@link OUT_OF_SCALE}. */
  readonly codes: Int16Array;
  readonly lookup: (q: number) => number;
  /** The pieces spelled out from `cuts[0]`, one entry per integer, or null when too long. */
  readonly table: Int16Array | null;
}

/**
 * The band code of q on a compiled scale: the same answer as `c.lookup(q)`, as a function of the
 * module (a batch's loop calls one function for every scale, not each scale's own closure, so
 * its optimised code does not hold on to a previous batch's scale).
 */
export function bandOf(c: CompiledScale, q: number): number {
  const t = c.table;
  if (t === null) return c.lookup(q);
  const i = q - c.cuts[0]!;
  return i < 0 ? c.codes[0]! : i < t.length ? t[i]! : c.codes[c.codes.length - 1]!;
}

/** The longest table of pieces kept (64 K entries, 128 KB). */
const TABEL_MAKS = 65_536;

export function compileScale(scale: Scale, decimals: number, edges: Edges): CompiledScale {
  const factor = new Decimal(10).pow(decimals);
  // A decision can change only between ⌈b·10^d⌉ − 1 and ⌈b·10^d⌉, or between ⌊b·10^d⌋ and
  // ⌊b·10^d⌋ + 1, for each bound b: those integers start the pieces.
  const starts = new Map<string, Decimal>();
  for (const b of scale.bands) {
    for (const bound of [b.min, b.max]) {
      if (bound === null) continue;
      const x = bound.times(factor);
      for (const c of [x.ceil(), x.floor().plus(1)]) starts.set(c.toFixed(0), c);
    }
  }
  const sorted = [...starts.values()].sort((a, b) => a.cmp(b));
  const codeAt = (q: Decimal): number => {
    const i = indeksBand(posisiBand(q.div(factor), scale), scale, edges);
    return i === 'tidak-sah' ? OUT_OF_SCALE : i === null ? NO_BAND : i;
  };
  // The piece before the first cut is represented by the integer just below it.
  const cuts: number[] = [];
  const codes: number[] = [codeAt(sorted.length > 0 ? sorted[0]!.minus(1) : new Decimal(0))];
  for (const start of sorted) {
    const code = codeAt(start);
    // Neighbouring pieces with the same band are one piece.
    if (code === codes[codes.length - 1]) continue;
    cuts.push(Number(start.toFixed(0)));
    codes.push(code);
  }
  const cutArray = Float64Array.from(cuts);
  const codeArray = Int16Array.from(codes);
  const k = cutArray.length;
  const scan = (q: number): number => {
    let j = 0;
    while (j < k && q >= cutArray[j]!) j++;
    return codeArray[j]!;
  };
  // Between the first and the last cut, the pieces spelled out integer by integer when that is
  // short (a 2-decimal scale's bounds span a few thousand): lookup is then one index. The table
  // is filled from the pieces above, so it answers as they do.
  const first = k > 0 ? cutArray[0]! : 0;
  const span = k > 0 ? cutArray[k - 1]! - first : 0;
  if (k === 0 || span > TABEL_MAKS) return { scale, cuts: cutArray, codes: codeArray, lookup: scan, table: null };
  const table = new Int16Array(span);
  for (let i = 0; i < span; i++) table[i] = scan(first + i);
  const before = codeArray[0]!;
  const after = codeArray[k]!;
  const lookup = (q: number): number => (q < first ? before : q - first < span ? table[q - first]! : after);
  return { scale, cuts: cutArray, codes: codeArray, lookup, table };
}
