import { serapan } from '../anggaran/serapan.js';
import { formatAngka } from '../angka/format.js';
import { decimalsDariTeks, DESIMAL_MAKS } from '../angka/round.js';
import { toDecimal } from '../angka/input.js';
import type { Locale } from '../angka/parse.js';
import { capaian } from '../capaian/capaian.js';
import { rumusCapaian, type Arah, type RumusId } from '../capaian/rumus.js';
import { scales } from '../predikat/builtin.js';
import { predikat, resolveScale, type Edges } from '../predikat/predikat.js';
import type { Band, Scale } from '../predikat/scale.js';
import type { Decimal } from '../angka/decimal.js';
import { teks, type Bahasa } from './bahasa.js';
import type { Io } from './io.js';
import { parse, pilih, Unusable, type Nilai, type Opsi } from './opsi.js';

const HELP_OPSI: Opsi = { name: 'help', short: 'h', type: 'boolean', id: 'tampilkan bantuan ini', en: 'show this help' };
const JSON_OPSI: Opsi = { name: 'json', type: 'boolean', id: 'keluaran JSON lengkap', en: 'full JSON output' };
const LOCALE_OPSI: Opsi = { name: 'locale', type: 'string', values: ['auto', 'id', 'en'], id: 'gaya angka masukan (bawaan: auto)', en: 'number style of the input (default: auto)' };
const DESIMAL_OPSI: Opsi = { name: 'desimal', type: 'string', arg: 'N', id: `banyak desimal hasil, 0–${DESIMAL_MAKS} (bawaan: 2)`, en: `decimals of the result, 0–${DESIMAL_MAKS} (default: 2)` };

export const CAPAIAN_OPSI: readonly Opsi[] = [
  { name: 'target', type: 'string', arg: 'T', id: 'target tercetak', en: 'printed target' },
  { name: 'realisasi', type: 'string', arg: 'R', id: 'realisasi tercetak', en: 'printed realisasi' },
  { name: 'arah', type: 'string', values: ['positif', 'negatif'], id: 'arah indikator (bawaan: positif)', en: 'direction of the indicator (default: positif)' },
  { name: 'rumus', type: 'string', values: Object.keys(rumusCapaian), id: 'rumus capaian (bawaan: F1 positif, F2 negatif)', en: 'capaian formula (default: F1 positif, F2 negatif)' },
  DESIMAL_OPSI,
  LOCALE_OPSI,
  JSON_OPSI,
  HELP_OPSI,
];
export const PREDIKAT_OPSI: readonly Opsi[] = [
  { name: 'skala', type: 'string', arg: 'ID', values: Object.keys(scales), id: 'skala predikat (lihat sakip skala)', en: 'predikat scale (see sakip skala)' },
  { name: 'edges', type: 'string', values: ['as-printed', 'half-open'], id: 'batas band: seperti tercetak, atau celah ditutup', en: 'band edges: as printed, or gaps closed' },
  LOCALE_OPSI,
  JSON_OPSI,
  HELP_OPSI,
];
export const SERAPAN_OPSI: readonly Opsi[] = [
  { name: 'pagu', type: 'string', arg: 'P', id: 'pagu anggaran', en: 'budget ceiling (pagu)' },
  { name: 'realisasi', type: 'string', arg: 'R', id: 'realisasi anggaran', en: 'spending (realisasi)' },
  DESIMAL_OPSI,
  LOCALE_OPSI,
  JSON_OPSI,
  HELP_OPSI,
];
export const SKALA_OPSI: readonly Opsi[] = [JSON_OPSI, HELP_OPSI];

function decimalsOf(lang: Bahasa, v: unknown): number {
  if (v === undefined) return 2;
  try {
    return decimalsDariTeks(v, 'desimal');
  } catch {
    throw new Unusable(`--desimal ${String(v).slice(0, 20)} ${teks(lang, `harus bilangan bulat 0–${DESIMAL_MAKS}`, `must be a whole number 0–${DESIMAL_MAKS}`)}`);
  }
}

function butuh(lang: Bahasa, command: string, values: Nilai, names: readonly string[]): void {
  const missing = names.filter((n) => values[n] === undefined);
  if (missing.length > 0) {
    throw new Unusable(`${command} ${teks(lang, 'perlu', 'needs')} ${names.map((n) => `--${n}`).join(teks(lang, ' dan ', ' and '))} (${teks(lang, 'lihat', 'see')} sakip ${command} --help)`);
  }
}

type Help = () => string;

/**
 * A command that computes one figure (capaian, serapan): its options read, its inputs required,
 * then the rounded figure and its explanation, or the whole result as JSON.
 */
function satuAngka(
  lang: Bahasa, command: string, args: readonly string[], io: Io, help: Help, options: readonly Opsi[], needed: readonly string[],
  compute: (values: Nilai, common: { locale: Locale; decimals: number }) => { readonly rounded: Decimal | null; readonly explanation: string },
): number {
  const { values } = parse(lang, command, args, options);
  if (values.help) return (io.out(help()), 0);
  butuh(lang, command, values, needed);
  const decimals = decimalsOf(lang, values.desimal);
  const h = compute(values, { locale: ((values.locale as string | undefined) ?? 'auto') as Locale, decimals });
  if (values.json) io.out(`${JSON.stringify(h, null, 2)}\n`);
  else io.out(`${h.rounded === null ? 'NA' : formatAngka(h.rounded, { decimals })}\n${h.explanation}\n`);
  return 0;
}

export function hitungCapaian(lang: Bahasa, args: readonly string[], io: Io, help: Help): number {
  return satuAngka(lang, 'capaian', args, io, help, CAPAIAN_OPSI, ['target', 'realisasi'], (values, common) =>
    capaian(
      { target: values.target as string, realisasi: values.realisasi as string },
      {
        ...common,
        ...(values.arah !== undefined ? { arah: values.arah as Arah } : {}),
        ...(values.rumus !== undefined ? { rumus: values.rumus as RumusId } : {}),
      },
    ));
}

export function hitungPredikat(lang: Bahasa, args: readonly string[], io: Io, help: Help): number {
  const { values, positionals } = parse(lang, 'predikat', args, PREDIKAT_OPSI);
  if (values.help) return (io.out(help()), 0);
  const nilai = positionals[0];
  if (nilai === undefined || values.skala === undefined) {
    throw new Unusable(`${teks(lang, 'predikat perlu NILAI dan --skala ID', 'predikat needs VALUE and --skala ID')}; ${teks(lang, 'skala', 'scales')}: ${Object.keys(scales).join(', ')}`);
  }
  if (positionals.length > 1) throw new Unusable(teks(lang, 'predikat menerima satu NILAI', 'predikat takes one VALUE'));
  const scale = resolveScale(values.skala as string);
  const x = toDecimal(nilai, 'nilai', { locale: ((values.locale as string | undefined) ?? 'auto') as Locale });
  const band = predikat(x, scale, { edges: ((values.edges as string | undefined) ?? 'as-printed') as Edges });
  if (values.json) io.out(`${JSON.stringify({ nilai: x.toString(), skala: scale.id, predikat: band }, null, 2)}\n`);
  else {
    const none = teks(lang, 'tanpa band (nilai di celah skala)', 'no band (the value falls in a gap of the scale)');
    io.out(`${band ? `${band.label}${band.keterangan ? ` (${band.keterangan})` : ''}` : none}\n${teks(lang, 'Skala', 'Scale')} ${scale.id}: ${scale.source}\n`);
  }
  return 0;
}

export function hitungSerapan(lang: Bahasa, args: readonly string[], io: Io, help: Help): number {
  return satuAngka(lang, 'serapan', args, io, help, SERAPAN_OPSI, ['pagu', 'realisasi'], (values, common) =>
    serapan({ pagu: values.pagu as string, realisasi: values.realisasi as string }, common));
}

/** "51 ≤ x ≤ 65", "x ≤ 50", "30 < x ≤ 50": a band as an inequality, numbers in the reader's style. */
export function bandText(b: Band, lang: Bahasa): string {
  const n = (x: NonNullable<Band['min']>) => formatAngka(x, { locale: lang });
  const lo = b.min === null ? '' : `${n(b.min)} ${b.minInclusive ? '≤' : '<'} `;
  const hi = b.max === null ? '' : ` ${b.maxInclusive ? '≤' : '<'} ${n(b.max)}`;
  return b.min === null && b.max === null ? teks(lang, 'semua nilai', 'every value') : `${lo}x${hi}`;
}

function skalaText(s: Scale, lang: Bahasa): string {
  const rows = s.bands.map((b) => `    ${bandText(b, lang).padEnd(22)} ${b.label}${b.keterangan ? ` (${b.keterangan})` : ''}`);
  const notes = s.catatan.map((c) => `  ${teks(lang, 'Catatan', 'Note')}: ${c}`);
  return [`${s.id} — ${s.nama}`, `  ${teks(lang, 'Sumber', 'Source')}: ${s.source}`, ...rows, ...notes, ''].join('\n');
}

/** `sakip skala [ID]`: every built-in scale (or one) with its bands and legal source. */
export function daftarSkala(lang: Bahasa, args: readonly string[], io: Io, help: Help): number {
  const { values, positionals } = parse(lang, 'skala', args, SKALA_OPSI);
  if (values.help) return (io.out(help()), 0);
  const ids = positionals.length > 0 ? positionals.map((p) => pilih(lang, teks(lang, 'skala', 'scale'), p, Object.keys(scales))) : Object.keys(scales);
  const chosen = ids.map((id) => scales[id]!);
  if (values.json) io.out(`${JSON.stringify(chosen, null, 2)}\n`);
  else io.out(`${chosen.map((s) => skalaText(s, lang)).join('\n')}`);
  return 0;
}
