/**
 * The intermediate document every reader produces and recognition consumes: running text and
 * tables, in reading order. Text, XLSX, DOCX and PDF readers all emit this one shape, so the
 * recognition step never depends on where the table came from.
 * @category Impor
 */
export type Blok = { jenis: 'paragraf'; teks: string } | { jenis: 'tabel'; baris: string[][]; halaman?: number };
