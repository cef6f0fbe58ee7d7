import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAngkaInfo, type AngkaTercetak, type Decimal } from '../../src/index.js';

/** One row of a report's test vectors (see test/fixtures/vectors/*.json). */
export interface Row {
  table: string;
  row: string;
  column?: string;
  expect: 'match' | 'truncated' | 'mismatch';
  note?: string;
  locale?: 'id' | 'en';
  publishedLocale?: 'id' | 'en';
  published: string;
  [key: string]: unknown;
}

export interface Vectors {
  report: string;
  seed: string;
  locale: 'id' | 'en';
  capaian: Row[];
  rasio: Row[];
  serapan: Row[];
  sisa: Row[];
  jumlah: Row[];
  rataRata: Row[];
  efisiensi: Row[];
  predikat: Row[];
  notes: string[];
}

const dir = fileURLToPath(new URL('../fixtures/vectors/', import.meta.url));
/** The four report texts, copied from the project's seed material so that a clone tests on its own. */
export const seedsDir = fileURLToPath(new URL('../fixtures/laporan/', import.meta.url));

export const reports: Vectors[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(dir + f, 'utf8')) as Vectors);

/**
 * Reads a printed number the way a careful reader does: unambiguous strings in whatever style
 * they are printed; an ambiguous one ('35.100') in the style of its row or report.
 */
export function read(text: string, locale: 'id' | 'en'): AngkaTercetak {
  try {
    return parseAngkaInfo(text);
  } catch (e) {
    if ((e as { code?: string }).code !== 'SAKIP_AMBIGUOUS_NUMBER') throw e;
    return parseAngkaInfo(text, { locale });
  }
}

export const inputLocale = (v: Vectors, r: Row) => r.locale ?? v.locale;
export const publishedLocale = (v: Vectors, r: Row) => r.publishedLocale ?? r.locale ?? v.locale;

/** How a recomputed exact value compares with a printed figure at the printed precision. */
export function verdict(exact: Decimal, printed: AngkaTercetak): 'match' | 'truncated' | 'mismatch' {
  if (exact.toDecimalPlaces(printed.decimals, 4 /* ROUND_HALF_UP */).eq(printed.value)) return 'match';
  if (exact.toDecimalPlaces(printed.decimals, 1 /* ROUND_DOWN */).eq(printed.value)) return 'truncated';
  return 'mismatch';
}

export const label = (v: Vectors, section: string, r: Row) =>
  `${v.report} › ${r.table} › ${r.row}${r.column ? ` (${r.column})` : ''} [${section}] published ${r.published}`;
