import { Decimal } from '../angka/decimal.js';
import { capaian, type HasilCapaian } from '../capaian/capaian.js';
import { rasio } from '../capaian/rasio.js';
import type { Arah, RumusId } from '../capaian/rumus.js';
import { defaultRumus, rumusBerbeda, rumusCapaian, rumusSah, rumusSetara } from '../capaian/rumus.js';
import { angka, banding, isAggregate, Pencatat, ROUNDING_TEXT, tampil } from './konteks.js';
import type { BarisTerbaca, NumberField } from './baca.js';
import type { Teliti } from './periksa-agregat.js';

/** The lower-is-better formulas that give different numbers (F2, standing for F3, and F4), from the formula table. */
const NEGATIF_SAH: readonly RumusId[] = rumusBerbeda(rumusSah('negatif'));

/** A row's capaian under a formula, from its printed target and realisasi (or output target / realisasi); null without them. */
function hitungCapaian(row: BarisTerbaca, arah: Arah, r: RumusId): HasilCapaian | null {
  const b = row.baris;
  const useOutput = b.target === undefined && b.outputTarget !== undefined;
  const tField = useOutput ? 'outputTarget' : 'target';
  const rField = useOutput ? 'outputRealisasi' : 'realisasi';
  const cap = row.batasAtas === undefined ? {} : { batasAtas: new Decimal(row.batasAtas) };
  if (b.ordinal && typeof b[tField] === 'string' && typeof b[rField] === 'string') {
    return capaian({ target: b[tField] as string, realisasi: b[rField] as string }, { arah, rumus: r, ordinal: b.ordinal, ...cap });
  }
  const t = angka(row, tField);
  const re = angka(row, rField);
  if (!t || !re) return null;
  return capaian({ target: t.value, realisasi: re.value }, { arah, rumus: r, ...cap });
}

const arahOf = (row: BarisTerbaca): Arah => row.baris.arah ?? row.table.arah ?? 'positif';

/**
 * Which lower-is-better formula (F2 or F4) a table follows in practice: per table, the rows whose
 * printed capaian only one of them reproduces. A row is judged by the table's OTHER rows; a tie
 * decides nothing.
 */
export function kebiasaanTabel(rows: readonly BarisTerbaca[]): (row: BarisTerbaca) => RumusId | undefined {
  const votes = new Map<BarisTerbaca['table'], Map<RumusId, number>>();
  const own = new Map<BarisTerbaca, RumusId>();
  for (const row of rows) {
    const printed = angka(row, 'capaian');
    if (!printed || isAggregate(row, 'capaian') || arahOf(row) !== 'negatif' || row.baris.rumus !== undefined) continue;
    const fits = NEGATIF_SAH.filter((r) => {
      const h = hitungCapaian(row, 'negatif', r);
      return h?.value != null && banding(h.value, printed.value, printed.decimals).kind !== 'mismatch';
    });
    if (fits.length !== 1) continue;
    const v = votes.get(row.table) ?? new Map<RumusId, number>();
    v.set(fits[0]!, (v.get(fits[0]!) ?? 0) + 1);
    votes.set(row.table, v);
    own.set(row, fits[0]!);
  }
  return (row) => {
    const v = votes.get(row.table);
    if (!v) return undefined;
    const mine = own.get(row);
    const counts = NEGATIF_SAH.map((r) => ({ r, n: (v.get(r) ?? 0) - (mine === r ? 1 : 0) })).sort((a, b) => b.n - a.n);
    return counts[0]!.n > (counts[1]?.n ?? 0) ? counts[0]!.r : undefined;
  };
}

/**
 * A cap on capaian that a table applies without stating it: a whole number of at least 100
 * printed as the capaian of rows whose own figures give more. A row is judged by the table's
 * OTHER rows, as for a formula practice: one capped row alone is no practice. Caps are an option
 * a report states (`batasAtas`), never a default (Kemenkeu caps its IKU index at 120, KMK
 * 467/KMK.01/2014; LKjIP tables print uncapped values), so a practice only softens the finding.
 */
export function batasTabel(rows: readonly BarisTerbaca[]): (row: BarisTerbaca) => Decimal | undefined {
  const counts = new Map<BarisTerbaca['table'], Map<string, number>>();
  const own = new Map<BarisTerbaca, string>();
  for (const row of rows) {
    const p = cappedAt(row);
    if (p === undefined) continue;
    const c = counts.get(row.table) ?? new Map<string, number>();
    c.set(p, (c.get(p) ?? 0) + 1);
    counts.set(row.table, c);
    own.set(row, p);
  }
  return (row) => {
    const p = own.get(row);
    return p !== undefined && (counts.get(row.table)?.get(p) ?? 0) >= 2 ? new Decimal(p) : undefined;
  };
}

/** The printed capaian of a row with no stated cap, when it is a whole number ≥ 100 below the row's own capaian. */
function cappedAt(row: BarisTerbaca): string | undefined {
  const printed = angka(row, 'capaian');
  if (!printed || row.batasAtas !== undefined || isAggregate(row, 'capaian')) return undefined;
  if (!printed.value.isInteger() || printed.value.lt(100)) return undefined;
  const own = capaianTakDibulatkan(row);
  return own !== null && own.gt(printed.value) && banding(own, printed.value, printed.decimals).kind === 'mismatch' ? printed.value.toFixed() : undefined;
}

const noted = new WeakMap<Pencatat, Set<unknown>>();

/** Once per table: it follows a formula other than the default without stating it. */
function kebiasaanDicatat(row: BarisTerbaca, practice: RumusId, log: Pencatat): void {
  let seen = noted.get(log);
  if (!seen) noted.set(log, (seen = new Set()));
  if (seen.has(row.table)) return;
  seen.add(row.table);
  log.add('CAPAIAN_RUMUS_KEBIASAAN', { row: null, table: row.table.id, rowLabel: '', column: '' },
    `Indikator negatif di tabel ini dihitung dengan rumus ${practice} (${rumusCapaian[practice].rumus}), bukan rumus bawaan ${defaultRumus('negatif')}, tanpa rumus itu dinyatakan; angka "seharusnya" di tabel ini mengikuti ${practice}. Sebutkan rumus yang dipakai.`);
}

/**
 * The formula the report states for a row: the row's own (`against` when it is the other
 * direction's) or, for a row of the table's direction, the table's.
 */
function rumusDinyatakan(row: BarisTerbaca, arah: Arah): { against: RumusId | undefined; stated: RumusId | undefined } {
  const rowStated = row.baris.rumus;
  const against = rowStated !== undefined && rumusCapaian[rowStated].arah !== arah ? rowStated : undefined;
  const tableStated = row.table.rumus !== undefined && rumusCapaian[row.table.rumus].arah === arah ? row.table.rumus : undefined;
  return { against, stated: against ? undefined : (rowStated ?? tableStated) };
}

/**
 * A row's capaian before rounding, from its own printed target and realisasi under the formula
 * stated for it or its direction's default (a table's unstated practice is not applied), with the
 * row's cap; null when it cannot be computed here. For means taken from unrounded capaian.
 */
export function capaianTakDibulatkan(row: BarisTerbaca): Decimal | null {
  if (isAggregate(row, 'capaian')) return null;
  const arah = arahOf(row);
  const h = hitungCapaian(row, arah, rumusDinyatakan(row, arah).stated ?? defaultRumus(arah));
  return h?.value ?? null;
}

/** Capaian of a row from its printed target and realisasi (or output target / realisasi). */
export function periksaCapaian(
  row: BarisTerbaca,
  log: Pencatat,
  kebiasaan: (row: BarisTerbaca) => RumusId | undefined = () => undefined,
  teliti: (row: BarisTerbaca, field: NumberField) => Teliti[] = () => [],
  takDibulatkan: (row: BarisTerbaca, field: NumberField) => Decimal | null = () => null,
  batas: (row: BarisTerbaca) => Decimal | undefined = () => undefined,
): void {
  const printed = angka(row, 'capaian');
  if (!printed || isAggregate(row, 'capaian')) return;
  const arah = arahOf(row);
  // A formula stated for this row is honoured whatever its direction. One stated for a whole
  // table is read as the table's rule for its own direction ("semakin tinggi realisasi semakin
  // baik: R / T"): a row of the other direction is measured by its own direction's formula.
  const { against, stated } = rumusDinyatakan(row, arah);
  // A table's practice is about its lower-is-better rows: a higher-is-better row has one formula.
  const found = stated || arah !== 'negatif' ? undefined : kebiasaan(row);
  const practice = found === defaultRumus(arah) ? undefined : found;
  if (practice) kebiasaanDicatat(row, practice, log);
  const rumus = stated ?? practice ?? defaultRumus(arah);
  const asal = stated ? 'rumus yang dinyatakan laporan' : practice ? 'rumus yang diikuti baris lain tabel ini' : `rumus bawaan indikator ${arah}`;
  const hasil = hitungCapaian(row, arah, rumus);
  if (!hasil) return;
  log.periksa(row, 'capaian', `capaian-${against ?? rumus}`);
  const where = { row, field: 'capaian' };
  const detail = { published: printed.printed, decimals: printed.decimals, style: printed.style };
  if (hasil.value === null) {
    log.add('CAPAIAN_TIDAK_TERUKUR', where, `Capaian tercetak ${printed.printed}, padahal tidak dapat diukur: ${hasil.explanation}.`, detail);
    return;
  }
  const full = { ...detail, exact: hasil.value };
  const should = tampil(hasil.value, printed.decimals, row, printed.style);
  const follows = (r: RumusId) => {
    const h = hitungCapaian(row, arah, r);
    return h?.value != null && banding(h.value, printed.value, printed.decimals).kind !== 'mismatch';
  };
  if (against) {
    const claimed = hitungCapaian(row, arah, against)!;
    const text = `${rumusCapaian[against].rumus}, ${against}`;
    if (follows(against)) {
      log.add('CAPAIAN_RUMUS_LAWAN_ARAH', where,
        `Laporan menyatakan rumus ${text} untuk indikator ini dan capaian ${printed.printed} mengikutinya, padahal indikator ini ${arah}: ${hasil.explanation} (${asal}), sehingga seharusnya ${should}.`, full);
    } else {
      const other = rumusSah(arah).filter((r) => r !== rumus).find(follows);
      if (banding(hasil.value, printed.value, printed.decimals).kind !== 'mismatch' || other) {
        log.add('CAPAIAN_RUMUS_LAIN', where,
          `Laporan menyatakan rumus ${text}, tetapi capaian ${printed.printed} mengikuti rumus ${other ?? rumus}, yang sah untuk indikator ${arah}; sebutkan rumus yang benar-benar dipakai.`, full);
      } else {
        log.add('CAPAIAN_SALAH', where,
          `Capaian tercetak ${printed.printed} tidak mengikuti rumus yang dinyatakan laporan (${claimed.explanation}) maupun rumus indikator ${arah} (${hasil.explanation}), sehingga seharusnya ${should}.`, full);
      }
    }
    return;
  }
  const cmp = banding(hasil.value, printed.value, printed.decimals);
  if (cmp.kind === 'match') return;
  // The row's own realisasi (or target) is a mean or the periods' figure, printed rounded: the
  // capaian from it before rounding is right.
  if (dariTakDibulatkan(row, arah, rumus, printed, takDibulatkan)) return;
  const cap = batas(row);
  if (cap !== undefined && !stated && !practice) {
    log.add('CAPAIAN_BATAS_KEBIASAAN', where,
      `Capaian tercetak ${printed.printed}, padahal ${hasil.explanation}: tabel ini membatasi capaian pada ${printed.printed} (baris lain juga), tanpa batas itu dinyatakan. Bila laporan memang membatasi capaian, sebutkan batasnya; bila tidak, seharusnya ${should}.`, full);
    return;
  }
  if (cmp.kind === 'rounding') {
    log.add('CAPAIAN_PEMBULATAN', where,
      `Capaian tercetak ${printed.printed}; ${hasil.explanation}, sehingga seharusnya ${should}. Angka tercetak hanya cocok bila ${ROUNDING_TEXT[cmp.rounding]}.`, full);
    return;
  }
  // Which formula did the printed figure follow?
  const others = rumusBerbeda().filter((r) => !rumusSetara(r, rumus) && follows(r));
  const choice = stated || practice ? `, menurut ${asal}` : '';
  if (arah === 'negatif' && others.includes(defaultRumus('positif'))) {
    log.add('CAPAIAN_ARAH_TERBALIK', where,
      `Indikator ini negatif (semakin rendah semakin baik), tetapi capaian ${printed.printed} dihitung sebagai realisasi / target (F1, indikator positif). ${hasil.explanation}${choice}, sehingga seharusnya ${should}.`, full);
  } else if (!stated && arah === 'negatif' && others.some((r) => NEGATIF_SAH.includes(r))) {
    const r = others.find((x) => NEGATIF_SAH.includes(x))!;
    log.add('CAPAIAN_RUMUS_LAIN', where,
      `Capaian ${printed.printed} mengikuti rumus ${r}, bukan ${rumus} (${hasil.explanation}; ${asal}). Laporan tidak menyatakan rumusnya; sebutkan rumus yang dipakai.`, full);
  } else {
    const precise = dariTeliti(row, arah, rumus, printed, teliti);
    if (precise) {
      log.add('CAPAIAN_DARI_ANGKA_LEBIH_TELITI', where,
        `Capaian tercetak ${printed.printed} tidak mengikuti angka yang tercetak di sini (${hasil.explanation}${choice}), tetapi cocok bila dihitung dari ${precise}; cantumkan angka yang dipakai.`, full);
      return;
    }
    const also = others.length ? ` Angka tercetak cocok dengan rumus ${others.join(' / ')}.` : '';
    log.add('CAPAIAN_SALAH', where, `Capaian tercetak ${printed.printed}, padahal ${hasil.explanation}${choice}, sehingga seharusnya ${should}.${also}`, full);
  }
}

/**
 * True when the printed capaian follows from the row's target and realisasi as the row itself
 * computes them before rounding (a mean of periods or of other rows, printed rounded).
 */
function dariTakDibulatkan(
  row: BarisTerbaca,
  arah: Arah,
  rumus: RumusId,
  printed: { value: Decimal; decimals: number },
  takDibulatkan: (row: BarisTerbaca, field: NumberField) => Decimal | null,
): boolean {
  const b = row.baris;
  const useOutput = b.target === undefined && b.outputTarget !== undefined;
  const tField = useOutput ? 'outputTarget' : 'target';
  const rField = useOutput ? 'outputRealisasi' : 'realisasi';
  const t = angka(row, tField);
  const r = angka(row, rField);
  if (!t || !r || b.ordinal) return false;
  const t2 = takDibulatkan(row, tField) ?? t.value;
  const r2 = takDibulatkan(row, rField) ?? r.value;
  if (t2.eq(t.value) && r2.eq(r.value)) return false;
  const cap = row.batasAtas === undefined ? {} : { batasAtas: new Decimal(row.batasAtas) };
  const h = capaian({ target: t2, realisasi: r2 }, { arah, rumus, ...cap });
  return h.value !== null && banding(h.value, printed.value, printed.decimals).kind === 'match';
}

/**
 * A capaian that the row's own rounded figures do not give but the same figures printed more
 * precisely elsewhere do: the description of those figures, else null.
 */
function dariTeliti(row: BarisTerbaca, arah: Arah, rumus: RumusId, printed: { value: Decimal; decimals: number }, teliti: (row: BarisTerbaca, field: NumberField) => Teliti[]): string | null {
  const t = angka(row, 'target');
  const r = angka(row, 'realisasi');
  if (!t || !r) return null;
  const ts = [{ value: t.value, text: null as string | null }, ...teliti(row, 'target').map((x) => ({ value: x.value, text: `target ${x.printed} (${x.where})` }))];
  const rs = [{ value: r.value, text: null as string | null }, ...teliti(row, 'realisasi').map((x) => ({ value: x.value, text: `realisasi ${x.printed} (${x.where})` }))];
  for (const a of ts) {
    for (const b of rs) {
      if (a.text === null && b.text === null) continue;
      const h = capaian({ target: a.value, realisasi: b.value }, { arah, rumus });
      if (h.value !== null && banding(h.value, printed.value, printed.decimals).kind !== 'mismatch') return [a.text, b.text].filter(Boolean).join(' dan ');
    }
  }
  return null;
}

/** A ratio row: pembilang / penyebut × 100 against the printed realisasi (or capaian). */
export function periksaRasio(row: BarisTerbaca, log: Pencatat): void {
  const p = angka(row, 'pembilang');
  const q = angka(row, 'penyebut');
  if (!p || !q) return;
  const field = angka(row, 'realisasi') ? 'realisasi' : 'capaian';
  const printed = angka(row, field);
  if (!printed) return;
  const faktor = row.baris.faktor ?? row.table.faktor;
  // The explanation at the printed precision, so that it does not say "= 0,19, sehingga seharusnya 0,187".
  const r = rasio({ pembilang: p.value, penyebut: q.value, ...(faktor ? { pengali: new Decimal(faktor) } : {}) }, { decimals: printed.decimals });
  if (r.value === null) {
    log.lewati(row, field, 'tanpa-masukan', 'penyebut 0: rasio tidak dapat dihitung');
    return;
  }
  log.periksa(row, field, 'rasio');
  compare(r.value, printed, row, field, log, 'RASIO', r.explanation);
}

/** Shared by the figure checks: a rounding diagnosis turned into a finding. */
export function compare(
  exact: Decimal,
  printed: { value: Decimal; printed: string; decimals: number; style?: 'id' | 'en' | undefined },
  row: BarisTerbaca,
  field: string,
  log: Pencatat,
  kind: 'RASIO' | 'SERAPAN' | 'EFISIENSI' | 'RATA_RATA' | 'JUMLAH' | 'SELISIH' | 'PERTUMBUHAN' | 'PERKALIAN' | 'PERSENTASE' | 'PERIODE',
  explanation: string,
): boolean {
  const cmp = banding(exact, printed.value, printed.decimals);
  if (cmp.kind === 'match') return true;
  const should = tampil(exact, printed.decimals, row, printed.style);
  const detail = { published: printed.printed, exact, decimals: printed.decimals, style: printed.style };
  if (cmp.kind === 'rounding') {
    log.add(`${kind}_PEMBULATAN`, { row, field },
      `Tercetak ${printed.printed}; ${explanation}, sehingga seharusnya ${should}. Angka tercetak hanya cocok bila ${ROUNDING_TEXT[cmp.rounding]}.`, detail);
  } else {
    log.add(`${kind}_SALAH`, { row, field }, `Tercetak ${printed.printed}, padahal ${explanation}, sehingga seharusnya ${should}.`, detail);
  }
  return false;
}
