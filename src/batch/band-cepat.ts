import { Decimal } from '../angka/decimal.js';
import type { Edges } from '../predikat/predikat.js';
import type { Band, Scale } from '../predikat/scale.js';

/** Band code for a value beyond a scale that declares it invalid (a SAKIP score above 100). */
export const OUT_OF_SCALE = -2;
/** Band code for no band (a gap as printed, or beyond a scale whose rule is `none`). */
export const NO_BAND = -1;

/**
 * A scale compiled for values given as integers of 10^-decimals: each bound becomes an integer
 * threshold, so that band lookup is integer comparison, exactly as `predikat` decides it on the
 * same decimal value (this equivalence is tested against `predikat` itself).
 */
export interface CompiledScale {
  readonly scale: Scale;
  /** Smallest integer inside each band's lower bound (or -Infinity). */
  readonly lo: Float64Array;
  /** Largest integer inside each band's upper bound (or +Infinity). */
  readonly hi: Float64Array;
  readonly lookup: (q: number) => number;
}

export function compileScale(scale: Scale, decimals: number, edges: Edges): CompiledScale {
  const n = scale.bands.length;
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  const factor = new Decimal(10).pow(decimals);
  scale.bands.forEach((b: Band, i) => {
    lo[i] = b.min === null ? -Infinity : lower(b.min.times(factor), b.minInclusive);
    hi[i] = b.max === null ? Infinity : upper(b.max.times(factor), b.maxInclusive);
  });
  const rule = (r: Scale['above']) => (r === 'top-band' ? n - 1 : r === 'bottom-band' ? 0 : r === 'invalid' ? OUT_OF_SCALE : NO_BAND);
  const above = rule(scale.above);
  const below = rule(scale.below);
  const halfOpen = edges === 'half-open';
  const lookup = (q: number): number => {
    if (q < lo[0]!) return below;
    if (q > hi[n - 1]!) return above;
    for (let i = n - 1; i >= 0; i--) {
      if (q < lo[i]!) continue;
      return q <= hi[i]! || halfOpen ? i : NO_BAND;
    }
    return NO_BAND;
  };
  return { scale, lo, hi, lookup };
}

/** The smallest integer q with q ≥ b (inclusive) or q > b (exclusive). */
function lower(b: Decimal, inclusive: boolean): number {
  const c = b.ceil();
  return Number((inclusive || !c.eq(b) ? c : c.plus(1)).toFixed(0));
}

/** The largest integer q with q ≤ b (inclusive) or q < b (exclusive). */
function upper(b: Decimal, inclusive: boolean): number {
  const f = b.floor();
  return Number((inclusive || !f.eq(b) ? f : f.minus(1)).toFixed(0));
}
