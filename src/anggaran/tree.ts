import { BATAS_MASUKAN } from '../angka/batas.js';
import { daftar, objek, opsi, susunan } from '../angka/bentuk.js';
import { frozen, type Decimal } from '../angka/decimal.js';
import { isBlank, type Angka, type InputOptions } from '../angka/input.js';
import { inputText } from '../angka/result.js';
import { ErrorCode, SakipError } from '../errors.js';
import { nonNegative } from '../angka/nonnegatif.js';
import { jumlahRincian, kebijakanKosong, type KosongRollup, type RollupOptions } from './rollup.js';
import { serapan, type HasilSerapan } from './serapan.js';

/** Level of a budget line in the Permendagri 90/2019 nomenclature. @category Anggaran */
export type LevelAnggaran = 'urusan' | 'program' | 'kegiatan' | 'subkegiatan' | 'jenis-belanja';

/** Output indicator of a budget line. @category Anggaran */
export interface OutputAnggaran {
  indikator?: string;
  satuan?: string;
  target?: Angka | null;
  realisasi?: Angka | null;
}

/** A budget line with its children, as a report prints it. Amounts may be left out on parents. @category Anggaran */
export interface NodeAnggaran {
  kode?: string;
  nama: string;
  level?: LevelAnggaran;
  /** Pagu after the amendment (or the only pagu printed). */
  pagu?: Angka | null;
  /** Pagu before the amendment (APBD murni). */
  paguMurni?: Angka | null;
  realisasi?: Angka | null;
  output?: OutputAnggaran;
  anak?: NodeAnggaran[];
}

/** The amount fields that roll up from children to parents. @category Anggaran */
export const AMOUNT_FIELDS = Object.freeze(['pagu', 'paguMurni', 'realisasi'] as const);
/** @category Anggaran */
export type AmountField = (typeof AMOUNT_FIELDS)[number];

/** A node after {@link rollupAnggaran}: every amount known (stated, or summed from children). @category Anggaran */
export interface HasilRollupAnggaran {
  readonly kode: string | null;
  readonly nama: string;
  readonly level: LevelAnggaran | null;
  readonly pagu: Decimal | null;
  readonly paguMurni: Decimal | null;
  readonly realisasi: Decimal | null;
  /** Σ of the children's amounts (null for a leaf). */
  readonly jumlahAnak: Readonly<Record<AmountField, Decimal | null>> | null;
  readonly serapan: HasilSerapan | null;
  readonly anak: readonly HasilRollupAnggaran[];
  /** The amounts the node states itself (the others are summed from its children). */
  readonly dinyatakan: readonly AmountField[];
}

/** A parent whose stated amount differs from the sum of its children. @category Anggaran */
export interface SelisihAnggaran {
  /** Codes (or names) from the root to the node. */
  readonly path: readonly string[];
  readonly field: AmountField;
  readonly stated: Decimal;
  readonly jumlahAnak: Decimal;
  /** stated − jumlahAnak */
  readonly selisih: Decimal;
  readonly message: string;
}

/**
 * Rolls a budget tree up: each amount a parent does not state is the sum of its children; each
 * node gets its serapan. Stated amounts are kept as printed (use {@link verifyAnggaran} to
 * compare them with their children). A child without the amount makes the parent's sum unknown
 * (`kosong: 'tidak-diketahui'`, the default) or adds 0 (`kosong: 'nol'`, as {@link rollupKolom}
 * does by default).
 *
 * @category Anggaran
 * @example
 * ```ts
 * import { rollupAnggaran } from 'sakip';
 * const t = rollupAnggaran({ nama: 'Program', anak: [
 *   { nama: 'Sub 1', pagu: 100, realisasi: 90 }, { nama: 'Sub 2', pagu: 50, realisasi: 50 } ] });
 * t.pagu?.toString();             // '150'
 * t.serapan?.value?.toFixed(2);   // '93.33'
 * const belum = { nama: 'Program', anak: [{ nama: 'Sub 1', pagu: 100, realisasi: 90 }, { nama: 'Sub 2', pagu: 50 }] };
 * rollupAnggaran(belum).serapan?.reason;                            // 'realisasi-kosong'
 * rollupAnggaran(belum, { kosong: 'nol' }).serapan?.value?.toString(); // '60'
 * ```
 */
export function rollupAnggaran(node: NodeAnggaran, rawOptions: InputOptions & RollupOptions = {}): HasilRollupAnggaran {
  const options = opsi(rawOptions);
  return roll(node, 'root', options, kebijakanKosong(options.kosong ?? 'tidak-diketahui'), 0);
}

function roll(raw: NodeAnggaran, where: string, options: InputOptions, kosong: KosongRollup, depth: number): HasilRollupAnggaran {
  if (!raw || typeof raw !== 'object' || susunan(raw, where)) {
    throw new SakipError(ErrorCode.INVALID_TREE, where, raw, 'setiap baris anggaran wajib punya nama');
  }
  // A real tree has five levels; a deeper one is refused before the recursion could exhaust the stack.
  if (depth > BATAS_MASUKAN.kedalaman) throw new SakipError(ErrorCode.OUT_OF_RANGE, where, `kedalaman ${depth}`);
  const node = objek<NodeAnggaran>(raw, where);
  if (typeof node.nama !== 'string') throw new SakipError(ErrorCode.INVALID_TREE, where, raw, 'setiap baris anggaran wajib punya nama');
  // What a result echoes must be plain text: a code or a level of another type is refused, not carried along.
  for (const k of ['kode', 'level'] as const) {
    if (!isBlank(node[k]) && typeof node[k] !== 'string') throw new SakipError(ErrorCode.INVALID_TREE, `${where}.${k}`, node[k], 'harus teks');
  }
  const kids = (node.anak === undefined || node.anak === null ? [] : daftar(node.anak, `${where}.anak`)).map((c, i) =>
    roll(c, `${where}.anak[${i}]`, options, kosong, depth + 1));
  const sums = kids.length === 0 ? null : sumChildren(kids, kosong);
  const dinyatakan: AmountField[] = [];
  const amount = (field: AmountField): Decimal | null => {
    const value = node[field];
    if (isBlank(value)) return sums?.[field] ?? null;
    dinyatakan.push(field);
    return nonNegative(value, `${where}.${field}`, options);
  };
  const pagu = amount('pagu');
  const paguMurni = amount('paguMurni');
  const realisasi = amount('realisasi');
  return frozen({
    kode: node.kode ?? null,
    nama: node.nama,
    level: node.level ?? null,
    pagu,
    paguMurni,
    realisasi,
    jumlahAnak: sums,
    serapan: pagu === null ? null : serapan({ pagu, realisasi }),
    anak: frozen(kids),
    dinyatakan: frozen(dinyatakan),
  });
}

function sumChildren(kids: readonly HasilRollupAnggaran[], kosong: KosongRollup): Readonly<Record<AmountField, Decimal | null>> {
  const out = {} as Record<AmountField, Decimal | null>;
  for (const field of AMOUNT_FIELDS) out[field] = jumlahRincian(kids.map((k) => k[field]), kosong);
  return frozen(out);
}

/**
 * Compares every stated parent amount with the sum of its children and lists the differences.
 *
 * @category Anggaran
 * @example
 * ```ts
 * import { verifyAnggaran } from 'sakip';
 * verifyAnggaran({ nama: 'JUMLAH', realisasi: '11.439.239.889', anak: [
 *   { nama: 'Sasaran 1', realisasi: '5.473.751.535' }, { nama: 'Sasaran 2', realisasi: '5.960.778.324' } ] },
 *   { locale: 'id' })[0]?.selisih.toString(); // '4710030'
 * ```
 */
export function verifyAnggaran(node: NodeAnggaran, options: InputOptions & RollupOptions = {}): SelisihAnggaran[] {
  const out: SelisihAnggaran[] = [];
  const r = rollupAnggaran(node, options);
  walk(r, node, [], out);
  return out;
}

function walk(r: HasilRollupAnggaran, raw: NodeAnggaran, path: string[], out: SelisihAnggaran[]): void {
  const here = [...path, r.kode ?? r.nama];
  if (r.jumlahAnak) {
    for (const field of AMOUNT_FIELDS) {
      // The rollup kept a stated amount as stated; a summed one is not a difference.
      const stated = r.dinyatakan.includes(field) ? r[field] : null;
      const sum = r.jumlahAnak[field];
      if (stated === null || sum === null || stated.eq(sum)) continue;
      const selisih = stated.minus(sum);
      out.push(
        frozen({
          path: frozen(here),
          field,
          stated,
          jumlahAnak: sum,
          selisih,
          message: `${here.join(' › ')}: ${field} tercetak ${inputText(stated)} tetapi jumlah rinciannya ${inputText(sum)} (selisih ${inputText(selisih)})`,
        }),
      );
    }
  }
  r.anak.forEach((k) => walk(k, raw, here, out));
}
