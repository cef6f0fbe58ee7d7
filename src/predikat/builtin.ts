import { Decimal } from '../angka/decimal.js';
import { defineScale, type BandInput, type Scale } from './scale.js';

// Bounds are written in JavaScript notation; building Decimals directly keeps them out of the
// locale-aware string gate (where '3.064' is rightly ambiguous).
const d = (x: string | Decimal): Decimal => new Decimal(x);

const closed = (label: string, min: string | Decimal, max: string | Decimal, keterangan?: string): BandInput => ({
  label, min: d(min), minInclusive: true, max: d(max), maxInclusive: true, ...(keterangan ? { keterangan } : {}),
});
const leftOpen = (label: string, min: string, max: string, keterangan?: string): BandInput => ({
  label, min: d(min), minInclusive: false, max: d(max), maxInclusive: true, ...(keterangan ? { keterangan } : {}),
});

const permendagri86 = (id: string, labels: readonly [string, string, string, string, string], nama: string): Scale =>
  defineScale({
    id,
    nama,
    source: 'Permendagri 86/2017, Lampiran (tingkat capaian kinerja, evaluasi RKPD/Renja)',
    bands: [
      { label: labels[0], min: null, minInclusive: false, max: d('50'), maxInclusive: true },
      closed(labels[1], '51', '65'),
      closed(labels[2], '66', '75'),
      closed(labels[3], '76', '90'),
      closed(labels[4], '91', '100'),
    ],
    above: 'top-band',
    below: 'none',
    catatan: [
      'Tabel tercetak memiliki celah 50–51, 65–66, 75–76, 90–91; edges "half-open" menutupnya seperti aplikasi SIMONEV (x ≥ 91; 76 ≤ x < 91; …).',
      'Nilai di atas 100 tidak tercakup tabel; praktik (LKjIP Banyumas 105,5 "Sangat tinggi", SIMONEV) memberinya band teratas.',
    ],
  });

const sakip = (id: string, source: string): Scale =>
  defineScale({
    id,
    nama: 'Predikat nilai evaluasi SAKIP',
    source,
    bands: [
      closed('D', '0', '30', 'Sangat Kurang'),
      leftOpen('C', '30', '50', 'Kurang'),
      leftOpen('CC', '50', '60', 'Cukup (Memadai)'),
      leftOpen('B', '60', '70', 'Baik'),
      leftOpen('BB', '70', '80', 'Sangat Baik'),
      leftOpen('A', '80', '90', 'Memuaskan'),
      leftOpen('AA', '90', '100', 'Sangat Memuaskan'),
    ],
    above: 'invalid',
    below: 'invalid',
    catatan: ['"> 90–100" berarti 90,00 adalah A dan 90,01 AA; nilai SAKIP di atas 100 atau di bawah 0 tidak sah.'],
  });

/** IKM on the converted scale is the interval value (1–4) times this factor (PermenPANRB 14/2017). */
export const IKM_KONVERSI = 25;

/** The mutu bands as PermenPANRB 14/2017 prints them on the converted scale (25–100). */
const IKM_MUTU = [
  ['D', '25', '64.99', 'Tidak Baik'],
  ['C', '65', '76.60', 'Kurang Baik'],
  ['B', '76.61', '88.30', 'Baik'],
  ['A', '88.31', '100', 'Sangat Baik'],
] as const;

/** An IKM mutu scale: the printed bands, divided by `per` (1 for the converted scale, the factor for the interval scale). */
const ikm = (id: string, nama: string, per: number, catatan: string): Scale =>
  defineScale({
    id,
    nama,
    source: 'PermenPANRB 14/2017, Lampiran (nilai persepsi, interval IKM, nilai konversi, mutu pelayanan)',
    bands: IKM_MUTU.map(([label, min, max, keterangan]) => closed(label, d(min).div(per), d(max).div(per), keterangan)),
    above: 'invalid',
    below: 'invalid',
    catatan: [catatan],
  });

/**
 * The built-in predikat scales by id, each with its legal source.
 *
 * @category Predikat
 * @example
 * ```ts
 * import { scales } from 'sakip';
 * scales['ikm-14-2017'].bands.map((b) => b.label); // ['D', 'C', 'B', 'A']
 * ```
 */
export const scales: Readonly<Record<string, Scale>> = Object.freeze({
  'permendagri-86-2017': permendagri86(
    'permendagri-86-2017',
    ['Sangat Rendah', 'Rendah', 'Sedang', 'Tinggi', 'Sangat Tinggi'],
    'Tingkat capaian kinerja (Permendagri 86/2017)',
  ),
  'permendagri-86-2017-baik': permendagri86(
    'permendagri-86-2017-baik',
    ['Sangat Kurang', 'Kurang', 'Cukup', 'Baik', 'Sangat Baik'],
    'Tingkat capaian kinerja, label Sangat Baik … Sangat Kurang (Permendagri 86/2017)',
  ),
  'sakip-88-2021': sakip('sakip-88-2021', 'PermenPANRB 88/2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah'),
  'sakip-12-2015': sakip('sakip-12-2015', 'PermenPANRB 12/2015 tentang Pedoman Evaluasi atas Implementasi SAKIP'),
  'ikm-14-2017': ikm('ikm-14-2017', 'Mutu pelayanan IKM, nilai konversi 25–100', 1,
    'Interval tercetak dengan dua desimal menyisakan celah 0,01 (mis. 88,30–88,31).'),
  'ikm-14-2017-nrr': ikm('ikm-14-2017-nrr', 'Mutu pelayanan IKM, nilai interval 1–4', IKM_KONVERSI,
    `Batas skala 1–4 adalah batas skala konversi dibagi ${IKM_KONVERSI}.`),
  'kepmendagri-690-1996-efektivitas': defineScale({
    id: 'kepmendagri-690-1996-efektivitas',
    nama: 'Kriteria efektivitas keuangan',
    source: 'Kepmendagri 690.900.327/1996 tentang Pedoman Penilaian dan Kinerja Keuangan',
    bands: [
      { label: 'Tidak Efektif', min: null, minInclusive: false, max: d('60'), maxInclusive: false },
      leftOpen('Kurang Efektif', '60', '80'),
      leftOpen('Cukup Efektif', '80', '90'),
      leftOpen('Efektif', '90', '100'),
      { label: 'Sangat Efektif', min: d('100'), minInclusive: false, max: null, maxInclusive: false },
    ],
    catatan: ['Tercetak "< 60" dan "> 60–80": tepat 60 tidak masuk band mana pun.'],
  }),
  'kepmendagri-690-1996-efisiensi': defineScale({
    id: 'kepmendagri-690-1996-efisiensi',
    nama: 'Kriteria efisiensi keuangan (rasio biaya; makin rendah makin efisien)',
    source: 'Kepmendagri 690.900.327/1996 tentang Pedoman Penilaian dan Kinerja Keuangan',
    bands: [
      { label: 'Sangat Efisien', min: null, minInclusive: false, max: d('60'), maxInclusive: false },
      { label: 'Efisien', min: d('60'), minInclusive: true, max: d('80'), maxInclusive: false },
      { label: 'Cukup Efisien', min: d('80'), minInclusive: true, max: d('90'), maxInclusive: false },
      { label: 'Kurang Efisien', min: d('90'), minInclusive: true, max: d('100'), maxInclusive: false },
      { label: 'Tidak Efisien', min: d('100'), minInclusive: true, max: null, maxInclusive: false },
    ],
    catatan: [
      'Tercetak "90–100", "80–90", "60–80" dengan batas bersama; dibaca setengah terbuka [bawah, atas) karena "≥ 100" tidak efisien.',
    ],
  }),
  'buleleng-2023': defineScale({
    id: 'buleleng-2023',
    nama: 'Skala predikat capaian LKjIP Dinas Sosial Kabupaten Buleleng 2023 (sebagaimana tercetak)',
    source: 'LKjIP Dinas Sosial Kabupaten Buleleng 2023, Bab III (skala pengukuran dan predikat)',
    bands: [
      { label: 'Tidak berhasil', min: d('0'), minInclusive: true, max: d('55'), maxInclusive: false },
      { label: 'Cukup berhasil', min: d('55'), minInclusive: false, max: d('70'), maxInclusive: false },
      { label: 'Berhasil', min: d('70'), minInclusive: false, max: d('85'), maxInclusive: false },
      leftOpen('Sangat berhasil', '85', '100'),
    ],
    above: 'top-band',
    below: 'bottom-band',
    catatan: [
      'Tercetak "> 85 sd 100", "> 70 sd < 85", "> 55 sd < 70", "< 55 sd 0": tepat 85, 70 dan 55 tidak masuk band mana pun.',
      'Di atas 100 tidak tercakup; laporan sendiri memberi rata-rata 231,35 predikat sangat berhasil.',
    ],
  }),
  'polewali-mandar-2023': defineScale({
    id: 'polewali-mandar-2023',
    nama: 'Skala keterangan LKjIP Dinas Sosial Kabupaten Polewali Mandar 2023',
    source: 'LKjIP Dinas Sosial Kabupaten Polewali Mandar 2023, Tabel 3.1 (keterangan)',
    bands: [
      closed('Cukup Baik', '0', '50'),
      leftOpen('Baik', '50', '100'),
      { label: 'Sangat Baik', min: d('100'), minInclusive: false, max: null, maxInclusive: false },
    ],
    above: 'none',
    below: 'bottom-band',
    catatan: [
      'Tercetak "0 sd 50 % = cukup baik, 50 s.d 100 % = Baik": 50 tercetak di dua band; di sini 50 masuk Cukup Baik (batas "s.d." band pertama dibaca inklusif).',
    ],
  }),
});
