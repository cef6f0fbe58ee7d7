import { ErrorCode, SakipError } from '../errors.js';

/**
 * The limits of the report readers, in one place. A report text of 300 pages is about 1 MB; the
 * limits leave room for the largest reports while keeping any input's reading time and memory
 * bounded (the readers are linear: 10 MB take about ten times 1 MB).
 *
 * - `karakter`: characters of a report text (16 Mi, the command line's default file limit).
 * - `sel`: cells of all tables together.
 * - `kolom`: cells of one table row; wider rows are cut there (no report prints more).
 * - `baris`: rows of one table; a larger table is listed as not read (the largest budget
 *   annex of a province has a few thousand rows), so memory stays bounded too.
 * @category Impor
 */
export const BATAS_IMPOR = Object.freeze({ karakter: 16 * 1024 * 1024, sel: 4_000_000, kolom: 64, baris: 50_000 });

/** Refuses a report text over the limit before any work. */
export function cekUkuran(panjang: number, field: string): void {
  if (panjang > BATAS_IMPOR.karakter) {
    throw new SakipError(ErrorCode.TOO_LONG, field, `${panjang} karakter`, `batas ${BATAS_IMPOR.karakter} karakter (16 MiB) / limit ${BATAS_IMPOR.karakter} characters`);
  }
}
