import * as z from 'zod/mini';
import { BelanjaSchema, ProgramSchema } from './anggaran.js';
import { SasaranSchema, TujuanSchema } from './kinerja.js';

/**
 * A Perjanjian Kinerja: the sasaran, indicators and targets the head of an agency signs, with the
 * programs that fund them.
 *
 * @category Model
 * @example
 * ```ts
 * import { PerjanjianKinerjaSchema } from 'sakip/model';
 * PerjanjianKinerjaSchema.parse({ instansi: 'Dinas Sosial', tahun: 2023, sasaran: [] });
 * ```
 */
export const PerjanjianKinerjaSchema = z.object({
  instansi: z.string().check(z.minLength(1)),
  tahun: z.int().check(z.gte(1990), z.lte(2100)),
  pihakPertama: z.optional(z.string()),
  pihakKedua: z.optional(z.string()),
  sasaran: z.array(SasaranSchema),
  program: z.optional(z.array(ProgramSchema)),
});

/**
 * A whole performance report (LKjIP / LAKIP): agency, year, the scales it uses, its indicators and
 * its budgets.
 *
 * @category Model
 * @example
 * ```ts
 * import { LaporanSchema } from 'sakip/model';
 * LaporanSchema.parse({ instansi: 'Dinas Sosial Kabupaten Buleleng', tahun: 2023,
 *   skala: ['buleleng-2023'], sasaran: [], program: [] });
 * ```
 */
export const LaporanSchema = z.object({
  instansi: z.string().check(z.minLength(1)),
  tahun: z.int().check(z.gte(1990), z.lte(2100)),
  jenis: z.optional(z.enum(['LKjIP', 'LAKIP', 'LPPD', 'Renja', 'PK'])),
  /** Ids of the predikat scales the report uses (built-in ids or the ids of scales it defines). */
  skala: z.array(z.string()),
  tujuan: z.optional(z.array(TujuanSchema)),
  sasaran: z.array(SasaranSchema),
  program: z.array(ProgramSchema),
  belanja: z.optional(z.array(BelanjaSchema)),
});

/** @category Model */
export type PerjanjianKinerja = z.infer<typeof PerjanjianKinerjaSchema>;
/** @category Model */
export type Laporan = z.infer<typeof LaporanSchema>;
