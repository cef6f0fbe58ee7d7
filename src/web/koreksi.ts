// Corrections an auditor makes in the page to an imported draft: a column's meaning, a table's
// number style, a row's parent. Each is data, applied to a copy of the draft in order, and
// recorded in the dataset's `catatan`, so that the downloaded dataset says how it was obtained.
import { ErrorCode, SakipError } from '../errors.js';
import type { Baris, DatasetLaporan, Tabel } from '../index.js';

/** The fields of a row that hold a printed figure: the ones a column can be read as. */
export const MEDAN_ANGKA = ['target', 'realisasi', 'pembilang', 'penyebut', 'capaian', 'nilai', 'paguMurni', 'pagu', 'realisasiAnggaran', 'serapan', 'sisa', 'outputTarget', 'outputRealisasi', 'efisiensi'] as const;
export type MedanAngka = (typeof MEDAN_ANGKA)[number];

/** One correction: `ke: null` reads the column as no figure at all, `locale: null` / `induk: null` undo. */
export type Koreksi =
  | { readonly jenis: 'kolom'; readonly tabel: string; readonly dari: MedanAngka; readonly ke: MedanAngka | null }
  | { readonly jenis: 'gaya'; readonly tabel: string; readonly locale: 'id' | 'en' | null }
  | { readonly jenis: 'induk'; readonly tabel: string; readonly baris: string; readonly induk: string | null };

type Row = Record<string, unknown> & Baris;

const salah = (field: string, value: unknown, detail: string) => new SakipError(ErrorCode.INVALID_OPTION, field, value, detail);
const adalahMedan = (x: unknown): x is MedanAngka => typeof x === 'string' && (MEDAN_ANGKA as readonly string[]).includes(x);

/** The figure fields the rows of a table carry, in the order of {@link MEDAN_ANGKA}. */
export function medanTabel(tabel: Tabel): MedanAngka[] {
  return MEDAN_ANGKA.filter((m) => tabel.baris.some((b) => (b as Row)[m] !== undefined));
}

/**
 * The draft with every correction applied in order; the draft itself is not changed.
 *
 * @throws {@link SakipError} `SAKIP_INVALID_OPTION` naming the correction for a table or row that
 * is not in the dataset, a field that holds no figure, or a parent that would make a cycle.
 * (No @example: this module is the page's own, not the library's API; test/web.test.ts drives it.)
 */
export function terapkan(draf: DatasetLaporan, koreksi: readonly Koreksi[]): DatasetLaporan {
  // A deep copy: the dataset is plain JSON (it came from JSON or from the importer).
  const data = JSON.parse(JSON.stringify(draf)) as DatasetLaporan;
  const catatan = [...(data.catatan ?? [])];
  for (const [i, k] of koreksi.entries()) {
    const at = `koreksi[${i}]`;
    const tabel = data.tabel.find((t) => t.id === k.tabel);
    if (!tabel) throw salah(`${at}.tabel`, k.tabel, 'tabel tidak ada di dataset / no such table in the dataset');
    if (k.jenis === 'kolom') catatan.push(gantiKolom(data, tabel, k, at));
    else if (k.jenis === 'gaya') catatan.push(gantiGaya(draf, tabel, k.locale));
    else catatan.push(gantiInduk(data, tabel, k.baris, k.induk, at));
  }
  data.catatan = catatan;
  return data;
}

/** Renames a figure field through one table; when the new field is taken too, the two swap. */
function gantiKolom(data: DatasetLaporan, tabel: Tabel, k: Extract<Koreksi, { jenis: 'kolom' }>, at: string): string {
  if (!adalahMedan(k.dari)) throw salah(`${at}.dari`, k.dari, 'bukan medan angka / not a figure field');
  if (k.ke !== null && !adalahMedan(k.ke)) throw salah(`${at}.ke`, k.ke, 'bukan medan angka / not a figure field');
  const { dari, ke } = k;
  const judul = tabel.kolom?.[dari] ?? dari;
  const ids = new Set(tabel.baris.map((b) => b.id).filter((x): x is string => x !== undefined));
  // One mapping for every place a field name appears: a → b and, on a swap, b → a.
  const peta = (m: string | undefined): string | null | undefined => (m === dari ? ke : ke !== null && m === ke ? dari : m);
  // Moves the cells of the two fields of one record (a row, or a table's per-column record).
  const pindah = (rec: Record<string, unknown>) => {
    const lama = { [dari]: rec[dari], ...(ke ? { [ke]: rec[ke] } : {}) };
    for (const m of Object.keys(lama)) delete rec[m];
    for (const [m, v] of Object.entries(lama)) {
      const baru = peta(m);
      if (baru && v !== undefined) rec[baru] = v;
    }
  };
  for (const b of tabel.baris as Row[]) {
    pindah(b as Record<string, unknown>);
    if (b.agregat) {
      const kolom = peta(b.agregat.kolom);
      const hasil = peta(b.agregat.hasil ?? b.agregat.kolom);
      // An aggregate of a column that is no figure any more has nothing to check.
      if (!kolom || !hasil) delete b.agregat;
      else b.agregat = { ...b.agregat, kolom, ...(b.agregat.hasil !== undefined || hasil !== kolom ? { hasil } : {}), dari: b.agregat.dari.map((d) => rujukan(d, ids, peta) ?? d) };
    }
    if (b.periodeKolom !== undefined) {
      const p = peta(b.periodeKolom);
      if (adalahMedan(p)) b.periodeKolom = p;
      else delete b.periodeKolom;
    }
  }
  for (const rec of [tabel.kolom, tabel.localeKolom] as (Record<string, unknown> | undefined)[]) if (rec) pindah(rec);
  if (data.sama) {
    const sama = [];
    for (const s of data.sama) {
      const a = rujukan(s.a, ids, peta);
      const b = rujukan(s.b, ids, peta);
      if (a !== null && b !== null) sama.push({ ...s, a: a ?? s.a, b: b ?? s.b });
    }
    data.sama = sama;
  }
  const jadi = ke === null ? 'bukan angka / not a figure' : ke;
  return `Koreksi di halaman pemeriksa / corrected in the auditor's page: ${tabel.id}: kolom "${judul}" (${dari}) dibaca sebagai / read as ${jadi}${ke && medanDipakai(tabel, dari) ? ` (ditukar dengan ${ke} / swapped with ${ke})` : ''}.`;
}

/** True when, after the swap, the old field is still in use (the new one had figures too). */
function medanDipakai(tabel: Tabel, m: string): boolean {
  return tabel.baris.some((b) => (b as Row)[m] !== undefined);
}

/** `rowId.field` with the field mapped when the row is in this table: undefined = not such a reference, null = its field is gone. */
function rujukan(ref: string, ids: Set<string>, peta: (m: string) => string | null | undefined): string | null | undefined {
  const dot = ref.lastIndexOf('.');
  if (dot < 1 || !ids.has(ref.slice(0, dot))) return undefined;
  const m = peta(ref.slice(dot + 1));
  return m === null || m === undefined ? null : `${ref.slice(0, dot)}.${m}`;
}

/** Sets a table's number style (its columns' own styles give way); null restores the draft's. */
function gantiGaya(draf: DatasetLaporan, tabel: Tabel, locale: 'id' | 'en' | null): string {
  const asli = draf.tabel.find((t) => t.id === tabel.id)!;
  delete tabel.locale;
  delete tabel.localeKolom;
  if (locale !== null) tabel.locale = locale;
  else {
    if (asli.locale) tabel.locale = asli.locale;
    if (asli.localeKolom) tabel.localeKolom = { ...asli.localeKolom };
  }
  const gaya = locale === 'id' ? 'id (1.234,56)' : locale === 'en' ? 'en (1,234.56)' : 'seperti dibaca / as read';
  return `Koreksi di halaman pemeriksa / corrected in the auditor's page: ${tabel.id}: gaya angka / number style ${gaya}.`;
}

/** Makes `induk` the parent of `baris` (null: no parent); a row of any table, never a cycle. */
function gantiInduk(data: DatasetLaporan, tabel: Tabel, baris: string, induk: string | null, at: string): string {
  const row = tabel.baris.find((b) => b.id === baris);
  if (!row) throw salah(`${at}.baris`, baris, `baris tidak ada di ${tabel.id} / no such row in ${tabel.id}`);
  if (induk === null) {
    delete row.induk;
    return `Koreksi di halaman pemeriksa / corrected in the auditor's page: ${tabel.id}: baris "${row.nama}" tanpa induk / no parent.`;
  }
  const semua = new Map(data.tabel.flatMap((t) => t.baris).filter((b) => b.id !== undefined).map((b) => [b.id!, b]));
  const parent = semua.get(induk);
  if (!parent) throw salah(`${at}.induk`, induk, 'baris induk tidak ada di dataset / no such parent row in the dataset');
  // Up the chain from the new parent: reaching the row itself would make it its own ancestor.
  const seen = new Set<string>();
  for (let p: Baris | undefined = parent; p?.id !== undefined && !seen.has(p.id); p = p.induk ? semua.get(p.induk) : undefined) {
    if (p.id === baris) throw salah(`${at}.induk`, induk, 'induk ini membuat lingkaran / this parent makes a cycle');
    seen.add(p.id);
  }
  row.induk = induk;
  return `Koreksi di halaman pemeriksa / corrected in the auditor's page: ${tabel.id}: induk baris "${row.nama}" / parent of row "${row.nama}": "${parent.nama}".`;
}
