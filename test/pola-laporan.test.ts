/**
 * The verifier on patterns met in reports it has never seen (issue 13): a formula stated against
 * the indicator's direction, a table's own practice (F4), copies of a wrong figure, rates per
 * 100 000, the Kemenkeu efficiency, a capped capaian, figures per quarter or month and cumulative
 * ones, means taken before rounding. Where a pattern comes from a real report, the source is named
 * beside it; whole pages are in test/fixtures/lain/ with their answer keys.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyLaporan } from '../src/index.js';

const base = { format: 'sakip-laporan/1', id: 'pola', instansi: 'Dinas Contoh', tahun: 2023, locale: 'id', skala: [] } as const;
const verify = (tabel: unknown[], extra: Record<string, unknown> = {}) => verifyLaporan({ ...base, ...extra, tabel });
const codes = (r: ReturnType<typeof verifyLaporan>) => r.findings.map((f) => f.code);

describe('a formula stated for this indicator, against its direction', () => {
  // A lower-is-better rate; the report states "realisasi dibagi target dikali seratus persen" for it.
  const row = (capaian: string) => [{ id: 'T', baris: [{ id: 'r', nama: 'Angka pengangguran terbuka', arah: 'negatif', rumus: 'F1', target: '5,15', realisasi: '5,85', capaian }] }];
  it('printed as stated (R / T): a warning naming the stated formula and the direction\'s value', () => {
    const r = verify(row('113,59'));
    expect(codes(r)).toEqual(['CAPAIAN_RUMUS_LAWAN_ARAH']);
    expect(r.findings[0]!.severity).toBe('warning');
    expect(r.findings[0]!.recomputedPrinted).toBe('86,41');
    expect(r.findings[0]!.message).toMatch(/Laporan menyatakan rumus C = R \/ T × 100, F1 untuk indikator ini dan capaian 113,59 mengikutinya, padahal indikator ini negatif/);
    expect(r.coverage.rules['capaian-F1']).toBe(1);
  });
  it('printed as another formula valid for the direction (T / R): a warning, not an error', () => {
    // 5,15 / 5,85 × 100 = 88,03
    const r = verify(row('88,03'));
    expect(codes(r)).toEqual(['CAPAIAN_RUMUS_LAIN']);
    expect(r.findings[0]!.message).toMatch(/Laporan menyatakan rumus .*F1, tetapi capaian 88,03 mengikuti rumus F4/);
  });
  it('printed as neither: an error naming both', () => {
    const r = verify(row('90,00'));
    expect(codes(r)).toEqual(['CAPAIAN_SALAH']);
    expect(r.findings[0]!.message).toMatch(/tidak mengikuti rumus yang dinyatakan laporan \(Capaian = 5,85 \/ 5,15 × 100 = 113,59 %.*\) maupun rumus indikator negatif \(Capaian = \(2 × 5,15 − 5,85\) \/ 5,15 × 100 = 86,41 %/);
  });
  it('a formula stated for the whole table (for higher-is-better rows) still does not cover a lower-is-better row', () => {
    const r = verify([{ id: 'T', rumus: 'F1', baris: [{ nama: 'Persentase penduduk miskin', arah: 'negatif', target: '5,15', realisasi: '5,85', capaian: '113,59' }] }]);
    expect(codes(r)).toEqual(['CAPAIAN_ARAH_TERBALIK']);
  });
});

describe("a table's own practice", () => {
  // Three lower-is-better rows printed as T / R (F4), one printed as nothing.
  const tabel = [{
    id: 'T', arah: 'negatif', baris: [
      { id: 'a', nama: 'Kasus gizi buruk', target: '40', realisasi: '32', capaian: '125,00' },
      { id: 'b', nama: 'Angka kesakitan DBD', target: '49', realisasi: '56,23', capaian: '87,14' },
      { id: 'c', nama: 'Keluhan layanan', target: '12', realisasi: '10', capaian: '120,00' },
      { id: 'd', nama: 'Waktu tunggu (hari)', target: '5', realisasi: '4', capaian: '130,00' },
    ],
  }];
  it('the proposed value follows the table (F4), and the table is noted once', () => {
    const r = verify(tabel);
    expect(codes(r)).toEqual(['CAPAIAN_RUMUS_KEBIASAAN', 'CAPAIAN_SALAH']);
    const wrong = r.findings[1]!;
    expect(wrong.rowId).toBe('d');
    // F4: 5 / 4 × 100 = 125,00 (F2 would say 120,00).
    expect(wrong.recomputedPrinted).toBe('125,00');
    expect(wrong.message).toMatch(/rumus yang diikuti baris lain tabel ini/);
  });
  it('one row following F4 alone is not a practice: it is measured by the default and named', () => {
    const r = verify([{ id: 'T', arah: 'negatif', baris: [tabel[0]!.baris[0]] }]);
    expect(codes(r)).toEqual(['CAPAIAN_RUMUS_LAIN']);
  });
});

describe('copies of a wrong figure', () => {
  it('every place that prints the wrong figure again is a finding of its own, pointing to the original', () => {
    const r = verify([
      { id: 'Tabel 3.1', baris: [{ id: 'pm', nama: 'Persentase penduduk miskin', arah: 'negatif', target: '5,15', realisasi: '5,85', capaian: '113,59' }] },
      { id: 'Bab III (uraian)', prosa: true, baris: [{ id: 'pm-u', nama: 'Persentase penduduk miskin', capaian: '113,59 %', kutipan: 'capaian sebesar 113,59 %' }] },
      { id: 'Ikhtisar Eksekutif', prosa: true, baris: [{ id: 'pm-i', nama: 'Persentase penduduk miskin', capaian: '86,41%' }] },
    ], { sama: [{ a: 'pm.capaian', b: 'pm-u.capaian' }, { a: 'pm.capaian', b: 'pm-i.capaian' }] });
    expect(codes(r)).toEqual(['CAPAIAN_ARAH_TERBALIK', 'SALINAN_SALAH']);
    const copy = r.findings[1]!;
    expect(copy).toMatchObject({ rowId: 'pm-u', severity: 'error', recomputedPrinted: '86,41' });
    expect(copy.message).toMatch(/salinan angka di Tabel 3\.1 › Persentase penduduk miskin › Capaian \(%\) yang salah \(CAPAIAN_ARAH_TERBALIK\)/);
  });
});

describe('rates per 1 000 and per 100 000', () => {
  // Maternal mortality: deaths per 100 000 live births.
  const row = (realisasi: string) => [{ id: 'T', baris: [{ nama: 'Angka Kematian Ibu', arah: 'negatif', faktor: '100000', pembilang: '97', penyebut: '121.052', realisasi }] }];
  it('right at the printed precision', () => {
    // 97 / 121 052 × 100 000 = 80,130…
    expect(verify(row('80,13')).findings).toEqual([]);
  });
  it('wrong, with the explanation at the printed precision', () => {
    const r = verify(row('81,30'));
    expect(codes(r)).toEqual(['RASIO_SALAH']);
    expect(r.findings[0]!.message).toMatch(/Rasio = 97 \/ 121\.052 × 100\.000 = 80,13, sehingga seharusnya 80,13\./);
  });
  it('per mille at three decimals does not mix precisions', () => {
    const r = verify([{ id: 'T', faktor: '1000', baris: [{ nama: 'Angka kematian bayi', pembilang: '412', penyebut: '2.201.456', realisasi: '0,19' }] }]);
    // 412 / 2 201 456 × 1000 = 0,1871… → 0,19 at two decimals: right.
    expect(r.findings).toEqual([]);
    const r3 = verify([{ id: 'T', faktor: '1000', baris: [{ nama: 'Angka kematian bayi', pembilang: '412', penyebut: '2.201.456', realisasi: '0,188' }] }]);
    expect(r3.findings[0]!.message).toMatch(/= 0,187, sehingga seharusnya 0,187\./);
  });
});

describe('Kemenkeu efficiency (PMK 22/2021)', () => {
  const outputs = [
    { id: 'o1', nama: 'Layanan A', pagu: '1.000.000.000', realisasiAnggaran: '900.000.000', capaian: '100' },
    { id: 'o2', nama: 'Layanan B', pagu: '500.000.000', realisasiAnggaran: '480.000.000', capaian: '98' },
  ];
  // Σ PAK × CK = 1 490 000 000; Σ RAK = 1 380 000 000; E = 7,38…; NE = 68,45…
  const tabel = (e: string, ne: string) => [{ id: 'T', metode: 'kemenkeu', baris: [...outputs, { nama: 'Efisiensi', efisiensi: e, nilai: ne, agregat: { fungsi: 'efisiensi-kemenkeu', kolom: 'capaian', dari: ['o1', 'o2'] } }] }];
  it('E and NE right', () => {
    const r = verify(tabel('7,38', '68,46'));
    expect(r.findings).toEqual([]);
    expect(r.coverage.rules).toMatchObject({ 'efisiensi-kemenkeu': 1, 'nilai-efisiensi-kemenkeu': 1 });
  });
  it('E wrong', () => {
    expect(codes(verify(tabel('8,38', '68,46')))).toContain('EFISIENSI_SALAH');
  });
  it('an impossible NE: E 74,03 turned into NE 235 % (as printed in an Inspektorat Jenderal LAKIP 2019, Tabel III.5)', () => {
    const r = verify([{ id: 'Tabel III.5', metode: 'kemenkeu', baris: [{ nama: 'Nilai efisiensi', efisiensi: '74,03', nilai: '235' }] }]);
    expect(codes(r)).toEqual(['EFISIENSI_KEMENKEU_DI_LUAR_RENTANG']);
    expect(r.findings[0]!.severity).toBe('error');
    expect(r.coverage.notChecked).toMatchObject([{ field: 'efisiensi', reason: 'tanpa-masukan' }]);
  });
});

describe('a capped capaian', () => {
  // Invented figures for where the cap is read from; the real page is in the next describe.
  it('a report that caps capaian at 120 % prints 120 for 135,74; the cap is read from the dataset', () => {
    const tabel = [{ id: 'T', baris: [{ nama: 'Prosentase desa yang meningkat statusnya', target: '70', realisasi: '95,02', capaian: '120,00' }] }];
    expect(codes(verify(tabel))).toEqual(['CAPAIAN_SALAH']);
    expect(verify(tabel, { batasAtas: '120' }).findings).toEqual([]);
    expect(verifyLaporan({ ...base, tabel: [{ ...tabel[0], batasAtas: '120' }] }).findings).toEqual([]);
    expect(codes(verifyLaporan({ ...base, batasAtas: '100', tabel }))).toEqual(['CAPAIAN_SALAH']);
  });
  it('a cap no row but this one shows is no practice: an error; two rows capped at the same figure are, a warning each', () => {
    const row = (id: string, target: string, realisasi: string, capaian: string) => ({ id, nama: id, target, realisasi, capaian });
    expect(codes(verify([{ id: 'T', baris: [row('a', '70', '95,02', '120,00'), row('b', '80', '76', '95,00')] }]))).toEqual(['CAPAIAN_SALAH']);
    const two = verify([{ id: 'T', baris: [row('a', '70', '95,02', '120,00'), row('b', '80', '76', '95,00'), row('c', '50', '75', '120,00')] }]);
    expect(two.findings.map((f) => [f.code, f.rowId, f.recomputedPrinted])).toEqual([['CAPAIAN_BATAS_KEBIASAAN', 'a', '135,74'], ['CAPAIAN_BATAS_KEBIASAAN', 'c', '150,00']]);
    // Two rows printing 100 over different caps in two tables, or a figure that is not whole, are not a practice.
    expect(codes(verify([{ id: 'T', baris: [row('a', '70', '95,02', '120,00')] }, { id: 'U', baris: [row('c', '50', '75', '120,00')] }]))).toEqual(['CAPAIAN_SALAH', 'CAPAIAN_SALAH']);
    expect(codes(verify([{ id: 'T', baris: [row('a', '70', '95,02', '120,50'), row('c', '50', '75', '120,50')] }]))).toEqual(['CAPAIAN_SALAH', 'CAPAIAN_SALAH']);
    // A row that the cap would make too high is not capped: 90 printed 100 is wrong whatever the practice.
    expect(codes(verify([{ id: 'T', baris: [row('a', '70', '95,02', '100,00'), row('c', '50', '75', '100,00'), row('d', '100', '90', '100,00')] }]))).toEqual(['CAPAIAN_BATAS_KEBIASAAN', 'CAPAIAN_BATAS_KEBIASAAN', 'CAPAIAN_SALAH']);
  });
});

describe('quarterly and monthly columns', () => {
  // The Permendagri 86/2017 evaluation table: realisasi per triwulan I–IV, then the year.
  const row = (cells: Record<string, unknown>) => [{ id: 'T', baris: [{ id: 'r', nama: 'Jumlah PPKS yang mendapat bantuan', target: '400', ...cells }] }];
  const tw = { 'TW I': '80', 'TW II': '95', 'TW III': '110', 'TW IV': '–' };
  it('the year is the sum of the quarters (a dash is nothing that quarter)', () => {
    const r = verify(row({ periode: tw, realisasi: '285', capaian: '71,25' }));
    expect(r.findings).toEqual([]);
    expect(r.coverage.rules['periode-jumlah']).toBe(1);
    // Three quarters read (a dash prints nothing), target: inputs; realisasi (from the quarters) and capaian: derived.
    expect(r.coverage).toMatchObject({ read: 6, inputs: 4, derived: 2, checked: 2 });
  });
  it('a wrong year total is an error naming the quarters', () => {
    const r = verify(row({ periode: tw, realisasi: '295', capaian: '73,75' }));
    // The capaian is right for the printed 295, and so wrong: from 285 it is 71,25.
    expect(codes(r)).toEqual(['PERIODE_SALAH', 'DIHITUNG_DARI_ANGKA_SALAH']);
    expect(r.findings[1]!.recomputedPrinted).toBe('71,25');
    expect(r.findings[1]!.message).toMatch(/^Capaian \(%\) 73,75 mengikuti angka tercetak yang salah \(Realisasi 295 seharusnya 285\)\. Dengan angka yang benar: .*sehingga seharusnya 71,25\.$/);
    expect(r.findings[0]!.message).toMatch(/jumlah TW I \+ TW II \+ TW III \+ TW IV = 80 \+ 95 \+ 110 \+ 0 = 285/);
  });
  it('running totals: the year is the last, and a total that falls is flagged', () => {
    const kum = { 'TW I': '80', 'TW II': '175', 'TW III': '160', 'TW IV': '285' };
    const r = verify(row({ periode: kum, kumulatif: true, realisasi: '285', capaian: '71,25' }));
    expect(codes(r)).toEqual(['PERIODE_KUMULATIF_TURUN']);
    expect(r.findings[0]!.message).toMatch(/TW III \(160\) lebih kecil daripada TW II \(175\)/);
    expect(codes(verify(row({ periode: { ...kum, 'TW III': '230' }, kumulatif: true, realisasi: '290', capaian: '72,50' })))).toEqual(['PERIODE_SALAH', 'DIHITUNG_DARI_ANGKA_SALAH']);
  });
  it('a stock figure takes the last month; a rate the mean', () => {
    expect(verify(row({ periode: { Jan: '12', Feb: '15', Mar: '14' }, akumulasi: 'terakhir', realisasi: '14', capaian: '3,50' })).findings).toEqual([]);
    expect(verify(row({ periode: { Jan: '12', Feb: '15', Mar: '14' }, akumulasi: 'maksimum', realisasi: '15', capaian: '3,75' })).findings).toEqual([]);
    expect(codes(verify(row({ periode: { Jan: '12', Feb: '15', Mar: '14' }, akumulasi: 'rata-rata', realisasi: '13,50', capaian: '3,38' })))).toEqual(['PERIODE_SALAH', 'DIHITUNG_DARI_ANGKA_SALAH']);
  });
  it('budget per quarter adds up to the realisasi anggaran', () => {
    const r = verify([{ id: 'T', baris: [{ nama: 'Kegiatan', pagu: '1.000.000', periodeKolom: 'realisasiAnggaran', periode: { 'TW I': '200.000', 'TW II': '250.000', 'TW III': '300.000', 'TW IV': '240.000' }, realisasiAnggaran: '990.000', serapan: '99,00' }] }]);
    expect(r.findings).toEqual([]);
  });
});

describe('real pages: a capped capaian, figures per quarter and month, cumulative figures (issue 13)', () => {
  // Whole pages in test/fixtures/lain/ with their answer keys; here the patterns they show.
  const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/lain/${name}.json`, import.meta.url), 'utf8'));
  // LAKIN Kanwil DJPb Sulawesi Utara 2023, flipbook page 295:
  // http://online.flipbuilder.com/ikoas/ltyz/files/basic-html/page295.html
  const sulut = () => fixture('kanwil-djpb-sulut-2023-iku-6b-rekonsiliasi');
  const iku = ['q1', 'q2', 'sm1', 'q3', 'sdq3', 'q4', 'y23'];

  it('Kanwil DJPb Sulut 2023 (p. 295), IKU 6b-N: realisasi 4 against target 3,25 printed as capaian 120 in every column; right under the Kemenkeu cap of 120, wrong without it (123) or under a cap of 100', () => {
    expect(verifyLaporan(sulut()).findings).toEqual([]);
    const uncapped = sulut();
    delete uncapped.tabel[0].batasAtas;
    // 4 / 3,25 × 100 = 123,0769…, printed without decimals: 123.
    // Without the stated cap every row prints 120 against 123: the table's own practice, a warning
    // per row that names the cap and the uncapped value, never an error on a figure the report's
    // rule makes right.
    const practice = verifyLaporan(uncapped).findings;
    expect(practice.map((f) => [f.code, f.severity, f.rowId, f.recomputedPrinted])).toEqual(iku.map((id) => ['CAPAIAN_BATAS_KEBIASAAN', 'warning', id, '123']));
    expect(practice[0]!.message).toMatch(/membatasi capaian pada 120 \(baris lain juga\).*seharusnya 123/);
    const cap100 = sulut();
    cap100.tabel[0].batasAtas = '100';
    expect(verifyLaporan(cap100).findings.map((f) => [f.code, f.rowId, f.recomputedPrinted])).toEqual(iku.map((id) => ['CAPAIAN_SALAH', id, '100']));
  });

  it('Kanwil DJPb Sulut 2023 (p. 295): Sm.1 and s.d. Q3 as means of the quarters, Y-23 from the four quarters ("Max/Average"), monthly reconciliation ratios (461 / 469 = 98,29) and quarterly means of six monthly percentages (99,98; 99,72) are all right', () => {
    const r = verifyLaporan(sulut());
    expect(r.findings).toEqual([]);
    expect(r.coverage.rules).toMatchObject({ 'capaian-F1': 7, 'rata-rata': 6, 'periode-rata-rata': 1, rasio: 12 });
    expect(r.coverage.notChecked).toEqual([]);
  });

  it('the same page with one figure changed (a mutation, not a printed error): a quarterly mean 99,27 for 99,72, and a Y-23 realisasi 3,5 for the mean 4 of its quarters, are caught', () => {
    const d = sulut();
    d.tabel[1].baris.find((b: { id: string }) => b.id === 'rata-tw4').realisasi = '99,27%';
    const y = d.tabel[0].baris.find((b: { id: string }) => b.id === 'y23');
    y.realisasi = '3,5';
    const r = verifyLaporan(d);
    const on = (id: string) => r.findings.filter((f) => f.rowId === id);
    // (100 + 100 + 100 + 100 + 98,29 + 100) / 6 = 99,715 → 99,72.
    expect(on('rata-tw4').map((f) => [f.severity, f.recomputedPrinted])).toEqual([['error', '99,72']]);
    // (4 + 4 + 4 + 4) / 4 = 4.
    expect(on('y23').map((f) => [f.code, f.severity, f.field])).toContainEqual(['PERIODE_SALAH', 'error', 'realisasi']);
  });

  it('LAKIP DJPB (KKP) Triwulan III 2014, Tabel 18: realisasi cumulative to Q3 ("Kumulatif, dihitung triwulanan") against the Q3 and the annual target, and the sentence that repeats both, are right', () => {
    // https://123dok.com/article/pencapaian-sasaran-strategis-meningkatnya-usaha-investasi.q5m29w93
    const r = verifyLaporan(fixture('djpb-kkp-lakip-tw3-2014-tabel-18-kumulatif'));
    expect(r.findings).toEqual([]);
    expect(r.coverage.rules['capaian-F1']).toBe(4);
    // 37.016 / 38.443 = 96,29 but 37.016 / 40.250 = 91,97: the two capaian are told apart by their targets only.
    const swapped = fixture('djpb-kkp-lakip-tw3-2014-tabel-18-kumulatif');
    swapped.tabel[0].baris[0].capaian = '91,97';
    swapped.tabel[0].baris[1].capaian = '96,29';
    expect(verifyLaporan(swapped).findings.map((f) => [f.code, f.rowId, f.recomputedPrinted])).toEqual([
      ['CAPAIAN_SALAH', 't18-unit-tw3', '96,29'],
      ['CAPAIAN_SALAH', 't18-unit-thn', '91,97'],
    ]);
  });
});

describe('a mean of percentages taken before rounding', () => {
  it('Kota Semarang, evaluasi RKPD 2014 s.d. Triwulan II, Tabel 2.1: "rerata realisasi keuangan sebesar 24,53" is the mean of the nine unrounded serapan (24,5338…), not of the printed ones (24,5356… → 24,54): right, and still a mean of percentages (14,80 is Σ realisasi / Σ anggaran)', () => {
    // https://text-id.123dok.com/document/ozl5jeklq-d-triwulan-ii-rp.html (whole table in test/fixtures/lain/)
    const data = JSON.parse(readFileSync(new URL('./fixtures/lain/semarang-rkpd-2014-tw2-tabel-2-1-pendidikan.json', import.meta.url), 'utf8'));
    const r = verifyLaporan(data);
    expect(r.findings.map((f) => [f.code, f.severity, f.rowId, f.recomputedPrinted])).toEqual([['SERAPAN_RATA_RATA', 'warning', 'u-rerata', '14,80']]);
    expect(r.coverage.rules['rata-rata']).toBe(1);
  });
  // 54,2 / 55 × 100 = 98,5454…, printed 98,55; 81 / 82 × 100 = 98,7804…, printed 98,78.
  // Mean before rounding 98,6629… → 98,66; mean of the printed 197,33 / 2 = 98,665 → 98,67.
  const rows = (mean: string) => [{ id: 'T', baris: [
    { id: 'a', nama: 'Indikator A', target: '55', realisasi: '54,2', capaian: '98,55' },
    { id: 'b', nama: 'Indikator B', target: '82', realisasi: '81', capaian: '98,78' },
    { id: 'm', nama: 'Rata-rata capaian', capaian: mean, agregat: { fungsi: 'rata-rata', kolom: 'capaian', dari: ['a', 'b'] } },
  ] }];
  it('of capaian: either way of taking the mean is right', () => {
    expect(verify(rows('98,66')).findings).toEqual([]);
    expect(verify(rows('98,67')).findings).toEqual([]);
  });
  it('a mean that neither gives is still an error, explained from the printed figures', () => {
    const r = verify(rows('98,60'));
    expect(r.findings.map((f) => [f.code, f.rowId, f.recomputedPrinted])).toEqual([['RATA_RATA_SALAH', 'm', '98,67']]);
  });
});

describe("a capaian from the row's own mean before rounding", () => {
  // Two quarters 99.50 and 99.51 averaged ("Max/Average" consolidation): 99.505, printed 99.51.
  // Capaian from 99.505: 99.505 / 90 × 100 = 110.5611… → 110.56; from the printed 99.51: 110.5667… → 110.57.
  const periode = (capaian: string) => verifyLaporan({ ...base, locale: 'en', tabel: [{ id: 'T', baris: [
    { id: 'y', nama: 'Nilai kinerja', target: '90', periode: { Q1: '99.50', Q2: '99.51' }, akumulasi: 'rata-rata', realisasi: '99.51', capaian },
  ] }] });
  const agregat = (capaian: string) => verifyLaporan({ ...base, locale: 'en', tabel: [{ id: 'T', baris: [
    { id: 'q1', nama: 'Nilai kinerja', kolom: 'Q1', target: '90', realisasi: '99.50' },
    { id: 'q2', nama: 'Nilai kinerja', kolom: 'Q2', target: '90', realisasi: '99.51' },
    { id: 's1', nama: 'Nilai kinerja', kolom: 'Sm. I', target: '90', realisasi: '99.51', capaian, agregat: { fungsi: 'rata-rata', kolom: 'realisasi', dari: ['q1', 'q2'] } },
  ] }] });
  it('is right, whether the mean is of periods or of other rows', () => {
    expect(periode('110.56').findings).toEqual([]);
    expect(agregat('110.56').findings).toEqual([]);
  });
  it('the capaian from the printed (rounded) mean is right too', () => {
    expect(periode('110.57').findings).toEqual([]);
  });
  it('one that neither gives is an error, measured from the printed figures', () => {
    expect(periode('110.60').findings.map((f) => [f.code, f.rowId, f.recomputedPrinted])).toEqual([['CAPAIAN_SALAH', 'y', '110.57']]);
  });
});

describe('a capaian from more precise figures printed elsewhere', () => {
  it('is a warning naming where the precise figure is, not an error', () => {
    const tabel = [
      { id: 'Tabel 3.1', baris: [{ id: 'r', nama: 'Persentase penanganan PMKS', target: '6,86', realisasi: '24', capaian: '349,13' }] },
      { id: 'Bab III (uraian)', prosa: true, baris: [{ id: 'p', nama: 'Persentase penanganan PMKS', realisasi: '23,95', kutipan: 'realisasi sebesar 23,95' }] },
    ];
    const r = verify(tabel, { sama: [{ a: 'r.realisasi', b: 'p.realisasi' }] });
    expect(codes(r)).toEqual(['CAPAIAN_DARI_ANGKA_LEBIH_TELITI']);
    expect(r.findings[0]!.severity).toBe('warning');
    expect(r.findings[0]!.message).toMatch(/cocok bila dihitung dari realisasi 23,95 \(Bab III \(uraian\) › Persentase penanganan PMKS\)/);
    // Without the link the same row is an error.
    expect(codes(verify(tabel))).toEqual(['CAPAIAN_SALAH']);
  });
});

describe('edges found while documenting', () => {
  it("a table's F4 practice does not touch its higher-is-better rows", () => {
    const r = verify([{ id: 'T', baris: [
      { nama: 'Kasus gizi buruk', arah: 'negatif', target: '40', realisasi: '32', capaian: '125,00' },
      { nama: 'Keluhan layanan', arah: 'negatif', target: '12', realisasi: '10', capaian: '120,00' },
      { nama: 'Prosentase desa yang meningkat statusnya', target: '80', realisasi: '58,13', capaian: '72,66' },
    ] }]);
    expect(codes(r)).toEqual(['CAPAIAN_RUMUS_KEBIASAAN']);
  });
  it('a factor or cap written with thousands separators is refused, and so is an unknown period field', () => {
    const bad = (cells: Record<string, unknown>) => () => verify([{ id: 'T', baris: [{ nama: 'x', ...cells }] }]);
    expect(bad({ faktor: '100.000', pembilang: '1', penyebut: '2', realisasi: '50000' })).toThrow(expect.objectContaining({ code: 'SAKIP_INVALID_MODEL' }));
    expect(bad({ batasAtas: '1,2' })).toThrow(expect.objectContaining({ code: 'SAKIP_INVALID_MODEL' }));
    expect(bad({ periode: { 'TW I': '1' }, periodeKolom: 'realisai' })).toThrow(expect.objectContaining({ code: 'SAKIP_INVALID_MODEL' }));
  });
  it('a copy at another precision is still a copy, and counts as checked in the coverage', () => {
    const r = verify([
      { id: 'Tabel 3.1', baris: [{ id: 'pm', nama: 'Persentase penduduk miskin', arah: 'negatif', target: '5,15', realisasi: '5,85', capaian: '113,59' }] },
      { id: 'Ikhtisar Eksekutif', prosa: true, baris: [{ id: 'pm-i', nama: 'Persentase penduduk miskin', capaian: '113,6 %' }] },
    ], { sama: [{ a: 'pm.capaian', b: 'pm-i.capaian' }] });
    expect(codes(r)).toEqual(['CAPAIAN_ARAH_TERBALIK', 'SALINAN_SALAH']);
    expect(r.findings[1]!.recomputedPrinted).toBe('86,4');
    expect(r.coverage.notChecked).toEqual([]);
    expect(r.coverage.rules.salinan).toBe(1);
  });
});

describe('figures of real reports of other agencies (sources named; text extracts of the published PDFs)', () => {
  it('LKjIP Kota Dumai 2016, p. 84: maternal mortality "9 kasus dari 8.233 kelahiran hidup … 109,32 per 100.000" is right', () => {
    const r = verify([{ id: 'Bab III', prosa: true, baris: [{ nama: 'Angka Kematian Ibu', arah: 'negatif', faktor: '100000', pembilang: '9', penyebut: '8.233', realisasi: '109,32' }] }]);
    expect(r.findings).toEqual([]);
    expect(r.coverage.rules.rasio).toBe(1);
  });
  it('LKjIP Kota Dumai 2016, p. 91: "367 kasus … kematian sebanyak 1 kasus atau CFR = 0,54" is wrong (1 / 367 × 100 = 0,27)', () => {
    const r = verify([{ id: 'Bab III', prosa: true, baris: [{ nama: 'Case fatality rate DBD', arah: 'negatif', pembilang: '1', penyebut: '367', realisasi: '0,54' }] }]);
    expect(codes(r)).toEqual(['RASIO_SALAH']);
    expect(r.findings[0]!.recomputedPrinted).toBe('0,27');
  });
  it('Lapkin Interim TW II 2021, PPPOMN BPOM: the ceiling after a cut, 105.370.538.000 − 1.544.000.000 = 103.826.538.000, and 23,03 % absorbed', () => {
    const r = verify([{ id: 'Anggaran', baris: [
      { id: 'awal', nama: 'Pagu awal', pagu: '105.370.538.000' },
      { id: 'potong', nama: 'Pemotongan', pagu: '1.544.000.000' },
      { id: 'akhir', nama: 'Pagu setelah pemotongan', pagu: '103.826.538.000', realisasiAnggaran: '23.906.077.655', serapan: '23.03%', agregat: { fungsi: 'selisih', kolom: 'pagu', dari: ['awal', 'potong'] } },
    ] }], { locale: undefined });
    expect(r.findings).toEqual([]);
    expect(r.coverage.rules).toMatchObject({ selisih: 1, serapan: 1 });
  });
  it('e-SAKIP Kabupaten Polewali Mandar 2022: monthly realisasi anggaran 177,776,900 + 217,285,100 + 159,227,092 + 446,683,866 = 1,000,972,958', () => {
    const r = verifyLaporan({ ...base, locale: 'en', tabel: [{ id: 'Realisasi bulanan', baris: [{ nama: 'Penyusunan Anggaran', periodeKolom: 'realisasiAnggaran',
      periode: { 'Bulan 3': '177,776,900', 'Bulan 6': '217,285,100', 'Bulan 9': '159,227,092', 'Bulan 12': '446,683,866' }, realisasiAnggaran: '1,000,972,958' }] }] });
    expect(r.findings).toEqual([]);
    expect(r.coverage.rules['periode-jumlah']).toBe(1);
  });
});

describe('real report pages for the patterns above (text from the pages corpus; whole pages in test/fixtures/lain/ with keys)', () => {
  // LKjIP Kabupaten Manggarai Timur 2019, Tabel 3.8 and the sentences under it (printed pp. 40–41):
  // https://123dok.com/article/menurunnya-kematian-ibu-baru-melahirkan-anak-baru-lahir.qojrmjjz
  const aki = { nama: 'Persentase Angka Kematian Ibu per 100.000KH', arah: 'negatif',
    target: { printed: '0,16% (162/100.000)', value: '0.162' }, realisasi: { printed: '0,19% (186/100.000)', value: '0.186' } };
  const t38 = (capaianAki: string) => ({ id: 'Tabel 3.8', arah: 'negatif', baris: [
    { id: 'aki', nama: 'Angka Kematian Ibu per 100.000KH', target: '0,16', realisasi: '0,19', capaian: capaianAki },
    { id: 'akb', nama: 'Angka Kematian Bayi per 1.000KH', target: '9,20', realisasi: '9,53', capaian: '96,54' },
    { id: 'akba', nama: 'Angka Kematian Balita per 1.000KH', target: '0,64', realisasi: '0,18', capaian: '72,52' },
  ] });

  it('Manggarai Timur 2019: "Realisasi … (186/100.000) dibagikan dengan target … (162/100.000), dikalikan dengan seratus persen, sama dengan 87,10 %" states R / T for a death rate and prints T / R: a warning, not an error', () => {
    const r = verify([{ id: 'Bab III', prosa: true, baris: [{ id: 'u', ...aki, rumus: 'F1', capaian: '87,10 %' }] }]);
    expect(codes(r)).toEqual(['CAPAIAN_RUMUS_LAIN']);
    expect(r.findings[0]).toMatchObject({ severity: 'warning', recomputedPrinted: '85,19' });
    expect(r.findings[0]!.message).toMatch(/Laporan menyatakan rumus C = R \/ T × 100, F1, tetapi capaian 87,10 % mengikuti rumus F4/);
    // Had the sentence printed what it states (186 / 162 × 100 = 114,81): the stated formula against the direction.
    expect(codes(verify([{ id: 'Bab III', prosa: true, baris: [{ ...aki, rumus: 'F1', capaian: '114,81' }] }]))).toEqual(['CAPAIAN_RUMUS_LAWAN_ARAH']);
  });

  it('Manggarai Timur 2019, Tabel 3.8: one row T / R (96,54), one T / R only from the per-100 000 figures of the text (87,10), one following nothing (72,52)', () => {
    const r = verify([t38('87,10'), { id: 'Bab III', prosa: true, baris: [{ id: 'u', ...aki }] }],
      { sama: [{ a: 'aki.target', b: 'u.target' }, { a: 'aki.realisasi', b: 'u.realisasi' }] });
    expect(r.findings.map((f) => [f.code, f.severity, f.rowId])).toEqual([
      ['CAPAIAN_RUMUS_KEBIASAAN', 'info', null],
      ['CAPAIAN_DARI_ANGKA_LEBIH_TELITI', 'warning', 'aki'],
      ['CAPAIAN_RUMUS_LAIN', 'warning', 'akb'],
      ['CAPAIAN_SALAH', 'error', 'akba'],
    ]);
    // The row that follows nothing is measured by the table's practice: 0,64 / 0,18 × 100.
    expect(r.findings[3]!.recomputedPrinted).toBe('355,56');
    // Without the text's figures 87,10 follows nothing either.
    expect(codes(verify([t38('87,10')]))).toEqual(['CAPAIAN_RUMUS_KEBIASAAN', 'CAPAIAN_SALAH', 'CAPAIAN_RUMUS_LAIN', 'CAPAIAN_SALAH']);
  });

  it('Manggarai Timur 2019: "186/100.000 KH ( 10 kasus dari 5.350 Kelahiran Hidup)" is truncated (186,92), "9,53/1.000 KH (51 kasus …)" is right', () => {
    const r = verify([{ id: 'Bab III', prosa: true, baris: [
      { id: 'aki', nama: 'Angka Kematian Ibu', arah: 'negatif', faktor: '100000', pembilang: '10', penyebut: '5.350', realisasi: '186' },
      { id: 'akb', nama: 'Angka Kematian Bayi', arah: 'negatif', faktor: '1000', pembilang: '51', penyebut: '5.350', realisasi: '9,53' },
    ] }]);
    expect(r.findings.map((f) => [f.code, f.severity, f.rowId, f.recomputedPrinted])).toEqual([['RASIO_PEMBULATAN', 'rounding', 'aki', '187']]);
  });

  it('LKjIP Kabupaten Tanah Datar 2016 (pp. 49–50): 36.743 / 39.834 × 100 printed 92.22 (is 92,24), repeated in the sentence and in Tabel 3.3.9: each copy is an error', () => {
    // https://text-id.123dok.com/document/dy445j4ry-angka-partisipasi-murni-sdmi-angka-partisipasi-murni-apm-smpmts.html
    const r = verify([
      { id: 'Bab III (uraian Tabel 3.3.8)', prosa: true, baris: [
        { id: 'kal', nama: 'Persentase APM SD/MI', target: '90,89', realisasi: '92,22', capaian: '101,46' },
        { id: 'hit', nama: 'Persentase APM SD/MI (perhitungan)', pembilang: '36.743', penyebut: '39.834', realisasi: { printed: '92.22', value: '92.22' } },
      ] },
      { id: 'Tabel 3.3.9', baris: [{ id: 't339', nama: 'APM SD/MI', kolom: '2016', realisasi: '92,22', capaian: '101,46' }] },
    ], { sama: [{ a: 'hit.realisasi', b: 'kal.realisasi' }, { a: 'hit.realisasi', b: 't339.realisasi' }] });
    expect(r.findings.map((f) => [f.code, f.severity, f.rowId, f.recomputedPrinted])).toEqual([
      ['RASIO_SALAH', 'error', 'hit', '92.24'],
      ['SALINAN_SALAH', 'error', 'kal', '92,24'],
      // The capaian follows the wrong 92,22: from 92,24 it is 101,49 (Tabel 3.3.9 prints no target).
      ['DIHITUNG_DARI_ANGKA_SALAH', 'warning', 'kal', '101,49'],
      ['SALINAN_SALAH', 'error', 't339', '92,24'],
    ]);
    // Each copy says the right figure as it prints it (92,24 for a copy printed 92,22).
    expect(r.findings[1]!.message).toMatch(/seharusnya 92,24\.$/);
  });

  it('LPPD Kabupaten Wonogiri 2020 (p. 211): "75 / 10.767 X 1000 = 7,06" (is 6,97) and the sentence above it repeating 7,06; the capaian 149,57 (F2) follows the printed 7,06', () => {
    // http://online.flipbuilder.com/lheij/ewpj/files/basic-html/page215.html
    const r = verify([{ id: 'Uraian', prosa: true, baris: [
      { id: 'kal', nama: 'Angka Kematian Balita', arah: 'negatif', target: '14', realisasi: '7,06', capaian: '149,57%' },
      { id: 'hit', nama: 'Angka Kematian Balita (perhitungan)', faktor: '1000', pembilang: '75', penyebut: '10.767', realisasi: '7,06' },
    ] }], { sama: [{ a: 'hit.realisasi', b: 'kal.realisasi' }] });
    expect(r.findings.map((f) => [f.code, f.severity, f.rowId, f.recomputedPrinted])).toEqual([
      ['RASIO_SALAH', 'error', 'hit', '6,97'],
      ['SALINAN_SALAH', 'error', 'kal', '6,97'],
      // 149,57 follows the wrong 7,06; from 6,97 as it should have been printed, F2 gives 150,21.
      ['DIHITUNG_DARI_ANGKA_SALAH', 'warning', 'kal', '150,21'],
    ]);
    expect(r.findings[0]!.message).toMatch(/Rasio = 75 \/ 10\.767 × 1\.000 = 6,97, sehingga seharusnya 6,97\./);
  });

  it('LPPD Kabupaten Wonogiri 2020, Tabel 3.16: the Gini index measured as R / T (93,40) in a report that uses F2 for its lower-is-better indicators', () => {
    // http://online.flipbuilder.com/lheij/ewpj/files/basic-html/page258.html
    const r = verify([{ id: 'Tabel 3.16', baris: [
      { id: 'gini', nama: 'Indeks Gini', arah: 'negatif', kolom: 'Target Akhir RPJMD (2021)', target: '0,288', realisasi: '0,269', capaian: '93,40%' },
      { id: 'lpe', nama: 'Angka laju pertumbuhan ekonomi', kolom: 'Target Akhir RPJMD (2021)', target: '5,78%', realisasi: '-1,41%', capaian: '-19,72%' },
    ] }]);
    expect(r.findings.map((f) => [f.code, f.severity, f.rowId, f.recomputedPrinted])).toEqual([
      ['CAPAIAN_ARAH_TERBALIK', 'error', 'gini', '106,60'],
      // −19,72 = −1,14 / 5,78 × 100: the realisasi's digits swapped.
      ['CAPAIAN_SALAH', 'error', 'lpe', '-24,39'],
    ]);
  });

  it('Laporan Kinerja KPPN Semarang I 2021 (pp. 89–90): quarterly realisasi consolidated by the average ("Max/Average"); only the Q4 capaian is truncated', () => {
    // https://anyflip.com/kncip/vlsm/basic/101-150
    const q = (id: string, kolom: string, realisasi: string, capaian: string, extra: Record<string, unknown> = {}) =>
      ({ id, nama: 'Nilai kinerja penyaluran Dana Transfer ke Daerah dan Dana Desa', kolom, target: '90', realisasi, capaian, ...extra });
    const r = verifyLaporan({ ...base, locale: 'en', tabel: [{ id: 'IKU TKDD', baris: [
      q('q1', 'Q1', '100', '111.11'), q('q2', 'Q2', '99.50', '110.56'),
      q('sm1', 'Sm. I', '99.75', '110.83', { agregat: { fungsi: 'rata-rata', kolom: 'realisasi', dari: ['q1', 'q2'] } }),
      q('q3', 'Q3', '98.76', '109.73'),
      q('sdq3', 's.d Q3', '99.42', '110.47', { agregat: { fungsi: 'rata-rata', kolom: 'realisasi', dari: ['q1', 'q2', 'q3'] } }),
      q('q4', 'Q4', '99.26', '110.28'),
      q('y', 'Y-21', '99.38', '110.42', { periode: { Q1: '100', Q2: '99.50', Q3: '98.76', Q4: '99.26' }, akumulasi: 'rata-rata' }),
    ] }] });
    expect(r.findings.map((f) => [f.code, f.severity, f.rowId, f.recomputedPrinted])).toEqual([['CAPAIAN_PEMBULATAN', 'rounding', 'q4', '110.29']]);
    expect(r.coverage.rules).toMatchObject({ 'rata-rata': 2, 'periode-rata-rata': 1, 'capaian-F1': 7 });
  });
});

describe('figures right only by a wrong figure they follow from', () => {
  it('a chain: a wrong realisasi, the capaian from it, the mean of the capaian; each step named, with the value it would have', () => {
    const r = verify([{ id: 'T', baris: [
      { id: 'a', nama: 'Indikator A', target: '100', realisasi: '90', capaian: '90,00' },
      // 40 + 45 is 85, not 95; the capaian and the mean follow the printed 95.
      { id: 'b', nama: 'Indikator B', target: '100', realisasi: '95', capaian: '95,00', agregat: { fungsi: 'jumlah', kolom: 'realisasi', dari: ['b1', 'b2'] } },
      { id: 'b1', nama: 'B semester I', realisasi: '40' },
      { id: 'b2', nama: 'B semester II', realisasi: '45' },
      { id: 'm', nama: 'Rata-rata capaian', capaian: '92,50', agregat: { fungsi: 'rata-rata', kolom: 'capaian', dari: ['a', 'b'] } },
    ] }]);
    expect(r.findings.map((f) => [f.code, f.rowId, f.published, f.recomputedPrinted])).toEqual([
      ['JUMLAH_SALAH', 'b', '95', '85'],
      ['DIHITUNG_DARI_ANGKA_SALAH', 'b', '95,00', '85,00'],
      ['DIHITUNG_DARI_ANGKA_SALAH', 'm', '92,50', '87,50'],
    ]);
    expect(r.findings[2]!.message).toMatch(/^Capaian \(%\) 92,50 mengikuti angka tercetak yang salah \(angka yang dirujuknya\)\. Dengan angka yang benar: .*87,50/);
    expect(r.summary).toEqual({ error: 1, rounding: 0, warning: 2, info: 0 });
  });
  it('nothing is added when no figure is wrong, or when the wrong figure feeds nothing', () => {
    expect(verify([{ id: 'T', baris: [{ nama: 'A', target: '100', realisasi: '90', capaian: '90,00' }] }]).findings).toEqual([]);
    expect(codes(verify([{ id: 'T', baris: [{ nama: 'A', target: '100', realisasi: '90', capaian: '91,00' }] }]))).toEqual(['CAPAIAN_SALAH']);
  });
});
