import { describe, expect, it } from 'vitest';
import { capaian, ErrorCode, rasio, rumusCapaian, ordinalScales, type RumusId } from '../src/index.js';

const c2 = (r: ReturnType<typeof capaian>) => r.value?.toFixed(2);

describe('capaian: the acceptance vectors', () => {
  it('PermenPANRB 8/2021 worked examples (F2)', () => {
    expect(c2(capaian({ target: 7, realisasi: '6,5' }, { arah: 'negatif' }))).toBe('107.14');
    expect(c2(capaian({ target: 8, realisasi: 9 }, { arah: 'negatif' }))).toBe('87.50');
  });
  it('Buleleng, Persentase penduduk miskin T 5,15 R 5,85 under F1, F2, F4', () => {
    const poverty = { target: '5,15', realisasi: '5,85' };
    expect(c2(capaian(poverty, { arah: 'negatif', rumus: 'F1' }))).toBe('113.59');
    expect(c2(capaian(poverty, { arah: 'negatif' }))).toBe('86.41');
    expect(c2(capaian(poverty, { arah: 'negatif', rumus: 'F4' }))).toBe('88.03');
  });
  it('defaults: positif and F1; negatif and F2', () => {
    expect(capaian({ target: 80, realisasi: '58,13' })).toMatchObject({ arah: 'positif', rumus: 'F1' });
    expect(capaian({ target: 80, realisasi: '58,13' }, { arah: 'negatif' }).rumus).toBe('F2');
  });
  it('explains itself in one Indonesian sentence', () => {
    expect(capaian({ target: '5,15', realisasi: '5,85' }, { arah: 'negatif' }).explanation).toBe(
      'Capaian = (2 × 5,15 − 5,85) / 5,15 × 100 = 86,41 % (F2, indikator negatif)',
    );
    expect(capaian({ target: '0,694', realisasi: '0,7323' }, { decimals: 1 }).explanation).toBe(
      'Capaian = 0,7323 / 0,694 × 100 = 105,5 % (F1, indikator positif)',
    );
  });
  it('warns when the formula does not fit the direction, and about F5', () => {
    expect(capaian({ target: 1, realisasi: 1 }, { arah: 'negatif', rumus: 'F1' }).peringatan).toEqual(['rumus-tidak-sesuai-arah']);
    expect(capaian({ target: 1, realisasi: 1 }, { arah: 'negatif', rumus: 'F5' }).peringatan).toEqual(['rumus-f5-keliru']);
    expect(capaian({ target: 1, realisasi: 1 }).peringatan).toEqual([]);
  });
  it('rounds only when asked, with the named mode, keeping the exact value', () => {
    // Pamekasan PPKS tertangani: T 55, R 54,20, printed 98,54 (truncated; half-up is 98,55).
    const r = capaian({ target: 55, realisasi: '54,20' }, { decimals: 2, rounding: 'down' });
    expect(r.rounded?.toString()).toBe('98.54');
    expect(r.value?.toFixed(6)).toBe('98.545455');
    expect(r.value?.toFixed(2)).toBe('98.55');
    expect(r.pembulatan).toEqual({ decimals: 2, rounding: 'down' });
    expect(capaian({ target: 3, realisasi: 1 }).rounded).toBeNull();
  });
});

describe('capaian: NA is a result, not an exception', () => {
  it.each([
    [{ target: 0, realisasi: 5 }, {}, 'target-nol'],
    [{ target: null, realisasi: 5 }, {}, 'target-kosong'],
    [{ target: 5, realisasi: null }, {}, 'realisasi-kosong'],
    [{ target: 5, realisasi: undefined }, {}, 'realisasi-kosong'],
    [{ target: 5, realisasi: 0 }, { arah: 'negatif', rumus: 'F4' }, 'realisasi-nol'],
    [{ target: 'WTP', realisasi: 'Disclaimer' }, { ordinal: 'opini-bpk' }, 'nilai-kualitatif-tidak-dikenal'],
    [{ target: 'Istimewa', realisasi: 'WTP' }, { ordinal: 'opini-bpk' }, 'nilai-kualitatif-tidak-dikenal'],
    [{ target: 5, realisasi: { pembilang: 3, penyebut: 0 } }, {}, 'penyebut-nol'],
  ] as const)('%j %j → %s', (input, options, reason) => {
    const r = capaian(input as never, options as never);
    expect(r.value).toBeNull();
    expect(r.reason).toBe(reason);
    expect(r.explanation).toMatch(/^Capaian tidak dapat diukur: /);
  });
  it('a realisasi of 0 is measurable under F1 and F2', () => {
    expect(capaian({ target: 5, realisasi: 0 }).value?.toString()).toBe('0');
    expect(capaian({ target: 5, realisasi: 0 }, { arah: 'negatif' }).value?.toString()).toBe('200');
  });
});

describe('capaian: targets of every kind', () => {
  it('range targets (PermenPANRB 8/2021)', () => {
    const range = { min: 80, max: 90 };
    expect(capaian({ target: range, realisasi: 85 }).value?.toString()).toBe('100');
    expect(capaian({ target: range, realisasi: 80 }).value?.toString()).toBe('100');
    expect(c2(capaian({ target: range, realisasi: 95 }))).toBe('105.56');
    expect(capaian({ target: range, realisasi: 60 }).value?.toString()).toBe('75');
    expect(c2(capaian({ target: range, realisasi: 95 }, { arah: 'negatif' }))).toBe('94.44');
    expect(capaian({ target: range, realisasi: 70 }, { arah: 'negatif' }).value?.toString()).toBe('112.5');
    expect(capaian({ target: range, realisasi: 95 }).target?.toString()).toBe('90');
    expect(capaian({ target: range, realisasi: 85 }).explanation).toContain('di dalam rentang');
  });
  it('refuses a range whose min is above its max', () => {
    expect(() => capaian({ target: { min: 90, max: 80 }, realisasi: 85 })).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_OPTION }));
  });
  it('qualitative targets through ordinal scales', () => {
    expect(c2(capaian({ target: 'WTP', realisasi: 'WDP' }, { ordinal: 'opini-bpk' }))).toBe('75.00');
    expect(capaian({ target: 'A', realisasi: 'a' }, { ordinal: 'nilai-sakip' }).value?.toString()).toBe('100');
    expect(capaian({ target: 'Sangat Baik', realisasi: ' sangat  baik ' }, { ordinal: ordinalScales['mutu-ikm']! }).value?.toString()).toBe('100');
    expect(capaian({ target: 'AA', realisasi: 'A' }, { ordinal: 'nilai-sakip' }).explanation).toContain('AA = 7');
    expect(() => capaian({ target: 'A', realisasi: 'A' }, { ordinal: 'nilai-bpk' })).toThrow(expect.objectContaining({ code: ErrorCode.SCALE_UNKNOWN }));
  });
  it('Pamekasan Nilai LHE AKIP: target "A (81,50)" scored by its number, realisasi 80,15 → 98,34', () => {
    expect(c2(capaian({ target: '81,50', realisasi: '80,15' }))).toBe('98.34');
  });
  it('ratio indicators: Pamekasan PPKS tertangani 114.619 / 211.439, Polewali 1187 / 5910', () => {
    const r = rasio({ pembilang: '114.619', penyebut: '211.439' }, { locale: 'id', decimals: 2, rounding: 'down' });
    expect(r.rounded?.toString()).toBe('54.2');
    expect(r.value?.toFixed(4)).toBe('54.2090');
    expect(rasio({ pembilang: 1187, penyebut: 5910 }).value?.toFixed(2)).toBe('20.08');
    expect(rasio({ pembilang: 1, penyebut: 4, pengali: 1 }).value?.toString()).toBe('0.25');
    expect(rasio({ pembilang: 1, penyebut: 4, pengali: 1000 }).explanation).toContain('× 1.000');
    expect(rasio({ pembilang: null, penyebut: 4 }).reason).toBe('realisasi-kosong');
    const viaCapaian = capaian({ target: 20, realisasi: { pembilang: 1187, penyebut: 5910 } }, { decimals: 2 });
    expect(viaCapaian.rounded?.toString()).toBe('100.42');
    expect(viaCapaian.explanation).toMatch(/^Realisasi = 1\.187 \/ 5\.910 × 100 ≈ 20,0846; /);
  });
  it('cumulative realisasi: Buleleng 20,09 % + 3,86 % = 23,95 %', () => {
    const r = capaian({ target: 20, realisasi: '20,09', realisasiSebelumnya: '3,86' });
    expect(r.realisasi?.toString()).toBe('23.95');
    expect(r.explanation).toContain('Realisasi kumulatif = 20,09 + 3,86 = 23,95');
  });
  it('an optional cap, off by default', () => {
    expect(c2(capaian({ target: 34, realisasi: 120 }))).toBe('352.94');
    const capped = capaian({ target: 34, realisasi: 120 }, { batasAtas: 120 });
    expect(capped.value?.toString()).toBe('120');
    expect(capped.capped).toBe(true);
    expect(capped.explanation).toContain('dibatasi 120 %');
    expect(capaian({ target: 100, realisasi: 90 }, { batasAtas: 120 }).capped).toBe(false);
  });
});

describe('capaian: bad options are typed errors', () => {
  it.each([
    [{ arah: 'naik' }, 'arah'],
    [{ rumus: 'F9' }, 'rumus'],
    [{ rumus: 'toString' }, 'rumus'],
    [{ decimals: -2 }, 'decimals'],
    [{ rounding: 'banker' }, 'rounding'],
  ])('%j', (options, field) => {
    expect(() => capaian({ target: 1, realisasi: 1 }, options as never)).toThrow(
      expect.objectContaining({ code: ErrorCode.INVALID_OPTION, field }),
    );
  });
});

describe('results are plain data', () => {
  it('survive JSON.stringify and structuredClone, and are frozen', () => {
    const r = capaian({ target: '5,15', realisasi: '5,85' }, { arah: 'negatif', decimals: 2 });
    expect(Object.isFrozen(r)).toBe(true);
    const json = JSON.parse(JSON.stringify(r));
    expect(json.rounded).toBe('86.41');
    expect(json.value.startsWith('86.4077669902912621359223300970873786407766990')).toBe(true);
    const clone = structuredClone(r);
    expect(clone.explanation).toBe(r.explanation);
    expect(r.value?.plus(1).toFixed(2)).toBe('87.41');
  });
  it('every formula is data with a statement and a source', () => {
    for (const id of ['F1', 'F2', 'F3', 'F4', 'F5'] as RumusId[]) {
      expect(rumusCapaian[id].id).toBe(id);
      expect(rumusCapaian[id].rumus).toMatch(/^C = /);
      expect(rumusCapaian[id].sumber.length).toBeGreaterThan(10);
    }
  });
});

describe('review fixes', () => {
  it('on an ordinal scale a number is not a label: NA, not a mix of rank and score', () => {
    expect(capaian({ target: 'A', realisasi: 80.15 }, { ordinal: 'nilai-sakip' }).reason).toBe('nilai-kualitatif-tidak-dikenal');
    expect(capaian({ target: 'A', realisasi: '80,15' }, { ordinal: 'nilai-sakip' }).reason).toBe('nilai-kualitatif-tidak-dikenal');
  });
  it('explanations show long intermediates to 4 decimals, with one sign', () => {
    const c = capaian({ target: 55, realisasi: { pembilang: '114.619', penyebut: '211.439' } }, { locale: 'id' });
    expect(c.explanation).toBe('Realisasi = 114.619 / 211.439 × 100 ≈ 54,2090; Capaian = ≈54,2090 / 55 × 100 = 98,56 % (F1, indikator positif)');
  });
});
