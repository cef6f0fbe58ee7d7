/**
 * The file readers of issue 11: real XLSX, DOCX and PDF files made from the tables of a report
 * (test/fixtures/laporan/000_…txt, Banyumas 2023) read back into the same cell texts; hand-made
 * files for what the generators never write; broken, scanned, oversized and zip-bomb files
 * refused with a typed error naming the file and the problem.
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import PDFDocument from 'pdfkit';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../src/errors.js';
import type { Blok } from '../src/impor/blok.js';
import { BATAS_BERKAS, bacaBerkas, bacaDocx, bacaPdf, bacaXlsx, kenaliBerkas } from '../src/impor/berkas/index.js';
import { teksAngka, tampilanDari } from '../src/impor/berkas/tampilan.js';
import { atribut, entitas, pindaiXml } from '../src/impor/berkas/xml.js';
import {
  bomZip,
  buatDocx,
  buatPdf,
  buatPdfPindaian,
  buatXlsx,
  docxDari,
  JUDUL_310,
  JUDUL_32,
  JUDUL_37,
  KALIMAT,
  anggotaXlsx,
  tabelLaporan,
  xlsxDari,
  zip,
  zipTangan,
} from './helpers/berkas.js';

const T32 = tabelLaporan(JUDUL_32);
const T37 = tabelLaporan(JUDUL_37);
const T310 = tabelLaporan(JUDUL_310);
const SPEC = [
  { judul: JUDUL_32, rows: T32, headerRows: 2 },
  { judul: JUDUL_37, rows: T37, headerRows: 1 },
  { judul: JUDUL_310, rows: T310, headerRows: 1 },
];

const tabel = (blok: Blok[]) => blok.filter((b) => b.jenis === 'tabel').map((b) => (b as { baris: string[][] }).baris);
const paragraf = (blok: Blok[]) => blok.filter((b) => b.jenis === 'paragraf').map((b) => (b as { teks: string }).teks);

/** The error a promise rejects with (its code and message), or a failure when it resolves. */
async function galat(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error('expected a rejection');
}

/** What each of the three files built from SPEC must read back as: title, table, sentence, per table. */
const URUTAN = SPEC.flatMap((t) => [
  { jenis: 'paragraf', teks: t.judul },
  { jenis: 'tabel', baris: t.rows },
  { jenis: 'paragraf', teks: KALIMAT },
]);

describe('the source tables', () => {
  it('are an indicator table, a budget table and an efficiency table of the report', () => {
    expect(T32[0]).toEqual(['No.', 'Sasaran Strategis / Tujuan', 'Indikator Kinerja Tujuan', 'Sat.', 'TAHUN 2022', '', '', 'TAHUN 2023', '', '', 'KET']);
    expect(T32[1]!.slice(4, 7)).toEqual(['Target', 'Realisasi', 'Capaian %']);
    expect(T32[3]!.slice(4, 10)).toEqual(['0,688', '0,7163', '104,11', '0,694', '0,7323', '105,5']);
    expect(T37[1]).toEqual(['1.', 'Belanja Operasional', '22.522.074.378,-', '18.979.037.568,-', '84,26']);
    expect(T310[4]).toEqual(['', 'RATA-RATA', '', '86,33', '', '']);
  });
});

describe('XLSX', () => {
  it('a workbook made with exceljs reads back as the report tables, merged headers in their first cell, sheet by sheet', async () => {
    const blok = await bacaXlsx(await buatXlsx(SPEC), 'laporan.xlsx');
    expect(blok).toEqual(URUTAN);
  });

  it('numbers stored as numbers come out as their stored digits in the cell format, never a float printed again', async () => {
    const rows = [
      ['No', 'Uraian', 'Anggaran Belanja (Rp.)', 'Realisasi Belanja (Rp.)', '%'],
      ['1.', 'Belanja Operasional', 22522074378, 18979037568, 0.8426],
      ['2.', 'Belanja Modal', 213760000, 191564000, 0.8961],
      ['', 'Jumlah', { formula: 'C3+C4', result: 22735834378 }, { formula: 'D3+D4', result: 19170601568 }, { formula: 'D5/C5', result: 19170601568 / 22735834378 }],
      ['', 0.1 + 0.2, 1234567.5, 72.6625, 0.8641],
    ];
    const blok = await bacaXlsx(await buatXlsx([{ judul: 'Tabel anggaran', rows, headerRows: 1, formats: { 2: '#,##0', 3: '0.00', 4: '0.00%' } }]));
    expect(tabel(blok)[0]).toEqual([
      ['No', 'Uraian', 'Anggaran Belanja (Rp.)', 'Realisasi Belanja (Rp.)', '%'],
      ['1.', 'Belanja Operasional', '22522074378', '18979037568.00', '84.26%'],
      ['2.', 'Belanja Modal', '213760000', '191564000.00', '89.61%'],
      // The formula's stored result (0.843189…) as the cell shows it.
      ['', 'Jumlah', '22735834378', '19170601568.00', '84.32%'],
      // 0.30000000000000004 as Excel keeps it (15 digits, General); the others by their formats.
      ['', '0.3', '1234568', '72.66', '86.41%'],
    ]);
  });

  it('reads each cell type, number format and text form by hand-made parts', async () => {
    const styles =
      '<numFmts count="5"><numFmt numFmtId="164" formatCode="0.00%"/><numFmt numFmtId="165" formatCode="#,##0.00;[Red](#,##0.00)"/>' +
      '<numFmt numFmtId="166" formatCode="&quot;Rp &quot;#,##0"/><numFmt numFmtId="167" formatCode="[&gt;=100]0;0.0"/><numFmt numFmtId="168" formatCode="dd/mm/yyyy"/></numFmts>' +
      '<cellStyleXfs><xf numFmtId="10"/></cellStyleXfs><cellXfs>' +
      [0, 10, 9, 164, 165, 166, 2, 167, 168, 3].map((id) => `<xf numFmtId="${id}" applyNumberFormat="1"/>`).join('') +
      '</cellXfs>';
    const strings = '<si><t xml:space="preserve">  Capaian\n (%) </t></si><si><r><rPr/><t>Reali</t></r><r><t>sasi</t></r><rPh><t>ふりがな</t></rPh></si><si><t>A &amp; B</t></si>';
    const c = (ref: string, v: string, s = 0, t?: string) => `<c r="${ref}" s="${s}"${t ? ` t="${t}"` : ''}><v>${v}</v></c>`;
    const sheet = [
      `<row r="1">${c('A1', '0', 0, 's')}${c('B1', '1', 0, 's')}${c('C1', '2', 0, 's')}</row>`,
      `<row r="2">${c('A2', '0.30000000000000004')}${c('B2', '0.1')}${c('C2', '1.2345678901234567E+19')}${c('D2', '1E-7')}${c('E2', '-0')}</row>`,
      `<row r="3">${c('A3', '0.8641', 1)}${c('B3', '0.8641', 2)}${c('C3', '1.5', 3)}${c('D3', '-1234.5', 4)}${c('E3', '2500', 5)}</row>`,
      `<row r="4">${c('A4', '2.675', 6)}${c('B4', '72.662499999999994', 6)}${c('C4', '-0.001', 6)}${c('D4', '99.995', 6)}${c('E4', '12.34', 7)}</row>`,
      `<row r="5">${c('A5', '45291', 8)}${c('B5', '1', 0, 'b')}${c('C5', '#DIV/0!', 0, 'e')}${c('D5', 'teks rumus', 0, 'str')}${c('E5', '1234567.891', 9)}</row>`,
      // No r on cells (they follow one another), inline strings with an entity and CDATA, a formula never calculated.
      `<row r="6"><c t="inlineStr"><is><t>x &lt; y</t><rPh><t>ルビ</t></rPh></is></c><c t="inlineStr"><is><t><![CDATA[a<b & c]]></t></is></c><c><f>A1*2</f></c><c s="1"><v>abc</v></c><c><v>0.5</v></c></row>`,
    ].join('');
    const blok = await bacaXlsx(xlsxDari([sheet], { styles, strings }), 'format.xlsx');
    expect(blok).toEqual([
      {
        jenis: 'tabel',
        baris: [
          ['Capaian (%)', 'Realisasi', 'A & B', '', ''],
          ['0.3', '0.1', '12345678901234600000', '0.0000001', '0'],
          ['86.41%', '86%', '150.00%', '-1234.50', '2500'],
          ['2.68', '72.66', '0.00', '100.00', '12.34'],
          ['45291', 'TRUE', '#DIV/0!', 'teks rumus', '1234568'],
          ['x < y', 'a<b & c', '', 'abc', '0.5'],
        ],
      },
    ]);
  });

  it('a number that would read as a thousand in the Indonesian style (one point, three decimals) gets a leading zero; no other does', async () => {
    const styles = '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.000"/><numFmt numFmtId="165" formatCode="0.000%"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="4"/></cellXfs>';
    const c = (v: string, s = 0) => `<c s="${s}"><v>${v}</v></c>`;
    const sheet = [
      `<row r="1">${c('1.234')}${c('-12.345')}${c('100', 1)}${c('0.12345', 2)}${c('999.5', 1)}</row>`,
      `<row r="2">${c('1234.5', 3)}${c('1234.5', 1)}${c('0.125')}${c('1.5')}${c('1.2345')}</row>`,
    ].join('');
    const blok = await bacaXlsx(xlsxDari([sheet], { styles }), 'angka.xlsx');
    expect(tabel(blok)[0]).toEqual([
      ['01.234', '-012.345', '0100.000', '012.345%', '0999.500'],
      ['1234.50', '1234.500', '0.125', '1.5', '1.2345'],
    ]);
  });

  it('splits a sheet at empty rows; one-cell rows around a table are paragraphs, inside it they are rows', async () => {
    const s = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const sheet = [
      `<row r="2">${s('B2', 'Judul tabel')}</row>`,
      `<row r="3">${s('B3', 'No')}${s('C3', 'Uraian')}${s('D3', 'Target')}</row>`,
      `<row r="4">${s('B4', 'Misi ke-1')}</row>`,
      `<row r="5">${s('B5', '1')}${s('C5', 'Indikator')}${s('D5', '80')}</row>`,
      `<row r="6">${s('B6', 'Sumber: Dinas')}</row>`,
      `<row r="8">${s('A8', 'Catatan saja')}</row>`,
      `<row r="9">${s('A9', 'baris kedua')}</row>`,
      `<row r="11">${s('D11', 'a')}${s('F11', 'b')}</row>`,
    ].join('');
    // Rows may come out of order in a file; a second sheet follows the first.
    const rev = sheet.split('</row>').filter(Boolean).reverse().map((r) => `${r}</row>`).join('');
    const blok = await bacaXlsx(xlsxDari([rev, `<row r="1">${s('A1', 'lembar dua')}</row>`], { prefix: undefined }));
    expect(blok).toEqual([
      { jenis: 'paragraf', teks: 'Judul tabel' },
      { jenis: 'tabel', baris: [['No', 'Uraian', 'Target'], ['Misi ke-1', '', ''], ['1', 'Indikator', '80']] },
      { jenis: 'paragraf', teks: 'Sumber: Dinas' },
      { jenis: 'paragraf', teks: 'Catatan saja' },
      { jenis: 'paragraf', teks: 'baris kedua' },
      { jenis: 'tabel', baris: [['a', '', 'b']] },
      { jenis: 'paragraf', teks: 'lembar dua' },
    ]);
  });

  it('matches elements by namespace, whatever prefix the writer chose, and takes an ArrayBuffer', async () => {
    const bytes = xlsxDari(['<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>No</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row>'], { prefix: 'x' });
    const copy = bytes.slice().buffer;
    expect(await bacaXlsx(copy)).toEqual([{ jenis: 'tabel', baris: [['No', '7']] }]);
  });

  it('refuses broken files with SAKIP_FILE_CORRUPT naming the file and the problem', async () => {
    const good = await buatXlsx(SPEC);
    const cases: [Uint8Array, RegExp][] = [
      [new TextEncoder().encode('No\tTarget\n1\t80\n'), /laporan\.xlsx: berkas XLSX rusak .*bukan arsip zip/],
      [good.slice(0, good.length >> 1), /akhir direktori pusat tidak ditemukan .*end of central directory not found/],
      [zip({ 'docProps/app.xml': '<x/>' }), /tidak ada xl\/workbook\.xml/],
      [xlsxDari(['<row r="1"><c r="A1"><v>1</v></c']), /XML rusak: <\/c<\/sheetData> tidak cocok dengan <c> .*malformed XML: <\/c<\/sheetData> does not match <c>/],
      [xlsxDari(['<row r="1"><c r="A1"><v>1</v></c></row>']).slice(0, -1), /akhir direktori pusat/],
      [xlsxDari(['<!DOCTYPE x [<!ENTITY a "aaaa">]><row/>']), /DOCTYPE tidak diizinkan/],
      [xlsxDari(['<row r="1"><c r="A1" t="s"><v>5</v></c></row>'], { strings: '<si><t>a</t></si>' }), /indeks teks bersama 5 tidak ada/],
      [xlsxDari(['<row r="1"><c r="AAAAA1"><v>5</v></c></row>']), /referensi sel "AAAAA1" di luar batas/],
      [xlsxDari(['<row r="1"><c r="XFD1"><v>5</v></c><c><v>6</v></c></row>']), /kolom di luar batas Excel/],
      [xlsxDari(['<row r="1048577"><c><v>5</v></c></row>']), /baris di luar batas Excel/],
      [xlsxDari(['<row r="1"><c r="A1"><v>1</v></c></row>'], { sheetPart: () => '../nowhere.xml' }), /sheet "S1" tidak ada dalam berkas/],
    ];
    for (const [bytes, message] of cases) {
      const e = await galat(bacaXlsx(bytes, 'laporan.xlsx'));
      expect(e.code, String(message)).toBe(ErrorCode.FILE_CORRUPT);
      expect(e.message).toMatch(message);
    }
    // Compressed data damaged in the middle of the sheet.
    const broken = await buatXlsx(SPEC);
    const at = findName(broken, 'xl/worksheets/sheet1.xml');
    for (let k = 0; k < 40; k++) broken[at + 60 + k] = 0xff;
    const e = await galat(bacaXlsx(broken, 'rusak.xlsx'));
    expect(e.code).toBe(ErrorCode.FILE_CORRUPT);
    expect(e.message).toMatch(/rusak\.xlsx: .*xl\/worksheets\/sheet1\.xml/);
  });

  it('stops a zip bomb by its inflation ratio, and any file at the decompression limit, whatever size its directory claims', async () => {
    const bomb = bomZip(BATAS_BERKAS.xml / (1024 * 1024) + 10);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    let t0 = performance.now();
    const e = await galat(bacaXlsx(bomb, 'bom.xlsx'));
    expect(e.code).toBe(ErrorCode.FILE_TOO_LARGE);
    expect(e.message).toBe('bom.xlsx: berkas terlalu besar / file too large (xl/worksheets/sheet1.xml mengembang lebih dari / inflates more than 100:1 (bom zip? / zip bomb?))');
    expect(performance.now() - t0).toBeLessThan(2000);
    // Inflating 72 times passes the ratio, and stops at the limit.
    const big = bomZip(BATAS_BERKAS.xml / (1024 * 1024) + 1, 2);
    t0 = performance.now();
    const e2 = await galat(bacaXlsx(big, 'besar.xlsx'));
    expect(e2.message).toBe('besar.xlsx: berkas terlalu besar / file too large (isi XLSX yang diurai melebihi / decompressed XLSX content over 200.0 MB)');
    expect(performance.now() - t0).toBeLessThan(30_000);
  });

  it('reads a sheet that takes many inflate steps (a few MB of XML) whole', async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="B${i + 1}"><v>${(i * 2654435761) % 1e9}.${i % 97}</v></c></row>`).join('');
    const bytes = xlsxDari([rows]);
    expect(bytes.length).toBeGreaterThan(3 * 64 * 1024);
    const [t] = tabel(await bacaXlsx(bytes));
    expect(t!.length).toBe(40_000);
    expect(t![39_999]).toEqual(['39999', `${(39_999 * 2654435761) % 1e9}.${39_999 % 97}`]);
  });

  it('reads the Zip64 form, and refuses an encrypted member or an unknown compression method', async () => {
    const sheet = '<row r="1"><c r="A1" t="inlineStr"><is><t>No</t></is></c><c r="B1"><v>0.5</v></c></row>';
    expect(await bacaXlsx(zipTangan(anggotaXlsx(sheet), true))).toEqual([{ jenis: 'tabel', baris: [['No', '0.5']] }]);
    const members = anggotaXlsx(sheet);
    const locked = await galat(bacaXlsx(zipTangan(members.map((m, i) => (i === 3 ? { ...m, flags: 1 } : m))), 'kunci.xlsx'));
    expect(locked.code).toBe(ErrorCode.FILE_UNSUPPORTED);
    expect(locked.message).toMatch(/^kunci\.xlsx: berkas tidak didukung .*XLSX terenkripsi/);
    const bzip = await galat(bacaXlsx(zipTangan(members.map((m, i) => (i === 3 ? { ...m, method: 12 } : m))), 'bz.xlsx'));
    expect(bzip.code).toBe(ErrorCode.FILE_UNSUPPORTED);
    expect(bzip.message).toMatch(/metode kompresi \/ compression method 12/);
    // A Zip64 end record that is not where its locator says.
    const z = zipTangan(members, true);
    const loc = z.length - 22 - 20;
    z[loc + 8] = 0xff;
    expect((await galat(bacaXlsx(z))).message).toMatch(/rekaman akhir zip64 tidak valid/);
  });

  it('refuses a table that would pad past the cell limit, and a file over 50 MB', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c><c r="XFD${i + 1}"><v>2</v></c></row>`).join('');
    const e = await galat(bacaXlsx(xlsxDari([rows]), 'lebar.xlsx'));
    expect(e.code).toBe(ErrorCode.FILE_TOO_LARGE);
    expect(e.message).toMatch(/lebar\.xlsx: .*5,000,000 sel/);
    const big = new Uint8Array(BATAS_BERKAS.berkas + 1);
    for (const read of [bacaXlsx, bacaDocx, bacaPdf]) {
      const err = await galat(read(big, 'besar'));
      expect(err.code).toBe(ErrorCode.FILE_TOO_LARGE);
      expect(err.message).toBe('besar: berkas terlalu besar / file too large (50.0 MB, batas / limit 50.0 MB)');
    }
    expect((await galat(bacaXlsx('teks' as unknown as Uint8Array, 'x.xlsx'))).code).toBe(ErrorCode.INVALID_TYPE);
  });
});

describe('DOCX', () => {
  it('a document made with docx reads back as the report tables: paragraphs and tables in order, spans and vertical merges in their first cell', async () => {
    expect(await bacaDocx(await buatDocx(SPEC), 'laporan.docx')).toEqual(URUTAN);
  });

  it('reads what Word writes beyond a plain table', async () => {
    const p = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
    const tc = (inner: string, pr = '') => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${inner}</w:tc>`;
    const body = [
      '<w:p/>',
      '<w:p><w:r><w:t xml:space="preserve">Capaian </w:t></w:r><w:ins><w:r><w:t>kinerja</w:t></w:r></w:ins><w:del><w:r><w:delText>lama</w:delText></w:r></w:del><w:r><w:tab/><w:t>2023</w:t><w:br/><w:t>Rp</w:t><w:noBreakHyphen/><w:t>1</w:t></w:r></w:p>',
      '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>kotak</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>' +
        '<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>kotak</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>teks</w:t></w:r></w:p>',
      '<w:tbl>',
      `<w:tr>${tc(p('No'), '<w:vMerge w:val="restart"/>')}${tc(p('Tahun 2023'), '<w:gridSpan w:val="2"/>')}</w:tr>`,
      `<w:tr>${tc('<w:p/>', '<w:vMerge/>')}${tc(p('Target'))}${tc(p('Realisasi'))}</w:tr>`,
      `<w:tr><w:trPr><w:gridBefore w:val="1"/><w:gridAfter w:val="1"/></w:trPr>${tc(p('80'))}</w:tr>`,
      `<w:tr>${tc(p('2'))}${tc(`${p('a')}<w:tbl><w:tr>${tc(p('dalam'))}${tc(p('tabel'))}</w:tr></w:tbl>`)}${tc(`${p('baris satu')}${p('baris dua')}`)}</w:tr>`,
      '</w:tbl>',
      p('Sumber &amp; catatan'),
    ].join('');
    expect(await bacaDocx(docxDari(body))).toEqual([
      { jenis: 'paragraf', teks: 'Capaian kinerja 2023 Rp-1' },
      { jenis: 'paragraf', teks: 'kotak teks' },
      {
        jenis: 'tabel',
        baris: [
          ['No', 'Tahun 2023', ''],
          ['', 'Target', 'Realisasi'],
          ['', '80', ''],
          ['2', 'a dalam tabel', 'baris satu baris dua'],
        ],
      },
      { jenis: 'paragraf', teks: 'Sumber & catatan' },
    ]);
    // Another prefix for the same namespace.
    expect(await bacaDocx(docxDari('<ns0:p><ns0:r><ns0:t>ya</ns0:t></ns0:r></ns0:p>', 'ns0'))).toEqual([{ jenis: 'paragraf', teks: 'ya' }]);
  });

  it('refuses broken files with SAKIP_FILE_CORRUPT naming the file and the problem', async () => {
    const cases: [Uint8Array, RegExp][] = [
      [new Uint8Array([1, 2, 3, 4, 5]), /laporan\.docx: berkas DOCX rusak .*bukan arsip zip/],
      [zip({ 'word/other.xml': '<x/>' }), /tidak ada word\/document\.xml .*no word\/document\.xml/],
      [docxDari('<w:p><w:r><w:t>a</w:t></w:r></w:p><!-- tanpa akhir'), /XML rusak: komentar tidak ditutup/],
      [zip({ 'word/document.xml': '<!DOCTYPE w:document><w:document/>' }), /DOCTYPE tidak diizinkan/],
      [zip({ 'word/document.xml': '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>ter' }), /<w:t> tidak ditutup \(berkas terpotong\?\) .*<w:t> is never closed/],
    ];
    for (const [bytes, message] of cases) {
      const e = await galat(bacaDocx(bytes, 'laporan.docx'));
      expect(e.code).toBe(ErrorCode.FILE_CORRUPT);
      expect(e.message).toMatch(message);
    }
  });
});

describe('PDF', () => {
  it('a PDF made with pdfkit reads back as the report tables, rebuilt from the positions of its text', async () => {
    const blok = await bacaPdf(await buatPdf(SPEC), 'laporan.pdf');
    expect(blok).toEqual(URUTAN.map((b, i) => (b.jenis === 'tabel' ? { ...b, halaman: Math.floor(i / 3) + 1 } : b)));
  });

  it('puts a header centred over several columns in the first column it covers, joins wrapped lines of prose, and leaves rotated text out', async () => {
    const bytes = await pdf((doc) => {
      doc.fontSize(9);
      doc.text('Paragraf pertama yang panjang', 40, 40, { lineBreak: false });
      doc.text('berlanjut di baris kedua.', 40, 51, { lineBreak: false });
      const x = [40, 200, 260, 320, 380];
      doc.text('Indikator', x[0]!, 100, { lineBreak: false });
      // Centred over Target, Realisasi and Capaian.
      doc.text('Kinerja Tahun 2023 (gabungan)', 212, 100, { lineBreak: false });
      ['Target', 'Realisasi', 'Capaian', 'Ket'].forEach((t, k) => doc.text(t, x[k + 1]!, 115, { lineBreak: false }));
      ['Persentase desa', '80', '58,13', '72,66'].forEach((t, k) => doc.text(t, x[k]!, 130, { lineBreak: false }));
      // Right-aligned numbers: their starts differ, their ends line up.
      ['Indeks Desa', '0,694', '0,7323', '105,5'].forEach((t, k) => doc.text(t, k === 0 ? x[0]! : x[k]! + 30 - doc.widthOfString(t), 145, { lineBreak: false }));
      doc.save().rotate(-40, { origin: [300, 400] }).fontSize(40).text('DRAFT', 300, 400, { lineBreak: false }).restore();
    });
    const blok = await bacaPdf(bytes);
    expect(paragraf(blok)).toEqual(['Paragraf pertama yang panjang berlanjut di baris kedua.']);
    const [t] = tabel(blok);
    expect(t![0]).toEqual(['Indikator', 'Kinerja Tahun 2023 (gabungan)', '', '', '']);
    expect(t![1]).toEqual(['', 'Target', 'Realisasi', 'Capaian', 'Ket']);
    expect(t![2]).toEqual(['Persentase desa', '80', '58,13', '72,66', '']);
    expect(t![3]).toEqual(['Indeks Desa', '0,694', '0,7323', '105,5', '']);
  });

  it('joins close items into one cell, keeps a wrapped cell as its own row, and splits tables at a title line', async () => {
    const bytes = await pdf((doc) => {
      doc.fontSize(9);
      const row = (y: number, cells: [number, string][]) => cells.forEach(([x, t]) => doc.text(t, x, y, { lineBreak: false }));
      row(100, [[40, 'No'], [70, 'Indikator'], [300, 'Target'], [360, 'Realisasi']]);
      row(113, [[40, '1'], [70, 'Persentase'], [300, '80'], [300.3, '80'], [360, '58,13']]);
      // Another font: pdf.js keeps it a separate item, a word space away.
      doc.font('Helvetica-Bold').text('desa', 70 + doc.font('Helvetica').widthOfString('Persentase '), 113, { lineBreak: false }).font('Helvetica');
      row(126, [[70, 'yang meningkat']]);
      row(139, [[40, '2'], [70, 'Indeks'], [300, '0,694'], [360, '0,7323']]);
      row(152, [[40, 'Tabel berikutnya tentang anggaran daerah tahun 2023']]);
      row(165, [[40, 'dengan judul dua baris yang juga panjang sekali']]);
      row(178, [[40, 'No'], [70, 'Uraian'], [300, 'Pagu'], [360, 'Realisasi']]);
      row(191, [[40, '1'], [70, 'Belanja'], [300, '100'], [360, '90']]);
      // Two columns of prose are no table.
      row(300, [[40, 'Kiri satu'], [300, 'Kanan satu']]);
      row(313, [[40, 'Kiri dua'], [300, 'Kanan dua']]);
      // Too many one-segment lines between two full lines: no candidate spans them.
      row(400, [[40, 'A'], [100, 'B'], [200, 'C']]);
      for (let k = 1; k <= 4; k++) row(400 + 13 * k, [[40, `sela ${k}`]]);
      row(465, [[40, 'A'], [100, 'B'], [200, 'C']]);
    });
    expect(await bacaPdf(bytes)).toEqual([
      { jenis: 'tabel', halaman: 1, baris: [['No', 'Indikator', 'Target', 'Realisasi'], ['1', 'Persentase desa', '80', '58,13'], ['', 'yang meningkat', '', ''], ['2', 'Indeks', '0,694', '0,7323']] },
      { jenis: 'paragraf', teks: 'Tabel berikutnya tentang anggaran daerah tahun 2023 dengan judul dua baris yang juga panjang sekali' },
      { jenis: 'tabel', halaman: 1, baris: [['No', 'Uraian', 'Pagu', 'Realisasi'], ['1', 'Belanja', '100', '90']] },
      { jenis: 'paragraf', teks: 'Kiri satu Kanan satu Kiri dua Kanan dua' },
      { jenis: 'paragraf', teks: 'A B C sela 1 sela 2 sela 3 sela 4 A B C' },
    ]);
  });

  it('refuses a scanned PDF (images only) with SAKIP_NO_TEXT: there is no OCR', async () => {
    const e = await galat(bacaPdf(await buatPdfPindaian(), 'pindaian.pdf'));
    expect(e.code).toBe(ErrorCode.NO_TEXT);
    expect(e.message).toMatch(/^pindaian\.pdf: PDF tanpa lapisan teks, OCR tidak didukung \/ PDF without a text layer, no OCR \(1 halaman \/ pages\)/);
  });

  it('refuses a broken PDF with SAKIP_FILE_CORRUPT and a locked one with SAKIP_FILE_UNSUPPORTED', async () => {
    const bad = await galat(bacaPdf(new TextEncoder().encode('%PDF-1.7\n% nothing else here\n'), 'rusak.pdf'));
    expect(bad.code).toBe(ErrorCode.FILE_CORRUPT);
    expect(bad.message).toMatch(/^rusak\.pdf: berkas PDF rusak .*pdf\.js tidak dapat membacanya/);
    const notPdf = await galat(bacaPdf(new TextEncoder().encode('hello'), 'x.pdf'));
    expect(notPdf.message).toMatch(/tidak diawali %PDF- \/ does not start with %PDF-/);
    const locked = await pdf((doc) => doc.text('rahasia', 40, 40), { userPassword: 'sandi', ownerPassword: 'sandi' });
    const e = await galat(bacaPdf(locked, 'terkunci.pdf'));
    expect(e.code).toBe(ErrorCode.FILE_UNSUPPORTED);
    expect(e.message).toMatch(/terkunci\.pdf: .*kata sandi/);
  });
});

describe('bacaBerkas', () => {
  it('chooses the reader by content, whatever the name says', async () => {
    const [x, d, p] = await Promise.all([buatXlsx(SPEC), buatDocx(SPEC), buatPdf(SPEC)]);
    expect(kenaliBerkas('laporan.bin', x)).toBe('xlsx');
    expect(kenaliBerkas('laporan.xlsx', d)).toBe('docx');
    expect(kenaliBerkas('laporan', p)).toBe('pdf');
    expect(tabel(await bacaBerkas('a', x))).toEqual(tabel(await bacaBerkas('b', d)));
    expect(tabel(await bacaBerkas('c', p))).toEqual([T32, T37, T310]);
  });

  it('names what it cannot read', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const cases: [string, Uint8Array, string, RegExp][] = [
      ['lama.xls', ole, ErrorCode.FILE_UNSUPPORTED, /^lama\.xls: berkas tidak didukung .*\.xls \/ \.doc/],
      ['a.odt', zip({ 'content.xml': '<x/>' }), ErrorCode.FILE_UNSUPPORTED, /OpenDocument/],
      ['laporan.pdf', new TextEncoder().encode('<html>'), ErrorCode.FILE_CORRUPT, /^laporan\.pdf: berkas PDF rusak .*isinya bukan PDF/],
      ['laporan.txt', new TextEncoder().encode('No\tTarget'), ErrorCode.FILE_UNSUPPORTED, /format tidak dikenali/],
    ];
    for (const [name, bytes, code, message] of cases) {
      const e = await galat(bacaBerkas(name, bytes));
      expect(e.code, name).toBe(code);
      expect(e.message).toMatch(message);
    }
  });
});

describe('the XML scan and the number display', () => {
  it('takes ">" inside an attribute, decodes entities and character references, and leaves unknown ones', () => {
    const seen: string[] = [];
    pindaiXml('<a f="[>=1]0" g=\'x\'>t&#x41;&#66;&lt;&bogus;<b/></a>', { buka: (n, tag) => seen.push(`+${n}:${atribut(tag, 'f') ?? ''}`), tutup: (n) => seen.push(`-${n}`), teks: (x, a, b) => seen.push(entitas(x.slice(a, b))) }, () => new Error('x'));
    expect(seen).toEqual(['+a:[>=1]0', 'tAB<&bogus;', '+b:', '-b', '-a']);
    expect(entitas('&#x110000;&#1114111;')).toBe('&#x110000;\u{10FFFF}');
    // Malformed attributes read as absent, never as a wrong value.
    expect(['x a', 'x a=b', 'x a="b', 'x b="1" a'].map((t) => atribut(t, 'a'))).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('is linear: 4 MB of markup that never closes fails at once', () => {
    for (const bad of ['<a b="'.padEnd(4e6, 'x'), `<a${' x'.repeat(2e6)}`, '<'.repeat(4e6)]) {
      const t0 = performance.now();
      expect(() => pindaiXml(bad, { buka() {}, tutup() {} }, (id) => new Error(id))).toThrow();
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });

  it('rounds a stored number by its digits, half away from zero', () => {
    const fixed2 = tampilanDari(2, undefined);
    expect(['0.005', '-0.005', '9.995', '1e2', '.5', 'abc', '', '1e999'].map((v) => teksAngka(v, fixed2))).toEqual(['0.01', '-0.01', '10.00', '100.00', '0.50', 'abc', '', '1e999']);
    expect(tampilanDari(164, '0.0 "jiwa"')).toEqual({ desimal: 1, persen: false });
    expect(tampilanDari(164, '_(* #,##0_);_(* (#,##0);_(* "-"??_);_(@_)')).toEqual({ desimal: 0, persen: false });
    expect(tampilanDari(164, '[$Rp-421]#,##0.000')).toEqual({ desimal: 3, persen: false });
    expect(tampilanDari(164, 'General')).toEqual({ desimal: null, persen: false });
    expect(tampilanDari(164, '0.00E+00')).toEqual({ desimal: null, persen: false });
    expect(tampilanDari(14, undefined)).toEqual({ desimal: null, persen: false });
  });
});

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('in a browser (headless Chromium)', () => {
  it('the readers, bundled for the browser with their dependencies, read the same files the same way: no fs, no worker to set up', async () => {
    const bundle = await build({
      entryPoints: [new URL('../src/impor/berkas/index.ts', import.meta.url).pathname],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0]!.text;
    expect(code).not.toMatch(/from ["']node:|require\(["'](fs|path)["']\)/);
    const server = createServer((req, res) => {
      if (req.url === '/berkas.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(code);
      else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><script type="module">import * as B from "/berkas.js"; window.B = B;</script>');
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await page.waitForFunction(() => 'B' in globalThis);
      const files = { 'laporan.xlsx': await buatXlsx(SPEC), 'laporan.docx': await buatDocx(SPEC), 'laporan.pdf': await buatPdf(SPEC), 'pindaian.pdf': await buatPdfPindaian() };
      for (const [name, bytes] of Object.entries(files)) {
        const got = await page.evaluate(
          async ([n, b]) => {
            const api = (globalThis as unknown as { B: { bacaBerkas: (n: string, b: Uint8Array) => Promise<unknown> } }).B;
            try {
              return { blok: await api.bacaBerkas(n, new Uint8Array(b)) };
            } catch (e) {
              return { code: (e as { code?: string }).code, message: (e as Error).message };
            }
          },
          [name, [...bytes]] as const,
        );
        if (name === 'pindaian.pdf') expect(got).toMatchObject({ code: ErrorCode.NO_TEXT });
        else expect(got, name).toEqual({ blok: await bacaBerkas(name, bytes) });
      }
    } finally {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    }
  });
});

/** A PDF drawn by `draw` on one A4 page. */
async function pdf(draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((r) => doc.on('end', () => r()));
  doc.font('Helvetica');
  draw(doc);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** Where a member's name appears in a zip's local header (its data follows shortly after). */
function findName(bytes: Uint8Array, name: string): number {
  const needle = new TextEncoder().encode(name);
  outer: for (let i = 0; i < bytes.length - needle.length; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return i + needle.length;
  }
  throw new Error(`no ${name}`);
}
