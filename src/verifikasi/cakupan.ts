import { isDash } from '../angka/batas.js';
import { NUMBER_FIELDS, type BarisTerbaca, type NumberField } from './baca.js';
import { column, label, type Pencatat } from './konteks.js';

/**
 * Why a printed figure that looks derived was not recomputed:
 * - `sel-rusak`: the cell was garbled by the PDF conversion;
 * - `bukan-angka`: a text where a figure is expected ("Tercapai");
 * - `tanpa-masukan`: the inputs it follows from are not printed (or are texts or dashes);
 * - `masukan-tidak-lengkap`: a total, mean or parent whose parts are not all printed as figures;
 * - `tanpa-skala`: a predikat with no scale printed or named;
 * - `rumus-tidak-dikenal`: the stated method needs an input the row does not print;
 * - `masukan-negatif`: a negative pagu or realisasi, for which serapan is not defined.
 *
 * @category Verifikasi
 */
export type AlasanTidakDiperiksa =
  | 'sel-rusak'
  | 'bukan-angka'
  | 'tanpa-masukan'
  | 'masukan-tidak-lengkap'
  | 'tanpa-skala'
  | 'rumus-tidak-dikenal'
  | 'masukan-negatif';

/** A printed figure that looks derived but was not recomputed, and why. @category Verifikasi */
export interface TidakDiperiksa {
  readonly table: string;
  readonly row: string;
  readonly column: string;
  readonly rowId: string | null;
  readonly field: string;
  readonly printed: string;
  readonly reason: AlasanTidakDiperiksa;
  /** Indonesian, for a non-programmer. */
  readonly detail: string;
}

/** What a verification covered, for a report or one of its tables. @category Verifikasi */
export interface Cakupan {
  /** Printed figures read: number cells and predikat labels (a dash prints nothing and is not counted). */
  readonly read: number;
  /** Of those, the inputs (target, realisasi, pagu, …) that nothing else determines. */
  readonly inputs: number;
  /** Of those, the figures that follow from others (capaian, serapan, totals, predikat, …). */
  readonly derived: number;
  /** Derived figures recomputed (right or wrong). */
  readonly checked: number;
  /** Derived figures recomputed, by rule (`capaian-F1`, `serapan`, `jumlah-rincian`, `predikat`, …). */
  readonly rules: Readonly<Record<string, number>>;
  /** Derived figures that could not be recomputed, each with its reason. `checked + notChecked.length = derived`. */
  readonly notChecked: readonly TidakDiperiksa[];
}

/** The coverage of a report: its totals and one entry per table, in the dataset's order. @category Verifikasi */
export interface CakupanLaporan extends Cakupan {
  readonly tables: readonly (Cakupan & { readonly table: string })[];
}

const ROLLUP_FIELDS = new Set(['paguMurni', 'pagu', 'realisasiAnggaran', 'sisa']);

/** The printed fields of a row that look derived: what a reader expects to follow from other figures. */
function looksDerived(row: BarisTerbaca, hasChildren: boolean): Set<string> {
  const out = new Set<string>();
  const b = row.baris;
  for (const f of ['capaian', 'serapan', 'sisa', 'efisiensi'] as const) if (row.cells[f]) out.add(f);
  if (b.predikat !== undefined && !isDash(b.predikat)) out.add('predikat');
  if (b.agregat?.fungsi === 'efisiensi-kemenkeu') for (const f of ['efisiensi', 'nilai'] as const) row.cells[f] && out.add(f);
  else if (b.agregat) out.add(b.agregat.hasil ?? b.agregat.kolom);
  // The Kemenkeu NE follows from E.
  if ((b.metode ?? row.table.metode) === 'kemenkeu' && row.cells.nilai) out.add('nilai');
  if (hasChildren) for (const f of ROLLUP_FIELDS) if (row.cells[f as NumberField]) out.add(f);
  if (row.cells.pembilang && row.cells.penyebut) out.add(row.cells.realisasi ? 'realisasi' : 'capaian');
  if (row.periode.length > 0) {
    const f = b.periodeKolom ?? 'realisasi';
    if (row.cells[f as NumberField]) out.add(f);
  }
  // A dash prints nothing: there is no figure to check.
  for (const f of out) if (row.cells[f as NumberField]?.dash) out.delete(f);
  return out;
}

/** The inputs each derived field follows from, for naming a garbled one. */
const INPUTS: Record<string, readonly NumberField[]> = {
  capaian: ['target', 'realisasi', 'outputTarget', 'outputRealisasi'],
  serapan: ['pagu', 'paguMurni', 'realisasiAnggaran'],
  sisa: ['pagu', 'paguMurni', 'realisasiAnggaran'],
  efisiensi: ['capaian', 'serapan', 'pagu', 'realisasiAnggaran'],
  predikat: ['nilai', 'capaian'],
};

const has = (row: BarisTerbaca, f: NumberField) => row.cells[f]?.value != null;

/** The reason a derived figure was not checked, when no check recorded a better one. */
function reasonOf(row: BarisTerbaca, field: string): { reason: AlasanTidakDiperiksa; detail: string } {
  const cell = row.cells[field as NumberField];
  if (cell?.garbled) return { reason: 'sel-rusak', detail: 'sel rusak pada teks laporan' };
  if (cell && cell.value === null) return { reason: 'bukan-angka', detail: `"${cell.printed}" bukan angka` };
  const b = row.baris;
  const rusak = (INPUTS[field] ?? []).filter((f) => row.cells[f]?.garbled);
  if (rusak.length > 0) return { reason: 'sel-rusak', detail: `masukannya rusak pada teks laporan: ${rusak.map((f) => column(row, f)).join(', ')}` };
  if (b.agregat && (b.agregat.hasil ?? b.agregat.kolom) === field) return { reason: 'masukan-tidak-lengkap', detail: 'tidak semua angka yang dirujuk tercetak sebagai angka' };
  if (field === 'predikat') {
    if (!(b.skala ?? row.table.skala)) return { reason: 'tanpa-skala', detail: 'laporan tidak mencetak atau menyebut skala predikat' };
    return { reason: 'tanpa-masukan', detail: 'nilai atau capaian yang dinilai tidak tercetak sebagai angka' };
  }
  if (field === 'capaian') return { reason: 'tanpa-masukan', detail: 'target dan realisasi tidak tercetak sebagai angka' };
  if (field === 'serapan' || field === 'sisa') {
    if (!(has(row, 'pagu') || has(row, 'paguMurni')) || !has(row, 'realisasiAnggaran')) return { reason: 'tanpa-masukan', detail: 'pagu dan realisasi anggaran tidak tercetak' };
  }
  if (ROLLUP_FIELDS.has(field)) return { reason: 'masukan-tidak-lengkap', detail: 'tidak semua rinciannya tercetak sebagai angka' };
  if (field === 'efisiensi') return { reason: 'tanpa-masukan', detail: 'capaian dan serapan tidak tercetak' };
  return { reason: 'tanpa-masukan', detail: 'angka masukannya tidak tercetak' };
}

/** Counts what a verification read, recomputed and could not recompute, per table and in all. */
export function hitungCakupan(rows: readonly BarisTerbaca[], parents: ReadonlySet<string>, log: Pencatat): CakupanLaporan {
  const tables = new Map<string, { read: number; inputs: number; rules: Record<string, number>; checked: number; notChecked: TidakDiperiksa[] }>();
  for (const row of rows) {
    let t = tables.get(row.table.id);
    if (!t) tables.set(row.table.id, (t = { read: 0, inputs: 0, rules: {}, checked: 0, notChecked: [] }));
    const checked = log.checked.get(row);
    const derived = looksDerived(row, row.baris.id !== undefined && parents.has(row.baris.id));
    // A recomputed figure is derived; a copy of another figure (rule `salinan`) is derived only if it looks so.
    for (const [f, rule] of checked ?? []) if (rule !== 'salinan') derived.add(f);
    // Figures per period are inputs of the year's figure.
    const periods = row.periode.filter((p) => !p.cell.dash).length;
    t.read += periods;
    t.inputs += periods;
    const printed = [...NUMBER_FIELDS.filter((f) => row.cells[f] && !row.cells[f]!.dash), ...(derived.has('predikat') ? ['predikat'] : [])];
    for (const f of printed) {
      t.read++;
      if (!derived.has(f)) {
        t.inputs++;
        continue;
      }
      const rule = checked?.get(f);
      if (rule !== undefined) {
        t.checked++;
        t.rules[rule] = (t.rules[rule] ?? 0) + 1;
        continue;
      }
      const why = log.skipped.get(row)?.get(f) ?? reasonOf(row, f);
      t.notChecked.push(
        Object.freeze({
          table: row.table.id,
          row: label(row),
          column: column(row, f),
          rowId: row.baris.id ?? null,
          field: f,
          printed: f === 'predikat' ? row.baris.predikat! : row.cells[f as NumberField]!.printed,
          reason: why.reason,
          detail: why.detail,
        }),
      );
    }
  }
  const per = [...tables].map(([table, t]) =>
    Object.freeze({ table, read: t.read, inputs: t.inputs, derived: t.checked + t.notChecked.length, checked: t.checked, rules: Object.freeze(t.rules), notChecked: Object.freeze(t.notChecked) }),
  );
  const rules: Record<string, number> = {};
  for (const t of per) for (const [r, n] of Object.entries(t.rules)) rules[r] = (rules[r] ?? 0) + n;
  const sum = (k: 'read' | 'inputs' | 'derived' | 'checked') => per.reduce((n, t) => n + t[k], 0);
  return Object.freeze({
    read: sum('read'),
    inputs: sum('inputs'),
    derived: sum('derived'),
    checked: sum('checked'),
    rules: Object.freeze(rules),
    notChecked: Object.freeze(per.flatMap((t) => t.notChecked)),
    tables: Object.freeze(per),
  });
}
