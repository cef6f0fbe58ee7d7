import { NUMBER_FIELDS } from './baca.js';
import type { DatasetLaporan } from './dataset.js';
import type { Pencatat } from './konteks.js';
import { kodeTemuan, type Temuan } from './temuan.js';

// Findings that do not say which of two figures is wrong: nothing to correct.
const BUKAN_KOREKSI = new Set<string>(['ANGKA_BEDA', 'PAGU_REALISASI_TERTUKAR']);
const ANGKA = new Set<string>(NUMBER_FIELDS);
// A chain (a realisasi, the capaian from it, the mean of those capaian) is a few steps long.
const PUTARAN = 4;
const JALUR = /^tabel\[(\d+)\]\.baris\[(\d+)\]$/;

interface Koreksi {
  readonly path: string;
  readonly field: string;
  /** The column as the report heads it, for messages. */
  readonly kolom: string;
  readonly printed: string;
  readonly benar: string;
}

/** The dataset with the given cells printed as they should be. */
function terapkan(data: DatasetLaporan, koreksi: Iterable<Koreksi>): DatasetLaporan {
  const tabel = data.tabel.map((t) => ({ ...t, baris: [...t.baris] }));
  for (const k of koreksi) {
    const m = JALUR.exec(k.path);
    if (!m) continue;
    const t = tabel[Number(m[1])]!;
    const i = Number(m[2]);
    t.baris[i] = { ...t.baris[i]!, [k.field]: k.benar } as (typeof t.baris)[number];
  }
  return { ...data, tabel } as DatasetLaporan;
}

/**
 * Figures that follow rightly from a printed figure that is itself wrong (a capaian from a
 * miscounted realisasi, the mean of such capaian): right as printed, wrong once the wrong figure
 * is corrected. Found by verifying again with every wrong figure replaced by its recomputation,
 * a few times over for chains; each becomes a `DIHITUNG_DARI_ANGKA_SALAH` warning carrying the
 * value it would have.
 */
export function dariAngkaSalah(data: DatasetLaporan, log: Pencatat, periksa: (data: DatasetLaporan) => Pencatat): Temuan[] {
  const key = (path: string, field: string) => `${path}|${field}`;
  const ditandai = new Set<string>();
  const koreksi = new Map<string, Koreksi>();
  for (const f of log.findings) {
    const path = log.jalur.get(f);
    if (path === undefined || f.field === null) continue;
    const k = key(path, f.field);
    if (f.severity !== 'info') ditandai.add(k);
    if (f.severity === 'error' && ANGKA.has(f.field) && f.recomputedPrinted !== null && f.published !== null && !BUKAN_KOREKSI.has(f.code) && !koreksi.has(k)) {
      koreksi.set(k, { path, field: f.field, kolom: f.location.column, printed: f.published, benar: f.recomputedPrinted });
    }
  }
  const out: Temuan[] = [];
  for (let putaran = 0; putaran < PUTARAN && koreksi.size > 0; putaran++) {
    let ulang: Pencatat;
    try {
      ulang = periksa(terapkan(data, koreksi.values()));
    } catch {
      // A correction the dataset cannot hold (another number style in that column): stop here.
      break;
    }
    const baru: Koreksi[] = [];
    for (const f of ulang.findings) {
      const path = ulang.jalur.get(f);
      if (path === undefined || f.field === null || f.severity !== 'error' || !ANGKA.has(f.field) || f.recomputedPrinted === null || f.published === null) continue;
      const k = key(path, f.field);
      if (ditandai.has(k) || koreksi.has(k)) continue;
      ditandai.add(k);
      baru.push({ path, field: f.field, kolom: f.location.column, printed: f.published, benar: f.recomputedPrinted });
      const sebab = [...koreksi.values()].filter((x) => x.path === path).map((x) => `${x.kolom} ${x.printed} seharusnya ${x.benar}`);
      out.push(
        Object.freeze({
          code: 'DIHITUNG_DARI_ANGKA_SALAH' as const,
          severity: kodeTemuan.DIHITUNG_DARI_ANGKA_SALAH.severity,
          location: f.location,
          published: f.published,
          recomputed: f.recomputed,
          recomputedPrinted: f.recomputedPrinted,
          message: `${f.location.column} ${f.published} mengikuti angka tercetak yang salah (${sebab.length > 0 ? sebab.join('; ') : 'angka yang dirujuknya'}). Dengan angka yang benar: ${f.message}`,
          rowId: f.rowId,
          field: f.field,
        }),
      );
    }
    if (baru.length === 0) break;
    for (const b of baru) koreksi.set(key(b.path, b.field), b);
  }
  return out;
}
