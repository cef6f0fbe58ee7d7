import type { Cakupan } from '../verifikasi/cakupan.js';
import type { HasilVerifikasi } from '../verifikasi/verify.js';
import type { Severity, Temuan } from '../verifikasi/temuan.js';
import { teks, type Bahasa } from './bahasa.js';

export const SEVERITIES: readonly Severity[] = ['error', 'rounding', 'warning', 'info'];

/** How the output reads: language and, for a terminal, colour. */
export interface Gaya {
  readonly lang: Bahasa;
  readonly warna?: boolean;
}

/** The JSON shape scripts depend on; language-independent. */
export function toJson(reports: readonly HasilVerifikasi[]): string {
  const out = reports.map((r) => ({
    id: r.id,
    instansi: r.instansi,
    tahun: r.tahun,
    findings: r.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      location: f.location,
      published: f.published,
      recomputed: f.recomputed,
      recomputedPrinted: f.recomputedPrinted,
      message: f.message,
      rowId: f.rowId,
      field: f.field,
    })),
    summary: r.summary,
    coverage: r.coverage,
  }));
  return `${JSON.stringify({ reports: out, summary: total(reports) }, null, 2)}\n`;
}

/** The counts of every report added up. */
export function total(reports: readonly HasilVerifikasi[]): Record<Severity, number> {
  const t = { error: 0, rounding: 0, warning: 0, info: 0 };
  for (const r of reports) for (const s of SEVERITIES) t[s] += r.summary[s];
  return t;
}

/** Text from a report for a terminal: no control characters, escape sequences or direction overrides. */
export function plain(text: string | null): string {
  // eslint-disable-next-line no-control-regex
  return (text ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ');
}

/**
 * A markdown table cell: no HTML (markdown is often rendered as HTML), no table break, no code
 * span, and no formula when pasted into a spreadsheet.
 */
export function safeCell(text: string | null): string {
  let t = plain(text)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/`/g, "'")
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  if (/^[=+\-@]/.test(t)) t = `'${t}`;
  return t;
}

/** The severity as the reader sees it. */
export function labelOf(s: Severity, lang: Bahasa): string {
  const id = { error: 'SALAH', rounding: 'PEMBULATAN', warning: 'PERINGATAN', info: 'INFO' } as const;
  const en = { error: 'ERROR', rounding: 'ROUNDING', warning: 'WARNING', info: 'INFO' } as const;
  return (lang === 'en' ? en : id)[s];
}

/** Of the error findings, how many are copies of another wrong figure (places, not distinct errors). */
export function salinan(reports: readonly HasilVerifikasi[]): number {
  return reports.reduce((n, r) => n + r.findings.filter((f) => f.code === 'SALINAN_SALAH').length, 0);
}

/** "2 salah (1 salinan), 1 pembulatan, 0 peringatan, 3 info": errors counted by place, copies named. */
export function summaryLine(s: Readonly<Record<Severity, number>>, lang: Bahasa, copies = 0): string {
  const c = copies > 0 ? teks(lang, ` (${copies} salinan)`, ` (${copies} ${copies === 1 ? 'copy' : 'copies'})`) : '';
  return lang === 'en'
    ? `${s.error} ${s.error === 1 ? 'error' : 'errors'}${c}, ${s.rounding} rounding, ${s.warning} ${s.warning === 1 ? 'warning' : 'warnings'}, ${s.info} info`
    : `${s.error} salah${c}, ${s.rounding} pembulatan, ${s.warning} peringatan, ${s.info} info`;
}

export function byTable(findings: readonly Temuan[]): Map<string, Temuan[]> {
  const m = new Map<string, Temuan[]>();
  for (const f of findings) {
    const list = m.get(f.location.table);
    if (list) list.push(f);
    else m.set(f.location.table, [f]);
  }
  return m;
}

/** "120 dari 125 angka turunan diperiksa; 5 tidak diperiksa": never reads as "all right" when something was not checked. */
export function coverageLine(c: Pick<Cakupan, 'derived' | 'checked' | 'notChecked' | 'read'>, lang: Bahasa): string {
  const n = c.notChecked.length;
  return lang === 'en'
    ? `${c.read} printed figures read; ${c.checked} of ${c.derived} derived figures recomputed${n > 0 ? `; ${n} not checked` : ''}`
    : `${c.read} angka tercetak dibaca; ${c.checked} dari ${c.derived} angka turunan dihitung ulang${n > 0 ? `; ${n} tidak diperiksa` : ''}`;
}

/** The coverage of several reports added up. */
export function totalCoverage(reports: readonly HasilVerifikasi[]): Pick<Cakupan, 'derived' | 'checked' | 'notChecked' | 'read'> {
  return {
    read: reports.reduce((n, r) => n + r.coverage.read, 0),
    derived: reports.reduce((n, r) => n + r.coverage.derived, 0),
    checked: reports.reduce((n, r) => n + r.coverage.checked, 0),
    notChecked: reports.flatMap((r) => r.coverage.notChecked),
  };
}

/** The not-checked reason as the reader sees it. */
export const notCheckedLabel = (lang: Bahasa) => teks(lang, 'TIDAK DIPERIKSA', 'NOT CHECKED');

const COLOUR: Record<Severity, string> = { error: '31', rounding: '33', warning: '35', info: '36' };

/** Readable in a terminal, grouped by report and table, with a summary line of counts. */
export function toTable(reports: readonly HasilVerifikasi[], gaya: Gaya = { lang: 'id' }): string {
  const { lang } = gaya;
  const paint = (s: Severity, text: string) => (gaya.warna ? `\u001b[1;${COLOUR[s]}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(`${plain(r.id)} — ${plain(r.instansi)}${r.tahun ? ` (${r.tahun})` : ''}`);
    for (const [table, findings] of byTable(r.findings)) {
      lines.push(`  ${plain(table)}`);
      for (const f of findings) {
        const where = [f.location.row, f.location.column].filter(Boolean).map(plain).join(' › ');
        const figures =
          f.published !== null
            ? `  ${teks(lang, 'tercetak', 'printed')} ${plain(f.published)}${f.recomputedPrinted !== null ? `, ${teks(lang, 'hitung ulang', 'recomputed')} ${plain(f.recomputedPrinted)}` : ''}`
            : '';
        lines.push(`    ${paint(f.severity, labelOf(f.severity, lang).padEnd(10))} ${f.code}  ${where}${figures}`);
        lines.push(`               ${plain(f.message)}`);
      }
    }
    lines.push(`  ${teks(lang, 'Cakupan per tabel', 'Coverage per table')}:`);
    const width = Math.min(40, Math.max(...r.coverage.tables.map((t) => plain(t.table).length)));
    for (const t of r.coverage.tables) lines.push(`    ${plain(t.table).padEnd(width)}  ${coverageLine(t, lang)}`);
    if (r.coverage.notChecked.length > 0) {
      lines.push(`  ${teks(lang, 'Tidak diperiksa', 'Not checked')}:`);
      for (const x of r.coverage.notChecked) {
        lines.push(`    ${plain(x.table)} › ${[x.row, x.column].filter(Boolean).map(plain).join(' › ')}  ${teks(lang, 'tercetak', 'printed')} ${plain(x.printed)}: ${x.reason} (${plain(x.detail)})`);
      }
    }
    lines.push(`  ${teks(lang, 'Ringkasan', 'Summary')} ${plain(r.id)}: ${summaryLine(r.summary, lang, salinan([r]))}`);
    lines.push(`  ${teks(lang, 'Cakupan', 'Coverage')} ${plain(r.id)}: ${coverageLine(r.coverage, lang)}`, '');
  }
  lines.push(`${teks(lang, 'Total', 'Total')} ${reports.length} ${teks(lang, 'laporan', reports.length === 1 ? 'report' : 'reports')}: ${summaryLine(total(reports), lang, salinan(reports))}`);
  lines.push(`${teks(lang, 'Cakupan', 'Coverage')}: ${coverageLine(totalCoverage(reports), lang)}`);
  return `${lines.join('\n')}\n`;
}

/** Markdown, one section per report and table; every cell escaped. */
export function toMarkdown(reports: readonly HasilVerifikasi[], gaya: Gaya = { lang: 'id' }): string {
  const { lang } = gaya;
  const out: string[] = [`# ${teks(lang, 'Hasil verifikasi', 'Verification results')}`, ''];
  const head = teks(lang, '| Tingkat | Kode | Baris | Kolom | Tercetak | Hitung ulang | Keterangan |', '| Severity | Code | Row | Column | Printed | Recomputed | Explanation |');
  for (const r of reports) {
    out.push(
      `## ${safeCell(r.id)}: ${safeCell(r.instansi)}${r.tahun ? ` (${r.tahun})` : ''}`,
      '',
      `${teks(lang, 'Ringkasan', 'Summary')}: ${summaryLine(r.summary, lang, salinan([r]))}`,
      '',
      `${teks(lang, 'Cakupan', 'Coverage')}: ${coverageLine(r.coverage, lang)}`,
      '',
    );
    for (const [table, findings] of byTable(r.findings)) {
      out.push(`### ${safeCell(table)}`, '', head, '|---|---|---|---|---|---|---|');
      for (const f of findings) {
        out.push(
          `| ${labelOf(f.severity, lang)} | ${f.code} | ${safeCell(f.location.row)} | ${safeCell(f.location.column)} | ${safeCell(f.published)} | ${safeCell(f.recomputedPrinted)} | ${safeCell(f.message)} |`,
        );
      }
      out.push('');
    }
    out.push(`### ${teks(lang, 'Cakupan per tabel', 'Coverage per table')}`, '', teks(lang, '| Tabel | Angka dibaca | Masukan | Turunan | Dihitung ulang | Tidak diperiksa |', '| Table | Figures read | Inputs | Derived | Recomputed | Not checked |'), '|---|---:|---:|---:|---:|---:|');
    for (const t of r.coverage.tables) out.push(`| ${safeCell(t.table)} | ${t.read} | ${t.inputs} | ${t.derived} | ${t.checked} | ${t.notChecked.length} |`);
    out.push('');
    if (r.coverage.notChecked.length > 0) {
      out.push(`### ${teks(lang, 'Tidak diperiksa', 'Not checked')}`, '', teks(lang, '| Tabel | Baris | Kolom | Tercetak | Alasan | Keterangan |', '| Table | Row | Column | Printed | Reason | Detail |'), '|---|---|---|---|---|---|');
      for (const x of r.coverage.notChecked) out.push(`| ${safeCell(x.table)} | ${safeCell(x.row)} | ${safeCell(x.column)} | ${safeCell(x.printed)} | ${x.reason} | ${safeCell(x.detail)} |`);
      out.push('');
    }
  }
  out.push(`**${teks(lang, 'Cakupan', 'Coverage')}:** ${coverageLine(totalCoverage(reports), lang)}`, '');
  out.push(`**${teks(lang, 'Total', 'Total')} ${reports.length} ${teks(lang, 'laporan', reports.length === 1 ? 'report' : 'reports')}:** ${summaryLine(total(reports), lang, salinan(reports))}`, '');
  return out.join('\n');
}
