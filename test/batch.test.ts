/**
 * The batch path against the decimal.js computation: every row of a large generated set, and
 * fast-check properties over arbitrary decimals including x,xx5 ties.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capaian, capaianBatch, capaianKolom, Decimal, ErrorCode, nilaiBatch, predikat, predikatBatch, rollupKolom, serapan,
  roundings, serapanKolom, type Arah, type Rounding, type RumusId,
} from '../src/index.js';
import { kiraDari } from '../src/batch/angka-cepat.js';
import { roundedQuotient } from '../src/batch/pembagian.js';
import { generateBudget, generateIndicators } from './bench/data.js';

const MODES: Rounding[] = ['half-up', 'half-even', 'down', 'up'];

function referenceCapaian(t: string | null, r: string | null, arah: Arah, rumus: RumusId | undefined, decimals: number, rounding: Rounding) {
  const c = capaian({ target: t, realisasi: r }, { arah, ...(rumus ? { rumus } : {}), decimals, rounding, locale: 'en' });
  return { value: c.rounded === null ? null : c.rounded.toFixed(decimals), reason: c.reason };
}

describe('capaianKolom equals capaian() on every row', () => {
  it('200,000 generated indicator rows shaped like the reports (both directions, NA rows), graded', () => {
    const data = generateIndicators(200_000, 7);
    const h = capaianKolom({ target: data.target, realisasi: data.realisasi }, { arah: data.arah, scale: 'permendagri-86-2017', locale: 'en' });
    let mismatches = 0;
    for (let i = 0; i < data.target.length; i++) {
      const ref = referenceCapaian(data.target[i]!, data.realisasi[i]!, data.arah[i]!, undefined, 2, 'half-up');
      const got = nilaiBatch(h, i);
      const band = ref.value === null ? null : predikat(new Decimal(ref.value), 'permendagri-86-2017')?.label ?? null;
      if ((got?.toFixed(2) ?? null) !== ref.value || h.reason[i] !== ref.reason || (predikatBatch(h, i)?.label ?? null) !== band) mismatches++;
    }
    expect(mismatches).toBe(0);
    expect(h.exactRows).toBeLessThan(data.target.length / 100);
  });

  it('a figure beyond the input limits (a tiny target) is read back as the per-row value, not refused (fuzz seed 1768585349)', () => {
    for (const [t, r, arah] of [[7.337941208204932e-37, -33129.705, 'negatif'], [6.9359638530270404e-40, 18.483628, 'positif']] as const) {
      const h = capaianKolom({ target: [t], realisasi: [r] }, { arah, decimals: 2, rounding: 'up', locale: 'en' });
      const per = capaian({ target: t, realisasi: r }, { arah, decimals: 2, rounding: 'up', locale: 'en' });
      expect(per.rounded!.abs().gt('1e40')).toBe(true);
      expect(nilaiBatch(h, 0)!.toFixed(2)).toBe(per.rounded!.toFixed(2));
    }
  });

  it('arbitrary decimals, every formula and rounding mode, including ties', () => {
    const dec = fc
      .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 5 }))
      .map(([m, s]) => new Decimal(`${m}e-${s}`).toFixed());
    const tie = fc.tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 999 })).map(([a, b]) => [String(a * 8), String(b * 8 + 1)]);
    const value = fc.oneof(dec, fc.constantFrom('0', '7', '6.5', '8', '9', '1.005', '0.7323', '0.694'), fc.constant(null));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.tuple(value, value), tie), { minLength: 1, maxLength: 30 }),
        fc.constantFrom<Arah>('positif', 'negatif'),
        fc.constantFrom<RumusId | undefined>(undefined, 'F1', 'F2', 'F3', 'F4', 'F5'),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...MODES),
        (pairs, arah, rumus, decimals, rounding) => {
          const target = pairs.map((p) => p[0]);
          const realisasi = pairs.map((p) => p[1]);
          const h = capaianKolom({ target, realisasi }, { arah, ...(rumus ? { rumus } : {}), decimals, rounding, scale: 'sakip-88-2021', locale: 'en' });
          pairs.forEach((_, i) => {
            const ref = referenceCapaian(target[i]!, realisasi[i]!, arah, rumus, decimals, rounding);
            expect(nilaiBatch(h, i)?.toFixed(decimals) ?? null).toBe(ref.value);
            expect(h.reason[i]).toBe(ref.reason);
            if (ref.value !== null) {
              let band: string | null;
              try {
                band = predikat(new Decimal(ref.value), 'sakip-88-2021')?.label ?? null;
              } catch {
                band = 'out';
              }
              expect(h.band![i] === -2 ? 'out' : (predikatBatch(h, i)?.label ?? null)).toBe(band);
            }
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('rows, Indonesian strings, Decimals, bigints and large values take the exact path and agree', () => {
    const h = capaianBatch([
      { target: '5,15', realisasi: '5,85', arah: 'negatif' },
      { target: 80n, realisasi: new Decimal('58.13') },
      { target: '123456789012345678', realisasi: '1' },
      { target: '1', realisasi: '123456789012345678901' },
      { target: { min: 80, max: 90 } as never, realisasi: 85 },
    ]);
    expect([0, 1, 2, 3, 4].map((i) => nilaiBatch(h, i)?.toFixed(2))).toEqual(['86.41', '72.66', '0.00', '12345678901234567890100.00', '100.00']);
    expect(h.large.size).toBe(1);
    expect(() => capaianKolom({ target: ['1'], realisasi: [] })).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_OPTION }));
    expect(() => capaianKolom({ target: ['abc'], realisasi: ['1'] })).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_NUMBER, field: 'target[0]' }));
    // The same input gate as capaian(): '1.005' is ambiguous unless a locale is given.
    expect(() => capaianKolom({ target: ['1.005'], realisasi: ['1'] })).toThrow(expect.objectContaining({ code: ErrorCode.AMBIGUOUS_NUMBER }));
    expect(nilaiBatch(capaianKolom({ target: ['1.005'], realisasi: ['1'] }, { locale: 'id', decimals: 4 }), 0)?.toFixed(4)).toBe('0.0995');
    expect(nilaiBatch(capaianKolom({ target: ['1.005'], realisasi: ['1'] }, { locale: 'en' }), 0)?.toFixed(2)).toBe('99.50');
    expect(nilaiBatch(capaianKolom({ target: ['5,15'], realisasi: ['5,85'] }, { locale: 'id', arah: 'negatif' }), 0)?.toFixed(2)).toBe('86.41');
  });
});

describe('serapanKolom and rollupKolom equal serapan() and exact sums', () => {
  it('200,000 generated budget lines rolled up into 2,000 programs', () => {
    const data = generateBudget(200_000, 2_000, 11);
    const h = serapanKolom({ pagu: data.pagu, realisasi: data.realisasi }, { locale: 'en' });
    let mismatches = 0;
    for (let i = 0; i < data.pagu.length; i++) {
      const ref = serapan({ pagu: data.pagu[i]!, realisasi: data.realisasi[i]! }, { decimals: 2, locale: 'en' });
      if ((nilaiBatch(h, i)?.toFixed(2) ?? null) !== (ref.rounded?.toFixed(2) ?? null) || h.reason[i] !== ref.reason) mismatches++;
    }
    expect(mismatches).toBe(0);
    const r = rollupKolom({ induk: data.induk, pagu: data.pagu, realisasi: data.realisasi }, 2_000, { locale: 'en' });
    const pagu = Array.from({ length: 2_000 }, () => new Decimal(0));
    const real = Array.from({ length: 2_000 }, () => new Decimal(0));
    data.pagu.forEach((p, i) => {
      pagu[data.induk[i]!] = pagu[data.induk[i]!]!.plus(p);
      if (data.realisasi[i] !== null) real[data.induk[i]!] = real[data.induk[i]!]!.plus(data.realisasi[i]!);
    });
    expect(r.pagu.map(String)).toEqual(pagu.map(String));
    expect(r.realisasi.map(String)).toEqual(real.map(String));
    expect(nilaiBatch(r.serapan, 5)?.toFixed(2)).toBe(serapan({ pagu: pagu[5]!, realisasi: real[5]! }).value?.toFixed(2));
  });
  it('sums beyond 2^53 stay exact, and bad lines are typed errors', () => {
    const r = rollupKolom({ induk: [0, 0, 0, 1], pagu: ['9999999999999.99', '9999999999999.99', '0.001', '123456789012345678.5'], realisasi: [null, '1', '2', '3'] }, 2, { locale: 'en' });
    expect(r.pagu.map(String)).toEqual(['19999999999999.981', '123456789012345678.5']);
    expect(r.realisasi.map(String)).toEqual(['3', '3']);
    expect(() => rollupKolom({ induk: [2], pagu: ['1'], realisasi: ['1'] }, 2)).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_TREE }));
    expect(() => rollupKolom({ induk: [0], pagu: ['-1'], realisasi: ['1'] }, 1)).toThrow(expect.objectContaining({ code: ErrorCode.NEGATIVE }));
    expect(() => rollupKolom({ induk: [0], pagu: [null as never], realisasi: ['1'] }, 1)).toThrow(expect.objectContaining({ code: ErrorCode.EMPTY }));
    expect(() => serapanKolom({ pagu: ['-1'], realisasi: ['1'] })).toThrow(expect.objectContaining({ code: ErrorCode.NEGATIVE }));
    expect(() => serapanKolom({ pagu: ['1'], realisasi: [] })).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_OPTION }));
  });
});

describe('the fast path edges', () => {
  const DEC = (a: bigint | number | string, b: bigint | number | string) => new Decimal(a.toString()).div(b.toString());

  it('roundedQuotient gives decimal.js rounding in every mode, ties, integers, signs and sizes included (or leaves the row)', () => {
    const mode = fc.constantFrom(...MODES).map((r) => roundings[r].mode);
    // Ties and exact integers are frequent: b divides 2a·10^k often with small b.
    const a = fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.bigInt({ min: -(2n ** 53n) + 1n, max: 2n ** 53n - 1n }).map(Number));
    const b = fc.oneof(fc.constantFrom(1, 2, 4, 5, 8, 16, 20, 25, 40, 125, -8, -2), fc.integer({ min: 1, max: 2 ** 31 }), fc.bigInt({ min: 1n, max: 2n ** 53n - 1n }).map(Number));
    fc.assert(
      fc.property(a, b, fc.integer({ min: 0, max: 6 }), mode, (x, y, k, m) => {
        const got = roundedQuotient(x, y, k, m);
        const want = DEC(x, y).times(new Decimal(10).pow(k)).toDecimalPlaces(0, m);
        if (!Number.isNaN(got)) expect(new Decimal(got).eq(want) && Object.is(got, 0) === (want.isZero() && !want.isNeg())).toBe(true);
        // Within the exact step's range every row is decided here.
        if (Math.abs(x) * 10 ** k <= 2 ** 52 && Math.abs(y) <= 2 ** 52 && Math.abs(want.toNumber()) < 2 ** 49) expect(got).not.toBeNaN();
      }),
      { numRuns: 3000 },
    );
  });

  it('with operands off by a few ulp, roundedQuotient(…, false) is decimal.js on the true figures or NaN', () => {
    const mode = fc.constantFrom(...MODES).map((r) => roundings[r].mode);
    const big = fc.bigInt({ min: 10n ** 15n, max: 10n ** 30n });
    fc.assert(
      // Number(v) is within half an ulp; the factor moves it by at most 14 more (and one rounding).
      fc.property(big, big, fc.integer({ min: -14, max: 14 }), fc.integer({ min: -14, max: 14 }), mode, (x, y, ex, ey, m) => {
        const off = (v: bigint, e: number) => Number(v) * (1 + e * Number.EPSILON);
        const got = roundedQuotient(off(x, ex), off(y, ey), 4, m, false);
        if (!Number.isNaN(got)) expect(new Decimal(got).eq(DEC(x, y).times(10_000).toDecimalPlaces(0, m))).toBe(true);
      }),
      { numRuns: 2000 },
    );
    // A tie or an integer quotient cannot be told from inexact operands: it is left to the exact path.
    expect(roundedQuotient(1e20, 8e20, 2, roundings['half-up'].mode, false)).toBeNaN();
    expect(roundedQuotient(3e20, 1e20, 0, roundings.down.mode, false)).toBeNaN();
  });

  it('kiraDari reads a Decimal of up to eight words within 16 ulp, and refuses what it cannot', () => {
    const digits = fc.bigInt({ min: 1n, max: 10n ** 40n });
    fc.assert(
      fc.property(digits, fc.integer({ min: -30, max: 30 }), fc.boolean(), (m, e, neg) => {
        const d = new Decimal(`${neg ? '-' : ''}${m}e${e}`);
        const k = kiraDari(d);
        if (Number.isNaN(k)) return;
        const rel = d.minus(k).div(d).abs().toNumber();
        expect(rel).toBeLessThanOrEqual(16 * Number.EPSILON);
        expect(Math.sign(k)).toBe(neg ? -1 : 1);
      }),
      { numRuns: 3000 },
    );
    expect(kiraDari(new Decimal('1' + '0'.repeat(55) + '1'))).toBeNaN(); // nine words
    expect(kiraDari(new Decimal('1.000000000000000000000000000001'))).toBeNaN(); // 10^-30 would be needed
  });

  it('ties x,xx5 in both signs and every mode are decided on the fast path, as capaian() decides them', () => {
    // r / t × 100 = 12.5, 0.125 × 10^2 …: exact ties at the rounding digit.
    const pairs: [string, string][] = [['8', '1'], ['-8', '1'], ['8', '-1'], ['80', '1'], ['0.08', '0.00001'], ['16', '3'], ['400', '1'], ['-400', '1']];
    for (const rounding of MODES) {
      for (const decimals of [0, 1, 2]) {
        const h = capaianKolom({ target: pairs.map((p) => p[0]), realisasi: pairs.map((p) => p[1]) }, { decimals, rounding, locale: 'en' });
        pairs.forEach(([t, r], i) => expect(nilaiBatch(h, i)?.toFixed(decimals), `${r}/${t} ${rounding} ${decimals}`).toBe(referenceCapaian(t, r, 'positif', undefined, decimals, rounding).value));
        expect(h.exactRows).toBe(0);
      }
    }
  });

  it('zero, negative zero, blanks, a zero target and leading zeros agree with capaian()', () => {
    const target = ['-5', '5', '0', null, '5', '000000000000000000000000000012.5', '-0', '7', undefined];
    const realisasi = ['0', '-0', '3', '1', null, '0000000000000000000000000000000005', '1', '-0.001', '1'];
    for (const arah of ['positif', 'negatif'] as Arah[]) {
      const h = capaianKolom({ target, realisasi }, { arah, locale: 'en' });
      target.forEach((t, i) => {
        const ref = referenceCapaian(t ?? null, realisasi[i] ?? null, arah, undefined, 2, 'half-up');
        expect(nilaiBatch(h, i)?.toFixed(2) ?? null, `${realisasi[i]}/${t} ${arah}`).toBe(ref.value);
        expect(h.reason[i]).toBe(ref.reason);
      });
    }
  });

  it('very long digit strings take the exact path and agree', () => {
    const long = ['1234567890123456', '123456789012345678901234567890.1234567890', '0.0000000000000000000012345', '999999999999999', '1000000000000000'];
    const h = capaianKolom({ target: long, realisasi: [...long].reverse() }, { locale: 'en', decimals: 4 });
    long.forEach((t, i) => expect(nilaiBatch(h, i)?.toFixed(4)).toBe(referenceCapaian(t, long[long.length - 1 - i]!, 'positif', undefined, 4, 'half-up').value));
    const s = serapanKolom({ pagu: ['12345678901234567.89', '98765432109876543210', '1000000000000000000'], realisasi: ['1234567890123456.78', '98765432109876543210', '500000000000000000'] }, { locale: 'en' });
    expect([0, 1, 2].map((i) => nilaiBatch(s, i)?.toFixed(2))).toEqual([
      serapan({ pagu: '12345678901234567.89', realisasi: '1234567890123456.78' }, { decimals: 2 }).rounded?.toFixed(2),
      serapan({ pagu: '98765432109876543210', realisasi: '98765432109876543210' }, { decimals: 2 }).rounded?.toFixed(2),
      serapan({ pagu: '1000000000000000000', realisasi: '500000000000000000' }, { decimals: 2 }).rounded?.toFixed(2),
    ]);
    // Figures past 15 digits are filtered as doubles: none of these is near a deciding point.
    expect(s.exactRows).toBe(0);
  });

  it('the reasons column is one array, read on demand, and survives structuredClone and JSON', () => {
    const h = capaianKolom({ target: ['0', '1', '1'], realisasi: ['1', null, '1'] });
    expect(Array.isArray(h.reason)).toBe(true);
    expect(h.reason).toBe(h.reason);
    expect(h.reason).toEqual(['target-nol', 'realisasi-kosong', null]);
    expect(structuredClone(h).reason).toEqual(h.reason);
    expect(JSON.parse(JSON.stringify(h)).reason).toEqual(h.reason);
    expect(Object.isFrozen(h)).toBe(true);
  });

  it('program totals: carries, digits with inner zeros, zero and blank groups equal the exact sums', () => {
    // Group 0: twelve lines of 10^15 − 1 hundredths leave the safe integers and carry. Group 1:
    // 10^8 then a value with 8 decimals rescales past 2^53 and continues in BigInt. Group 2: a
    // total of 100000000.05, whose low part has inner zeros. Group 3: zero. Group 4: blanks.
    const nines = Array.from({ length: 12 }, () => '9999999999999.99');
    const kolom = {
      induk: [...nines.map(() => 0), 1, 1, 2, 2, 3, 4, 4, 4],
      pagu: [...nines, '100000000', '0.00000001', '100000000', '0.05', '0', '100000000.5', '1', '10'],
      realisasi: [...nines.map((x, i) => (i === 5 ? null : x)), '1', '100000000', '0.05', '0', '0', null, null, '10.000'],
    };
    for (const kosong of ['nol', 'tidak-diketahui'] as const) {
      const r = rollupKolom(kolom, 5, { locale: 'en', kosong });
      for (let g = 0; g < 5; g++) {
        const lines = kolom.induk.flatMap((x, i) => (x === g ? [i] : []));
        const pagu = lines.reduce((s, i) => s.plus(kolom.pagu[i]!), new Decimal(0));
        const blank = lines.some((i) => kolom.realisasi[i] === null);
        const real = blank && kosong === 'tidak-diketahui' ? null : lines.reduce((s, i) => s.plus(kolom.realisasi[i] ?? 0), new Decimal(0));
        expect(r.pagu[g]!.toFixed(), `pagu ${g}`).toBe(pagu.toFixed());
        expect(r.realisasi[g]?.toFixed() ?? null, `realisasi ${g} ${kosong}`).toBe(real?.toFixed() ?? null);
        const ref = real === null ? null : serapan({ pagu, realisasi: real }, { decimals: 2 }).rounded?.toFixed(2) ?? null;
        expect(nilaiBatch(r.serapan, g)?.toFixed(2) ?? null, `serapan ${g}`).toBe(ref);
      }
    }
  });
});
