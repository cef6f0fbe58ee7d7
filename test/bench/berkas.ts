/**
 * The readers of issue 11 on a 1 MB and a 10 MB file of each format `sakip verify` takes: a
 * report text (the four real reports repeated), a dataset CSV, and a report's indicator table
 * repeated, written as an Excel sheet, a Word table and PDF pages. A linear reader takes about
 * ten times as long on ten times the file, and as many ms per MB on both. Each format runs in a
 * child process of its own (`SAKIP_BENCH_BERKAS=teks|csv|xlsx|docx|pdf` runs that line alone),
 * without the 320 MB heap the batch workloads are held to:
 * a reader holds the decompressed XML as one string (a 10 MB DOCX of table rows is 100+ MB of
 * XML), and its peak memory is printed beside its time.
 */
import { strToU8, zipSync } from 'fflate';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { bacaDocx, bacaPdf, bacaXlsx } from '../../src/impor/berkas/index.js';
import { bacaTeks } from '../../src/impor/index.js';
import { bacaCsv } from '../../src/index.js';

const MB = 1024 * 1024;

/** Rows like Tabel 3.2 of the Banyumas report, each a little different so they do not compress to nothing. */
function row(i: number): string[] {
  return [
    String(i + 1),
    `Meningkatnya kesejahteraan Pemerlu Pelayanan Kesejahteraan Sosial ${i}`,
    `Persentase desa yang meningkat statusnya ${(i * 7919) % 10007}`,
    '%',
    String(70 + (i % 30)),
    `${(i * 31) % 100},${(i * 17) % 100}`,
    `${100 + (i % 50)},${(i * 13) % 100}`,
    String((i * 2654435761) % 1e9),
  ];
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** An XLSX of `rows` rows: text as shared strings, the last column a number. */
function xlsx(rows: number): Uint8Array {
  const strings: string[] = [];
  const sheet: string[] = [];
  for (let i = 0; i < rows; i++) {
    const cells = row(i).map((v, c) => {
      const ref = `${String.fromCharCode(65 + c)}${i + 1}`;
      if (c === 7) return `<c r="${ref}" s="1"><v>${v}</v></c>`;
      strings.push(`<si><t>${xml(v)}</t></si>`);
      return `<c r="${ref}" t="s"><v>${strings.length - 1}</v></c>`;
    });
    sheet.push(`<row r="${i + 1}">${cells.join('')}</row>`);
  }
  const S = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const RELS = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';
  return zipSync({
    '_rels/.rels': strToU8(`${RELS}<Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`<workbook xmlns="${S}" xmlns:r="${R}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`${RELS}<Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet xmlns="${S}"><sheetData>${sheet.join('')}</sheetData></worksheet>`),
    'xl/sharedStrings.xml': strToU8(`<sst xmlns="${S}">${strings.join('')}</sst>`),
    'xl/styles.xml': strToU8(`<styleSheet xmlns="${S}"><cellXfs><xf numFmtId="0"/><xf numFmtId="3"/></cellXfs></styleSheet>`),
  }, { level: 1 });
}

/** A DOCX whose body is a paragraph and a table of `rows` rows. */
function docx(rows: number): Uint8Array {
  const p = (t: string) => `<w:p><w:r><w:t>${xml(t)}</w:t></w:r></w:p>`;
  const body = [p('Tabel 3. 2 Capaian Perjanjian Kinerja'), '<w:tbl>'];
  for (let i = 0; i < rows; i++) body.push(`<w:tr>${row(i).map((v) => `<w:tc>${p(v)}</w:tc>`).join('')}</w:tr>`);
  body.push('</w:tbl>');
  return zipSync({
    'word/document.xml': strToU8(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}</w:body></w:document>`),
  }, { level: 1 });
}

/** A PDF (uncompressed content, Helvetica) with 60 table rows a page until `bytes` is reached. */
function pdf(bytes: number): Uint8Array {
  const x = [30, 50, 290, 530, 560, 600, 650, 700];
  const pages: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; ) {
    const ops = ['BT /F1 7 Tf'];
    for (let r = 0; r < 60; r++, i++) {
      const y = 800 - r * 12;
      row(i).forEach((v, c) => ops.push(`1 0 0 1 ${x[c]} ${y} Tm (${v.replace(/[()\\]/g, '')}) Tj`));
    }
    ops.push('ET');
    const page = ops.join('\n');
    pages.push(page);
    size += page.length + 200;
  }
  const objs: string[] = [];
  const kids = pages.map((_, k) => `${4 + 2 * k} 0 R`).join(' ');
  objs.push('<< /Type /Catalog /Pages 2 0 R >>');
  objs.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  objs.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  pages.forEach((content, k) => {
    objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * k} 0 R >>`);
    objs.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, k) => {
    offsets.push(out.length);
    out += `${k + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(out);
}

/** The four report texts, repeated to `bytes` (whole lines): what a PDF-to-text conversion gives. */
function teks(bytes: number): Uint8Array {
  const one = ['000_ee950b920736b221', '001_5ffaa85d39344473', '003_0549a7cbacc22fc7', '004_832406180d8fbc67']
    .map((f) => readFileSync(new URL(`../fixtures/laporan/${f}.txt`, import.meta.url), 'utf8'))
    .join('\n\n');
  const all = one.repeat(Math.ceil(bytes / one.length)).slice(0, bytes);
  return strToU8(all.slice(0, all.lastIndexOf('\n') + 1));
}

/** A dataset CSV (the form `sakip verify` reads) of `rows` indicator rows, Indonesian style. */
function csv(rows: number): Uint8Array {
  const lines = ['# id: bench', '# instansi: Dinas Sosial Contoh', '# tahun: 2023', '# locale: id', 'tabel,nama,arah,target,realisasi,capaian'];
  for (let i = 0; i < rows; i++) {
    const r = row(i);
    lines.push(`Tabel ${1 + (i % 9)},"${r[2]}",positif,${r[4]},"${r[5]}","${r[6]}"`);
  }
  return strToU8(`${lines.join('\n')}\n`);
}

/** Rows that make a file of about `bytes` for a maker (the makers are close to linear in rows). */
function sized(make: (rows: number) => Uint8Array, bytes: number): Uint8Array {
  const probe = make(2000);
  return make(Math.max(1, Math.round((2000 * bytes) / probe.length)));
}

async function timed(read: (b: Uint8Array) => Promise<unknown>, input: Uint8Array, runs: number): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    gc();
    const t0 = performance.now();
    await read(input);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const utf8 = (b: Uint8Array) => new TextDecoder().decode(b);

const READERS: Record<string, [string, (b: Uint8Array) => Promise<unknown>, (bytes: number) => Uint8Array]> = {
  teks: ['text (bacaTeks)', async (b) => bacaTeks(utf8(b)), teks],
  csv: ['CSV (bacaCsv)', async (b) => bacaCsv(utf8(b)), (n) => sized(csv, n)],
  xlsx: ['XLSX (bacaXlsx)', (b) => bacaXlsx(b), (n) => sized(xlsx, n)],
  docx: ['DOCX (bacaDocx)', (b) => bacaDocx(b), (n) => sized(docx, n)],
  pdf: ['PDF (bacaPdf, pdf.js)', (b) => bacaPdf(b), pdf],
};

/** One format's line: file sizes, best time of the runs on each, ms per MB of the 10 MB file, the ratio (≈ 10 when linear), peak memory. */
export async function fileReader(format: string): Promise<string> {
  const [name, read, make] = READERS[format]!;
  const small = make(MB);
  const big = make(10 * MB);
  const a = await timed(read, small, 3);
  const b = await timed(read, big, 2);
  const size = (u: Uint8Array) => `${(u.length / MB).toFixed(1)} MB`;
  const peak = process.resourceUsage().maxRSS / 1024;
  return `| ${name} | ${size(small)} / ${size(big)} | ${a.toFixed(0)} | ${b.toFixed(0)} | ${(b / (big.length / MB)).toFixed(1)} | ${(b / a).toFixed(1)} | ${peak.toFixed(0)} |`;
}

/** The table: one child process per format, running this same script with SAKIP_BENCH_BERKAS set. */
export function fileReaders(): string[] {
  const lines = ['| reader (per format) | files | 1 MB ms | 10 MB ms | ms/MB (10 MB) | 10 MB / 1 MB | peak MB |', '|---|---:|---:|---:|---:|---:|---:|'];
  for (const format of Object.keys(READERS)) {
    const r = spawnSync(process.execPath, ['--expose-gc', process.argv[1]!], { env: { ...process.env, SAKIP_BENCH_BERKAS: format }, encoding: 'utf8' });
    lines.push(r.status === 0 ? r.stdout.trim() : `| ${format} | failed: ${(r.stderr || r.stdout).trim().split('\n').pop()} | | | | | |`);
  }
  return lines;
}
