import { keteranganAturan } from '../verifikasi/aturan.js';
import type { Severity } from '../verifikasi/temuan.js';
import type { HasilVerifikasi } from '../verifikasi/verify.js';
import { teks, type Bahasa } from './bahasa.js';
import { byTable, coverageLine, salinan, labelOf, notCheckedLabel, SEVERITIES, summaryLine, total, totalCoverage } from './render.js';

/** Text for HTML, as text: markup, quotes and control characters cannot get through. */
export function esc(text: string | number | null): string {
  return (text === null ? '' : String(text))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\uFFFD');
}

// A shape as well as a colour for each severity, for readers who do not tell colours apart.
const ICON: Record<Severity, string> = { error: '✖', rounding: '≈', warning: '⚠', info: 'ℹ' };

const CSS = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2.2rem;border-bottom:2px solid #ccc}h3{font-size:1.05rem;margin-top:1.4rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem}th,td{border:1px solid #bbb;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#f0f0f0}td.n{white-space:nowrap;font-variant-numeric:tabular-nums}
.s{white-space:nowrap;font-weight:600}.error{color:#a40000}.rounding{color:#7a5200}.warning{color:#6b2d8f}.info{color:#005a7a}
.ringkas{display:flex;gap:1rem;flex-wrap:wrap;padding:0;list-style:none}.ringkas li{border:1px solid #bbb;padding:.4rem .8rem;border-radius:4px}
code{font-size:.85em}footer{margin-top:3rem;color:#555;font-size:.85rem}
@media print{body{margin:0;max-width:none;font-size:11px}h2{break-before:page}h2:first-of-type{break-before:auto}tr{break-inside:avoid}}
`;

/**
 * One self-contained, printable HTML page: a summary, then the findings of each report grouped
 * by table, each with the printed figure, the recomputation and the explanation. No script, no
 * external asset, every echoed text escaped.
 */
export function toHtml(reports: readonly HasilVerifikasi[], lang: Bahasa, dibuat: string): string {
  const t = (id: string, en: string) => teks(lang, id, en);
  const sum = total(reports);
  const out: string[] = [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${t('Hasil verifikasi', 'Verification results')}: ${esc(reports.map((r) => r.id).join(', '))}</title>`,
    `<style>${CSS}</style></head>`,
    '<body>',
    `<h1>${t('Hasil verifikasi laporan kinerja', 'Performance report verification')}</h1>`,
    `<p>${t('Setiap angka turunan dihitung ulang dari angka masukan yang dicetak laporan itu sendiri.', 'Every derived figure recomputed from the inputs the report itself prints.')}</p>`,
    `<ul class="ringkas">${SEVERITIES.map((s) => `<li class="${s}"><span aria-hidden="true">${ICON[s]}</span> ${labelOf(s, lang)}: <b>${sum[s]}</b></li>`).join('')}<li>${notCheckedLabel(lang)}: <b>${totalCoverage(reports).notChecked.length}</b></li></ul>`,
    `<p>${esc(coverageLine(totalCoverage(reports), lang))}.</p>`,
  ];
  for (const r of reports) {
    out.push(`<h2>${esc(r.id)}: ${esc(r.instansi)}${r.tahun ? ` (${r.tahun})` : ''}</h2>`, `<p>${t('Ringkasan', 'Summary')}: ${esc(summaryLine(r.summary, lang, salinan([r])))}</p>`);
    if (r.findings.length === 0) out.push(`<p>${t('Tidak ada temuan.', 'No findings.')}</p>`);
    for (const [table, findings] of byTable(r.findings)) {
      out.push(
        `<h3>${esc(table)}</h3>`,
        '<table><thead><tr>',
        `<th>${t('Tingkat', 'Severity')}</th><th>${t('Baris', 'Row')}</th><th>${t('Kolom', 'Column')}</th><th>${t('Tercetak', 'Printed')}</th><th>${t('Hitung ulang', 'Recomputed')}</th><th>${t('Keterangan', 'Explanation')}</th>`,
        '</tr></thead><tbody>',
      );
      for (const f of findings) {
        out.push(
          `<tr><td class="s ${f.severity}"><span aria-hidden="true">${ICON[f.severity]}</span> ${labelOf(f.severity, lang)}<br><code>${esc(f.code)}</code></td>` +
            `<td>${esc(f.location.row)}</td><td>${esc(f.location.column)}</td><td class="n">${esc(f.published)}</td>` +
            `<td class="n">${esc(f.recomputedPrinted)}</td><td>${esc(f.message)}</td></tr>`,
        );
      }
      out.push('</tbody></table>');
    }
    out.push(`<h3>${t('Cakupan per tabel', 'Coverage per table')}</h3>`, `<p>${esc(coverageLine(r.coverage, lang))}.</p>`, '<table><thead><tr>',
      `<th>${t('Tabel', 'Table')}</th><th>${t('Angka dibaca', 'Figures read')}</th><th>${t('Masukan', 'Inputs')}</th><th>${t('Turunan', 'Derived')}</th><th>${t('Dihitung ulang', 'Recomputed')}</th><th>${t('Tidak diperiksa', 'Not checked')}</th>`,
      '</tr></thead><tbody>');
    for (const c of r.coverage.tables) {
      out.push(`<tr><td>${esc(c.table)}</td><td class="n">${c.read}</td><td class="n">${c.inputs}</td><td class="n">${c.derived}</td><td class="n">${c.checked}</td><td class="n">${c.notChecked.length}</td></tr>`);
    }
    out.push('</tbody></table>');
    // The rules used, with their formulas and where they come from: what a reader needs to redo a figure.
    const rules = Object.entries(r.coverage.rules).sort(([x], [y]) => (x < y ? -1 : 1));
    if (rules.length > 0) {
      out.push(`<h3>${t('Rumus yang dipakai', 'Formulas used')}</h3>`, '<table><thead><tr>',
        `<th>${t('Aturan', 'Rule')}</th><th>${t('Angka', 'Figures')}</th><th>${t('Rumus', 'Formula')}</th><th>${t('Sumber', 'Source')}</th>`,
        '</tr></thead><tbody>');
      for (const [rule, n] of rules) {
        const k = keteranganAturan(rule);
        out.push(`<tr><td><code>${esc(rule)}</code></td><td class="n">${n}</td><td>${esc(k?.rumus ?? '—')}</td><td>${esc(k?.sumber ?? '—')}</td></tr>`);
      }
      out.push('</tbody></table>');
    }
    if (r.coverage.notChecked.length > 0) {
      out.push(`<h3>${t('Tidak diperiksa', 'Not checked')}</h3>`, '<table><thead><tr>',
        `<th>${t('Tabel', 'Table')}</th><th>${t('Baris', 'Row')}</th><th>${t('Kolom', 'Column')}</th><th>${t('Tercetak', 'Printed')}</th><th>${t('Alasan', 'Reason')}</th>`,
        '</tr></thead><tbody>');
      for (const x of r.coverage.notChecked) {
        out.push(`<tr><td>${esc(x.table)}</td><td>${esc(x.row)}</td><td>${esc(x.column)}</td><td class="n">${esc(x.printed)}</td><td><code>${esc(x.reason)}</code>: ${esc(x.detail)}</td></tr>`);
      }
      out.push('</tbody></table>');
    }
  }
  out.push(`<footer>${t('Dibuat oleh', 'Made by')} sakip ${esc(dibuat)}. ${t('Total', 'Total')}: ${esc(summaryLine(sum, lang, salinan(reports)))}. ${t('Cakupan', 'Coverage')}: ${esc(coverageLine(totalCoverage(reports), lang))}.</footer>`, '</body></html>', '');
  return out.join('\n');
}
