import { isDash } from '../angka/batas.js';
import type { Decimal } from '../angka/decimal.js';
import { toDecimal } from '../angka/input.js';
import { parseAngkaInfo } from '../angka/parse.js';
import type { KosongRollup } from '../anggaran/rollup.js';
import { ErrorCode, SakipError } from '../errors.js';
import type { Baris, DatasetLaporan, Sel, Tabel } from './dataset.js';

/** A cell as read: its printed string beside its value and printed precision. */
export interface SelTerbaca {
  readonly printed: string;
  readonly value: Decimal | null;
  readonly decimals: number;
  readonly garbled: boolean;
  /** A qualitative text ("Sangat Baik", "A") in a performance cell: kept, not checked as a number. */
  readonly text: boolean;
  /** Printed as a dash (or left empty): nothing, which a total counts as {@link KOSONG_TERCETAK} says. */
  readonly dash?: boolean;
  /** The style the printed string is written in, so a recomputed figure can be shown the same way. */
  readonly style?: 'id' | 'en';
}

/**
 * The verifier's blank policy: a dash or an empty cell printed in a report means nothing there,
 * so a total over it counts it as 0 (see `KosongRollup`).
 */
export const KOSONG_TERCETAK: KosongRollup = 'nol';

/** The number fields of a row. */
export const NUMBER_FIELDS = [
  'target', 'realisasi', 'pembilang', 'penyebut', 'capaian', 'nilai', 'paguMurni', 'pagu',
  'realisasiAnggaran', 'serapan', 'sisa', 'outputTarget', 'outputRealisasi', 'efisiensi',
] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

/** Performance cells that may hold a qualitative text instead of a number. */
const TEXT_OK = new Set<string>(['target', 'realisasi', 'nilai', 'capaian', 'outputTarget', 'outputRealisasi']);

/** Printed headers used in locations when the table names none. */
export const DEFAULT_COLUMN: Record<string, string> = {
  target: 'Target', realisasi: 'Realisasi', pembilang: 'Pembilang', penyebut: 'Penyebut', capaian: 'Capaian (%)',
  nilai: 'Nilai', predikat: 'Predikat', paguMurni: 'Pagu murni', pagu: 'Pagu', realisasiAnggaran: 'Realisasi anggaran',
  serapan: 'Serapan (%)', sisa: 'Sisa', outputTarget: 'Target output', outputRealisasi: 'Realisasi output', efisiensi: 'Efisiensi',
};

/** A row with its table and the path of the row in the dataset (for error messages). */
export interface BarisTerbaca {
  readonly table: Tabel;
  readonly baris: Baris;
  readonly path: string;
  readonly locale: 'id' | 'en' | undefined;
  readonly cells: Partial<Record<NumberField, SelTerbaca>>;
  /** The cap the report states for this row's capaian (row, else table, else report), if any. */
  readonly batasAtas: string | undefined;
  /** The row's figures per month or quarter, in printed order. */
  readonly periode: readonly { readonly label: string; readonly cell: SelTerbaca }[];
}

/**
 * Reads every number cell of a dataset once. A string that cannot be read (ambiguous in the
 * table's style, or not a number) makes the dataset unusable: a typed error naming the path.
 */
export function bacaDataset(data: DatasetLaporan): { rows: BarisTerbaca[]; byId: Map<string, BarisTerbaca> } {
  const rows: BarisTerbaca[] = [];
  const byId = new Map<string, BarisTerbaca>();
  data.tabel.forEach((table, ti) => {
    const locale = table.locale ?? data.locale;
    table.baris.forEach((baris, bi) => {
      const path = `tabel[${ti}].baris[${bi}]`;
      const cells: Partial<Record<NumberField, SelTerbaca>> = {};
      for (const field of NUMBER_FIELDS) {
        const cell = baris[field];
        if (cell === undefined) continue;
        // Qualitative targets ("A", "Sangat Baik") are read through their ordinal scale, not here.
        if (baris.ordinal && (field === 'target' || field === 'realisasi') && typeof cell === 'string') continue;
        const own = table.localeKolom?.[field];
        const c = bacaSel(cell, own ?? locale, `${path}.${field}`, TEXT_OK.has(field));
        if (own !== undefined && c.style !== undefined && c.style !== own) {
          throw new SakipError(ErrorCode.INVALID_MODEL, `${path}.${field}`, c.printed, `tertulis bergaya "${c.style}", padahal localeKolom menyatakan "${own}" untuk kolom ini`);
        }
        cells[field] = c;
      }
      const periode = Object.entries(baris.periode ?? {}).map(([label, cell]) => ({ label, cell: bacaSel(cell, locale, `${path}.periode.${label}`) }));
      const row = { table, baris, path, locale, cells, batasAtas: baris.batasAtas ?? table.batasAtas ?? data.batasAtas, periode };
      rows.push(row);
      if (baris.id !== undefined) {
        if (byId.has(baris.id)) throw new SakipError(ErrorCode.INVALID_MODEL, `${path}.id`, baris.id, 'id baris ganda');
        byId.set(baris.id, row);
      }
    });
  });
  // A parent that does not exist would leave its children out of every roll-up without a word.
  for (const row of rows) {
    const induk = row.baris.induk;
    if (induk !== undefined && !byId.has(induk)) throw new SakipError(ErrorCode.INVALID_MODEL, `${row.path}.induk`, induk, 'baris induk yang dirujuk tidak ada');
  }
  return { rows, byId };
}

/** Reads one printed cell in a style: unambiguous strings in any style, ambiguous ones in `locale`. */
export function bacaSel(cell: Sel, locale: 'id' | 'en' | undefined, field: string, textOk = false): SelTerbaca {
  // A dash or an empty cell prints "nothing here": blank, not a number and not an error.
  if (typeof cell === 'string' && isDash(cell)) return { printed: cell, value: null, decimals: 0, garbled: false, text: true, dash: true };
  if (typeof cell !== 'string') {
    if (cell.garbled) return { printed: cell.printed, value: null, decimals: 0, garbled: true, text: false };
    if (cell.value !== undefined && cell.value !== null) {
      const value = toDecimal(cell.value, field, { locale: 'en' });
      // The precision is the one the reading is written with ("81.50" → 2).
      return { printed: cell.printed, value, decimals: cell.value.split('.')[1]?.length ?? 0, garbled: false, text: false, ...styleOf(cell.printed) };
    }
    return bacaSel(cell.printed, locale, field, textOk);
  }
  try {
    const a = parseAngkaInfo(cell, { field });
    return { printed: cell, value: a.value, decimals: a.decimals, garbled: false, text: false, ...(a.style === 'plain' ? {} : { style: a.style }) };
  } catch (e) {
    const code = (e as { code?: string }).code;
    // A qualitative text, however long (a long one is refused as a number before it is read as one).
    if ((code === ErrorCode.INVALID_NUMBER || code === ErrorCode.TOO_LONG) && textOk && /\p{L}/u.test(cell)) {
      return { printed: cell, value: null, decimals: 0, garbled: false, text: true };
    }
    if (code !== ErrorCode.AMBIGUOUS_NUMBER || locale === undefined) throw e;
    const a = parseAngkaInfo(cell, { field, locale });
    return { printed: cell, value: a.value, decimals: a.decimals, garbled: false, text: false, style: locale };
  }
}

/** The style a printed string is unambiguously written in, if any. */
function styleOf(printed: string): { style?: 'id' | 'en' } {
  try {
    const { style } = parseAngkaInfo(printed);
    return style === 'plain' ? {} : { style };
  } catch {
    return {};
  }
}
