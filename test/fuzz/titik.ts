/**
 * The public entry points under fuzz: each with an arbitrary of its arguments and the call. The
 * runner classifies every call: a typed error or a clean result is fine; a raw error, a
 * non-finite or undefined value in a result, or a result that does not cross `structuredClone`
 * and `JSON.stringify` is a failure.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as impor from '../../src/impor/index.js';
import * as lib from '../../src/index.js';
import * as sheets from '../../src/sheets/index.js';
import banyumas from '../../src/contoh/banyumas-2023.json';
import buleleng from '../../src/contoh/buleleng-2023.json';
import pamekasan from '../../src/contoh/pamekasan-2023.json';
import polewali from '../../src/contoh/polewali-mandar-2023.json';
import { daftar, desimal, hostile, nilai, objek, opsi, pilihan, printed } from './nilai.js';

export interface Titik {
  readonly name: string;
  readonly arb: fc.Arbitrary<unknown[]>;
  readonly call: (args: unknown[]) => unknown;
  /** Share of the runs this entry point gets (a verifier run costs a thousand capaian runs). */
  readonly share?: number;
  /** A spreadsheet function: must never throw, and returns numbers, texts or 2-D arrays of them. */
  readonly sheet?: boolean;
}

const locale = pilihan('id', 'en', 'auto');
const rounding = pilihan('half-up', 'half-even', 'down', 'up');
const hasil = { decimals: desimal, rounding, locale };
const rentang = fc.oneof(nilai, objek({ min: nilai, max: nilai }));
const realisasi = fc.oneof({ weight: 4, arbitrary: nilai }, { weight: 1, arbitrary: objek({ pembilang: nilai, penyebut: nilai, pengali: nilai }) });
const capaianOpsi = opsi({ ...hasil, arah: pilihan('positif', 'negatif'), rumus: pilihan('F1', 'F2', 'F3', 'F4', 'F5'), ordinal: pilihan('opini-bpk', 'nilai-sakip', 'mutu-ikm'), batasAtas: nilai });
const skala = pilihan('permendagri-86-2017', 'sakip-88-2021', 'ikm-14-2017', 'sakip-12-2015');
const band = objek({ label: fc.oneof(fc.constant('L'), hostile), min: nilai, minInclusive: fc.boolean(), max: nilai, maxInclusive: fc.boolean() });
const scaleInput = objek({ id: fc.oneof(fc.constant('s'), hostile), source: fc.oneof(fc.constant('src'), hostile), bands: daftar(band, 4), above: pilihan('top-band', 'none', 'invalid'), below: pilihan('bottom-band', 'none') });
const node: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: objek({ nama: fc.oneof(fc.constant('n'), hostile), kode: fc.oneof(fc.constant('1'), hostile), pagu: nilai, paguMurni: nilai, realisasi: nilai, anak: fc.oneof({ depthSize: 'small', withCrossShrink: true }, daftar(tie('node'), 3), fc.constant(undefined)) }),
})).node;
const kolom = (keys: string[]) => objek(Object.fromEntries(keys.map((k) => [k, daftar(nilai, 12)])));
const batchOpsi = opsi({ ...hasil, scale: skala, edges: pilihan('as-printed', 'half-open'), arah: fc.oneof(pilihan('positif', 'negatif'), daftar(pilihan('positif', 'negatif'), 12)), rumus: pilihan('F1', 'F2', 'F4', 'F5') });
// A value, a 2-D range, a JavaScript row, or a range whose rows may themselves be hostile (a revoked Proxy as a row).
const cell = fc.oneof(
  { weight: 3, arbitrary: nilai },
  { weight: 1, arbitrary: fc.array(fc.array(nilai, { maxLength: 3 }), { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.array(nilai, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.array(fc.oneof(fc.array(nilai, { maxLength: 3 }), hostile), { minLength: 1, maxLength: 3 }) },
);

const args = (...items: fc.Arbitrary<unknown>[]) => fc.tuple(...items) as fc.Arbitrary<unknown[]>;

/** The shipped datasets, and the paths of their cells, for mutation. */
const DATASETS = [banyumas, buleleng, pamekasan, polewali] as unknown as Record<string, unknown>[];
type Path = readonly (string | number)[];
const PATHS: Path[][] = DATASETS.map((d) => {
  const out: Path[] = [[], ['tabel'], ['skala'], ['locale']];
  (d.tabel as { baris: Record<string, unknown>[] }[]).forEach((t, ti) => {
    out.push(['tabel', ti], ['tabel', ti, 'baris']);
    t.baris.forEach((b, bi) => Object.keys(b).forEach((k) => out.push(['tabel', ti, 'baris', bi, k])));
  });
  (d.skala as { bands: Record<string, unknown>[] }[]).forEach((s, si) =>
    s.bands.forEach((b, bi) => Object.keys(b).forEach((k) => out.push(['skala', si, 'bands', bi, k]))));
  return out;
});

/** Sets `path` to `value` copying only the objects along the path (the shipped data stays intact). */
function mutate(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  // An earlier edit may have replaced a parent with a non-object: this edit then has nowhere to go.
  if (root === null || typeof root !== 'object') return root;
  const [head, ...rest] = path;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string | number, unknown>;
  copy[head!] = mutate((root as Record<string | number, unknown>)[head!], rest, value);
  return copy;
}
const mutated = fc
  .tuple(fc.integer({ min: 0, max: DATASETS.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.oneof(nilai, printed, fc.constant(undefined))), { minLength: 1, maxLength: 3 }))
  .map(([i, edits]) => edits.reduce<unknown>((d, [p, v]) => mutate(d, PATHS[i]![p % PATHS[i]!.length]!, v), DATASETS[i]));

const csvText = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', '1', ',', ';', '"', '\n', '\r', ' ', '\t', '#', ':', '.', '-', '%'), maxLength: 200 }),
  fc.constantFrom('# format: sakip-laporan/1\n# id: x\n# instansi: y\ntabel;nama;target;realisasi;capaian\nT;a;80;58,13;72,66\n', '"'.repeat(1001), `#${'\t'.repeat(3000)}`),
);

/**
 * Report text for the importer: lines of report words, printed figures and separators, and windows
 * of the four report texts in test/fixtures with such lines put in at random places. The fixtures
 * are found from this file (test/fuzz) and from the bundle (test/.output) alike.
 */
const LAPORAN = ['000_ee950b920736b221', '001_5ffaa85d39344473', '003_0549a7cbacc22fc7', '004_832406180d8fbc67'].map((f) =>
  readFileSync(new URL(`../fixtures/laporan/${f}.txt`, import.meta.url), 'utf8'),
);
const kata = fc.oneof(
  { weight: 2, arbitrary: printed },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'Tabel 3.1', 'Tabel III. 2 Capaian Kinerja', 'No', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian', '(%)', 'Satuan',
      'Pagu', 'Anggaran', 'Serapan', 'Efisiensi', 'Sasaran', 'Program', 'Kegiatan', 'Sangat Baik', 'Jumlah', 'Rata-rata', 'Tahun 2023',
      '=', '×', '/', '100%', '|', '**', '—', '-', '...', 'Rp', 'Kab. Banyumas', 'Dinas Sosial', 'Predikat', 'Nilai',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const barisTeks = fc.tuple(fc.array(kata, { maxLength: 8 }), fc.constantFrom('\t', ' ', '  ', ' | ', ';', '\t\t')).map(([w, sep]) => w.join(sep));
const teksAcak = fc.array(barisTeks, { maxLength: 40 }).map((l) => l.join('\n'));
const potongan = fc
  .tuple(fc.nat({ max: LAPORAN.length - 1 }), fc.nat(), fc.integer({ min: 0, max: 20_000 }), fc.array(fc.tuple(fc.nat(), barisTeks), { maxLength: 4 }))
  .map(([i, from, len, inserts]) => {
    const t = LAPORAN[i]!;
    const s = from % t.length;
    return inserts.reduce((x, [p, b]) => {
      const k = p % (x.length + 1);
      return `${x.slice(0, k)}\n${b}\n${x.slice(k)}`;
    }, t.slice(s, s + len));
  });
const teksLaporan = fc.oneof({ weight: 2, arbitrary: teksAcak }, { weight: 2, arbitrary: potongan }, { weight: 1, arbitrary: hostile });
const imporOpsi = opsi({ id: fc.oneof(fc.constant('x-1'), hostile), instansi: fc.oneof(fc.constant('Dinas'), hostile), tahun: fc.oneof(fc.integer({ min: 1990, max: 2100 }), hostile), sumber: fc.oneof(fc.constant('a.pdf'), hostile), locale: pilihan('id', 'en'), prosa: fc.oneof(fc.boolean(), hostile) });
const blok = fc.oneof(
  { weight: 2, arbitrary: objek({ jenis: pilihan('paragraf'), teks: fc.oneof(teksAcak, hostile) }) },
  { weight: 3, arbitrary: objek({ jenis: pilihan('tabel'), baris: daftar(daftar(fc.oneof({ weight: 4, arbitrary: kata }, { weight: 1, arbitrary: hostile }), 8), 12), halaman: nilai }) },
);

export const TITIK: readonly Titik[] = [
  // Numbers
  { name: 'toDecimal', arb: args(nilai, fc.oneof(fc.constant('f'), hostile), opsi({ locale })), call: ([v, f, o]) => lib.toDecimal(v as never, f as never, o as never) },
  { name: 'parseAngka', arb: args(fc.oneof(printed, nilai), opsi({ locale, field: fc.oneof(fc.constant('f'), hostile) })), call: ([t, o]) => lib.parseAngka(t as never, o as never) },
  { name: 'parseAngkaInfo', arb: args(fc.oneof(printed, nilai), opsi({ locale })), call: ([t, o]) => lib.parseAngkaInfo(t as never, o as never) },
  { name: 'formatAngka', arb: args(nilai, opsi({ decimals: desimal, rounding, locale: pilihan('id', 'en'), grouping: fc.boolean() })), call: ([v, o]) => lib.formatAngka(v as never, o as never) },
  { name: 'formatPersen', arb: args(nilai, opsi({ decimals: desimal, space: fc.boolean() })), call: ([v, o]) => lib.formatPersen(v as never, o as never) },
  { name: 'formatRupiah', arb: args(nilai, opsi({ decimals: desimal, suffix: pilihan('', ',-') })), call: ([v, o]) => lib.formatRupiah(v as never, o as never) },
  { name: 'round', arb: args(nilai, desimal, rounding, opsi({ locale })), call: ([v, d, r, o]) => lib.round(v as never, d as never, r as never, o as never) },
  // Capaian and predikat
  { name: 'capaian', arb: args(objek({ target: rentang, realisasi, realisasiSebelumnya: nilai }), capaianOpsi), call: ([i, o]) => lib.capaian(i as never, o as never) },
  { name: 'rasio', arb: args(objek({ pembilang: nilai, penyebut: nilai, pengali: nilai }), opsi(hasil)), call: ([i, o]) => lib.rasio(i as never, o as never) },
  { name: 'capaianIndikator', arb: args(objek({ nama: fc.constant('i'), arah: pilihan('positif', 'negatif'), target: fc.oneof(rentang, objek({ kualitatif: nilai })), realisasi: fc.oneof(realisasi, objek({ kualitatif: nilai })), rumus: pilihan('F1', 'F2'), ordinal: pilihan('opini-bpk', 'nilai-sakip') }), opsi(hasil)), call: ([i, o]) => lib.capaianIndikator(i as never, o as never) },
  { name: 'predikat', arb: args(fc.oneof(nilai, objek({ value: nilai, rounded: nilai })), fc.oneof(skala, scaleInput), opsi({ edges: pilihan('as-printed', 'half-open'), locale })), call: ([v, s, o]) => lib.predikat(v as never, s as never, o as never) },
  { name: 'defineScale', arb: args(scaleInput), call: ([s]) => lib.defineScale(s as never) },
  { name: 'resolveScale', arb: args(fc.oneof(skala, scaleInput)), call: ([s]) => lib.resolveScale(s as never) },
  // Anggaran
  { name: 'serapan', arb: args(objek({ pagu: nilai, realisasi: nilai }), opsi(hasil)), call: ([i, o]) => lib.serapan(i as never, o as never) },
  { name: 'sisa', arb: args(objek({ pagu: nilai, realisasi: nilai }), opsi({ locale })), call: ([i, o]) => lib.sisa(i as never, o as never) },
  { name: 'efisiensi', arb: args(objek({ capaian: fc.oneof(nilai, objek({ value: nilai, reason: hostile })), serapan: nilai }), fc.oneof(hostile, fc.record({ metode: pilihan('capaian-serapan', '100-serapan', 'capaian/serapan'), decimals: desimal }))), call: ([i, o]) => lib.efisiensi(i as never, o as never) },
  { name: 'efisiensiKemenkeu', arb: args(daftar(objek({ pagu: nilai, realisasi: nilai, capaian: nilai }), 4), opsi({ locale })), call: ([r, o]) => lib.efisiensiKemenkeu(r as never, o as never) },
  { name: 'rollupAnggaran', arb: args(node, opsi({ locale })), call: ([n, o]) => lib.rollupAnggaran(n as never, o as never) },
  { name: 'verifyAnggaran', arb: args(node, opsi({ locale })), call: ([n, o]) => lib.verifyAnggaran(n as never, o as never) },
  { name: 'rekapBelanja', arb: args(daftar(objek({ kode: fc.oneof(fc.constantFrom('5', '5.1', '5.1.01', '5.2.02', '5.1.1.1'), hostile), pagu: nilai, realisasi: nilai, paguMurni: nilai }), 5), opsi({ locale })), call: ([r, o]) => lib.rekapBelanja(r as never, o as never) },
  { name: 'nodeProgram', arb: args(objek({ nama: fc.constant('p'), pagu: nilai, kegiatan: daftar(objek({ nama: fc.constant('k'), pagu: nilai, subKegiatan: daftar(objek({ nama: fc.constant('s'), pagu: nilai }), 2) }), 2) })), call: ([p]) => lib.verifyAnggaran(lib.nodeProgram(p as never)) },
  // Aggregation
  { name: 'jumlah', arb: args(daftar(fc.oneof(nilai, objek({ value: nilai }))), opsi({ locale })), call: ([v, o]) => lib.jumlah(v as never, o as never) },
  { name: 'rataRata', arb: args(daftar(fc.oneof(nilai, objek({ value: nilai }))), opsi(hasil)), call: ([v, o]) => lib.rataRata(v as never, o as never) },
  { name: 'rataRataTertimbang', arb: args(daftar(objek({ nilai, bobot: nilai })), opsi(hasil)), call: ([v, o]) => lib.rataRataTertimbang(v as never, o as never) },
  { name: 'rataRataCapaian', arb: args(daftar(objek({ sasaran: fc.oneof(fc.constantFrom('S1', 'S2'), hostile), capaian: nilai })), fc.oneof(hostile, fc.record({ mode: pilihan('sasaran', 'indikator'), decimals: desimal }))), call: ([v, o]) => lib.rataRataCapaian(v as never, o as never) },
  { name: 'hitungKategoriCapaian', arb: args(daftar(nilai), opsi({ locale })), call: ([v, o]) => lib.hitungKategoriCapaian(v as never, o as never) },
  { name: 'ikm', arb: args(daftar(fc.oneof(nilai, fc.double({ min: 1, max: 4, noNaN: true }))), opsi({ ...hasil, bobot: pilihan('eksak', 'dibulatkan') })), call: ([v, o]) => lib.ikm(v as never, o as never) },
  // Models
  // Valid values often enough that the data passes, with undefined in optional keys (which must not reach the result).
  { name: 'validate', arb: args(objek({ nama: fc.oneof(fc.constant('IKM'), nilai), satuan: fc.oneof(fc.constant('%'), nilai), arah: pilihan('positif', 'negatif'), target: fc.oneof(fc.constant(80), nilai), realisasi: nilai, realisasiSebelumnya: nilai, rumus: pilihan('F1', 'F2', undefined) })), call: ([d]) => lib.validate(lib.IndikatorSchema, d) },
  { name: 'parseModel', arb: args(objek({ instansi: nilai, tahun: nilai, skala: daftar(nilai, 2), sasaran: daftar(nilai, 2), program: daftar(nilai, 2) })), call: ([d]) => lib.parseModel(lib.LaporanSchema, d) },
  // Batch
  { name: 'capaianKolom', arb: args(kolom(['target', 'realisasi']), batchOpsi), call: ([k, o]) => lib.capaianKolom(k as never, o as never) },
  { name: 'capaianBatch', arb: args(daftar(objek({ target: nilai, realisasi: nilai, arah: pilihan('positif', 'negatif') }), 12), batchOpsi), call: ([r, o]) => lib.capaianBatch(r as never, o as never) },
  // Row indexes of every kind, on the result as made, after structuredClone and after JSON.
  {
    name: 'nilaiBatch/predikatBatch',
    arb: args(kolom(['target', 'realisasi']), fc.oneof({ weight: 3, arbitrary: fc.nat({ max: 12 }) }, { weight: 1, arbitrary: hostile }, { weight: 1, arbitrary: fc.double() }), fc.constantFrom('asli', 'structuredClone', 'JSON')),
    call: ([k, i, copy]) => {
      const made = lib.capaianKolom(k as never, { scale: 'permendagri-86-2017' });
      const h = copy === 'asli' ? made : copy === 'structuredClone' ? structuredClone(made) : (JSON.parse(JSON.stringify(made)) as lib.HasilBatch);
      return [lib.nilaiBatch(h, i as number), lib.predikatBatch(h, i as number)];
    },
  },
  { name: 'serapanKolom', arb: args(kolom(['pagu', 'realisasi']), opsi(hasil)), call: ([k, o]) => lib.serapanKolom(k as never, o as never) },
  { name: 'rollupKolom', arb: args(objek({ induk: daftar(fc.oneof(fc.nat({ max: 3 }), hostile), 12), pagu: daftar(nilai, 12), realisasi: daftar(nilai, 12) }), fc.oneof(fc.nat({ max: 5 }), hostile), opsi(hasil)), call: ([k, g, o]) => lib.rollupKolom(k as never, g as never, o as never) },
  // Verification of published reports
  { name: 'verifyLaporan (mutated datasets)', arb: args(mutated, opsi({ withoutInfo: fc.boolean(), locale })), call: ([d, o]) => lib.verifyLaporan(d, o as never), share: 0.01 },
  { name: 'bacaCsv', arb: args(csvText), call: ([t]) => lib.verifyLaporan(lib.bacaCsv(t as string)), share: 0.1 },
  // Reading a report's text (sakip/impor); the imported draft goes on to the verifier.
  { name: 'imporTeks (+ verifyLaporan)', arb: args(teksLaporan, imporOpsi), call: ([t, o]) => { const h = impor.imporTeks(t as never, o as never); return [h, lib.verifyLaporan(h.laporan)]; }, share: 0.02 },
  { name: 'bacaTeks', arb: args(teksLaporan), call: ([t]) => impor.bacaTeks(t as never), share: 0.05 },
  { name: 'imporBlok', arb: args(daftar(blok, 6), imporOpsi), call: ([b, o]) => impor.imporBlok(b as never, o as never), share: 0.1 },
  { name: 'metodeDari', arb: args(fc.oneof(barisTeks, hostile)), call: ([t]) => impor.metodeDari(t as never) },
  // Spreadsheet functions: never throw
  ...(
    [
      ['CAPAIAN', 5], ['PENJELASAN_CAPAIAN', 5], ['PREDIKAT', 3], ['SERAPAN', 3], ['SISA', 2], ['EFISIENSI', 4], ['RASIO', 3],
      ['ANGKA', 2], ['BULATKAN', 3], ['FORMAT_ANGKA', 2], ['FORMAT_RUPIAH', 2],
    ] as const
  ).map(([name, n]): Titik => ({
    name: `sheets.${name}`,
    arb: fc.array(cell, { minLength: 1, maxLength: n }),
    call: (a) => (sheets[name] as (...x: unknown[]) => unknown)(...a),
    sheet: true,
  })),
];
