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
export function nodeProgram(program: Program): NodeAnggaran {
  return {
    ...amounts(program),
    level: 'program',
    anak: (program.kegiatan ?? []).map((k: Kegiatan) => ({
      ...amounts(k),
      level: 'kegiatan' as const,
      anak: (k.subKegiatan ?? []).map((s: SubKegiatan) => ({ ...amounts(s), level: 'subkegiatan' as const })),
    })),
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
