import type { HasilVerifikasi } from '../verifikasi/verify.js';
import type { Severity, Temuan } from '../verifikasi/temuan.js';

const SEVERITIES: readonly Severity[] = ['error', 'rounding', 'warning', 'info'];

/** The JSON shape scripts depend on. */
export function toJson(reports: readonly HasilVerifikasi[]): string {
  const summary = { error: 0, rounding: 0, warning: 0, info: 0 };
  const out = reports.map((r) => {
    for (const s of SEVERITIES) summary[s] += r.summary[s];
    return {
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
      })),
      summary: r.summary,
    };
  });
  return `${JSON.stringify({ reports: out, summary }, null, 2)}\n`;
}

/** Text from a report for a terminal: no control characters or escape sequences. */
function plain(text: string | null): string {
  // eslint-disable-next-line no-control-regex
  return (text ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ');
}

/** A cell for markdown (or a spreadsheet it is pasted into): no formula, no table break. */
export function safeCell(text: string | null): string {
  let t = plain(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/`/g, "'");
  if (/^[=+\-@]/.test(t)) t = `'${t}`;
  return t;
}

const LABEL: Record<Severity, string> = { error: 'SALAH', rounding: 'PEMBULATAN', warning: 'PERINGATAN', info: 'INFO' };

function summaryLine(s: Readonly<Record<Severity, number>>): string {
  return `${s.error} error, ${s.rounding} rounding, ${s.warning} warning, ${s.info} info`;
}

function byTable(findings: readonly Temuan[]): Map<string, Temuan[]> {
  const m = new Map<string, Temuan[]>();
  for (const f of findings) m.set(f.location.table, [...(m.get(f.location.table) ?? []), f]);
  return m;
}

/** Readable in a terminal, grouped by report and table, with a summary line of counts. */
export function toTable(reports: readonly HasilVerifikasi[]): string {
  const lines: string[] = [];
  const total = { error: 0, rounding: 0, warning: 0, info: 0 };
  for (const r of reports) {
    lines.push(`${plain(r.id)} — ${plain(r.instansi)}${r.tahun ? ` (${r.tahun})` : ''}`);
    for (const [table, findings] of byTable(r.findings)) {
      lines.push(`  ${plain(table)}`);
      for (const f of findings) {
        const where = [f.location.row, f.location.column].filter(Boolean).map(plain).join(' › ');
        const figures = f.published !== null ? `  tercetak ${plain(f.published)}${f.recomputedPrinted !== null ? `, hitung ulang ${plain(f.recomputedPrinted)}` : ''}` : '';
        lines.push(`    ${LABEL[f.severity].padEnd(10)} ${f.code}  ${where}${figures}`);
        lines.push(`               ${plain(f.message)}`);
      }
    }
    lines.push(`  Ringkasan ${plain(r.id)}: ${summaryLine(r.summary)}`, '');
    for (const s of SEVERITIES) total[s] += r.summary[s];
  }
  lines.push(`Total ${reports.length} laporan: ${summaryLine(total)}`);
  return `${lines.join('\n')}\n`;
}

/** Markdown, one section per report and table; every cell escaped. */
export function toMarkdown(reports: readonly HasilVerifikasi[]): string {
  const out: string[] = ['# Hasil verifikasi', ''];
  const total = { error: 0, rounding: 0, warning: 0, info: 0 };
  for (const r of reports) {
    out.push(`## ${safeCell(r.id)}: ${safeCell(r.instansi)}${r.tahun ? ` (${r.tahun})` : ''}`, '', `Ringkasan: ${summaryLine(r.summary)}`, '');
    for (const [table, findings] of byTable(r.findings)) {
      out.push(`### ${safeCell(table)}`, '', '| Tingkat | Kode | Baris | Kolom | Tercetak | Hitung ulang | Keterangan |', '|---|---|---|---|---|---|---|');
      for (const f of findings) {
        out.push(`| ${f.severity} | ${f.code} | ${safeCell(f.location.row)} | ${safeCell(f.location.column)} | ${safeCell(f.published)} | ${safeCell(f.recomputedPrinted)} | ${safeCell(f.message)} |`);
      }
      out.push('');
    }
    for (const s of SEVERITIES) total[s] += r.summary[s];
  }
  out.push(`**Total ${reports.length} laporan:** ${summaryLine(total)}`, '');
  return out.join('\n');
}
