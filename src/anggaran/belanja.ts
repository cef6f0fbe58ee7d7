import { cekPanjang } from '../angka/batas.js';
import { daftar, objek } from '../angka/bentuk.js';
import type { Angka, InputOptions } from '../angka/input.js';
import { ErrorCode, SakipError } from '../errors.js';
import { rollupAnggaran, type NodeAnggaran, type HasilRollupAnggaran } from './tree.js';

/**
 * Economic classification of regional spending (kode rekening belanja), Permendagri 90/2019 and
 * Kepmendagri 050-5889/2021.
 *
 * @category Anggaran
 * @example
 * ```ts
 * import { jenisBelanja } from 'sakip';
 * jenisBelanja['5.1.06']; // 'Belanja Bantuan Sosial'
 * ```
 */
export const jenisBelanja: Readonly<Record<string, string>> = Object.freeze({
  '5': 'Belanja Daerah',
  '5.1': 'Belanja Operasi',
  '5.1.01': 'Belanja Pegawai',
  '5.1.02': 'Belanja Barang dan Jasa',
  '5.1.03': 'Belanja Bunga',
  '5.1.04': 'Belanja Subsidi',
  '5.1.05': 'Belanja Hibah',
  '5.1.06': 'Belanja Bantuan Sosial',
  '5.2': 'Belanja Modal',
  '5.2.01': 'Belanja Modal Tanah',
  '5.2.02': 'Belanja Modal Peralatan dan Mesin',
  '5.2.03': 'Belanja Modal Gedung dan Bangunan',
  '5.2.04': 'Belanja Modal Jalan, Jaringan, dan Irigasi',
  '5.2.05': 'Belanja Modal Aset Tetap Lainnya',
  '5.2.06': 'Belanja Modal Aset Lainnya',
  '5.3': 'Belanja Tidak Terduga',
  '5.4': 'Belanja Transfer',
});

/** One spending line by economic code. @category Anggaran */
export interface BarisBelanja {
  kode: string;
  pagu: Angka;
  realisasi?: Angka | null;
  paguMurni?: Angka | null;
}

/**
 * Groups spending lines by their economic code into a tree rooted at 5 (Belanja Daerah), summing
 * each level (5.1.01 + 5.1.02 + … = 5.1; 5.1 + 5.2 = 5).
 *
 * @category Anggaran
 * @example
 * ```ts
 * import { rekapBelanja } from 'sakip';
 * const r = rekapBelanja([
 *   { kode: '5.1.01', pagu: '4.875.610.244', realisasi: 0 },
 *   { kode: '5.2.02', pagu: '213.776.000', realisasi: 0 },
 * ], { locale: 'id' });
 * r.pagu?.toString(); // '5089386244'
 * ```
 */
export function rekapBelanja(rows: readonly BarisBelanja[], options: InputOptions = {}): HasilRollupAnggaran {
  return rollupAnggaran(pohonBelanja(rows), options);
}

/**
 * The budget tree of spending lines by economic code, rooted at 5; pass it to
 * {@link verifyAnggaran} to compare stated subtotals (5.1, 5.2) with their lines.
 *
 * @category Anggaran
 * @example
 * ```ts
 * import { pohonBelanja, verifyAnggaran } from 'sakip';
 * const tree = pohonBelanja([
 *   { kode: '5.1', pagu: '22.522.047.378' },
 *   { kode: '5.1.01', pagu: '4.875.610.244' },
 *   { kode: '5.1.02', pagu: '12.015.827.130' },
 *   { kode: '5.1.06', pagu: '5.630.637.004' },
 * ]);
 * verifyAnggaran(tree, { locale: 'id' })[0]?.selisih.toString(); // '-27000'
 * ```
 */
export function pohonBelanja(rows: readonly BarisBelanja[]): NodeAnggaran {
  type Node = NodeAnggaran & { anak: Node[] };
  const root: Node = { kode: '5', nama: jenisBelanja['5']!, level: 'jenis-belanja', anak: [] };
  const byCode = new Map<string, Node>([['5', root]]);
  const nodeOf = (kode: string): Node => {
    let node = root;
    const parts = kode.split('.');
    for (let i = 2; i <= parts.length; i++) {
      const k = parts.slice(0, i).join('.');
      let next = byCode.get(k);
      if (!next) {
        next = { kode: k, nama: jenisBelanja[k] ?? k, level: 'jenis-belanja', anak: [] };
        byCode.set(k, next);
        node.anak.push(next);
      }
      node = next;
    }
    return node;
  };
  const seen = new Set<string>();
  daftar(rows, 'rows').forEach((raw, i) => {
    const row = objek<BarisBelanja>(raw, `rows[${i}]`);
    if (typeof row.kode === 'string') cekPanjang(row.kode, `rows[${i}].kode`);
    if (typeof row.kode !== 'string' || !/^5(\.\d+)*$/.test(row.kode)) {
      throw new SakipError(ErrorCode.INVALID_TREE, `rows[${i}].kode`, row.kode, 'kode belanja harus 5 atau 5.x…');
    }
    if (seen.has(row.kode)) throw new SakipError(ErrorCode.INVALID_TREE, `rows[${i}].kode`, row.kode, 'kode ganda');
    seen.add(row.kode);
    // A stated parent (5.1) keeps its printed amounts; verifyAnggaran compares them with its children.
    Object.assign(nodeOf(row.kode), { pagu: row.pagu, realisasi: row.realisasi ?? null, paguMurni: row.paguMurni ?? null });
  });
  return root;
}
