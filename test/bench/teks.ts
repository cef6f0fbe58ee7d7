/**
 * The time bound of issue #8 as a benchmark: each text reader on 1 MB and on 100 KB of
 * adversarial input (whitespace where a backtracking regex would retry from every start). A
 * linear reader takes about ten times as long on ten times the input; one that refuses the input
 * by its size limit takes about the same. Under 50 ms for 1 MB is the acceptance line.
 */
import { readFileSync } from 'node:fs';
import { imporTeks } from '../../src/impor/index.js';
import { bacaCsv, parseAngka, verifyLaporan } from '../../src/index.js';
import { ANGKA } from '../../src/sheets/index.js';
import { bacaSel } from '../../src/verifikasi/baca.js';

const KB = 1024;

/** The dataset reader's input: rows whose cells are as long as the limit allows, mostly spaces. */
function dataset(bytes: number): unknown {
  const cell = (x: string) => `${' '.repeat(900)}${x}`;
  const rows = Array.from({ length: Math.max(1, Math.round(bytes / 2000)) }, (_, i) => ({ nama: `r${i}`, target: cell('80'), realisasi: cell('58,13') }));
  return { format: 'sakip-laporan/1', id: 'spasi', instansi: 'Dinas', locale: 'id', skala: [], tabel: [{ id: 'T', baris: rows }] };
}

/**
 * The CSV reader's input: a header, then whitespace in every form a CSV line can hold it: blank
 * lines of spaces and tabs, CR, LF and CRLF line ends, lines of whitespace cells between separators.
 */
function csv(bytes: number): string {
  const head = '# id: spasi\ntabel;nama;target;realisasi;capaian\n';
  const chunk = ' \t \r\n \t\n\r ; \t;  ;\t\r\n';
  return head + chunk.repeat(Math.max(1, Math.floor((bytes - head.length) / chunk.length)));
}

/** The four report texts, repeated to `bytes`: the importer's work on real material, scaled. */
function laporan(bytes: number): string {
  const one = ['000_ee950b920736b221', '001_5ffaa85d39344473', '003_0549a7cbacc22fc7', '004_832406180d8fbc67']
    .map((f) => readFileSync(new URL(`../fixtures/laporan/${f}.txt`, import.meta.url), 'utf8'))
    .join('\n\n');
  return one.repeat(Math.ceil(bytes / one.length)).slice(0, bytes);
}

const READERS: readonly { name: string; input: (bytes: number) => unknown; read: (x: unknown) => unknown }[] = [
  { name: 'number parser (parseAngka)', input: (b) => `1${' '.repeat(b - 2)}1`, read: (x) => parseAngka(x as string) },
  { name: 'dataset cell reader (bacaSel)', input: (b) => `${' '.repeat(b - 4)}Baik`, read: (x) => bacaSel(x as string, 'id', 'target', true) },
  { name: 'spreadsheet cell (ANGKA)', input: (b) => `${' '.repeat(b - 2)}-x`, read: (x) => ANGKA(x as string) },
  { name: 'dataset reader (verifyLaporan)', input: dataset, read: (x) => verifyLaporan(x) },
  { name: 'CSV reader (bacaCsv)', input: csv, read: (x) => bacaCsv(x as string) },
  { name: 'report text importer, real reports (imporTeks)', input: laporan, read: (x) => imporTeks(x as string) },
  { name: 'report text importer, tabs and spaces (imporTeks)', input: (b) => `No\tUraian\tPagu\n${'1\t \t2\n'.repeat(Math.floor(b / 12))}${' '.repeat(b / 2)}`, read: (x) => imporTeks(x as string) },
];

function timed(read: (x: unknown) => unknown, input: unknown): number {
  const times: number[] = [];
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  for (let i = 0; i < 5; i++) {
    gc(); // the garbage of the previous run is not this run's time
    const t0 = performance.now();
    try {
      read(input);
    } catch {
      // Refusing the input by its size limit is a valid answer: only the time counts here.
    }
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[2]!;
}

/**
 * The table lines: reader, ms for 1 MB, its ratio to 100 KB, and the ratio of 10 MB to 1 MB. At
 * 100 KB a reader's garbage fits between two collections and at 1 MB it does not, so the first
 * ratio overstates; the second, both sizes past that point, shows the growth itself.
 */
export function textReaders(): string[] {
  const lines = ['| text reader (adversarial input) | 1 MB ms | 100 KB ms | 1 MB / 100 KB | 10 MB / 1 MB |', '|---|---:|---:|---:|---:|'];
  for (const r of READERS) {
    const big = timed(r.read, r.input(1024 * KB));
    const small = timed(r.read, r.input(100 * KB));
    const huge = timed(r.read, r.input(10 * 1024 * KB));
    const ratio = (a: number, b: number) => (a / Math.max(b, 1e-3)).toFixed(1);
    lines.push(`| ${r.name} | ${big.toFixed(2)} | ${small.toFixed(2)} | ${ratio(big, small)} | ${ratio(huge, big)} |`);
  }
  return lines;
}
