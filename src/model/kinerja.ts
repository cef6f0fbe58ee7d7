import * as z from 'zod/mini';
import { rumusCapaian, type RumusId } from '../capaian/rumus.js';

/**
 * A number as given: a JSON number or a printed string ("1.081,93", "Rp 5.473.751.535").
 *
 * @category Model
 * @example
 * ```ts
 * import { AngkaSchema } from 'sakip/model';
 * AngkaSchema.safeParse('1.081,93').success; // true
 * AngkaSchema.safeParse('').success;         // false
 * ```
 */
export const AngkaSchema = z.union([z.number(), z.string().check(z.minLength(1))]);

/**
 * Direction of an indicator.
 *
 * @category Model
 * @example
 * ```ts
 * import { ArahSchema } from 'sakip/model';
 * ArahSchema.safeParse('negatif').success; // true
 * ```
 */
export const ArahSchema = z.enum(['positif', 'negatif']);
/**
 * A capaian formula id.
 *
 * @category Model
 * @example
 * ```ts
 * import { RumusSchema } from 'sakip/model';
 * RumusSchema.safeParse('F6').success; // false
 * ```
 */
// The ids of the formula table itself, so that a formula added there is valid here.
export const RumusSchema = z.enum(Object.keys(rumusCapaian) as [RumusId, ...RumusId[]]);

/**
 * A range target "80–90 %".
 *
 * @category Model
 * @example
 * ```ts
 * import { RentangSchema } from 'sakip/model';
 * RentangSchema.safeParse({ min: 80, max: 90 }).success; // true
 * ```
 */
export const RentangSchema = z.object({ min: AngkaSchema, max: AngkaSchema });

/**
 * A qualitative target or realisasi scored through an ordinal scale ("A", "WTP", "Sangat Baik").
 *
 * @category Model
 * @example
 * ```ts
 * import { KualitatifSchema } from 'sakip/model';
 * KualitatifSchema.safeParse({ kualitatif: 'WTP' }).success; // true
 * ```
 */
export const KualitatifSchema = z.object({ kualitatif: z.string().check(z.minLength(1)) });

/**
 * A ratio realisasi: pembilang / penyebut × 100.
 *
 * @category Model
 * @example
 * ```ts
 * import { RasioSchema } from 'sakip/model';
 * RasioSchema.safeParse({ pembilang: '114.619', penyebut: '211.439' }).success; // true
 * ```
 */
export const RasioSchema = z.object({
  pembilang: AngkaSchema,
  penyebut: AngkaSchema,
  pengali: z.optional(AngkaSchema),
});

/**
 * Target of an indicator: a number, a range or a qualitative label.
 *
 * @category Model
 * @example
 * ```ts
 * import { TargetSchema } from 'sakip/model';
 * TargetSchema.safeParse({ kualitatif: 'A' }).success; // true
 * ```
 */
export const TargetSchema = z.union([AngkaSchema, RentangSchema, KualitatifSchema]);

/**
 * Realisasi of an indicator: a number, a qualitative label, a ratio, or null when not yet measured.
 *
 * @category Model
 * @example
 * ```ts
 * import { RealisasiSchema } from 'sakip/model';
 * RealisasiSchema.safeParse(null).success; // true
 * ```
 */
export const RealisasiSchema = z.nullable(z.union([AngkaSchema, KualitatifSchema, RasioSchema]));

/**
 * An indikator kinerja.
 *
 * @category Model
 * @example
 * ```ts
 * import { IndikatorSchema } from 'sakip/model';
 * IndikatorSchema.parse({ nama: 'Persentase penduduk miskin', satuan: '%', arah: 'negatif', target: '5,15', realisasi: '5,85' });
 * ```
 */
export const IndikatorSchema = z.object({
  kode: z.optional(z.string()),
  nama: z.string().check(z.minLength(1)),
  satuan: z.string(),
  arah: ArahSchema,
  rumus: z.optional(RumusSchema),
  /** Id of an ordinal scale for qualitative targets. */
  ordinal: z.optional(z.string()),
  target: TargetSchema,
  realisasi: z.optional(RealisasiSchema),
  /** An earlier period's realisasi added to this one. */
  realisasiSebelumnya: z.optional(AngkaSchema),
  /** How the report defines the figure ("Jumlah PPKS tertangani / jumlah PPKS × 100"). */
  formulasi: z.optional(z.string()),
});

/**
 * A sasaran strategis with its indicators.
 *
 * @category Model
 * @example
 * ```ts
 * import { SasaranSchema } from 'sakip/model';
 * SasaranSchema.safeParse({ nama: 'Meningkatnya penanganan sosial', indikator: [] }).success; // true
 * ```
 */
export const SasaranSchema = z.object({
  kode: z.optional(z.string()),
  nama: z.string().check(z.minLength(1)),
  indikator: z.array(IndikatorSchema),
});

/**
 * A tujuan (goal) with its own indicators and its sasaran.
 *
 * @category Model
 * @example
 * ```ts
 * import { TujuanSchema } from 'sakip/model';
 * TujuanSchema.safeParse({ nama: 'Meningkatnya kesejahteraan PPKS', sasaran: [] }).success; // true
 * ```
 */
export const TujuanSchema = z.object({
  kode: z.optional(z.string()),
  nama: z.string().check(z.minLength(1)),
  indikator: z.optional(z.array(IndikatorSchema)),
  sasaran: z.array(SasaranSchema),
});

/** @category Model */
export type Indikator = z.infer<typeof IndikatorSchema>;
/** @category Model */
export type Sasaran = z.infer<typeof SasaranSchema>;
/** @category Model */
export type Tujuan = z.infer<typeof TujuanSchema>;
