import { readFileSync } from 'node:fs';
import { isSakipError } from '../errors.js';
import { verifyLaporan } from '../verifikasi/verify.js';
import { bahasaDari, teks, type Bahasa } from './bahasa.js';
import type { Io } from './io.js';
import { closest, daftarOpsi, kutip, parse, saran, Unusable, type Opsi } from './opsi.js';
import { CAPAIAN_OPSI, daftarSkala, hitungCapaian, hitungPredikat, hitungSerapan, PREDIKAT_OPSI, SERAPAN_OPSI, SKALA_OPSI } from './perintah-hitung.js';
import { impor, IMPOR_OPSI } from './perintah-impor.js';
import { contohIds, verify, VERIFY_OPSI, version } from './perintah-verify.js';
import { coverageLine, salinan, summaryLine, toTable, total, totalCoverage } from './render.js';

const CONTOH_OPSI: readonly Opsi[] = [
  { name: 'tanpa-info', type: 'boolean', id: 'sembunyikan temuan tingkat info', en: 'leave out info findings' },
  { name: 'tanpa-warna', type: 'boolean', id: 'tanpa warna di terminal (juga NO_COLOR)', en: 'no colour in the terminal (also NO_COLOR)' },
  { name: 'help', short: 'h', type: 'boolean', id: 'tampilkan bantuan ini', en: 'show this help' },
];

interface Perintah {
  readonly usage: string;
  readonly id: string;
  readonly en: string;
  readonly opsi: readonly Opsi[];
  /** The exit code; a promise of it only when a PDF, Word or Excel file is read (its readers are asynchronous). */
  readonly run: (lang: Bahasa, args: readonly string[], io: Io, help: () => string) => number | Promise<number>;
}

const PERINTAH: Record<string, Perintah> = {
  verify: {
    usage: 'sakip verify FILE.json|.csv|.pdf|.docx|.xlsx|.txt… | - | --contoh ID | --semua-contoh [opsi]',
    id: 'Periksa laporan: dataset (JSON sakip-laporan/1 atau CSV), atau berkas laporan PDF (.pdf), Word (.docx), Excel (.xlsx)\natau teks (.txt), yang diimpor dulu: setiap angka turunan dihitung ulang. Format berkas dikenali dari isinya.\nKode keluar: 0 tanpa temuan salah, 1 ada temuan salah, 2 masukan tidak dapat dipakai.',
    en: 'Verify reports: datasets (JSON sakip-laporan/1 or CSV), or report files in PDF (.pdf), Word (.docx), Excel (.xlsx)\nor text (.txt), imported first: every derived figure recomputed. A file\'s format is told by its content.\nExit codes: 0 no error findings, 1 error findings, 2 unusable input.',
    opsi: VERIFY_OPSI,
    run: verify,
  },
  contoh: {
    usage: 'sakip contoh [opsi]',
    id: 'Periksa keempat laporan contoh 2023 dan tutup dengan ringkasan (yang dijalankan npm start). Selalu keluar 0.',
    en: 'Verify the four shipped 2023 reports and close with a summary (what npm start runs). Always exits 0.',
    opsi: CONTOH_OPSI,
    run: contoh,
  },
  capaian: {
    usage: 'sakip capaian --target T --realisasi R [opsi]',
    id: 'Hitung capaian kinerja dengan penjelasannya.',
    en: 'Compute capaian kinerja with its explanation.',
    opsi: CAPAIAN_OPSI,
    run: hitungCapaian,
  },
  predikat: {
    usage: 'sakip predikat NILAI --skala ID [opsi]',
    id: 'Predikat sebuah nilai pada skala bawaan.',
    en: 'The predikat of a value on a built-in scale.',
    opsi: PREDIKAT_OPSI,
    run: hitungPredikat,
  },
  serapan: {
    usage: 'sakip serapan --pagu P --realisasi R [opsi]',
    id: 'Hitung serapan anggaran (realisasi / pagu × 100).',
    en: 'Compute budget absorption (realisasi / pagu × 100).',
    opsi: SERAPAN_OPSI,
    run: hitungSerapan,
  },
  skala: {
    usage: 'sakip skala [ID…] [--json]',
    id: 'Daftar skala predikat bawaan: band dan dasar hukumnya.',
    en: 'The built-in predikat scales: their bands and legal sources.',
    opsi: SKALA_OPSI,
    run: daftarSkala,
  },
  impor: {
    usage: 'sakip impor FILE.pdf|.docx|.xlsx|.txt | - [-o laporan.json] [opsi]',
    id: 'Baca laporan PDF, Word (.docx), Excel (.xlsx) atau teks (.txt, tabel yang ditempel) menjadi draf dataset sakip-laporan/1,\ndengan catatan per tabel: kolom mana dibaca sebagai apa, baris yang dilewati, keyakinan.\nPeriksa drafnya, betulkan bila perlu, lalu: sakip verify laporan.json. Kode keluar: 0 berhasil, 2 masukan tidak dapat dipakai.',
    en: 'Read a PDF, Word (.docx), Excel (.xlsx) or text report (.txt, pasted tables) into a draft sakip-laporan/1 dataset,\nwith a note per table: which column was read as what, rows left out, confidence.\nReview the draft, correct it if needed, then: sakip verify laporan.json. Exit codes: 0 done, 2 unusable input.',
    opsi: IMPOR_OPSI,
    run: impor,
  },
};

function bantuanUmum(lang: Bahasa): string {
  const width = Math.max(...Object.keys(PERINTAH).map((k) => k.length), 14) + 2;
  return `${teks(lang, 'sakip — hitung dan verifikasi angka laporan kinerja (LKjIP / LAKIP)', 'sakip — compute and verify the figures of performance reports (LKjIP / LAKIP)')}

${teks(lang, 'Pemakaian', 'Usage')}:
${Object.entries(PERINTAH)
  .map(([k, p]) => `  sakip ${k.padEnd(width)}${teks(lang, p.id, p.en).split('\n')[0]}`)
  .join('\n')}
  sakip ${`help ${teks(lang, 'PERINTAH', 'COMMAND')}`.padEnd(width)}${teks(lang, 'bantuan sebuah perintah (juga: sakip PERINTAH --help)', 'help on a command (also: sakip COMMAND --help)')}
  sakip --version

${teks(lang, 'Contoh', 'Examples')}:
  sakip verify --semua-contoh
  sakip verify laporan.json tabel.csv --format csv --pemisah ";" -o temuan.csv
  sakip verify laporan.pdf
  sakip verify laporan.docx laporan.xlsx laporan.txt
  sakip impor laporan.pdf -o laporan.json
  sakip impor laporan.txt -o laporan.json
  sakip capaian --target 5,15 --realisasi 5,85 --arah negatif
  sakip predikat 90 --skala sakip-88-2021

${teks(
  lang,
  'Angka boleh bergaya Indonesia (1.081,93) atau Inggris (1,081.93); angka ambigu seperti 1.234\nperlu --locale id atau --locale en. Bahasa: --lang en|id (atau LANG=en…).',
  'Numbers may be Indonesian (1.081,93) or English style (1,081.93); an ambiguous one such as 1.234\nneeds --locale id or --locale en. Language: --lang en|id (or LANG=en…).',
)}
${teks(lang, 'Panduan', 'Guides')}: docs/memulai.md, docs/verifikasi-laporan.md, docs/impor-laporan.md
`;
}

function bantuan(lang: Bahasa, name: string): string {
  const p = PERINTAH[name]!;
  const lang_: Opsi = { name: 'lang', type: 'string', values: ['id', 'en'], id: 'bahasa keluaran (atau LANG=en…)', en: 'output language (or LANG=en…)' };
  return `${teks(lang, 'Pemakaian', 'Usage')}: ${p.usage}\n\n${teks(lang, p.id, p.en)}\n\n${teks(lang, 'Opsi', 'Options')}:\n${daftarOpsi(lang, [...p.opsi, lang_])}\n`;
}

/** `sakip contoh`, what `npm start` runs: the four shipped reports, their findings, a closing summary; exit 0. */
function contoh(lang: Bahasa, args: readonly string[], io: Io, help: () => string): number {
  const { values } = parse(lang, 'contoh', args, CONTOH_OPSI);
  if (values.help) return (io.out(help()), 0);
  const results = contohIds().map((id) =>
    verifyLaporan(JSON.parse(readFileSync(new URL(`../contoh/${id}.json`, import.meta.url), 'utf8')), { withoutInfo: values['tanpa-info'] === true }),
  );
  const warna = io.outTTY && values['tanpa-warna'] !== true && !io.env.NO_COLOR;
  io.out(toTable(results, { lang, warna }));
  const t = total(results);
  io.out(
    `\n${teks(lang, 'Selesai', 'Done')}: ${results.length} ${teks(lang, 'laporan contoh', 'example reports')}; ${summaryLine(t, lang, salinan(results))}; ${coverageLine(totalCoverage(results), lang)}.\n` +
      `${teks(lang, `${t.error} temuan salah: angka tercetak yang tidak sesuai dengan masukannya sendiri.`, `${t.error} errors: printed figures that do not follow from their own inputs.`)}\n` +
      `${teks(lang, 'Periksa laporan Anda', 'Verify your own report')}: npx sakip verify laporan.json (${teks(lang, 'format', 'format')}: docs/format-laporan.md; ${teks(lang, 'panduan', 'guide')}: docs/verifikasi-laporan.md)\n`,
  );
  return 0;
}

/**
 * Runs the command line; returns the exit code. Output goes through the two writers. The code is
 * a promise only when a PDF, Word or Excel file is read (every other route stays synchronous).
 */
export function run(argv: readonly string[], out: (s: string) => void, err: (s: string) => void, io: Partial<Io> = {}): number | Promise<number> {
  const sys: Io = {
    out,
    err,
    env: {},
    errTTY: false,
    outTTY: false,
    stdin: () => Buffer.alloc(0),
    writeFile: () => {
      throw new Error('no file system');
    },
    ...io,
  };
  const { lang, rest, bad } = bahasaDari(argv, sys.env);
  try {
    if (bad !== undefined) throw new Unusable(`--lang ${kutip(bad)} ${teks(lang, 'tidak dikenal', 'is not known')}; ${teks(lang, 'pilihan', 'valid')}: id, en`);
    const [command, ...args] = rest;
    if (command === '--version' || command === '-v') {
      out(`${version()}\n`);
      return 0;
    }
    if (command === undefined) {
      err(bantuanUmum(lang));
      return 2;
    }
    if (command === '--help' || command === '-h') {
      out(bantuanUmum(lang));
      return 0;
    }
    if (command === 'help') {
      const about = args[0];
      if (about === undefined) out(bantuanUmum(lang));
      else if (PERINTAH[about]) out(bantuan(lang, about));
      else throw unknownCommand(lang, about);
      return 0;
    }
    const p = PERINTAH[command];
    if (!p) throw unknownCommand(lang, command);
    const code = p.run(lang, args, sys, () => bantuan(lang, command));
    return typeof code === 'number' ? code : code.catch((e: unknown) => gagal(lang, e, err));
  } catch (e) {
    return gagal(lang, e, err);
  }
}

/** An unusable input's one-line message and exit code 2; anything else is a bug and is thrown on. */
function gagal(lang: Bahasa, e: unknown, err: (s: string) => void): number {
  if (e instanceof Unusable) err(`sakip: ${e.message}\n`);
  else if (isSakipError(e)) err(`sakip: ${e.message} [${e.code}]\n`);
  else if (e instanceof RangeError && /call stack/i.test(e.message)) {
    err(`sakip: ${teks(lang, 'masukan terlalu dalam bersarang', 'input nested too deeply')}\n`);
  } else throw e;
  return 2;
}

function unknownCommand(lang: Bahasa, command: string): Unusable {
  const names = [...Object.keys(PERINTAH), 'help'];
  return new Unusable(
    `${teks(lang, 'perintah tidak dikenal', 'unknown command')}: ${kutip(command)}${saran(lang, closest(command, names))}; ${teks(lang, 'perintah', 'commands')}: ${names.join(', ')}`,
  );
}
