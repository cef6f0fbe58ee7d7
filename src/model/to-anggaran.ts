import { daftar, objek } from '../angka/bentuk.js';
import type { NodeAnggaran } from '../anggaran/tree.js';
import type { Kegiatan, Program, SubKegiatan } from './anggaran.js';

/**
 * The budget tree of a program model, ready for {@link rollupAnggaran} and {@link verifyAnggaran}.
 *
 * @category Model
 * @example
 * ```ts
 * import { nodeProgram, verifyAnggaran } from 'sakip';
 * verifyAnggaran(nodeProgram({ nama: 'P', pagu: 300, kegiatan: [{ nama: 'K', pagu: 200 }] })).length; // 1
 * ```
 */
export function nodeProgram(raw: Program): NodeAnggaran {
  const program = objek<Program>(raw, 'program');
  const list = <T>(x: T[] | undefined, field: string): T[] => (x === undefined || x === null ? [] : daftar(x, field));
  return {
    ...amounts(program),
    level: 'program',
    anak: list(program.kegiatan, 'program.kegiatan').map((rawK: Kegiatan, i) => {
      const k = objek<Kegiatan>(rawK, `program.kegiatan[${i}]`);
      return {
        ...amounts(k),
        level: 'kegiatan' as const,
        anak: list(k.subKegiatan, `program.kegiatan[${i}].subKegiatan`).map((s: SubKegiatan, j) => ({
          ...amounts(objek<SubKegiatan>(s, `program.kegiatan[${i}].subKegiatan[${j}]`)),
          level: 'subkegiatan' as const,
        })),
      };
    }),
  };
}

function amounts(line: SubKegiatan): NodeAnggaran {
  return {
    nama: line.nama,
    ...(line.kode !== undefined ? { kode: line.kode } : {}),
    pagu: line.pagu ?? null,
    paguMurni: line.paguMurni ?? null,
    realisasi: line.realisasi ?? null,
    ...(line.output ? { output: line.output } : {}),
  };
}
