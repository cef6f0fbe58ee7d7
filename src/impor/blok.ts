/** A document as the importer sees it: paragraphs of running text and tables of cell texts, in reading order. */
export type Blok = { jenis: 'paragraf'; teks: string } | { jenis: 'tabel'; baris: string[][]; halaman?: number };
