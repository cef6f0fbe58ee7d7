import { describe, expect, it } from 'vitest';
import {
  capaianIndikator, ErrorCode, IndikatorSchema, LaporanSchema, nodeProgram, parseModel, PerjanjianKinerjaSchema,
  ProgramSchema, validate, verifyAnggaran, type Indikator, type Laporan,
} from '../src/index.js';

const poverty: Indikator = {
  nama: 'Persentase penduduk miskin', satuan: '%', arah: 'negatif', target: '5,15', realisasi: '5,85',
};

describe('models', () => {
  it('an indikator validates, and its capaian follows its own direction', () => {
    const r = validate(IndikatorSchema, poverty);
    expect(r.success).toBe(true);
    expect(capaianIndikator(poverty, { decimals: 2 }).rounded?.toString()).toBe('86.41');
    expect(capaianIndikator({ ...poverty, rumus: 'F1' }).value?.toFixed(2)).toBe('113.59');
  });
  it('qualitative, range, ratio and cumulative indicators', () => {
    expect(capaianIndikator({ nama: 'Opini', satuan: 'opini', arah: 'positif', ordinal: 'opini-bpk',
      target: { kualitatif: 'WTP' }, realisasi: { kualitatif: 'WTP' } }).value?.toString()).toBe('100');
    expect(capaianIndikator({ nama: 'x', satuan: '%', arah: 'positif', target: { min: 80, max: 90 }, realisasi: 85 }).value?.toString()).toBe('100');
    expect(capaianIndikator({ nama: 'x', satuan: '%', arah: 'positif', target: 20,
      realisasi: { pembilang: 1187, penyebut: 5910 } }).value?.toFixed(2)).toBe('100.42');
    expect(capaianIndikator({ nama: 'x', satuan: '%', arah: 'positif', target: 20, realisasi: '20,09',
      realisasiSebelumnya: '3,86' }).realisasi?.toString()).toBe('23.95');
    expect(capaianIndikator({ nama: 'x', satuan: '%', arah: 'positif', target: 20, realisasi: null }).reason).toBe('realisasi-kosong');
  });
  it('validation errors name the path and the value, in Indonesian', () => {
    const r = validate(LaporanSchema, {
      instansi: 'Dinas Sosial', tahun: 2023, skala: ['permendagri-86-2017'], program: [],
      sasaran: [{ nama: 'S1', indikator: [{ ...poverty, arah: 'turun' }, { ...poverty, target: true }, { ...poverty, nama: '' }] }],
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => i.message)).toEqual([
      'sasaran[0].indikator[0].arah: nilai "turun" harus salah satu dari: positif, negatif',
      'sasaran[0].indikator[1].target: nilai true tidak sesuai bentuk mana pun yang diizinkan',
      'sasaran[0].indikator[2].nama: teks "" tidak boleh kosong',
    ]);
    expect(r.issues[0]!.value).toBe('turun');
    const missing = validate(PerjanjianKinerjaSchema, { instansi: 'x', tahun: 1900.5, sasaran: 'none' });
    expect(missing.success ? [] : missing.issues.map((i) => i.message)).toEqual([
      'tahun: nilai 1900.5 harus berupa bilangan bulat',
      'sasaran: nilai "none" harus berupa daftar',
    ]);
    const tooEarly = validate(PerjanjianKinerjaSchema, { instansi: 'x', tahun: 1900, sasaran: [] });
    expect(tooEarly.success ? [] : tooEarly.issues.map((i) => i.message)).toEqual(['tahun: nilai 1900 minimal 1990']);
    const tooLate = validate(PerjanjianKinerjaSchema, { tahun: 2300, sasaran: [] });
    expect(tooLate.success ? [] : tooLate.issues.map((i) => i.message)).toEqual([
      'instansi: wajib diisi (teks)',
      'tahun: nilai 2300 maksimal 2100',
    ]);
    expect(validate(LaporanSchema, null).success).toBe(false);
  });
  it('parseModel throws a typed error naming the first problem', () => {
    expect(() => parseModel(IndikatorSchema, { ...poverty, satuan: 5 })).toThrow(
      expect.objectContaining({ code: ErrorCode.INVALID_MODEL, field: 'satuan' }),
    );
    const ok: Laporan = parseModel(LaporanSchema, { instansi: 'x', tahun: 2023, skala: [], sasaran: [], program: [] });
    expect(ok.tahun).toBe(2023);
  });
  it('a program model becomes a budget tree for roll-up checks', () => {
    const program = parseModel(ProgramSchema, {
      kode: '1.06.04', nama: 'Program Rehabilitasi Sosial', pagu: '500.000.000', realisasi: '400.000.000',
      kegiatan: [{ nama: 'Kegiatan', pagu: '450.000.000', realisasi: '400.000.000',
        subKegiatan: [{ nama: 'Sub', pagu: '450.000.000', realisasi: '400.000.000', output: { indikator: 'orang', target: 90, realisasi: 85 } }] }],
    });
    const found = verifyAnggaran(nodeProgram(program), { locale: 'id' });
    expect(found.map((f) => [f.path.join('/'), f.field, f.selisih.toString()])).toEqual([['1.06.04', 'pagu', '50000000']]);
  });
});
