import { describe, expect, it } from 'vitest';
import { defineScale, ErrorCode, predikat, scales, type Scale } from '../src/index.js';

const label = (v: string | number, id: string, edges: 'as-printed' | 'half-open' = 'as-printed') =>
  predikat(v, id, { edges })?.label ?? null;

describe('predikat: acceptance vectors', () => {
  it('SAKIP grades (PermenPANRB 88/2021): 90 → A, 90,01 → AA, 30 → D', () => {
    expect(label(90, 'sakip-88-2021')).toBe('A');
    expect(label('90,01', 'sakip-88-2021')).toBe('AA');
    expect(label(30, 'sakip-88-2021')).toBe('D');
    expect(label(0, 'sakip-88-2021')).toBe('D');
    expect(label(100, 'sakip-88-2021')).toBe('AA');
    expect(label('80,15', 'sakip-12-2015')).toBe('A');
    expect(predikat('80,15', 'sakip-88-2021')?.keterangan).toBe('Memuaskan');
  });
  it('Permendagri 86/2017: 90,5 is in a gap as printed and Tinggi half-open; 105,5 is Sangat Tinggi', () => {
    expect(label('90,5', 'permendagri-86-2017')).toBeNull();
    expect(label('90,5', 'permendagri-86-2017', 'half-open')).toBe('Tinggi');
    expect(label('105,5', 'permendagri-86-2017')).toBe('Sangat Tinggi');
    expect(label('105,5', 'permendagri-86-2017', 'half-open')).toBe('Sangat Tinggi');
    expect(label(91, 'permendagri-86-2017')).toBe('Sangat Tinggi');
    expect(label('72,66', 'permendagri-86-2017')).toBe('Sedang');
    expect(label('-20', 'permendagri-86-2017')).toBe('Sangat Rendah');
    expect(label('86,33', 'permendagri-86-2017-baik')).toBe('Baik');
  });
  it('IKM (PermenPANRB 14/2017): 88,30 → B, 88,31 → A; 1–4 scale', () => {
    expect(label('88,30', 'ikm-14-2017')).toBe('B');
    expect(label('88,31', 'ikm-14-2017')).toBe('A');
    expect(predikat('88,305', 'ikm-14-2017', { locale: 'id' })).toBeNull();
    expect(predikat('88,305', 'ikm-14-2017', { locale: 'id', edges: 'half-open' })?.label).toBe('B');
    expect(label('3,5324', 'ikm-14-2017-nrr')).toBe('A');
    expect(() => label('3,532', 'ikm-14-2017-nrr')).toThrow(expect.objectContaining({ code: ErrorCode.AMBIGUOUS_NUMBER }));
    expect(predikat('3,532', 'ikm-14-2017-nrr', { locale: 'id' })?.label).toBe('B');
  });
  it('a SAKIP score above 100 or an IKM below 25 is invalid input', () => {
    expect(() => predikat('100,01', 'sakip-88-2021')).toThrow(expect.objectContaining({ code: ErrorCode.OUT_OF_SCALE }));
    expect(() => predikat(-1, 'sakip-88-2021')).toThrow(expect.objectContaining({ code: ErrorCode.OUT_OF_SCALE }));
    expect(() => predikat(24, 'ikm-14-2017')).toThrow(expect.objectContaining({ code: ErrorCode.OUT_OF_SCALE }));
  });
  it('local scales as printed: Buleleng gaps at 85, 70, 55; Polewali 50 in Cukup Baik', () => {
    expect(label(85, 'buleleng-2023')).toBeNull();
    expect(label(85, 'buleleng-2023', 'half-open')).toBe('Berhasil');
    expect(label('231,35', 'buleleng-2023')).toBe('Sangat berhasil');
    expect(label('46,48', 'buleleng-2023')).toBe('Tidak berhasil');
    expect(label(-3, 'buleleng-2023')).toBe('Tidak berhasil');
    expect(label(50, 'polewali-mandar-2023')).toBe('Cukup Baik');
    expect(label(100, 'polewali-mandar-2023')).toBe('Baik');
    expect(label('100,01', 'polewali-mandar-2023')).toBe('Sangat Baik');
  });
  it('Kepmendagri 690.900.327/1996 efektivitas and efisiensi', () => {
    expect(label(60, 'kepmendagri-690-1996-efektivitas')).toBeNull();
    expect(label(101, 'kepmendagri-690-1996-efektivitas')).toBe('Sangat Efektif');
    expect(label(100, 'kepmendagri-690-1996-efektivitas')).toBe('Efektif');
    expect(label(59, 'kepmendagri-690-1996-efektivitas')).toBe('Tidak Efektif');
    expect(label(100, 'kepmendagri-690-1996-efisiensi')).toBe('Tidak Efisien');
    expect(label(90, 'kepmendagri-690-1996-efisiensi')).toBe('Kurang Efisien');
    expect(label(80, 'kepmendagri-690-1996-efisiensi')).toBe('Cukup Efisien');
    expect(label('59,99', 'kepmendagri-690-1996-efisiensi')).toBe('Sangat Efisien');
  });
  it('an NA capaian result has no predikat; a measured one has', () => {
    expect(predikat({ value: null }, 'permendagri-86-2017')).toBeNull();
  });
});

describe('scales are data with sources', () => {
  const bound = (x: { toString(): string } | null) => (x === null ? '∞' : x.toString());
  const gaps = (s: Scale) => s.gaps.map((g) => `${g.minInclusive ? '[' : '('}${bound(g.min)},${bound(g.max)}${g.maxInclusive ? ']' : ')'}`);

  it('every built-in scale lists exactly the gaps its printed table has', () => {
    expect(Object.keys(scales).sort()).toEqual([
      'buleleng-2023', 'ikm-14-2017', 'ikm-14-2017-nrr', 'kepmendagri-690-1996-efektivitas', 'kepmendagri-690-1996-efisiensi',
      'permendagri-86-2017', 'permendagri-86-2017-baik', 'polewali-mandar-2023', 'sakip-12-2015', 'sakip-88-2021',
    ]);
    expect(gaps(scales['permendagri-86-2017']!)).toEqual(['(50,51)', '(65,66)', '(75,76)', '(90,91)']);
    expect(gaps(scales['permendagri-86-2017-baik']!)).toEqual(['(50,51)', '(65,66)', '(75,76)', '(90,91)']);
    expect(gaps(scales['sakip-88-2021']!)).toEqual([]);
    expect(gaps(scales['sakip-12-2015']!)).toEqual([]);
    expect(gaps(scales['ikm-14-2017']!)).toEqual(['(64.99,65)', '(76.6,76.61)', '(88.3,88.31)']);
    expect(gaps(scales['ikm-14-2017-nrr']!)).toEqual(['(2.5996,2.6)', '(3.064,3.0644)', '(3.532,3.5324)']);
    expect(gaps(scales['kepmendagri-690-1996-efektivitas']!)).toEqual(['[60,60]']);
    expect(gaps(scales['kepmendagri-690-1996-efisiensi']!)).toEqual([]);
    expect(gaps(scales['buleleng-2023']!)).toEqual(['[55,55]', '[70,70]', '[85,85]']);
    expect(gaps(scales['polewali-mandar-2023']!)).toEqual([]);
  });
  it('every built-in scale names its source', () => {
    for (const s of Object.values(scales)) expect(s.source).toMatch(/Permendagri|PermenPANRB|Kepmendagri|LKjIP/);
  });
});

describe('defineScale validates', () => {
  const band = (label: string, min: number | null, max: number | null, minInclusive = true, maxInclusive = true) => ({
    label, min, max, minInclusive, maxInclusive,
  });
  it('refuses overlapping bands, naming them', () => {
    expect(() => defineScale({ id: 'x', source: 's', bands: [band('a', 0, 50), band('b', 50, 100)] })).toThrow(
      expect.objectContaining({ code: ErrorCode.SCALE_OVERLAP, value: 'a / b' }),
    );
    expect(() => defineScale({ id: 'x', source: 's', bands: [band('a', 0, 60), band('b', 50, 100)] })).toThrow(
      expect.objectContaining({ code: ErrorCode.SCALE_OVERLAP }),
    );
    expect(() => defineScale({ id: 'x', source: 's', bands: [band('a', null, 60), band('b', null, 100)] })).toThrow(
      expect.objectContaining({ code: ErrorCode.SCALE_OVERLAP }),
    );
  });
  it('refuses empty bands, missing ids, sources, labels and bad beyond rules', () => {
    expect(() => defineScale({ id: 'x', source: 's', bands: [band('a', 5, 5, true, false)] })).toThrow(expect.objectContaining({ code: ErrorCode.SCALE_INVALID }));
    expect(() => defineScale({ id: 'x', source: 's', bands: [band('a', 6, 5)] })).toThrow(expect.objectContaining({ code: ErrorCode.SCALE_INVALID }));
    expect(() => defineScale({ id: '', source: 's', bands: [band('a', 0, 5)] })).toThrow(expect.objectContaining({ code: ErrorCode.SCALE_INVALID }));
    expect(() => defineScale({ id: 'x', source: '', bands: [band('a', 0, 5)] })).toThrow(expect.objectContaining({ code: ErrorCode.SCALE_INVALID }));
    expect(() => defineScale({ id: 'x', source: 's', bands: [] })).toThrow(expect.objectContaining({ code: ErrorCode.SCALE_INVALID }));
    expect(() => defineScale({ id: 'x', source: 's', bands: [band('', 0, 5)] })).toThrow(expect.objectContaining({ code: ErrorCode.SCALE_INVALID }));
    expect(() => defineScale({ id: 'x', source: 's', bands: [band('a', 0, 5)], above: 'clamp' as 'none' })).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_OPTION }));
    expect(() => defineScale({ id: 'x', source: 's', bands: [band('a', 0, 5)], below: 'clamp' as 'none' })).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_OPTION }));
  });
  it('sorts bands given in any order and handles point bands', () => {
    const s = defineScale({ id: 'x', source: 's', bands: [band('tinggi', 50, 100, false), band('tepat', 50, 50), band('rendah', 0, 50, true, false)] });
    expect(s.bands.map((b) => b.label)).toEqual(['rendah', 'tepat', 'tinggi']);
    expect(predikat(50, s)?.label).toBe('tepat');
    expect(s.gaps).toEqual([]);
    expect(predikat(101, s)).toBeNull();
    expect(predikat(-1, s)).toBeNull();
  });
  it('resolves scales by id and refuses unknown ids and edge modes', () => {
    expect(() => predikat(1, 'nope')).toThrow(expect.objectContaining({ code: ErrorCode.SCALE_UNKNOWN }));
    expect(() => predikat(1, 'toString')).toThrow(expect.objectContaining({ code: ErrorCode.SCALE_UNKNOWN }));
    expect(() => predikat(1, {} as Scale)).toThrow(expect.objectContaining({ code: ErrorCode.SCALE_UNKNOWN }));
    expect(() => predikat(1, 'sakip-88-2021', { edges: 'closed' as 'half-open' })).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_OPTION }));
  });
});

describe('predikat of a rounded result', () => {
  it('grades the figure as printed: 90,996 rounded to 91,00 is Sangat Tinggi', async () => {
    const { capaian } = await import('../src/index.js');
    const c = capaian({ target: 1000, realisasi: '909,96' }, { decimals: 2 });
    expect(c.rounded?.toString()).toBe('91');
    expect(predikat(c, 'permendagri-86-2017')?.label).toBe('Sangat Tinggi');
    expect(predikat(capaian({ target: 1000, realisasi: '909,96' }), 'permendagri-86-2017')).toBeNull();
  });
});
