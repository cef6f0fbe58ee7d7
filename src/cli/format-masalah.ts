import type { MasalahValidasi } from '../model/validate.js';
import { AgregatSchema, BandTercetakSchema, BarisSchema, DatasetLaporanSchema, SkalaTercetakSchema, TabelSchema } from '../verifikasi/dataset.js';
import { teks, type Bahasa } from './bahasa.js';
import { closest } from './opsi.js';

// Every key the format knows, for "did you mean" on an unknown one.
const KEYS = [DatasetLaporanSchema, TabelSchema, BarisSchema, SkalaTercetakSchema, BandTercetakSchema, AgregatSchema].flatMap((s) => Object.keys(s.def.shape));

/** A hint for one schema problem: how the format wants it written. Empty when the message says enough. */
export function petunjuk(m: MasalahValidasi, lang: Bahasa): string {
  const last = m.path.replace(/\[\d+\]/g, '').split('.').pop() ?? '';
  const t = (id: string, en: string) => teks(lang, id, en);
  if (m.code === 'unrecognized_keys') {
    const tips = m.kunci.map((k) => closest(k, KEYS)).filter((x): x is string => x !== undefined);
    return tips.length > 0 ? `${t('maksud Anda', 'did you mean')}: ${[...new Set(tips)].join(', ')}?` : t('lihat daftar field di docs/format-laporan.md', 'see the list of fields in docs/format-laporan.md');
  }
  if (m.path === 'skala') return t('wajib ada; tulis "skala": [] bila laporan tidak mencetak skala', 'required; write "skala": [] when the report prints no scale');
  if (m.path === 'format') return t('tulis "format": "sakip-laporan/1"', 'write "format": "sakip-laporan/1"');
  if (m.path === 'id') return t('huruf kecil, angka dan tanda minus, mis. "banyumas-2023"', 'lowercase letters, digits and dashes, e.g. "banyumas-2023"');
  if (last === 'faktor' || last === 'batasAtas') return t('bilangan bulat tanpa pemisah ribuan, mis. "100000" atau "120"', 'a whole number without thousands separators, e.g. "100000" or "120"');
  if (last === 'tahun') return t('bilangan bulat tanpa tanda kutip, mis. 2023', 'a whole number without quotes, e.g. 2023');
  if (last === 'min' || last === 'max') {
    return t('batas terbuka ditulis null dengan minInclusive / maxInclusive false, mis. "≤ 50": "min": null, "minInclusive": false', 'an open bound is null with minInclusive / maxInclusive false, e.g. "≤ 50": "min": null, "minInclusive": false');
  }
  if (m.code === 'invalid_union') return t('sel ditulis sebagai teks persis seperti tercetak ("58,13"), atau { "printed": …, "value": … } / { "printed": …, "garbled": true }', 'a cell is the printed text ("58,13"), or { "printed": …, "value": … } / { "printed": …, "garbled": true }');
  if (last === 'nama') return t('setiap baris wajib punya nama seperti tercetak', 'every row needs its name as printed');
  return '';
}

/** Every problem of a dataset, one per line with its path and a hint; long lists are cut with a count. */
export function daftarMasalah(issues: readonly MasalahValidasi[], lang: Bahasa, max = 50): string {
  const lines = issues.slice(0, max).map((m) => {
    const hint = petunjuk(m, lang);
    return `  ${m.message}${hint ? ` — ${hint}` : ''}`;
  });
  if (issues.length > max) lines.push(`  … ${teks(lang, `dan ${issues.length - max} masalah lain`, `and ${issues.length - max} more`)}`);
  return lines.join('\n');
}
