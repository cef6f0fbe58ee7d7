/**
 * The batch path against the decimal.js computation: every row of a large generated set, and
 * fast-check properties over arbitrary decimals including x,xx5 ties.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capaian, capaianBatch, capaianKolom, Decimal, ErrorCode, nilaiBatch, predikat, predikatBatch, rollupKolom, serapan,
  serapanKolom, type Arah, type Rounding, type RumusId,
} from '../src/index.js';
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
