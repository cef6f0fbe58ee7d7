import { describe, expect, it } from 'vitest';
import { bacaCsv, ErrorCode, kodeTemuan, verifyLaporan, type Baris, type DatasetLaporan, type SkalaTercetak } from '../src/index.js';

const dataset = (baris: Baris[], extra: Partial<DatasetLaporan> = {}, table: Record<string, unknown> = {}): DatasetLaporan => ({
  format: 'sakip-laporan/1', id: 'uji', instansi: 'Dinas Uji', tahun: 2023, locale: 'id', skala: [],
  tabel: [{ id: 'Tabel 3.3', ...table, baris }], ...extra,
});
const codes = (d: DatasetLaporan) => verifyLaporan(d).findings.map((f) => f.code);

const permendagri: SkalaTercetak = {
  id: 'skala-3.1', table: 'Tabel 3.1', sumber: 'Permendagri Nomor 86 Tahun 2017', mengacu: 'permendagri-86-2017', above: 'top-band',
  bands: [
    { label: 'Sangat Tinggi', min: '91', minInclusive: true, max: '100', maxInclusive: true },
    { label: 'Tinggi', min: '76', minInclusive: true, max: '90', maxInclusive: true },
    { label: 'Sedang', min: '66', minInclusive: true, max: '75', maxInclusive: true },
    { label: 'Rendah', min: '51', minInclusive: true, max: '65', maxInclusive: true },
    { label: 'Sangat Rendah', min: null, minInclusive: false, max: '50', maxInclusive: true },
  ],
};

describe('verifyLaporan: capaian', () => {
  it('a right figure gives no finding; a wrong one gives CAPAIAN_SALAH with both figures', () => {
    expect(codes(dataset([{ nama: 'Desa', target: '80', realisasi: '58,13', capaian: '72,66' }]))).toEqual([]);
    const [f] = verifyLaporan(dataset([{ id: 'd22', nama: 'Desa', kolom: 'Tahun 2022', target: '70', realisasi: '95,02', capaian: '135,71' }])).findings;
    expect(f).toMatchObject({
      code: 'CAPAIAN_SALAH', severity: 'error', published: '135,71', recomputedPrinted: '135,74', rowId: 'd22',
      location: { table: 'Tabel 3.3', row: 'Desa', column: 'Tahun 2022 › Capaian (%)' },
    });
    expect(f!.recomputed!.startsWith('135.742857142857')).toBe(true);
    expect(f!.message).toContain('135,74');
  });
  it('Buleleng: a lower-is-better indicator scored R / T is CAPAIAN_ARAH_TERBALIK', () => {
    const [f] = verifyLaporan(dataset([{ nama: 'Persentase penduduk miskin', arah: 'negatif', target: '5,15%', realisasi: '5,85%', capaian: '113,59' }])).findings;
    expect(f).toMatchObject({ code: 'CAPAIAN_ARAH_TERBALIK', severity: 'error', recomputedPrinted: '86,41' });
  });
  it('a truncated figure is rounding, not error; F4 without a stated formula is a warning; F4 stated is fine', () => {
    expect(codes(dataset([{ nama: 'IDM', target: '0,694', realisasi: '0,7323', capaian: '105,51' }]))).toEqual(['CAPAIAN_PEMBULATAN']);
    expect(verifyLaporan(dataset([{ nama: 'IDM', target: '0,694', realisasi: '0,7323', capaian: '105,51' }])).findings[0]!.severity).toBe('rounding');
    expect(codes(dataset([{ nama: 'x', arah: 'negatif', target: '5,15', realisasi: '5,85', capaian: '88,03' }]))).toEqual(['CAPAIAN_RUMUS_LAIN']);
    expect(codes(dataset([{ nama: 'x', arah: 'negatif', rumus: 'F4', target: '5,15', realisasi: '5,85', capaian: '88,03' }]))).toEqual([]);
    expect(codes(dataset([{ nama: 'x', arah: 'negatif', target: '5,15', realisasi: '5,85', capaian: '86,41' }], {}, { rumus: 'F3' }))).toEqual([]);
  });
  it('target 0 with a printed capaian, qualitative targets, ratio rows and output-based capaian', () => {
    expect(codes(dataset([{ nama: 'x', target: '0', realisasi: '5', capaian: '100' }]))).toEqual(['CAPAIAN_TIDAK_TERUKUR']);
    expect(codes(dataset([{ nama: 'SAKIP', ordinal: 'nilai-sakip', target: 'A', realisasi: 'A', capaian: '100' }]))).toEqual([]);
    expect(codes(dataset([{ nama: 'IKM', target: 'Sangat Baik', realisasi: 'Sangat Baik', capaian: '100' }]))).toEqual([]);
    expect(codes(dataset([{ nama: 'PPKS', pembilang: '114.619', penyebut: '211.439', realisasi: '54,20' }]))).toEqual(['RASIO_PEMBULATAN']);
    expect(codes(dataset([{ nama: 'x', pembilang: '1187', penyebut: '5910', realisasi: '20,8' }]))).toEqual(['RASIO_SALAH']);
    expect(codes(dataset([{ nama: 'Sub', outputTarget: '40', outputRealisasi: '30', capaian: '70' }]))).toEqual(['CAPAIAN_SALAH']);
  });
});

describe('verifyLaporan: predikat and scales', () => {
  const graded = (capaian: string, predikat: string) => dataset([{ nama: 'x', capaian, predikat }], { skala: [permendagri] }, { skala: 'skala-3.1' });
  it('checks labels against the printed scale and reports its gaps once', () => {
    expect(codes(graded('72,66', 'Sedang'))).toEqual(['SKALA_CELAH']);
    expect(codes(graded('72,66', 'Tinggi'))).toEqual(['SKALA_CELAH', 'PREDIKAT_SALAH']);
    expect(codes(graded('90,5', 'Tinggi'))).toEqual(['SKALA_CELAH', 'PREDIKAT_CELAH']);
    expect(codes(graded('90,5', 'Sedang'))).toEqual(['SKALA_CELAH', 'PREDIKAT_SALAH']);
    expect(codes(graded('105,5', 'Sangat tinggi'))).toEqual(['SKALA_CELAH', 'SKALA_DI_ATAS_RENTANG']);
  });
  it('a SAKIP score against its grade: Polewali 75,16 printed B is BB', () => {
    const d = dataset([{ nama: 'Nilai SAKIP 2020', nilai: '75,16', predikat: 'B', skala: 'sakip-88-2021' }]);
    expect(verifyLaporan(d).findings[0]).toMatchObject({ code: 'PREDIKAT_SALAH', published: 'B' });
    expect(codes(dataset([{ nama: 'x', nilai: '80,15', predikat: 'Memuaskan', skala: 'sakip-88-2021' }]))).toEqual([]);
    expect(codes(dataset([{ nama: 'x', nilai: '120', predikat: 'AA', skala: 'sakip-88-2021' }]))).toEqual(['PREDIKAT_SALAH']);
  });
  it('an overlapping printed scale is reported and either label is accepted at the shared point', () => {
    const overlap: SkalaTercetak = {
      id: 'pm', sumber: 'keterangan tabel', bands: [
        { label: 'Cukup Baik', min: '0', minInclusive: true, max: '50', maxInclusive: true },
        { label: 'Baik', min: '50', minInclusive: true, max: '100', maxInclusive: true },
        { label: 'Sangat Baik', min: '100', minInclusive: false, max: null, maxInclusive: false },
      ],
    };
    const d = (capaian: string, predikat: string) => dataset([{ nama: 'x', capaian, predikat }], { skala: [overlap] }, { skala: 'pm' });
    expect(codes(d('50', 'Baik'))).toEqual(['SKALA_TUMPANG_TINDIH']);
    expect(codes(d('50', 'Cukup Baik'))).toEqual(['SKALA_TUMPANG_TINDIH']);
    expect(codes(d('100', 'Sangat Baik'))).toEqual(['SKALA_TUMPANG_TINDIH', 'PREDIKAT_SALAH']);
  });
  it('compares a printed scale with the regulation it cites', () => {
    const shifted = { ...permendagri, bands: permendagri.bands.map((b) => (b.label === 'Tinggi' ? { ...b, min: '77' } : b)) };
    expect(codes(dataset([], { skala: [shifted] }))).toEqual(['SKALA_CELAH', 'SKALA_BEDA_REGULASI']);
    const local: SkalaTercetak = { ...permendagri, bands: permendagri.bands.map((b) => (b.label === 'Tinggi' ? { ...b, min: '80' } : b)) };
    const d = dataset([{ nama: 'x', capaian: '78', predikat: 'Sedang' }], { skala: [{ ...local, bands: [...local.bands.filter((b) => b.label !== 'Sedang'), { label: 'Sedang', min: '66', minInclusive: true, max: '80', maxInclusive: false }] }] }, { skala: 'skala-3.1' });
    expect(codes(d)).toContain('PREDIKAT_BEDA_REGULASI');
  });
});

describe('verifyLaporan: budgets, efficiency, aggregates, links', () => {
  const banyumas38: Baris[] = [
    { id: 'j', nama: 'JUMLAH', level: 'total', pagu: '14.738.747.396', realisasiAnggaran: '11.439.239.889' },
    { id: 's1', nama: 'Sasaran 1', induk: 'j', pagu: '8.275.427.708', realisasiAnggaran: '5.473.751.535', serapan: '66,14', sisa: '2.801.676.173' },
    { id: 's2', nama: 'Sasaran 2', induk: 'j', pagu: '6.458.319.688', realisasiAnggaran: '5.960.778.324', serapan: '92,29' },
  ];
  it('Banyumas Tabel 3.8: the totals do not add up; a truncated serapan is rounding', () => {
    const f = verifyLaporan(dataset(banyumas38)).findings;
    expect(f.map((x) => [x.code, x.location.row, x.published, x.recomputedPrinted])).toEqual([
      ['SERAPAN_PEMBULATAN', 'Sasaran 2', '92,29', '92,30'],
      ['ROLLUP_SALAH', 'JUMLAH', '14.738.747.396', '14.733.747.396'],
      ['ROLLUP_SALAH', 'JUMLAH', '11.439.239.889', '11.434.529.859'],
    ]);
  });
  it('serapan, sisa and spending above pagu', () => {
    expect(codes(dataset([{ nama: 'JUMLAH', pagu: '1,592,899,227', realisasiAnggaran: '1,577,167,659', serapan: '91.35' }], { locale: 'en' }))).toEqual(['SERAPAN_SALAH']);
    expect(codes(dataset([{ nama: 'Surat', pagu: '937.000', realisasiAnggaran: '937.500', sisa: '500' }]))).toEqual(['PAGU_REALISASI_TERTUKAR']);
    expect(codes(dataset([{ nama: 'Surat', pagu: '937.000', realisasiAnggaran: '937.500', sisa: '-500' }]))).toEqual(['SERAPAN_LEBIH_100']);
    expect(codes(dataset([{ nama: 'Surat', pagu: '937.000', realisasiAnggaran: '937.500', sisa: '400' }]))).toEqual(['SERAPAN_LEBIH_100', 'SISA_SALAH']);
  });
  it('efficiency under the stated method, the method its numbers follow, or none', () => {
    const row = (efisiensi: string, capaian = '0', serapan = '98.9') => [{ nama: 'r31', capaian, serapan, efisiensi }];
    expect(codes(dataset(row('-98,90'), {}, { metode: 'capaian-serapan' }))).toEqual([]);
    expect(codes(dataset(row('-98,99'), {}, { metode: 'capaian-serapan' }))).toEqual(['EFISIENSI_SALAH']);
    expect(codes(dataset(row('1,10'), {}, { metode: 'capaian-serapan' }))).toEqual(['EFISIENSI_METODE_LAIN']);
    expect(codes(dataset(row('-98,9'), {}, {}))).toEqual(['EFISIENSI_TANPA_METODE']);
    expect(codes(dataset(row('0,73', '98,54', '97,81'), {}, { metode: 'capaian-serapan' }))).toEqual([]);
    expect(codes(dataset([{ nama: 'x', capaian: '100', pagu: '100', realisasiAnggaran: '66', efisiensi: '34' }], {}, { metode: '100-serapan' }))).toEqual([]);
  });
  it('means, sums and counts', () => {
    const rows: Baris[] = [
      { id: 'a', nama: 'a', capaian: '100' }, { id: 'b', nama: 'b', capaian: '72,66' },
      { id: 'm', nama: 'Rata-rata', capaian: '86,33', agregat: { fungsi: 'rata-rata', kolom: 'capaian', dari: ['a', 'b'] } },
      { id: 'n', nama: 'Rata-rata salah', capaian: '86,34', agregat: { fungsi: 'rata-rata', kolom: 'capaian', dari: ['a', 'b'] } },
      { id: 't', nama: 'Truncated', capaian: '231,35', agregat: { fungsi: 'rata-rata', kolom: 'capaian', dari: ['u', 'v'] } },
      { id: 'u', nama: 'u', capaian: '113,59' }, { id: 'v', nama: 'v', capaian: '349,12' },
      { id: 'h', nama: 'Di atas 100', nilai: '1', agregat: { fungsi: 'hitung-di-atas', kolom: 'capaian', dari: ['a', 'b', 'u', 'v'], hasil: 'nilai' } },
      { id: 'k', nama: 'Banyak', nilai: '4', agregat: { fungsi: 'hitung', kolom: 'capaian', dari: ['a', 'b', 'u', 'v'], hasil: 'nilai' } },
      { id: 's', nama: 'Jumlah', pagu: '300', agregat: { fungsi: 'jumlah', kolom: 'pagu', dari: ['p.pagu', 'q'] } },
      { id: 'p', nama: 'p', pagu: '100' }, { id: 'q', nama: 'q', pagu: '150' },
    ];
    expect(verifyLaporan(dataset(rows)).findings.map((f) => [f.code, f.rowId])).toEqual([
      ['RATA_RATA_SALAH', 'n'], ['RATA_RATA_PEMBULATAN', 't'], ['HITUNG_SALAH', 'h'], ['JUMLAH_SALAH', 's'],
    ]);
  });
  it('the same figure in two places, and garbled cells', () => {
    const rows: Baris[] = [
      { id: 'x', nama: 'x', capaian: '105,5' }, { id: 'y', nama: 'y', capaian: '105,52' }, { id: 'z', nama: 'z', capaian: '105,61' },
      { id: 'g', nama: 'g', pagu: { printed: '25.000.00', garbled: true } },
      { id: 'p1', nama: 'p1', predikat: 'Tinggi' }, { id: 'p2', nama: 'p2', predikat: 'Sedang' },
    ];
    const sama = [{ a: 'x.capaian', b: 'y.capaian' }, { a: 'y.capaian', b: 'z.capaian' }, { a: 'p1.predikat', b: 'p2.predikat' }];
    expect(verifyLaporan(dataset(rows, { sama })).findings.map((f) => [f.code, f.rowId])).toEqual([
      ['SEL_RUSAK', 'g'], ['ANGKA_BEDA', 'z'], ['ANGKA_BEDA', 'p2'],
    ]);
    expect(verifyLaporan(dataset(rows, { sama }), { withoutInfo: true }).summary).toEqual({ error: 2, rounding: 0, warning: 0, info: 0 });
  });
});

describe('verifyLaporan: unusable datasets are typed errors naming the path', () => {
  it.each([
    [{ format: 'x' }, ErrorCode.INVALID_MODEL, 'format'],
    [{ ...dataset([{ nama: 'x', capaian: '1.234' }]), locale: undefined }, ErrorCode.AMBIGUOUS_NUMBER, 'tabel[0].baris[0].capaian'],
    [dataset([{ nama: 'x', pagu: 'abc' }]), ErrorCode.INVALID_NUMBER, 'tabel[0].baris[0].pagu'],
    [dataset([{ nama: 'x', realisasai: '5' } as never]), ErrorCode.INVALID_MODEL, 'tabel[0].baris[0]'],
    [dataset([{ id: 'a', nama: 'x' }, { id: 'a', nama: 'y' }]), ErrorCode.INVALID_MODEL, 'tabel[0].baris[1].id'],
    [dataset([{ nama: 'x', capaian: '5', agregat: { fungsi: 'jumlah', kolom: 'capaian', dari: ['nope'] } }]), ErrorCode.INVALID_MODEL, 'tabel[0].baris[0].agregat.dari[0]'],
    [dataset([{ nama: 'x', capaian: '5', predikat: 'A' }], {}, { skala: 'nope' }), ErrorCode.SCALE_UNKNOWN, 'scale'],
  ])('%#', (data, code, field) => {
    expect(() => verifyLaporan(data)).toThrow(expect.objectContaining({ code, field }));
  });
  it('every finding code has a severity and a description', () => {
    for (const [code, k] of Object.entries(kodeTemuan)) {
      expect(['error', 'rounding', 'warning', 'info']).toContain(k.severity);
      expect(k.uraian.length, code).toBeGreaterThan(10);
    }
  });
});

describe('bacaCsv', () => {
  it('reads metadata, comma / semicolon / tab separators, quotes and aggregates', () => {
    const csv = [
      '\uFEFF# id: contoh', '# instansi: Dinas Sosial Contoh', '# tahun: 2023', '# locale: id',
      'tabel;id;nama;arah;target;realisasi;capaian;agregat',
      'Tabel 3.1;pm;"Persentase ""penduduk"" miskin";negatif;5,15;5,85;113,59;',
      'Tabel 3.1;ppks;PMKS;;6,86;23,95;349,12;',
      'Tabel 3.1;rr;Rata-rata;;;;231,35;rata-rata capaian: pm ppks',
      '',
    ].join('\r\n');
    const d = bacaCsv(csv);
    expect(d).toMatchObject({ id: 'contoh', instansi: 'Dinas Sosial Contoh', tahun: 2023, locale: 'id' });
    expect(d.tabel[0]!.baris[0]!.nama).toBe('Persentase "penduduk" miskin');
    // Buleleng prints 349,12 and 231,35 where half-up gives 349,13 and 231,36.
    expect(verifyLaporan(d).findings.map((f) => f.code)).toEqual(['CAPAIAN_ARAH_TERBALIK', 'CAPAIAN_PEMBULATAN', 'RATA_RATA_PEMBULATAN']);
    expect(() => verifyLaporan(bacaCsv('nama,capaian\nx,"1.234"\n'))).toThrow(expect.objectContaining({ code: ErrorCode.AMBIGUOUS_NUMBER }));
    expect(verifyLaporan(bacaCsv('# locale: id\nnama,capaian\nx,"1.234"\n')).findings).toEqual([]);
    const tabbed = bacaCsv('nama\ttarget\trealisasi\tcapaian\nx\t80\t"58,13"\t72,66\n');
    expect(tabbed.tabel[0]!.id).toBe('CSV');
    expect(verifyLaporan(tabbed).findings).toEqual([]);
  });
  it('names the line and column of a bad cell', () => {
    expect(() => bacaCsv('nama,arah\nx,naik\n', { file: 'a.csv' })).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_MODEL, field: 'a.csv:2 kolom arah' }));
    expect(() => bacaCsv('nama,realisai\nx,1\n', { file: 'a.csv' })).toThrow(expect.objectContaining({ field: 'a.csv:1 kolom 2', value: 'realisai' }));
    expect(() => bacaCsv('target\n1\n')).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_MODEL }));
    expect(() => bacaCsv('')).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_MODEL }));
    expect(() => bacaCsv('nama,target\n"x,1\n')).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_MODEL }));
    expect(() => bacaCsv('nama,target\nx,1,2\n')).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_MODEL }));
    expect(() => bacaCsv('nama,agregat\nx,semua\n')).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_MODEL }));
  });
});

describe('verifyLaporan: audit refinements', () => {
  it('a transposed pagu / realisasi is one finding, and parents add the line exchanged', () => {
    const rows: Baris[] = [
      { id: 'k', nama: 'Kegiatan', pagu: '10.937.500', realisasiAnggaran: '10.437.000', sisa: '500.500' },
      { id: 's1', nama: 'Surat', induk: 'k', pagu: '937.000', realisasiAnggaran: '937.500', serapan: '99,95', sisa: '500' },
      { id: 's2', nama: 'Lain', induk: 'k', pagu: '10.000.000', realisasiAnggaran: '9.500.000', sisa: '500.000' },
    ];
    expect(codes(dataset(rows))).toEqual(['PAGU_REALISASI_TERTUKAR']);
  });
  it('a total that equals the sum of the lines under a wrong subtotal is not blamed', () => {
    const rows: Baris[] = [
      { id: 'j', nama: 'Jumlah', level: 'total', pagu: '300' },
      { id: 'op', nama: 'Operasi', induk: 'j', pagu: '270' },
      { id: 'a', nama: 'a', induk: 'op', pagu: '100' },
      { id: 'b', nama: 'b', induk: 'op', pagu: '100' },
      { id: 'm', nama: 'Modal', induk: 'j', pagu: '100' },
    ];
    expect(verifyLaporan(dataset(rows)).findings.map((f) => [f.code, f.rowId])).toEqual([['ROLLUP_SALAH', 'op']]);
  });
  it('efficiency is measured from pagu and realisasi when the printed serapan is itself wrong', () => {
    const f = verifyLaporan(dataset([{ nama: 'SS I', pagu: '209.328.400', realisasiAnggaran: '209.228.600', serapan: '99,5', efisiensi: '0,95' }], {}, { metode: '100-serapan' })).findings;
    expect(f.map((x) => [x.code, x.recomputedPrinted])).toEqual([['SERAPAN_SALAH', '100,0'], ['EFISIENSI_SALAH', '0,05']]);
  });
});
