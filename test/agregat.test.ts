import { describe, expect, it } from 'vitest';
import { capaian, ErrorCode, hitungKategoriCapaian, ikm, jumlah, rataRata, rataRataCapaian, rataRataTertimbang } from '../src/index.js';

describe('means of capaian', () => {
  it('Banyumas: 86,33 is the mean of the sasaran means 100 and 72,66', () => {
    const rows = [
      { sasaran: 'Meningkatnya penanganan sosial', capaian: 100 },
      { sasaran: 'Meningkatnya penanganan sosial', capaian: 100 },
      { sasaran: 'Meningkatnya penanganan sosial', capaian: 100 },
      { sasaran: 'Meningkatnya peran serta masyarakat', capaian: '72,66' },
    ];
    const bySasaran = rataRataCapaian(rows, { mode: 'sasaran', decimals: 2 });
    expect(bySasaran.rounded?.toString()).toBe('86.33');
    expect(bySasaran.perSasaran.map((s) => s.hasil.value?.toString())).toEqual(['100', '72.66']);
    expect(rataRataCapaian(rows, { mode: 'indikator' }).value?.toString()).toBe('93.165');
  });
  it('Buleleng PK 2023: 138,35 is the mean of the seven indicators (113,59; 349,12; 100; 100; 100; 100; 105,76)', () => {
    const r = rataRata(['113,59', '349,12', 100, 100, 100, 100, '105,76'], { decimals: 2 });
    expect(r.rounded?.toString()).toBe('138.35');
    expect(r.n).toBe(7);
  });
  it('leaves NA out and counts it; an empty mean is NA', () => {
    const r = rataRata([capaian({ target: 0, realisasi: 1 }), 80, null, '90']);
    expect(r.value?.toString()).toBe('85');
    expect([r.n, r.na]).toEqual([2, 2]);
    expect(r.explanation).toBe('Rata-rata = (80 + 90) / 2 = 85,00 (2 nilai NA tidak dihitung)');
    expect(rataRata([null]).reason).toBe('tanpa-nilai');
    expect(rataRata(Array.from({ length: 20 }, () => 1)).explanation).toContain('Σ 20 nilai');
    expect(() => rataRataCapaian([], { mode: 'semua' as 'sasaran' })).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_OPTION }));
  });
  it('weighted means', () => {
    expect(rataRataTertimbang([{ nilai: 100, bobot: 3 }, { nilai: 50, bobot: 1 }, { nilai: null, bobot: 5 }]).value?.toString()).toBe('87.5');
    expect(rataRataTertimbang([{ nilai: 100, bobot: 0 }]).reason).toBe('tanpa-nilai');
    expect(() => rataRataTertimbang([{ nilai: 1, bobot: -1 }])).toThrow(expect.objectContaining({ code: ErrorCode.NEGATIVE }));
  });
  it('sums with NA counted', () => {
    const j = jumlah(['5.473.751.535', '5.960.778.324', null], { locale: 'id' });
    expect(j.value.toString()).toBe('11434529859');
    expect(j.na).toBe(1);
  });
});

describe('counts above / at / below 100 %', () => {
  it('Pamekasan style counts, NA separately', () => {
    expect(hitungKategoriCapaian(['98,54', 100, '105,5', null, capaian({ target: 0, realisasi: 0 })])).toEqual({
      diAtas: 1, tepat: 1, diBawah: 1, na: 2,
    });
  });
});

describe('IKM (PermenPANRB 14/2017)', () => {
  const nine = ['3,2', '3,4', '3,1', '3,5', '3,3', '3,6', '3,2', '3,4', '3,3'];
  it('exact weight 1/9 against the published rounded weight 0,11', () => {
    const exact = ikm(nine, { decimals: 2 });
    const rounded = ikm(nine, { bobot: 'dibulatkan', decimals: 2 });
    expect(exact.rounded?.toString()).toBe('83.33');
    expect(rounded.rounded?.toString()).toBe('82.5');
    expect(rounded.bobot.toString()).toBe('0.11');
    expect(exact.mutu?.label).toBe('B');
    expect(ikm(['4', '4']).mutu?.label).toBe('A');
    expect(ikm(['1', '1', '1', '1', '1', '1', '1', '1', '1'], { bobot: 'dibulatkan' }).mutu).toBeNull();
  });
  it('refuses NRR outside 1–4, an empty list and unknown weights', () => {
    expect(() => ikm(['4,5'])).toThrow(expect.objectContaining({ code: ErrorCode.OUT_OF_SCALE, field: 'unsur[0]' }));
    expect(() => ikm([])).toThrow(expect.objectContaining({ code: ErrorCode.EMPTY }));
    expect(() => ikm(['3'], { bobot: 'kira' as 'eksak' })).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_OPTION }));
  });
});
