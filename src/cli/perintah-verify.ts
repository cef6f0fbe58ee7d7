import { readdirSync, readFileSync } from 'node:fs';
import { isSakipError } from '../errors.js';
import { validate } from '../model/validate.js';
import { bacaCsv } from '../verifikasi/csv.js';
import { DatasetLaporanSchema } from '../verifikasi/dataset.js';
import { daftarMasalah } from './format-masalah.js';
import { verifyLaporan, type HasilVerifikasi } from '../verifikasi/verify.js';
import { teks, type Bahasa } from './bahasa.js';
import type { Io } from './io.js';
import { kutip, kutipBerkas, parse, pilih, Unusable, type Nilai, type Opsi } from './opsi.js';
import { toCsv } from './render-csv.js';
import { toHtml } from './render-html.js';
import { toXlsx } from './render-xlsx.js';
import { salinan, summaryLine, toJson, toMarkdown, toTable, total } from './render.js';
import { pelapor } from './tanda.js';
import { bacaBytes, biner, imporBerkas, imporBiner, opsiImpor, ringkasImpor, teksDari } from './perintah-impor.js';

const contohDir = () => new URL('../contoh/', import.meta.url);

/** The ids of the shipped example reports. */
export function contohIds(): string[] {
  return readdirSync(contohDir())
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

const FORMATS = ['table', 'json', 'markdown', 'csv', 'html', 'xlsx'] as const;
const PEMISAH: Record<string, ',' | ';' | '\t'> = { ',': ',', ';': ';', koma: ',', 'titik-koma': ';', semicolon: ';', comma: ',', tab: '\t' };

export const VERIFY_OPSI: readonly Opsi[] = [
  { name: 'format', type: 'string', values: FORMATS, id: 'bentuk keluaran (bawaan: table)', en: 'output form (default: table)' },
  { name: 'keluaran', short: 'o', type: 'string', arg: 'FILE', id: 'tulis keluaran ke FILE, bukan ke layar', en: 'write the output to FILE instead of the screen' },
  { name: 'pemisah', type: 'string', arg: '","|";"|tab', values: Object.keys(PEMISAH), id: 'pemisah sel untuk --format csv (bawaan: ,)', en: 'cell separator for --format csv (default: ,)' },
  { name: 'contoh', type: 'string', multiple: true, arg: 'ID', id: 'periksa laporan contoh yang dikirim bersama paket', en: 'verify a shipped example report' },
  { name: 'semua-contoh', type: 'boolean', id: 'periksa keempat laporan contoh', en: 'verify all four example reports' },
  { name: 'hanya-format', type: 'boolean', id: 'hanya periksa format dataset: tampilkan semua masalahnya', en: 'only check the dataset format: list every problem' },
  { name: 'tanpa-info', type: 'boolean', id: 'sembunyikan temuan tingkat info', en: 'leave out info findings' },
  { name: 'locale', type: 'string', values: ['id', 'en'], id: 'gaya angka dataset (atau laporan yang diimpor) yang tidak menyatakannya', en: 'number style of a dataset (or an imported report) that states none' },
  { name: 'maks-mb', type: 'string', arg: 'N', id: 'batas ukuran berkas dalam MB (bawaan: 16; PDF, Word, Excel paling besar 50)', en: 'file size limit in MB (default: 16; PDF, Word, Excel at most 50)' },
  { name: 'teks', type: 'boolean', id: 'baca setiap FILE (juga -) sebagai teks laporan, apa pun namanya (PDF, Word dan Excel tetap dikenali dari isinya)', en: 'read every FILE (also -) as a report text, whatever its name (PDF, Word and Excel are still told by their content)' },
  { name: 'tanpa-warna', type: 'boolean', id: 'tanpa warna di terminal (juga NO_COLOR)', en: 'no colour in the terminal (also NO_COLOR)' },
  { name: 'help', short: 'h', type: 'boolean', id: 'tampilkan bantuan ini', en: 'show this help' },
];

interface Masukan {
  name: string;
  data: unknown;
}

/** `sakip verify`: exit 0 without error findings, 1 with, 2 for unusable input. */
export function verify(lang: Bahasa, args: readonly string[], io: Io, help: () => string): number | Promise<number> {
  const { values, positionals } = parse(lang, 'verify', args, VERIFY_OPSI);
  if (values.help) {
    io.out(help());
    return 0;
  }
  const maksMb = Number(values['maks-mb'] ?? '16');
  if (!Number.isFinite(maksMb) || maksMb <= 0 || maksMb > 1024) {
    throw new Unusable(`--maks-mb ${kutip(String(values['maks-mb']))} ${teks(lang, 'harus angka positif sampai 1024', 'must be a positive number up to 1024')}`);
  }
  const maxBytes = Math.floor(maksMb * 1024 * 1024);
  const progress = pelapor({ isTTY: io.errTTY, write: io.err }, lang);
  const inputs: Masukan[] = [];
  const ids = values['semua-contoh'] ? contohIds() : ((values.contoh as string[] | undefined) ?? []);
  for (const id of ids) {
    pilih(lang, teks(lang, 'contoh', 'example'), id, contohIds());
    inputs.push({ name: id, data: JSON.parse(readFileSync(new URL(`${id}.json`, contohDir()), 'utf8')) });
  }
  let stdinUsed = false;
  // Each file is read now and imported in order afterwards: a PDF, Word or Excel file asynchronously,
  // so that when there is one the command's result is a promise (and only then).
  const baca: (() => Masukan | Promise<Masukan>)[] = inputs.map((x) => () => x);
  let async = false;
  for (const file of positionals) {
    progress.tahap(`${teks(lang, 'membaca', 'reading')} ${kutipBerkas(file)}…`);
    if (file === '-') {
      if (stdinUsed) throw new Unusable(teks(lang, '"-" (masukan standar) hanya boleh sekali', '"-" (standard input) may be given once only'));
      stdinUsed = true;
    }
    const bytes = bacaBytes(lang, file, maxBytes, io);
    if (biner(file, bytes)) {
      const opsi = opsiImpor(lang, { locale: values.locale });
      async = true;
      baca.push(async () => {
        const h = await imporBiner(file, bytes, opsi);
        io.err(ringkasImpor(lang, file, h, h.format));
        return { name: file, data: h.laporan };
      });
    } else if (values.teks === true || /\.(?:txt|text|md)$/i.test(file)) {
      // A report text: imported first; the draft is what is verified.
      const text = teksDari(lang, file, bytes);
      baca.push(() => {
        const h = imporBerkas(lang, file, text, opsiImpor(lang, { locale: values.locale }));
        io.err(ringkasImpor(lang, file, h));
        return { name: file, data: h.laporan };
      });
    } else {
      const data = load(lang, file, bytes);
      baca.push(() => ({ name: file, data }));
    }
  }
  if (!async) return periksa(lang, values, baca.map((f) => f() as Masukan), io, progress);
  return (async () => {
    const all: Masukan[] = [];
    for (const f of baca) all.push(await f());
    return periksa(lang, values, all, io, progress);
  })();
}

/** Verifies the inputs read and writes the findings; the exit code. */
function periksa(lang: Bahasa, values: Nilai, inputs: Masukan[], io: Io, progress: ReturnType<typeof pelapor>): number {
  const format = (values.format as string | undefined) ?? 'table';
  if (inputs.length === 0) {
    throw new Unusable(teks(lang, 'tidak ada berkas; beri FILE, - (masukan standar), --contoh ID atau --semua-contoh', 'no input; give FILE, - (standard input), --contoh ID or --semua-contoh'));
  }
  // Every format problem of every input at once, each with a hint, before any verification.
  for (const { name, data } of inputs) {
    const r = validate(DatasetLaporanSchema, data);
    if (!r.success) {
      throw new Unusable(`${kutipBerkas(name)}: ${r.issues.length} ${teks(lang, 'masalah format dataset', r.issues.length === 1 ? 'dataset format problem' : 'dataset format problems')} (docs/format-laporan.md):\n${daftarMasalah(r.issues, lang)}`);
    }
  }
  if (values['hanya-format']) {
    for (const { name, data } of inputs) {
      // Beyond the shape: figures that cannot be read, ids and references (the first such problem).
      try {
        verifyLaporan(data, { withoutInfo: true, ...(values.locale === 'id' || values.locale === 'en' ? { locale: values.locale } : {}) });
      } catch (e) {
        if (isSakipError(e)) throw new Unusable(`${kutipBerkas(name)}: ${e.message} [${e.code}]`);
        throw e;
      }
      const d = data as { tabel: { baris: unknown[] }[] };
      io.out(`${kutipBerkas(name)}: ${teks(lang, 'format sakip-laporan/1 benar', 'valid sakip-laporan/1')} (${d.tabel.length} ${teks(lang, 'tabel', 'tables')}, ${d.tabel.reduce((n, t) => n + t.baris.length, 0)} ${teks(lang, 'baris', 'rows')})\n`);
    }
    return 0;
  }
  const results: HasilVerifikasi[] = inputs.map(({ name, data }) => {
    try {
      return verifyLaporan(data, {
        withoutInfo: values['tanpa-info'] === true,
        ...(values.locale === 'id' || values.locale === 'en' ? { locale: values.locale } : {}),
        onProgress: (done, all, findings) => progress.baris(kutipBerkas(name), done, all, findings),
      });
    } catch (e) {
      if (isSakipError(e)) throw new Unusable(`${kutipBerkas(name)}: ${e.message} [${e.code}]`);
      throw e;
    } finally {
      progress.selesai();
    }
  });
  const file = values.keluaran as string | undefined;
  const warna = format === 'table' && file === undefined && io.outTTY && values['tanpa-warna'] !== true && !io.env.NO_COLOR;
  if (format === 'xlsx' && file === undefined) {
    throw new Unusable(teks(lang, '--format xlsx perlu -o FILE.xlsx (berkas Excel tidak ditulis ke layar)', '--format xlsx needs -o FILE.xlsx (a workbook is not written to the screen)'));
  }
  const text =
    format === 'xlsx'
      ? toXlsx(results, lang)
      : format === 'json'
      ? toJson(results)
      : format === 'markdown'
        ? toMarkdown(results, { lang })
        : format === 'csv'
          ? toCsv(results, lang, PEMISAH[(values.pemisah as string | undefined) ?? ','])
          : format === 'html'
            ? toHtml(results, lang, version())
            : toTable(results, { lang, warna });
  if (file !== undefined) {
    try {
      io.writeFile(file, text);
    } catch (e) {
      throw new Unusable(`${kutipBerkas(file)}: ${teks(lang, 'tidak dapat ditulis', 'cannot be written')} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    if (io.errTTY) io.err(`${teks(lang, 'Hasil ditulis ke', 'Results written to')} ${kutipBerkas(file)}: ${summaryLine(total(results), lang, salinan(results))}\n`);
  } else io.out(text as string);
  return results.some((r) => r.summary.error > 0) ? 1 : 0;
}

/** Reads one dataset: JSON, or the CSV form (by its name, or when it does not start like JSON). */
function load(lang: Bahasa, file: string, bytes: Buffer): unknown {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const csvName = file === '-' ? 'stdin' : file;
  if (/\.csv$/i.test(file) || !/^\s*[[{]/.test(text.slice(0, 1024))) {
    try {
      return bacaCsv(text, { file: csvName });
    } catch (e) {
      // The reader's message names the file already.
      if (isSakipError(e)) throw new Unusable(`${e.message.startsWith(csvName) ? '' : `${kutipBerkas(file)}: `}${e.message} [${e.code}]`);
      throw e;
    }
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new Unusable(`${kutipBerkas(file)}: ${teks(lang, 'JSON tidak valid', 'invalid JSON')} (${kutip((e as Error).message)})`);
  }
}

/** The package's version, from its package.json. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
