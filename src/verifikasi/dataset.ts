import * as z from 'zod/mini';
import { ArahSchema, RumusSchema } from '../model/kinerja.js';

/**
 * A printed cell: the string as the report prints it, or an object keeping the printed string
 * beside its parsed value (`value`, in JavaScript notation), for a cell whose reading needs help
 * ("35.100" meaning 35100 in an English-style table, "A (81,50)" scored as 81.50), or one the PDF
 * conversion garbled (`garbled: true`, never guessed).
 *
 * @category Verifikasi
 * @example
 * ```ts
 * import { SelSchema } from 'sakip/verifikasi';
 * SelSchema.safeParse('58,13').success;                                // true
 * SelSchema.safeParse({ printed: 'A (81,50)', value: '81.50' }).success; // true
 * SelSchema.safeParse({ printed: '25.000.00', garbled: true }).success;  // true
 * ```
 */
export const SelSchema = z.union([
  z.string(),
  // Strict, like every other object of the format: a misspelt "valeu" is refused, not dropped.
  z.strictObject({
    printed: z.string(),
    value: z.optional(z.nullable(z.string().check(z.regex(/^-?\d+(\.\d+)?$/)))),
    garbled: z.optional(z.boolean()),
    note: z.optional(z.string()),
  }),
]);

/**
 * Efficiency definitions a report may state.
 *
 * @category Verifikasi
 * @example
 * ```ts
 * import { MetodeEfisiensiSchema } from 'sakip/verifikasi';
 * MetodeEfisiensiSchema.safeParse('100-serapan').success; // true
 * ```
 */
export const MetodeEfisiensiSchema = z.enum(['capaian-serapan', '100-serapan', 'capaian/serapan', 'indeks', 'kemenkeu']);

/**
 * What an aggregate row computes from other rows.
 *
 * @category Verifikasi
 * @example
 * ```ts
 * import { AgregatSchema } from 'sakip/verifikasi';
 * AgregatSchema.safeParse({ fungsi: 'rata-rata', kolom: 'capaian', dari: ['s1', 's2'] }).success; // true
 * ```
 */
export const AgregatSchema = z.strictObject({
  /**
   * `rata-rata` mean, `jumlah` sum, `hitung-*` counts of capaian above / at / below 100, `hitung`
   * count of rows; on two figures `dari: [a, b]`: `selisih` a − b (a pagu after a cut), `pertumbuhan`
   * (a − b) / b × 100 (this year a against last year b), `persen` a / b × 100 (a share of a total);
   * `kali` the product of all (unit cost × volume); `efisiensi-kemenkeu` the Kemenkeu E (in
   * `efisiensi`) and NE (in `nilai`) of the output rows of `dari` (their pagu, realisasiAnggaran, capaian).
   */
  fungsi: z.enum(['rata-rata', 'jumlah', 'hitung', 'hitung-di-atas', 'hitung-tepat', 'hitung-di-bawah', 'selisih', 'pertumbuhan', 'persen', 'kali', 'efisiensi-kemenkeu']),
  /** The field aggregated in the rows of `dari` (e.g. `capaian`, `pagu`). */
  kolom: z.string(),
  /** Row ids, or `rowId.field` to aggregate another field of that row. */
  dari: z.array(z.string()).check(z.minLength(1)),
  /** The field of this row holding the printed result; default `kolom`. */
  hasil: z.optional(z.string()),
});

const sel = z.optional(SelSchema);

/** A whole number without separators ("100", "1000", "100000", "120"): "100.000" would read as 100. */
const bilangan = z.string().check(z.regex(/^[1-9]\d{0,14}$/));

/**
 * One printed row (or one figure stated in prose). Every field is optional but `nama`; the
 * verifier checks whatever a row carries: target + realisasi + capaian → capaian; pembilang +
 * penyebut → the ratio; a value + predikat → the band; pagu + realisasiAnggaran + serapan / sisa →
 * the budget; `induk` → parent = Σ children; capaian + serapan + efisiensi → efficiency;
 * `agregat` → the mean, sum or count.
 *
 * @category Verifikasi
 * @example
 * ```ts
 * import { BarisSchema } from 'sakip/verifikasi';
 * BarisSchema.safeParse({ id: 'b33-desa-2023', nama: 'Prosentase desa yang meningkat statusnya',
 *   satuan: '%', arah: 'positif', kolom: 'Tahun 2023', target: '80', realisasi: '58,13', capaian: '72,66' }).success; // true
 * ```
 */
export const BarisSchema = z.strictObject({
  /** Unique in the dataset; aggregates, parents and links refer to it. */
  id: z.optional(z.string().check(z.minLength(1))),
  no: z.optional(z.string()),
  kode: z.optional(z.string()),
  /** Indicator, budget line or label, as printed. */
  nama: z.string().check(z.minLength(1)),
  sasaran: z.optional(z.string()),
  satuan: z.optional(z.string()),
  level: z.optional(z.enum(['urusan', 'program', 'kegiatan', 'subkegiatan', 'jenis-belanja', 'sasaran', 'tujuan', 'total'])),
  /** Id of the parent row (budget roll-ups). */
  induk: z.optional(z.string()),
  /** Column group as printed ("Tahun 2022", "Sebelum Perubahan"). */
  kolom: z.optional(z.string()),
  tahun: z.optional(z.int()),
  arah: z.optional(ArahSchema),
  rumus: z.optional(RumusSchema),
  ordinal: z.optional(z.string()),
  /** The cap the report states for capaian (e.g. "100" or "120"); the table's or report's otherwise. */
  batasAtas: z.optional(bilangan),
  /**
   * Figures per month or quarter, in printed order ("TW I": "25", …, or "Jan": …), that add up to
   * the row's `periodeKolom` (default `realisasi`) by `akumulasi`.
   */
  periode: z.optional(z.record(z.string(), SelSchema)),
  /** The field the periods add up to: `realisasi` (default), `realisasiAnggaran`, `outputRealisasi`, … */
  periodeKolom: z.optional(z.enum(['target', 'realisasi', 'pembilang', 'penyebut', 'capaian', 'nilai', 'paguMurni', 'pagu', 'realisasiAnggaran', 'serapan', 'sisa', 'outputTarget', 'outputRealisasi', 'efisiensi'])),
  /** How the periods make the year: `jumlah` sum (default), `terakhir` last, `maksimum`, `rata-rata`. */
  akumulasi: z.optional(z.enum(['jumlah', 'terakhir', 'maksimum', 'rata-rata'])),
  /** The periods print running totals (s/d TW II, …): never decreasing, and the year is the last. */
  kumulatif: z.optional(z.boolean()),
  /** A ratio per 100 (default), 1 000 or 100 000: realisasi = pembilang / penyebut × faktor. */
  faktor: z.optional(bilangan),
  target: sel,
  realisasi: sel,
  pembilang: sel,
  penyebut: sel,
  capaian: sel,
  /** A score graded by `predikat` when the row has no capaian (e.g. a SAKIP evaluation score). */
  nilai: sel,
  predikat: z.optional(z.string()),
  skala: z.optional(z.string()),
  paguMurni: sel,
  pagu: sel,
  realisasiAnggaran: sel,
  serapan: sel,
  sisa: sel,
  outputTarget: sel,
  outputRealisasi: sel,
  efisiensi: sel,
  metode: z.optional(MetodeEfisiensiSchema),
  agregat: z.optional(AgregatSchema),
  /** The sentence a prose figure comes from. */
  kutipan: z.optional(z.string()),
  catatan: z.optional(z.string()),
});

/**
 * A printed table (or a section of prose, `prosa: true`) and its rows.
 *
 * @category Verifikasi
 * @example
 * ```ts
 * import { TabelSchema } from 'sakip/verifikasi';
 * TabelSchema.safeParse({ id: 'Tabel 3.8', rumus: 'F1', baris: [] }).success; // true
 * ```
 */
export const TabelSchema = z.strictObject({
  /** As printed: "Tabel 3.3", "Ikhtisar Eksekutif". */
  id: z.string().check(z.minLength(1)),
  judul: z.optional(z.string()),
  halaman: z.optional(z.string()),
  prosa: z.optional(z.boolean()),
  /** Number style of the table when it differs from the report's. */
  locale: z.optional(z.enum(['id', 'en'])),
  /**
   * Number style per column (field) when a table mixes them, e.g. rupiah with `.` thousands
   * beside percentages with a `.` decimal point: `{ "pagu": "id", "serapan": "en" }`. A cell written
   * unambiguously in the other style is refused.
   */
  localeKolom: z.optional(z.record(z.string(), z.enum(['id', 'en']))),
  /** Default direction and formula of its rows, as the table states them. */
  arah: z.optional(ArahSchema),
  rumus: z.optional(RumusSchema),
  /** The cap the report states for the capaian of this table (e.g. "100" or "120"). */
  batasAtas: z.optional(bilangan),
  /** Ratio factor of this table's ratio rows (default 100). */
  faktor: z.optional(bilangan),
  /** Efficiency method the report states for this table. */
  metode: z.optional(MetodeEfisiensiSchema),
  /** Scale (dataset scale id or built-in id) its predikat use. */
  skala: z.optional(z.string()),
  /** Printed column headers by field, for locations ("capaian": "Capaian (%)"). */
  kolom: z.optional(z.record(z.string(), z.string())),
  baris: z.array(BarisSchema),
});

/**
 * A band of a printed scale.
 *
 * @category Verifikasi
 * @example
 * ```ts
 * import { BandTercetakSchema } from 'sakip/verifikasi';
 * BandTercetakSchema.safeParse({ label: 'Tinggi', printed: '76 % ≤ 90 %', min: '76', minInclusive: true, max: '90', maxInclusive: true }).success; // true
 * ```
 */
export const BandTercetakSchema = z.strictObject({
  label: z.string().check(z.minLength(1)),
  /** The band as printed ("91 % ≤ 100 %"). */
  printed: z.optional(z.string()),
  min: z.nullable(SelSchema),
  minInclusive: z.boolean(),
  max: z.nullable(SelSchema),
  maxInclusive: z.boolean(),
});

/**
 * A predikat scale as the report prints it, with the regulation it cites.
 *
 * @category Verifikasi
 * @example
 * ```ts
 * import { SkalaTercetakSchema } from 'sakip/verifikasi';
 * SkalaTercetakSchema.safeParse({ id: 'skala-3.1', sumber: 'Permendagri Nomor 86 Tahun 2017',
 *   mengacu: 'permendagri-86-2017', bands: [{ label: 'Sangat Tinggi', min: '91', minInclusive: true, max: '100', maxInclusive: true }] }).success; // true
 * ```
 */
export const SkalaTercetakSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  /** Where it is printed. */
  table: z.optional(z.string()),
  /** The source the report cites, as printed. */
  sumber: z.string(),
  /** Id of the built-in scale of the regulation cited, to compare against. */
  mengacu: z.optional(z.string()),
  bands: z.array(BandTercetakSchema).check(z.minLength(1)),
  /** What the report gives a value above / below its printed range (default: none). */
  above: z.optional(z.enum(['top-band', 'bottom-band', 'invalid', 'none'])),
  below: z.optional(z.enum(['top-band', 'bottom-band', 'invalid', 'none'])),
  catatan: z.optional(z.string()),
});

/**
 * "This figure is the same as that one": `rowId.field` on both sides.
 *
 * @category Verifikasi
 * @example
 * ```ts
 * import { SamaSchema } from 'sakip/verifikasi';
 * SamaSchema.safeParse({ a: 't33-desa-2023.capaian', b: 't36-desa-2023.capaian' }).success; // true
 * ```
 */
export const SamaSchema = z.strictObject({
  a: z.string().check(z.regex(/^.+\.[A-Za-z]+$/)),
  b: z.string().check(z.regex(/^.+\.[A-Za-z]+$/)),
  catatan: z.optional(z.string()),
});

/**
 * A published report as printed: every table of figures, scales, prose figures and links
 * between figures, each printed string kept beside its reading.
 *
 * @category Verifikasi
 * @example
 * ```ts
 * import { DatasetLaporanSchema } from 'sakip/verifikasi';
 * DatasetLaporanSchema.safeParse({ format: 'sakip-laporan/1', id: 'contoh', instansi: 'Dinas Sosial',
 *   tahun: 2023, locale: 'id', skala: [], tabel: [] }).success; // true
 * ```
 */
export const DatasetLaporanSchema = z.strictObject({
  format: z.literal('sakip-laporan/1'),
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
  instansi: z.string().check(z.minLength(1)),
  tahun: z.optional(z.int()),
  jenis: z.optional(z.string()),
  /** Where the text comes from. */
  sumber: z.optional(z.string()),
  /** Number style of the report; without it a string that reads differently in the two styles is refused. */
  locale: z.optional(z.enum(['id', 'en'])),
  /** The cap the report states for every capaian (e.g. "100" or "120"). */
  batasAtas: z.optional(bilangan),
  skala: z.array(SkalaTercetakSchema),
  tabel: z.array(TabelSchema),
  sama: z.optional(z.array(SamaSchema)),
  catatan: z.optional(z.array(z.string())),
});

/** @category Verifikasi */
export type Sel = z.infer<typeof SelSchema>;
/** @category Verifikasi */
export type Baris = z.infer<typeof BarisSchema>;
/** @category Verifikasi */
export type Tabel = z.infer<typeof TabelSchema>;
/** @category Verifikasi */
export type SkalaTercetak = z.infer<typeof SkalaTercetakSchema>;
/** @category Verifikasi */
export type DatasetLaporan = z.infer<typeof DatasetLaporanSchema>;
