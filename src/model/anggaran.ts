import * as z from 'zod/mini';
import { AngkaSchema } from './kinerja.js';

const Amount = z.optional(z.nullable(AngkaSchema));

/**
 * Output indicator of a program, kegiatan or sub kegiatan.
 *
 * @category Model
 * @example
 * ```ts
 * import { OutputSchema } from 'sakip/model';
 * OutputSchema.safeParse({ indikator: 'Jumlah lansia terlayani', satuan: 'orang', target: 40, realisasi: 40 }).success; // true
 * ```
 */
export const OutputSchema = z.object({
  indikator: z.optional(z.string()),
  satuan: z.optional(z.string()),
  target: Amount,
  realisasi: Amount,
});

const line = {
  kode: z.optional(z.string()),
  nama: z.string().check(z.minLength(1)),
  paguMurni: Amount,
  pagu: Amount,
  realisasi: Amount,
  output: z.optional(OutputSchema),
};

/**
 * A sub kegiatan budget line.
 *
 * @category Model
 * @example
 * ```ts
 * import { SubKegiatanSchema } from 'sakip/model';
 * SubKegiatanSchema.safeParse({ nama: 'Penyediaan Makanan', pagu: '607.519.000', realisasi: '607.104.000' }).success; // true
 * ```
 */
export const SubKegiatanSchema = z.object(line);
/**
 * A kegiatan with its sub kegiatan.
 *
 * @category Model
 * @example
 * ```ts
 * import { KegiatanSchema } from 'sakip/model';
 * KegiatanSchema.safeParse({ nama: 'Rehabilitasi Sosial', subKegiatan: [] }).success; // true
 * ```
 */
export const KegiatanSchema = z.object({ ...line, subKegiatan: z.optional(z.array(SubKegiatanSchema)) });
/**
 * A program with its kegiatan and sub kegiatan (Permendagri 90/2019 nomenclature).
 *
 * @category Model
 * @example
 * ```ts
 * import { ProgramSchema } from 'sakip/model';
 * ProgramSchema.parse({ kode: '1.06.02', nama: 'Program Pemberdayaan Sosial', pagu: '1.000.000',
 *   kegiatan: [{ nama: 'Kegiatan A', pagu: '1.000.000', subKegiatan: [] }] });
 * ```
 */
export const ProgramSchema = z.object({
  ...line,
  /** Name or code of the sasaran the program serves. */
  sasaran: z.optional(z.string()),
  kegiatan: z.optional(z.array(KegiatanSchema)),
});

/**
 * A spending line by economic code (5.1.01 …).
 *
 * @category Model
 * @example
 * ```ts
 * import { BelanjaSchema } from 'sakip/model';
 * BelanjaSchema.safeParse({ kode: '5.1.06', pagu: '5.630.637.004' }).success; // true
 * BelanjaSchema.safeParse({ kode: '4.1', pagu: 1 }).success;                  // false
 * ```
 */
export const BelanjaSchema = z.object({
  kode: z.string().check(z.regex(/^5(\.\d+)*$/)),
  uraian: z.optional(z.string()),
  paguMurni: Amount,
  pagu: AngkaSchema,
  realisasi: Amount,
});

/** @category Model */
export type SubKegiatan = z.infer<typeof SubKegiatanSchema>;
/** @category Model */
export type Kegiatan = z.infer<typeof KegiatanSchema>;
/** @category Model */
export type Program = z.infer<typeof ProgramSchema>;
/** @category Model */
export type Belanja = z.infer<typeof BelanjaSchema>;
