import type { HasilVerifikasi } from '../verifikasi/verify.js';
import { teks, type Bahasa } from './bahasa.js';
import { labelOf, notCheckedLabel } from './render.js';

/**
 * A spreadsheet cell that cannot run: text starting with `=`, `+`, `-`, `@`, tab or CR gets a
 * leading `'` (OWASP, CSV injection), and every cell is quoted so that separators, quotes and
 * line breaks inside stay inside.
 */
export function csvCell(text: string | number | null): string {
  let t = text === null ? '' : String(text);
  if (/^[=+\-@\t\r]/.test(t)) t = `'${t}`;
  return `"${t.replace(/"/g, '""')}"`;
}

/** The findings of a run as a header and rows: what the CSV and XLSX outputs both write. */
export function tabelTemuan(reports: readonly HasilVerifikasi[], lang: Bahasa): { header: string[]; rows: (string | number | null)[][] } {
  const header = teks(
    lang,
    'laporan,instansi,tahun,tabel,baris,kolom,tingkat,kode,tercetak,hitung_ulang,nilai_eksak,keterangan,id_baris',
    'report,agency,year,table,row,column,severity,code,printed,recomputed,exact_value,explanation,row_id',
  ).split(',');
  const rows: (string | number | null)[][] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      rows.push([r.id, r.instansi, r.tahun, f.location.table, f.location.row, f.location.column, labelOf(f.severity, lang), f.code, f.published, f.recomputedPrinted, f.recomputed, f.message, f.rowId]);
    }
    // What could not be checked is handed on too: it is what a colleague must check by hand.
    for (const x of r.coverage.notChecked) {
      rows.push([r.id, r.instansi, r.tahun, x.table, x.row, x.column, notCheckedLabel(lang), x.reason, x.printed, null, null, x.detail, x.rowId]);
    }
  }
  return { header, rows };
}

/**
 * One finding per line, then one line per printed figure that could not be checked (severity
 * `TIDAK DIPERIKSA`, the reason as its code); UTF-8 with a byte order mark so that Excel reads the accents, CRLF line
 * ends as RFC 4180 writes them. `pemisah` is `,` or `;` (Excel with Indonesian settings).
 */
export function toCsv(reports: readonly HasilVerifikasi[], lang: Bahasa, pemisah: ',' | ';' | '\t' = ','): string {
  const { header, rows } = tabelTemuan(reports, lang);
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(pemisah));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
