/** The laws of the domain, as fast-check properties. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capaian, Decimal, efisiensi, formatAngka, formatPersen, formatRupiah, parseAngka, predikat, rollupAnggaran, round,
  scales, serapan, verifyAnggaran, type NodeAnggaran, type RumusId, type Scale,
} from '../src/index.js';

/** A decimal with up to 6 places, as a Decimal of the library clone. */
const decimal = (min: bigint, max: bigint) =>
  fc.tuple(fc.bigInt({ min, max }), fc.integer({ min: 0, max: 6 })).map(([units, scale]) => new Decimal(`${units}e-${scale}`));
const positive = decimal(1n, 10n ** 13n);
const any = decimal(-(10n ** 13n), 10n ** 13n);
const runs = { numRuns: 500 };

describe('capaian laws', () => {
  it('realisasi = target scores 100 under F1, F2, F3 and F4 (F5 is the known bug and scores 0)', () => {
    fc.assert(
      fc.property(any.filter((t) => !t.isZero()), (t) => {
        for (const rumus of ['F1', 'F2', 'F3', 'F4'] as RumusId[]) {
          expect(capaian({ target: t, realisasi: t }, { rumus }).value?.toString()).toBe('100');
        }
        expect(capaian({ target: t, realisasi: t }, { rumus: 'F5' }).value?.toString()).toBe('0');
      }),
      runs,
    );
  });
  it('F1 is increasing and F2, F4 decreasing in realisasi (positive target)', () => {
    fc.assert(
      fc.property(positive, positive, positive, (t, a, b) => {
        fc.pre(!a.eq(b));
        const [lo, hi] = a.lt(b) ? [a, b] : [b, a];
        const at = (r: Decimal, rumus: RumusId) => capaian({ target: t, realisasi: r }, { rumus }).value!;
        expect(at(lo, 'F1').lt(at(hi, 'F1'))).toBe(true);
        expect(at(lo, 'F2').gt(at(hi, 'F2'))).toBe(true);
        expect(at(lo, 'F4').gt(at(hi, 'F4'))).toBe(true);
      }),
      runs,
    );
  });
  it('F2 = F3 exactly', () => {
    fc.assert(
      fc.property(any, any, (t, r) => {
        const f2 = capaian({ target: t, realisasi: r }, { rumus: 'F2' });
        const f3 = capaian({ target: t, realisasi: r }, { rumus: 'F3' });
        expect(f3.value === null ? null : f3.value.toString()).toBe(f2.value === null ? null : f2.value.toString());
        expect(f3.reason).toBe(f2.reason);
      }),
      runs,
    );
  });
  it('no result is ever NaN or Infinity: unmeasurable inputs are NA', () => {
    const maybe = fc.oneof(any, fc.constant(new Decimal(0)), fc.constant(null));
    fc.assert(
      fc.property(maybe, maybe, fc.constantFrom<RumusId>('F1', 'F2', 'F3', 'F4', 'F5'), (t, r, rumus) => {
        const c = capaian({ target: t, realisasi: r }, { rumus });
        const s = serapan({ pagu: t === null ? 0 : t.abs(), realisasi: r === null ? null : r.abs() });
        const e = efisiensi({ capaian: c, serapan: s }, { metode: 'capaian/serapan' });
        for (const x of [c, s, e]) {
          if (x.value === null) expect(x.reason).toBeTypeOf('string');
          else expect(x.value.isFinite()).toBe(true);
        }
      }),
      runs,
    );
  });
});

describe('scale laws', () => {
  const bound = (s: Scale) => {
    const lows = s.bands.map((b) => b.min).filter((x): x is Decimal => x !== null);
    const highs = s.bands.map((b) => b.max).filter((x): x is Decimal => x !== null);
    return { lo: Decimal.min(...lows, ...highs).minus(10), hi: Decimal.max(...lows, ...highs).plus(10) };
  };
  const inBand = (x: Decimal, b: Scale['bands'][number]) =>
    (b.min === null || x.gt(b.min) || (b.minInclusive && x.eq(b.min))) && (b.max === null || x.lt(b.max) || (b.maxInclusive && x.eq(b.max)));
  const inGap = (x: Decimal, g: Scale['gaps'][number]) =>
    (x.gt(g.min) || (g.minInclusive && x.eq(g.min))) && (x.lt(g.max) || (g.maxInclusive && x.eq(g.max)));

  for (const scale of Object.values(scales)) {
    it(`${scale.id}: ordered, no overlap, and a value is in one band, a listed gap, or beyond the range`, () => {
      for (let i = 1; i < scale.bands.length; i++) {
        const lo = scale.bands[i - 1]!;
        const hi = scale.bands[i]!;
        expect(lo.max !== null && hi.min !== null).toBe(true);
        const c = lo.max!.cmp(hi.min!);
        expect(c < 0 || (c === 0 && !(lo.maxInclusive && hi.minInclusive))).toBe(true);
      }
      const { lo, hi } = bound(scale);
      const points = scale.bands.flatMap((b) => [b.min, b.max]).filter((x): x is Decimal => x !== null);
      const values = fc.oneof(
        fc.integer({ min: 0, max: 100_000 }).map((k) => lo.plus(hi.minus(lo).times(k).div(100_000))),
        fc.constantFrom(...points),
        fc.constantFrom(...points).map((p) => p.plus('0.0001')),
        fc.constantFrom(...points).map((p) => p.minus('0.0001')),
      );
      fc.assert(
        fc.property(values, (x) => {
          const containing = scale.bands.filter((b) => inBand(x, b));
          expect(containing.length).toBeLessThanOrEqual(1);
          const gaps = scale.gaps.filter((g) => inGap(x, g));
          const bottom = scale.bands[0]!;
          const top = scale.bands[scale.bands.length - 1]!;
          const below = bottom.min !== null && (x.lt(bottom.min) || (!bottom.minInclusive && x.eq(bottom.min)));
          const above = top.max !== null && (x.gt(top.max) || (!top.maxInclusive && x.eq(top.max)));
          expect(containing.length + gaps.length + (below || above ? 1 : 0)).toBe(1);
          if (containing.length === 1) {
            expect(predikat(x, scale)?.label).toBe(containing[0]!.label);
            expect(predikat(x, scale, { edges: 'half-open' })?.label).toBe(containing[0]!.label);
          } else if (gaps.length === 1) {
            expect(predikat(x, scale)).toBeNull();
            const under = scale.bands.filter((b) => b.max !== null && b.max.lte(gaps[0]!.min)).pop();
            expect(predikat(x, scale, { edges: 'half-open' })?.label).toBe(under!.label);
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('budget tree laws', () => {
  const amount = fc.bigInt({ min: 0n, max: 10n ** 13n }).map((n) => new Decimal(n.toString()));
  const leaf = fc.record({ nama: fc.constant('sub'), pagu: amount, realisasi: amount });
  const kegiatan = fc.record({ nama: fc.constant('kegiatan'), anak: fc.array(leaf, { minLength: 1, maxLength: 6 }) });
  const program = fc.record({ nama: fc.constant('program'), anak: fc.array(kegiatan, { minLength: 1, maxLength: 5 }) });

  it('after roll-up every parent equals the sum of its children', () => {
    fc.assert(
      fc.property(program, (tree) => {
        const check = (n: ReturnType<typeof rollupAnggaran>) => {
          if (n.anak.length === 0) return;
          for (const field of ['pagu', 'realisasi'] as const) {
            const sum = n.anak.reduce((a, k) => a.plus(k[field]!), new Decimal(0));
            expect(n[field]!.eq(sum)).toBe(true);
          }
          n.anak.forEach(check);
        };
        check(rollupAnggaran(tree as NodeAnggaran));
      }),
      { numRuns: 200 },
    );
  });
  it('stated parents equal to their sums give no finding; a parent off by δ gives exactly one, with selisih δ', () => {
    fc.assert(
      fc.property(program, fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }).filter((d) => d !== 0n), (tree, delta) => {
        const rolled = rollupAnggaran(tree as NodeAnggaran);
        const stated: NodeAnggaran = {
          nama: 'program', pagu: rolled.pagu, realisasi: rolled.realisasi,
          anak: tree.anak.map((k, i) => ({ ...k, pagu: rolled.anak[i]!.pagu, realisasi: rolled.anak[i]!.realisasi })),
        };
        expect(verifyAnggaran(stated)).toEqual([]);
        const bumped = rolled.realisasi!.plus(delta.toString());
        fc.pre(!bumped.isNegative());
        const found = verifyAnggaran({ ...stated, realisasi: bumped });
        expect(found.length).toBe(1);
        expect(found[0]!.selisih.toString()).toBe(delta.toString());
      }),
      { numRuns: 200 },
    );
  });
});

describe('number laws', () => {
  it('parseAngka(formatAngka(x)) = x in both styles, and for rupiah and percentages', () => {
    fc.assert(
      fc.property(any, fc.constantFrom<'id' | 'en'>('id', 'en'), (x, locale) => {
        expect(parseAngka(formatAngka(x, { locale }), { locale }).eq(x)).toBe(true);
        expect(parseAngka(formatPersen(x, { locale }), { locale }).eq(x)).toBe(true);
        const dp = x.decimalPlaces();
        expect(parseAngka(formatRupiah(x, { decimals: dp }), { locale: 'id' }).eq(x)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
  it('round agrees with an independent BigInt implementation, including x,xx5 ties', () => {
    const tie = fc.tuple(fc.bigInt({ min: -(10n ** 8n), max: 10n ** 8n }), fc.constantFrom(5n, 50n, 500n, 499n, 501n)).map(
      ([n, t]) => new Decimal(`${n * 1000n + (n < 0n ? -t : t)}e-5`),
    );
    fc.assert(
      fc.property(fc.oneof(any, tie), fc.integer({ min: 0, max: 4 }), (x, d) => {
        expect(round(x, d, 'half-up').toString()).toBe(oracleHalfUp(x.toFixed(), d));
        expect(round(x, d, 'down').toString()).toBe(oracleDown(x.toFixed(), d));
      }),
      { numRuns: 1000 },
    );
  });
});

/** Scaled-integer rounding, written independently of decimal.js. */
function split(text: string, d: number): { neg: boolean; kept: bigint; rest: bigint; restScale: bigint } {
  const neg = text.startsWith('-');
  const [whole, frac = ''] = (neg ? text.slice(1) : text).split('.');
  const padded = frac.padEnd(d, '0');
  const kept = BigInt(whole! + padded.slice(0, d));
  const tail = padded.slice(d);
  return { neg, kept, rest: tail ? BigInt(tail) : 0n, restScale: 10n ** BigInt(tail.length) };
}
function show(neg: boolean, units: bigint, d: number): string {
  return new Decimal(`${neg ? '-' : ''}${units}e-${d}`).toString();
}
function oracleHalfUp(text: string, d: number): string {
  const { neg, kept, rest, restScale } = split(text, d);
  return show(neg, kept + (rest * 2n >= restScale && rest > 0n ? 1n : 0n), d);
}
function oracleDown(text: string, d: number): string {
  const { neg, kept } = split(text, d);
  return show(neg, kept, d);
}
