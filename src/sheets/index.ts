import { terbaca } from '../angka/bentuk.js';
import { BATAS_MASUKAN, isDash } from '../angka/batas.js';
/**
 * Spreadsheet functions (Google Sheets custom functions, Excel custom functions), named as a
 * spreadsheet user expects. They take numbers, Indonesian- or English-formatted text, blank cells
 * and 2-D ranges (returning 2-D arrays), return plain numbers or text, and never throw: a bad
 * input gives an error text with the library's code (`#SAKIP_INVALID_NUMBER: …`), an unmeasurable
 * figure gives `#N/A: <reason>`.
 *
 * @module
 */
import type { Decimal } from '../angka/decimal.js';
import { formatAngka, formatRupiah } from '../angka/format.js';
import { toDecimal, type Angka } from '../angka/input.js';
import type { Locale } from '../angka/parse.js';
import { decimalsDariTeks, round, type Rounding } from '../angka/round.js';
import { efisiensi, type MetodeEfisiensi } from '../anggaran/efisiensi.js';
import { serapan, sisa } from '../anggaran/serapan.js';
import { capaian } from '../capaian/capaian.js';
import { rasio } from '../capaian/rasio.js';
import type { Arah, RumusId } from '../capaian/rumus.js';
import { ErrorCode, isSakipError, safe, SakipError } from '../errors.js';
import { predikat } from '../predikat/predikat.js';

/** What a spreadsheet passes: a value, a blank, or a 2-D range of them. @category Spreadsheet */
export type SelSheet = number | string | boolean | null | undefined;
/** @category Spreadsheet */
export type Rentang = SelSheet | readonly (readonly SelSheet[])[];
/** What a spreadsheet gets back. @category Spreadsheet */
export type Keluaran = number | string | (number | string)[][];

/** A blank cell: null / undefined (Excel's missing argument), empty text (Google Sheets), or a dash as reports print it. */
const blank = (x: SelSheet): x is null | undefined | string => x === null || x === undefined || (typeof x === 'string' && isDash(x));
/** An option typed by hand: trimmed, and in the case the library uses ("Negatif" is negatif, "f2" is F2). */
function opt<T extends string>(x: SelSheet, fallback: T, upper = false): T {
  if (blank(x)) return fallback;
  if (typeof x !== 'string' && typeof x !== 'number') throw new SakipError(ErrorCode.INVALID_OPTION, 'opsi', typeof x);
  const s = String(x);
  return (upper ? s.trim().toUpperCase() : s.trim().toLowerCase()) as T;
}
function digits(desimal: SelSheet): number | null {
  return blank(desimal) ? null : decimalsDariTeks(desimal, 'desimal');
}
const num = (d: Decimal | null, desimal: SelSheet): number => {
  const k = digits(desimal);
  return d === null ? Number.NaN : Number((k === null ? d : round(d, k)).toString());
};

function input(x: SelSheet, field: string, locale: Locale = 'auto'): Decimal | null {
  // A boolean cell is refused by the input gate itself (SAKIP_INVALID_TYPE).
  return blank(x) ? null : toDecimal(x as Angka, field, { locale });
}

function na(reason: string | null): string {
  return `#N/A: ${reason ?? 'tanpa nilai'}`;
}

type Matrix = readonly (readonly SelSheet[])[];
const isMatrix = (a: Rentang): a is Matrix => larik(a);

/**
 * Calls `f` on values; on 2-D ranges, cell by cell, repeating single values. Ranges of different
 * sizes are an error, and an error or NA text coming from another sakip function passes through
 * unchanged, as spreadsheet errors do. Never throws.
 */
function lift(raw: readonly Rentang[], f: (...cells: SelSheet[]) => number | string): Keluaran {
  try {
    return lifted(raw.map(bacaRentang), f);
  } catch (e) {
    // Only a range that cannot be read gets here (a Proxy or a getter that throws, too many cells).
    return errorText(e);
  }
}

/** Array.isArray that answers false for a value that cannot be inspected (a revoked Proxy): that is a cell, refused by the input gate. */
function larik(x: unknown): x is readonly unknown[] {
  try {
    return Array.isArray(x);
  } catch {
    return false;
  }
}

/**
 * A range argument read once into plain rows of cells, so that the rest works on plain data: a 2-D
 * range as rows; a 1-D array (a JavaScript caller's row) as one row; a one-cell range as its value
 * (Excel passes every matrix argument as a range, even one typed in); anything else as a cell. A
 * range that cannot be read, or that holds more than {@link BATAS_MASUKAN}.baris cells, is one typed
 * error for the whole result.
 */
function bacaRentang(a: Rentang): Rentang {
  if (!larik(a)) return a;
  return terbaca('rentang', () => {
    let cells = 0;
    const ambil = (row: readonly unknown[]): SelSheet[] => {
      const n = row.length;
      cells += n;
      if (cells > BATAS_MASUKAN.baris) throw new SakipError(ErrorCode.OUT_OF_RANGE, 'rentang', `> ${BATAS_MASUKAN.baris} sel`, 'rentang terlalu besar');
      const out = new Array<SelSheet>(n);
      for (let j = 0; j < n; j++) out[j] = row[j] as SelSheet;
      return out;
    };
    const n = a.length;
    if (n > BATAS_MASUKAN.baris) throw new SakipError(ErrorCode.OUT_OF_RANGE, 'rentang', `> ${BATAS_MASUKAN.baris} baris`, 'rentang terlalu besar');
    const items = ambil(a as readonly unknown[]);
    cells = 0;
    const rows = n > 0 && items.every(larik) ? (items as unknown as (readonly unknown[])[]).map(ambil) : n === 0 ? [] : [items];
    return rows.length === 1 && rows[0]!.length === 1 && !larik(rows[0]![0]) ? rows[0]![0] : rows;
  });
}

function errorText(e: unknown): string {
  if (isSakipError(e)) return `#${e.code}: ${e.message}`;
  try {
    return `#SAKIP_ERROR: ${e instanceof Error ? safe(e.message) : 'galat'}`;
  } catch {
    return '#SAKIP_ERROR: galat';
  }
}

function lifted(args: readonly Rentang[], f: (...cells: SelSheet[]) => number | string): Keluaran {
  const matrices = args.filter(isMatrix);
  const shape = matrices[0];
  const safe = (cells: SelSheet[]) => {
    const passed = cells.find((c): c is string => typeof c === 'string' && /^#(N\/A|SAKIP_)/.test(c));
    if (passed !== undefined) return passed;
    try {
      const out = f(...cells);
      // A finite number or a text: never NaN or ±Infinity in a cell.
      return typeof out === 'number' && !Number.isFinite(out) ? `#${ErrorCode.NOT_FINITE}` : out;
    } catch (e) {
      return errorText(e);
    }
  };
  if (!shape) return safe(args as SelSheet[]);
  const size = (m: Matrix) => `${m.length}×${m[0]?.length ?? 0}`;
  const other = matrices.find((m) => size(m) !== size(shape));
  if (other) {
    const message = `#${ErrorCode.INVALID_OPTION}: rentang berukuran ${size(shape)} dan ${size(other)} harus sama besar`;
    return shape.map((row) => row.map(() => message));
  }
  return shape.map((row, i) =>
    row.map((_, j) =>
      safe(
        args.map((a) => {
          if (!isMatrix(a)) return a as SelSheet;
          const r = (a as readonly (readonly SelSheet[])[])[i];
          return r === undefined ? undefined : r[j];
        }),
      ),
    ),
  );
}

/**
 * Capaian kinerja in percent. `arah` positif (default) or negatif; `rumus` F1–F5 (default F1 /
 * F2); `desimal` rounds half-up (default: not rounded).
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * import { CAPAIAN } from 'sakip/sheets';
 * CAPAIAN('5,15', '5,85', 'negatif', null, 2); // 86.41
 * CAPAIAN([[80], [0]], [['58,13'], [3]], null, null, 2); // [[72.66], ['#N/A: target-nol']]
 * ```
 */
export function CAPAIAN(target: Rentang, realisasi: Rentang, arah?: Rentang, rumus?: Rentang, desimal?: Rentang): Keluaran {
  return lift([target, realisasi, arah, rumus, desimal], (t, r, a, f, d) => {
    const c = capaian(
      { target: input(t, 'target'), realisasi: input(r, 'realisasi') },
      { arah: opt<Arah>(a, 'positif'), ...(blank(f) ? {} : { rumus: opt<RumusId>(f, 'F1', true) }) },
    );
    return c.value === null ? na(c.reason) : num(c.value, d);
  });
}

/**
 * The one-sentence explanation of a capaian.
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * import { PENJELASAN_CAPAIAN } from 'sakip/sheets';
 * PENJELASAN_CAPAIAN(7, '6,5', 'negatif'); // 'Capaian = (2 × 7 − 6,5) / 7 × 100 = 107,14 % (F2, indikator negatif)'
 * ```
 */
export function PENJELASAN_CAPAIAN(target: Rentang, realisasi: Rentang, arah?: Rentang, rumus?: Rentang, desimal?: Rentang): Keluaran {
  return lift([target, realisasi, arah, rumus, desimal], (t, r, a, f, d) => {
    const k = digits(d);
    return capaian(
      { target: input(t, 'target'), realisasi: input(r, 'realisasi') },
      { arah: opt<Arah>(a, 'positif'), ...(blank(f) ? {} : { rumus: opt<RumusId>(f, 'F1', true) }), ...(k === null ? {} : { decimals: k }) },
    ).explanation;
  });
}

/**
 * The predikat label of a value on a built-in scale (default `permendagri-86-2017`); `#N/A: tanpa-band` in a printed gap. `edges` as-printed (default) or half-open.
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * import { PREDIKAT } from 'sakip/sheets';
 * PREDIKAT(72.66);                      // 'Sedang'
 * PREDIKAT(90, 'sakip-88-2021');        // 'A'
 * PREDIKAT('90,5');                     // '#N/A: tanpa-band'
 * PREDIKAT('90,5', null, 'half-open');  // 'Tinggi'
 * ```
 */
export function PREDIKAT(nilai: Rentang, skala?: Rentang, edges?: Rentang): Keluaran {
  return lift([nilai, skala, edges], (x, s, e) => {
    const v = input(x, 'nilai');
    if (v === null) return na('nilai-kosong');
    const band = predikat(v, opt(s, 'permendagri-86-2017'), { edges: opt(e, 'as-printed') });
    return band ? band.label : na('tanpa-band');
  });
}

/**
 * Serapan anggaran: realisasi / pagu × 100.
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * import { SERAPAN } from 'sakip/sheets';
 * SERAPAN('Rp 22.735.850.378,-', 'Rp. 19.775.725.508,-', 2); // 86.98
 * SERAPAN(100, -1);                                         // '#SAKIP_NEGATIVE: realisasi: nilai -1 tidak boleh negatif'
 * ```
 */
export function SERAPAN(pagu: Rentang, realisasi: Rentang, desimal?: Rentang): Keluaran {
  return lift([pagu, realisasi, desimal], (p, r, d) => {
    const s = serapan({ pagu: input(p, 'pagu') as Decimal, realisasi: input(r, 'realisasi') });
    return s.value === null ? na(s.reason) : num(s.value, d);
  });
}

/**
 * Sisa anggaran: pagu − realisasi.
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * import { SISA } from 'sakip/sheets';
 * SISA('22.735.850.378', '19.775.725.508'); // 2960124870
 * ```
 */
export function SISA(pagu: Rentang, realisasi: Rentang): Keluaran {
  return lift([pagu, realisasi], (p, r) => num(sisa({ pagu: input(p, 'pagu') as Decimal, realisasi: input(r, 'realisasi') }).value, null));
}

/**
 * Efisiensi under a named definition: `capaian-serapan` (default), `100-serapan` or `capaian/serapan`.
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * import { EFISIENSI } from 'sakip/sheets';
 * EFISIENSI('98,54', '97,81');            // 0.73
 * EFISIENSI(null, 66, '100-serapan');     // 34
 * ```
 */
export function EFISIENSI(capaianPersen: Rentang, serapanPersen: Rentang, metode?: Rentang, desimal?: Rentang): Keluaran {
  return lift([capaianPersen, serapanPersen, metode, desimal], (c, s, m, d) => {
    const e = efisiensi({ capaian: input(c, 'capaian'), serapan: input(s, 'serapan') }, { metode: opt<MetodeEfisiensi>(m, 'capaian-serapan') });
    return e.value === null ? na(e.reason) : num(e.value, d);
  });
}

/**
 * A ratio indicator: pembilang / penyebut × 100.
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * import { RASIO } from 'sakip/sheets';
 * RASIO(1187, 5910, 2); // 20.08
 * ```
 */
export function RASIO(pembilang: Rentang, penyebut: Rentang, desimal?: Rentang): Keluaran {
  return lift([pembilang, penyebut, desimal], (p, q, d) => {
    const r = rasio({ pembilang: input(p, 'pembilang'), penyebut: input(q, 'penyebut') });
    return r.value === null ? na(r.reason) : num(r.value, d);
  });
}

/**
 * A printed number as a number: `ANGKA("1.081,93")` is 1081.93; `locale` id, en or auto (default).
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * import { ANGKA } from 'sakip/sheets';
 * ANGKA('Rp 22.735.850.378,-'); // 22735850378
 * ANGKA('1.234', 'id');         // 1234
 * ```
 */
export function ANGKA(teks: Rentang, locale?: Rentang): Keluaran {
  return lift([teks, locale], (x, l) => (blank(x) ? '' : num(input(x, 'teks', opt<Locale>(l, 'auto')), null)));
}

/**
 * Rounds with a named mode (half-up default, half-even, down, up), exactly.
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * import { BULATKAN } from 'sakip/sheets';
 * BULATKAN(1.005, 2);           // 1.01
 * BULATKAN('54,2090', 2, 'down'); // 54.2
 * ```
 */
export function BULATKAN(nilai: Rentang, desimal: Rentang, mode?: Rentang): Keluaran {
  return lift([nilai, desimal, mode], (x, d, m) => {
    const v = input(x, 'nilai');
    return v === null ? na('nilai-kosong') : Number(round(v, digits(d) ?? 0, opt<Rounding>(m, 'half-up')).toString());
  });
}

/**
 * A number in Indonesian style with `desimal` decimals (default 2): `FORMAT_ANGKA(1081.925)` is "1.081,93".
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * import { FORMAT_ANGKA, FORMAT_RUPIAH } from 'sakip/sheets';
 * FORMAT_ANGKA(1081.925);       // '1.081,93'
 * FORMAT_RUPIAH(22735850378);   // 'Rp 22.735.850.378'
 * ```
 */
export function FORMAT_ANGKA(nilai: Rentang, desimal?: Rentang): Keluaran {
  return lift([nilai, desimal], (x, d) => {
    const v = input(x, 'nilai');
    return v === null ? '' : formatAngka(v, { decimals: digits(d) ?? 2 });
  });
}

/**
 * Rupiah in Indonesian style: `FORMAT_RUPIAH(22735850378)` is "Rp 22.735.850.378".
 *
 * @category Spreadsheet
 * @example
 * ```ts
 * import { FORMAT_RUPIAH } from 'sakip/sheets';
 * FORMAT_RUPIAH('1234567', 2); // 'Rp 1.234.567,00'
 * ```
 */
export function FORMAT_RUPIAH(nilai: Rentang, desimal?: Rentang): Keluaran {
  return lift([nilai, desimal], (x, d) => {
    const v = input(x, 'nilai');
    return v === null ? '' : formatRupiah(v, { decimals: digits(d) ?? 0 });
  });
}
