/**
 * Builds real XLSX, DOCX and PDF files from report tables, with the libraries people make such
 * files with (exceljs, docx, pdfkit), and small hand-made zips for what those libraries never
 * write (a zip bomb, nested tables, tracked changes).
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { zipSync, strToU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { deflateSync, crc32 } from 'node:zlib';
import PDFDocument from 'pdfkit';

const LAPORAN = new URL('../fixtures/laporan/000_ee950b920736b221.txt', import.meta.url);

/** A table of the report text, by its title: the tab-separated lines after it, padded to one width. */
export function tabelLaporan(judul: string): string[][] {
  const lines = readFileSync(LAPORAN, 'utf8').split('\n');
  let i = lines.findIndex((l) => l.startsWith(judul) && !l.includes('\t'));
  if (i < 0) throw new Error(`no table ${judul}`);
  i++;
  while (lines[i]!.trim() === '') i++;
  const rows: string[][] = [];
  for (; i < lines.length && lines[i]!.includes('\t'); i++) rows.push(lines[i]!.split('\t').map((c) => c.trim()));
  const width = Math.max(...rows.map((r) => r.length));
  for (const r of rows) while (r.length < width) r.push('');
  // Trailing columns empty in every row (a trailing tab) are not part of the table.
  while (rows.every((r) => r[r.length - 1] === '')) for (const r of rows) r.pop();
  return rows;
}

export const JUDUL_32 = 'Tabel 3. 2 Capaian Perjanjian Kinerja berdasarkan Tujuan Dinsospermades';
export const JUDUL_37 = 'Tabel 3. 7 Anggaran dan Realisasi Belanja Dinas Sosial dan Pemberdayaan Masyarakat dan Desa TA 2023';
export const JUDUL_310 = 'Tabel 3. 10 Tingkat Efisiensi Penggunaan Sumber Daya';
export const KALIMAT = 'Pencapaian kinerja IKU sebagaimana tersebut diatas dapat diterangkan sebagai berikut :';

/**
 * The report of the command-line tests and of the guide's examples (test/fixtures/berkas/): the
 * indicator, budget and efficiency tables of the report, one capaian misprinted (105,5 → 115,5)
 * so that there is an error to find, under a cover naming the agency.
 */
export function laporanContoh(): { pembuka: string[]; tabel: { judul: string; rows: string[][]; headerRows: number }[] } {
  return {
    pembuka: ['DINAS SOSIAL KABUPATEN CONTOH', 'Laporan Kinerja Instansi Pemerintah Tahun 2023'],
    tabel: [
      { judul: JUDUL_32, rows: tabelLaporan(JUDUL_32).map((r) => r.map((c) => (c === '105,5' ? '115,5' : c))), headerRows: 2 },
      { judul: JUDUL_37, rows: tabelLaporan(JUDUL_37), headerRows: 1 },
      { judul: JUDUL_310, rows: tabelLaporan(JUDUL_310), headerRows: 1 },
    ],
  };
}

/** The same report as text: the cover's lines, then each title and its tab-separated rows. */
export function teksContoh(): string {
  const { pembuka, tabel } = laporanContoh();
  return [...pembuka, '', ...tabel.map((t) => `${t.judul}\n\n${t.rows.map((r) => r.join('\t')).join('\n')}\n`)].join('\n');
}

/**
 * Merges of a header the way the report prints it: a cell followed by empty cells on its row
 * spans them (up to the next filled one); a header cell with an empty cell below it, on the
 * first header row of a two-row header, spans both rows.
 */
export function gabungan(rows: string[][], headerRows: number): { r: number; c: number; rows: number; cols: number }[] {
  const out: { r: number; c: number; rows: number; cols: number }[] = [];
  for (let r = 0; r < headerRows; r++) {
    const row = rows[r]!;
    for (let c = 0; c < row.length; c++) {
      if (row[c] === '') continue;
      let cols = 1;
      while (c + cols < row.length && row[c + cols] === '' && r + 1 < headerRows && rows[r + 1]![c + cols] !== '') cols++;
      const down = cols === 1 && r + 1 < headerRows && rows[r + 1]![c] === '' ? 2 : 1;
      if (cols > 1 || down > 1) out.push({ r, c, rows: down, cols });
    }
  }
  return out;
}

// ---------------------------------------------------------------- XLSX (exceljs)

/**
 * A workbook: one sheet per table (title, empty row, table, empty row, a sentence), plus extras;
 * `pembuka` (a cover's lines: agency, report) on a first sheet of its own, a line a row apart.
 */
export async function buatXlsx(
  tables: { judul: string; rows: (string | number | ExcelJS.CellValue)[][]; headerRows: number; formats?: Record<number, string> }[],
  pembuka: string[] = [],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (pembuka.length > 0) {
    const ws = wb.addWorksheet('Sampul');
    pembuka.forEach((l, i) => (ws.getCell(1 + 2 * i, 1).value = l));
  }
  for (const [k, t] of tables.entries()) {
    const ws = wb.addWorksheet(`Tabel ${k + 1}`);
    ws.getCell(1, 1).value = t.judul;
    t.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === '') return;
        const cell = ws.getCell(r + 3, c + 1);
        cell.value = v as ExcelJS.CellValue;
        const fmt = t.formats?.[c];
        if (fmt && typeof v !== 'string') cell.numFmt = fmt;
      });
    });
    for (const m of gabungan(t.rows as string[][], t.headerRows)) ws.mergeCells(m.r + 3, m.c + 1, m.r + 3 + m.rows - 1, m.c + m.cols);
    ws.getCell(t.rows.length + 4, 1).value = KALIMAT;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

// ---------------------------------------------------------------- DOCX (docx)

export async function buatDocx(tables: { judul: string; rows: string[][]; headerRows: number }[], pembuka: string[] = []): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = pembuka.map((l) => new Paragraph(l));
  for (const t of tables) {
    children.push(new Paragraph(t.judul));
    const merges = gabungan(t.rows, t.headerRows);
    const covered = new Set<string>();
    for (const m of merges) for (let r = m.r; r < m.r + m.rows; r++) for (let c = m.c; c < m.c + m.cols; c++) if (r !== m.r || c !== m.c) covered.add(`${r},${c}`);
    const rows = t.rows.map(
      (row, r) =>
        new TableRow({
          children: row.flatMap((text, c) => {
            // docx writes the continuation cells of a row span itself; column-spanned cells are not written.
            if (covered.has(`${r},${c}`)) return [];
            const m = merges.find((x) => x.r === r && x.c === c);
            return [new TableCell({ children: [new Paragraph({ text, alignment: AlignmentType.LEFT })], ...(m ? { columnSpan: m.cols, rowSpan: m.rows } : {}) })];
          }),
        }),
    );
    children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
    children.push(new Paragraph(KALIMAT));
  }
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

// ---------------------------------------------------------------- PDF (pdfkit)

/**
 * A PDF laid out as a report prints a table: each column as wide as its widest body cell plus
 * padding, a header cell over several columns starting at the first of them (so it reaches
 * across the gap into the next), one table per page with its title above and a sentence below.
 */
export async function buatPdf(tables: { judul: string; rows: string[][]; headerRows: number }[], size = 7, pembuka: string[] = []): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A3', layout: 'landscape', margin: 36, compress: true });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((r) => doc.on('end', () => r()));
  doc.font('Helvetica').fontSize(size);
  // The cover's lines on a page of their own, a blank line apart (paragraphs, not a table).
  pembuka.forEach((l, i) => doc.text(l, 36, 60 + i * 4 * size, { lineBreak: false }));
  if (pembuka.length > 0) doc.addPage();
  tables.forEach((t, k) => {
    if (k > 0) doc.addPage();
    const merges = gabungan(t.rows, t.headerRows);
    const spanned = new Set(merges.filter((m) => m.cols > 1).map((m) => `${m.r},${m.c}`));
    const width = t.rows[0]!.map((_, c) => Math.max(...t.rows.map((row, r) => (spanned.has(`${r},${c}`) ? 0 : doc.widthOfString(row[c]!)))) + 3 * size);
    let y = 60;
    doc.text(t.judul, 36, y, { lineBreak: false });
    y += 3 * size;
    for (const row of t.rows) {
      let x = 36;
      row.forEach((text, c) => {
        if (text !== '') doc.text(text, x, y, { lineBreak: false });
        x += width[c]!;
      });
      y += 1.8 * size;
    }
    doc.text(KALIMAT, 36, y + 2 * size, { lineBreak: false });
  });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** A "scanned" PDF: one grey image per page and no text at all. */
export async function buatPdfPindaian(): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 0 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((r) => doc.on('end', () => r()));
  doc.image(png(64, 64), 0, 0, { width: 595, height: 842 });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** A grey PNG of w × h pixels. */
function png(w: number, h: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc((w + 1) * h, 0x99);
  for (let r = 0; r < h; r++) raw[r * (w + 1)] = 0; // filter byte
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

// ---------------------------------------------------------------- hand-made zips

/** A zip of the given parts (text), deflated. */
export function zip(parts: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])));
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const RELS = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';

/** A minimal DOCX around a body's XML. */
export function docxDari(body: string, prefix = 'w'): Uint8Array {
  return zip({
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `${RELS}<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}:document xmlns:${prefix}="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><${prefix}:body>${body}</${prefix}:body></${prefix}:document>`,
  });
}

const S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal XLSX around sheets' sheetData XML (and optional shared strings and styles). */
export function xlsxDari(sheets: string[], extra: { strings?: string; styles?: string; sheetPart?: (i: number) => string; prefix?: string } = {}): Uint8Array {
  const p = extra.prefix ? `${extra.prefix}:` : '';
  const ns = extra.prefix ? `xmlns:${extra.prefix}` : 'xmlns';
  const parts: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `${RELS}<Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<workbook xmlns="${S}" xmlns:r="${R}"><sheets>${sheets.map((_, i) => `<sheet name="S${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${RELS}${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="${extra.sheetPart?.(i) ?? `worksheets/sheet${i + 1}.xml`}"/>`).join('')}<Relationship Id="rS" Type="${R}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rT" Type="${R}/styles" Target="/xl/styles.xml"/></Relationships>`,
  };
  sheets.forEach((data, i) => {
    parts[`xl/${extra.sheetPart?.(i) ?? `worksheets/sheet${i + 1}.xml`}`] = `<${p}worksheet ${ns}="${S}"><${p}sheetData>${data}</${p}sheetData></${p}worksheet>`;
  });
  if (extra.strings !== undefined) parts['xl/sharedStrings.xml'] = `<sst xmlns="${S}">${extra.strings}</sst>`;
  if (extra.styles !== undefined) parts['xl/styles.xml'] = `<styleSheet xmlns="${S}">${extra.styles}</styleSheet>`;
  return zip(parts);
}

/**
 * A sheet whose deflate stream is one space, then back-references of 258 bytes at distance 1
 * (13 bits each in fixed Huffman codes), each followed by `literals` spaces written out (8 bits
 * each). With none it is a zip bomb, inflating 160 times; with two, 72 times, as much as a very
 * repetitive but honest sheet. The directory claims 1000 bytes, as a bomb's does.
 */
export function bomZip(megabytes: number, literals = 0): Uint8Array {
  const units = Math.ceil((megabytes * 1024 * 1024) / (258 + literals));
  const out = new Uint8Array(Math.ceil((3 + 8 + units * (13 + 8 * literals) + 7) / 8) + 1);
  let pos = 0;
  const put = (value: number, n: number) => {
    for (let i = 0; i < n; i++, pos++) if ((value >> i) & 1) out[pos >> 3]! |= 1 << (pos & 7);
  };
  // Huffman codes go most significant bit first.
  const code = (value: number, n: number) => {
    for (let i = n - 1; i >= 0; i--, pos++) if ((value >> i) & 1) out[pos >> 3]! |= 1 << (pos & 7);
  };
  put(1, 1); // BFINAL
  put(1, 2); // fixed Huffman codes
  code(0x30 + 0x20, 8); // the literal ' '
  for (let k = 0; k < units; k++) {
    code(0b11000101, 8); // length code 285: 258 bytes
    code(0, 5); // distance code 0: distance 1
    for (let l = 0; l < literals; l++) code(0x30 + 0x20, 8);
  }
  code(0, 7); // end of block
  return zipDengan('xl/worksheets/sheet1.xml', out.subarray(0, Math.ceil(pos / 8)), 1000);
}

/** A workbook written by hand whose sheet is raw deflate bytes with a stated size of `claimed`. */
function zipDengan(name: string, deflated: Uint8Array, claimed: number): Uint8Array {
  return zipTangan([
    { name: '_rels/.rels', data: strToU8(`${RELS}<Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    { name: 'xl/workbook.xml', data: strToU8(`<workbook xmlns="${S}" xmlns:r="${R}"><sheets><sheet name="S1" sheetId="1" r:id="rId1"/></sheets></workbook>`) },
    { name: 'xl/_rels/workbook.xml.rels', data: strToU8(`${RELS}<Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`) },
    { name, data: deflated, method: 8, claimed },
  ]);
}

/** A member of {@link zipTangan}: stored unless `method` says otherwise, `flags` as given (bit 0: encrypted). */
export interface Anggota {
  name: string;
  data: Uint8Array;
  method?: number;
  claimed?: number;
  flags?: number;
}

/**
 * A zip written byte by byte, for what zip libraries do not write: a lying size, an encrypted
 * flag, an unknown method, or the Zip64 form (sizes and offsets in extra fields and a 64-bit end
 * record) that large archives and some writers use.
 */
export function zipTangan(members: Anggota[], zip64 = false): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const nb = Buffer.from(m.name);
    const method = m.method ?? 0;
    const usize = m.claimed ?? m.data.length;
    const crc = method === 0 ? crc32(m.data) : 0;
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(zip64 ? 45 : 20, 4);
    lh.writeUInt16LE(m.flags ?? 0, 6);
    lh.writeUInt16LE(method, 8);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(m.data.length, 18);
    lh.writeUInt32LE(usize, 22);
    lh.writeUInt16LE(nb.length, 26);
    local.push(lh, nb, Buffer.from(m.data));
    const extra = Buffer.alloc(zip64 ? 28 : 0);
    if (zip64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(usize), 4);
      extra.writeBigUInt64LE(BigInt(m.data.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(zip64 ? 45 : 20, 4);
    ch.writeUInt16LE(zip64 ? 45 : 20, 6);
    ch.writeUInt16LE(m.flags ?? 0, 8);
    ch.writeUInt16LE(method, 10);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(zip64 ? 0xffffffff : m.data.length, 20);
    ch.writeUInt32LE(zip64 ? 0xffffffff : usize, 24);
    ch.writeUInt16LE(nb.length, 28);
    ch.writeUInt16LE(extra.length, 30);
    ch.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);
    central.push(ch, nb, extra);
    offset += 30 + nb.length + m.data.length;
  }
  const cd = Buffer.concat(central);
  const tail: Buffer[] = [];
  if (zip64) {
    const rec = Buffer.alloc(56);
    rec.writeUInt32LE(0x06064b50, 0);
    rec.writeBigUInt64LE(44n, 4);
    rec.writeUInt16LE(45, 12);
    rec.writeUInt16LE(45, 14);
    rec.writeBigUInt64LE(BigInt(members.length), 24);
    rec.writeBigUInt64LE(BigInt(members.length), 32);
    rec.writeBigUInt64LE(BigInt(cd.length), 40);
    rec.writeBigUInt64LE(BigInt(offset), 48);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeBigUInt64LE(BigInt(offset + cd.length), 8);
    loc.writeUInt32LE(1, 16);
    tail.push(rec, loc);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : members.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : members.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(zip64 ? 0xffffffff : offset, 16);
  return new Uint8Array(Buffer.concat([...local, cd, ...tail, end]));
}

/** The members of a small XLSX as {@link Anggota}s (stored), to be re-zipped by hand. */
export function anggotaXlsx(sheet: string): Anggota[] {
  return [
    { name: '_rels/.rels', data: strToU8(`${RELS}<Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    { name: 'xl/workbook.xml', data: strToU8(`<workbook xmlns="${S}" xmlns:r="${R}"><sheets><sheet name="S1" sheetId="1" r:id="rId1"/></sheets></workbook>`) },
    { name: 'xl/_rels/workbook.xml.rels', data: strToU8(`${RELS}<Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`) },
    { name: 'xl/worksheets/sheet1.xml', data: strToU8(`<worksheet xmlns="${S}"><sheetData>${sheet}</sheetData></worksheet>`) },
  ];
}
