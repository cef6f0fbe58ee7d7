import { readFileSync, readdirSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { capaian } from '../capaian/capaian.js';
import type { Arah, RumusId } from '../capaian/rumus.js';
import { serapan } from '../anggaran/serapan.js';
import { formatAngka } from '../angka/format.js';
import { toDecimal } from '../angka/input.js';
import type { Locale } from '../angka/parse.js';
import { isSakipError } from '../errors.js';
import { predikat, resolveScale } from '../predikat/predikat.js';
import { bacaCsv } from '../verifikasi/csv.js';
import { verifyLaporan, type HasilVerifikasi } from '../verifikasi/verify.js';
import { toJson, toMarkdown, toTable } from './render.js';

const HELP = `sakip — verifikasi angka laporan kinerja (LKjIP / LAKIP)

Pemakaian:
  sakip verify FILE…                  periksa dataset laporan (JSON atau CSV)
  sakip verify --contoh ID            periksa laporan contoh yang dikirim bersama paket
  sakip verify --semua-contoh         periksa keempat laporan contoh
      --format table|json|markdown    bentuk keluaran (bawaan: table)
      --tanpa-info                    sembunyikan temuan tingkat info
      --maks-mb N                     batas ukuran berkas (bawaan: 16)
      --locale id|en                  gaya angka dataset yang tidak menyatakannya
  sakip capaian --target T --realisasi R [--arah positif|negatif] [--rumus F1…F5] [--desimal 2] [--locale id|en] [--json]
  sakip predikat NILAI --skala ID [--edges as-printed|half-open] [--locale id|en] [--json]
  sakip serapan --pagu P --realisasi R [--desimal 2] [--locale id|en] [--json]
  sakip --version

Angka boleh bergaya Indonesia (1.081,93) atau Inggris (1,081.93); angka ambigu seperti 1.234
perlu --locale id atau --locale en.

Kode keluar: 0 tanpa temuan error, 1 ada temuan error, 2 masukan tidak dapat dipakai.`;

class Unusable extends Error {}

/** Runs the command line; returns the exit code. Output goes through the two writers. */
export function run(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  try {
    const [command, ...rest] = argv;
    if (command === '--version' || command === '-v') {
      out(`${version()}\n`);
      return 0;
    }
    if (command === undefined) {
      err(`${HELP}\n`);
      return 2;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      out(`${HELP}\n`);
      return 0;
    }
    switch (command) {
      case 'verify':
        return verify(rest, out);
      case 'capaian':
        return hitungCapaian(rest, out);
      case 'predikat':
        return hitungPredikat(rest, out);
      case 'serapan':
        return hitungSerapan(rest, out);
      default:
        throw new Unusable(`perintah tidak dikenal: ${command} (lihat sakip --help)`);
    }
  } catch (e) {
    if (e instanceof Unusable) err(`sakip: ${e.message}\n`);
    else if (isSakipError(e)) err(`sakip: ${e.message} [${e.code}]\n`);
    else if (e instanceof Error && 'code' in e && String((e as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')) err(`sakip: ${e.message}\n`);
    else throw e;
    return 2;
  }
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const contohDir = () => new URL('../contoh/', import.meta.url);

function contohIds(): string[] {
  return readdirSync(contohDir()).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

function verify(args: readonly string[], out: (s: string) => void): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'table' },
      contoh: { type: 'string', multiple: true },
      'semua-contoh': { type: 'boolean', default: false },
      'tanpa-info': { type: 'boolean', default: false },
      'maks-mb': { type: 'string', default: '16' },
      locale: { type: 'string' },
    },
  });
  if (values.locale !== undefined && values.locale !== 'id' && values.locale !== 'en') throw new Unusable(`--locale ${values.locale} tidak dikenal (id, en)`);
  const format = values.format;
  if (format !== 'table' && format !== 'json' && format !== 'markdown') throw new Unusable(`--format ${format} tidak dikenal (table, json, markdown)`);
  const maxBytes = Number(values['maks-mb']) * 1024 * 1024;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new Unusable(`--maks-mb ${values['maks-mb']} bukan angka positif`);
  const inputs: { name: string; data: unknown }[] = [];
  const ids = values['semua-contoh'] ? contohIds() : (values.contoh ?? []);
  for (const id of ids) {
    if (!contohIds().includes(id)) throw new Unusable(`contoh "${id}" tidak ada; yang tersedia: ${contohIds().join(', ')}`);
    inputs.push({ name: id, data: JSON.parse(readFileSync(new URL(`${id}.json`, contohDir()), 'utf8')) });
  }
  for (const file of positionals) inputs.push({ name: file, data: load(file, maxBytes) });
  if (inputs.length === 0) throw new Unusable('tidak ada berkas; beri FILE, --contoh ID atau --semua-contoh');
  const results: HasilVerifikasi[] = inputs.map(({ name, data }) => {
    try {
      return verifyLaporan(data, { withoutInfo: values['tanpa-info'], ...(values.locale === 'id' || values.locale === 'en' ? { locale: values.locale } : {}) });
    } catch (e) {
      if (isSakipError(e)) throw new Unusable(`${name}: ${e.message} [${e.code}]`);
      throw e;
    }
  });
  out(format === 'json' ? toJson(results) : format === 'markdown' ? toMarkdown(results) : toTable(results));
  return results.some((r) => r.summary.error > 0) ? 1 : 0;
}

function load(file: string, maxBytes: number): unknown {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new Unusable(`${file}: bukan berkas biasa`);
    size = st.size;
  } catch (e) {
    if (e instanceof Unusable) throw e;
    throw new Unusable(`${file}: berkas tidak ditemukan atau tidak dapat dibaca`);
  }
  if (size > maxBytes) {
    throw new Unusable(`${file}: berkas ${(size / 1024 / 1024).toFixed(1)} MB melebihi batas ${maxBytes / 1024 / 1024} MB (ubah dengan --maks-mb)`);
  }
  const text = readFileSync(file, 'utf8');
  if (/\.csv$/i.test(file) || !/^\s*[[{]/.test(text)) {
    try {
      return bacaCsv(text, { file });
    } catch (e) {
      if (isSakipError(e)) throw new Unusable(`${file}: ${e.message} [${e.code}]`);
      throw e;
    }
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new Unusable(`${file}: JSON tidak valid (${(e as Error).message})`);
  }
}

type Values = Record<string, string | boolean | undefined>;

function numberOptions(args: readonly string[], extra: Record<string, { type: 'string'; default?: string }>): { values: Values; positionals: string[] } {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { locale: { type: 'string', default: 'auto' }, desimal: { type: 'string', default: '2' }, json: { type: 'boolean', default: false }, ...extra },
  });
  return { values: values as Values, positionals };
}

function decimalsOf(v: unknown): number {
  const d = Number(v);
  if (!Number.isInteger(d) || d < 0 || d > 20) throw new Unusable(`--desimal ${String(v)} harus bilangan bulat 0–20`);
  return d;
}

function hitungCapaian(args: readonly string[], out: (s: string) => void): number {
  const { values } = numberOptions(args, { target: { type: 'string' }, realisasi: { type: 'string' }, arah: { type: 'string' }, rumus: { type: 'string' } });
  if (values.target === undefined || values.realisasi === undefined) throw new Unusable('capaian perlu --target dan --realisasi');
  const decimals = decimalsOf(values.desimal);
  const c = capaian(
    { target: values.target as string, realisasi: values.realisasi as string },
    {
      locale: values.locale as Locale,
      decimals,
      ...(values.arah !== undefined ? { arah: values.arah as Arah } : {}),
      ...(values.rumus !== undefined ? { rumus: values.rumus as RumusId } : {}),
    },
  );
  if (values.json) out(`${JSON.stringify(c, null, 2)}\n`);
  else out(`${c.rounded === null ? 'NA' : formatAngka(c.rounded, { decimals })}\n${c.explanation}\n`);
  return 0;
}

function hitungPredikat(args: readonly string[], out: (s: string) => void): number {
  const { values, positionals } = numberOptions(args, { skala: { type: 'string' }, edges: { type: 'string', default: 'as-printed' } });
  const nilai = positionals[0];
  if (nilai === undefined || values.skala === undefined) throw new Unusable('predikat perlu NILAI dan --skala ID');
  const scale = resolveScale(values.skala as string);
  const x = toDecimal(nilai, 'nilai', { locale: values.locale as Locale });
  const band = predikat(x, scale, { edges: values.edges as 'as-printed' });
  if (values.json) out(`${JSON.stringify({ nilai: x.toString(), skala: scale.id, predikat: band }, null, 2)}\n`);
  else out(`${band ? `${band.label}${band.keterangan ? ` (${band.keterangan})` : ''}` : 'tanpa band (nilai di celah skala)'}\nSkala ${scale.id}: ${scale.source}\n`);
  return 0;
}

function hitungSerapan(args: readonly string[], out: (s: string) => void): number {
  const { values } = numberOptions(args, { pagu: { type: 'string' }, realisasi: { type: 'string' } });
  if (values.pagu === undefined || values.realisasi === undefined) throw new Unusable('serapan perlu --pagu dan --realisasi');
  const decimals = decimalsOf(values.desimal);
  const s = serapan({ pagu: values.pagu as string, realisasi: values.realisasi as string }, { locale: values.locale as Locale, decimals });
  if (values.json) out(`${JSON.stringify(s, null, 2)}\n`);
  else out(`${s.rounded === null ? 'NA' : formatAngka(s.rounded, { decimals })}\n${s.explanation}\n`);
  return 0;
}

