import { jumlahRincian } from '../anggaran/rollup.js';
import { serapan } from '../anggaran/serapan.js';
import { alasanNA } from '../capaian/na.js';
import { efisiensi, metodeEfisiensi, type MetodeEfisiensi } from '../anggaran/efisiensi.js';
import { rataRata } from '../agregat/rata-rata.js';
import { inputText } from '../angka/result.js';
import { ZERO, type Decimal } from '../angka/decimal.js';
import { negatif } from '../angka/nonnegatif.js';
import { KOSONG_TERCETAK, type BarisTerbaca } from './baca.js';
import { angka, banding, isAggregate, Pencatat, tampil } from './konteks.js';
import { compare } from './periksa-kinerja.js';
import { periksaKemenkeu } from './periksa-kemenkeu.js';

/**
 * True when a row's pagu and realisasi look transposed: realisasi is above pagu, and the printed
 * serapan or sisa (all of those printed) hold with the two exchanged.
 */
export function tertukar(row: BarisTerbaca): boolean {
  const pagu = angka(row, 'pagu') ?? angka(row, 'paguMurni');
  const real = angka(row, 'realisasiAnggaran');
  if (!pagu || !real || !real.value.gt(pagu.value)) return false;
  const printedSerapan = angka(row, 'serapan');
  const printedSisa = angka(row, 'sisa');
  if (!printedSerapan && !printedSisa) return false;
  const swappedSerapan = serapan({ pagu: real.value, realisasi: pagu.value }).value!;
  return (
    (!printedSerapan || banding(swappedSerapan, printedSerapan.value, printedSerapan.decimals).kind !== 'mismatch') &&
    (!printedSisa || real.value.minus(pagu.value).eq(printedSisa.value))
  );
}

/** Serapan %, sisa, and spending above the allocation, from a row's printed pagu and realisasi. */
export function periksaSerapan(row: BarisTerbaca, log: Pencatat): void {
  const pagu = angka(row, 'pagu') ?? angka(row, 'paguMurni');
  const real = angka(row, 'realisasiAnggaran');
  if (!pagu || !real) return;
  if (negatif(pagu.value) || negatif(real.value)) {
    for (const f of ['serapan', 'sisa']) log.lewati(row, f, 'masukan-negatif', 'pagu atau realisasi tercetak negatif');
    return;
  }
  if (tertukar(row)) {
    log.periksa(row, 'serapan', 'pagu-realisasi-tertukar');
    log.periksa(row, 'sisa', 'pagu-realisasi-tertukar');
    // One transposition, not three errors: the printed serapan and sisa hold once the two are exchanged.
    log.add('PAGU_REALISASI_TERTUKAR', { row, field: 'realisasiAnggaran' },
      `Pagu ${pagu.printed} dan realisasi ${real.printed} tampak tertukar: realisasi melebihi pagu, sedangkan serapan dan sisa yang tercetak cocok bila keduanya ditukar.`,
      { published: real.printed });
    return;
  }
  const printed = angka(row, 'serapan');
  if (printed && !isAggregate(row, 'serapan')) {
    log.periksa(row, 'serapan', 'serapan');
    const s = serapan({ pagu: pagu.value, realisasi: real.value });
    if (s.value !== null) compare(s.value, printed, row, 'serapan', log, 'SERAPAN', s.explanation);
    else {
      log.add('SERAPAN_TIDAK_TERUKUR', { row, field: 'serapan' },
        `Serapan tercetak ${printed.printed}, padahal tidak dapat diukur: ${alasanNA[s.reason!]}.`,
        { published: printed.printed });
    }
  }
  if (real.value.gt(pagu.value)) {
    log.add('SERAPAN_LEBIH_100', { row, field: 'realisasiAnggaran' },
      `Realisasi ${real.printed} melebihi pagu ${pagu.printed} (selisih ${inputText(real.value.minus(pagu.value))}); periksa apakah kedua angka tertukar.`,
      { published: real.printed });
  }
  const sisa = angka(row, 'sisa');
  if (sisa) {
    log.periksa(row, 'sisa', 'sisa');
    const exact = pagu.value.minus(real.value);
    if (banding(exact, sisa.value, sisa.decimals).kind !== 'match') {
      log.add('SISA_SALAH', { row, field: 'sisa' },
        `Sisa tercetak ${sisa.printed}, padahal ${pagu.printed} − ${real.printed} = ${tampil(exact, sisa.decimals, row, sisa.style)}.`,
        { published: sisa.printed, exact, decimals: sisa.decimals, style: sisa.style });
    }
  }
}

const ROLLUP_FIELDS = ['paguMurni', 'pagu', 'realisasiAnggaran', 'sisa', 'outputTarget', 'outputRealisasi'] as const;

/** The rows under each parent id (rows naming it as `induk`), in the dataset's order. */
export function anak(rows: readonly BarisTerbaca[]): Map<string, BarisTerbaca[]> {
  const children = new Map<string, BarisTerbaca[]>();
  for (const r of rows) {
    if (r.baris.induk === undefined) continue;
    const list = children.get(r.baris.induk);
    if (list) list.push(r);
    else children.set(r.baris.induk, [r]);
  }
  return children;
}

/** Every parent row (one named as `induk`) against the sum of its children, field by field. */
export function periksaRollup(rows: readonly BarisTerbaca[], children: ReadonlyMap<string, BarisTerbaca[]>, log: Pencatat): void {
  for (const parent of rows) {
    const kids = parent.baris.id === undefined ? undefined : children.get(parent.baris.id);
    if (!kids) continue;
    for (const field of ROLLUP_FIELDS) {
      // Outputs of different units add up only where the table itself adds them: a total row,
      // or a parent whose printed output target is exactly the sum of its (several) children's.
      if (field.startsWith('output') && parent.baris.level !== 'total' && !sumsExactly(parent, kids, 'outputTarget')) continue;
      const stated = angka(parent, field);
      if (!stated) continue;
      // A child printed as a dash is blank (the verifier's policy counts it 0). A transposed child adds its figures exchanged.
      const parts = kids.map((k) => bagian(k, field));
      const sum = parts.includes(undefined) ? null : jumlahRincian(parts as (Decimal | null)[], KOSONG_TERCETAK);
      if (sum === null) {
        log.lewati(parent, field, 'masukan-tidak-lengkap', `tidak semua dari ${kids.length} rinciannya mencetak angka ini`);
        continue;
      }
      log.periksa(parent, field, 'jumlah-rincian');
      if (sum.eq(stated.value)) continue;
      // A total that equals the sum of the lines under its children is right: the wrong figure
      // is the child's own subtotal, reported on that child.
      const deep = leafSum(kids, field, children);
      if (deep !== null && deep.eq(stated.value)) continue;
      log.add('ROLLUP_SALAH', { row: parent, field },
        `${field === 'sisa' ? 'Sisa' : 'Angka'} tercetak ${stated.printed}, padahal jumlah ${kids.length} rinciannya ${tampil(sum, stated.decimals, parent, stated.style)} (selisih ${tampil(stated.value.minus(sum), stated.decimals, parent, stated.style)}).`,
        { published: stated.printed, exact: sum, decimals: stated.decimals, style: stated.style });
    }
  }
}

/** Σ of a field over the lowest rows under `rows` (a row without children counts itself), or null when a line has no figure. */
function leafSum(rows: readonly BarisTerbaca[], field: (typeof ROLLUP_FIELDS)[number], children: ReadonlyMap<string, BarisTerbaca[]>): Decimal | null {
  const parts: (Decimal | null)[] = [];
  for (const r of rows) {
    const kids = r.baris.id === undefined ? undefined : children.get(r.baris.id);
    // Lines without the figure printed leave their parent's printed subtotal to stand for them.
    const part = (kids ? leafSum(kids, field, children) : null) ?? bagian(r, field);
    if (part === undefined) return null;
    parts.push(part);
  }
  return jumlahRincian(parts, KOSONG_TERCETAK);
}

/** A row's part in a roll-up: its figure, null when printed blank (a dash), undefined when not printed as a number. */
function bagian(row: BarisTerbaca, field: (typeof ROLLUP_FIELDS)[number]): Decimal | null | undefined {
  return row.cells[field]?.dash ? null : (amount(row, field) ?? undefined);
}

/** A row's figure for a roll-up, with pagu and realisasi exchanged on a transposed row. */
function amount(row: BarisTerbaca, field: (typeof ROLLUP_FIELDS)[number]): Decimal | null {
  if ((field === 'pagu' || field === 'realisasiAnggaran') && row.cells.pagu && tertukar(row)) {
    return angka(row, field === 'pagu' ? 'realisasiAnggaran' : 'pagu')?.value ?? null;
  }
  return angka(row, field)?.value ?? null;
}

function sumsExactly(parent: BarisTerbaca, kids: readonly BarisTerbaca[], field: 'outputTarget'): boolean {
  // One child matching its parent is a coincidence of two indicators, not evidence of a sum.
  if (kids.length < 2) return false;
  const stated = angka(parent, field);
  // Here a child without the figure (a dash included) leaves the sum unknown: no evidence of a sum.
  const sum = jumlahRincian(kids.map((k) => angka(k, field)?.value ?? null), 'tidak-diketahui');
  return stated !== null && sum !== null && sum.eq(stated.value);
}

const METODE = Object.keys(metodeEfisiensi) as MetodeEfisiensi[];

/** Efficiency under the method the report states, and which method its number actually follows. */
export function periksaEfisiensi(row: BarisTerbaca, log: Pencatat): void {
  const printed = angka(row, 'efisiensi');
  const metode = row.baris.metode ?? row.table.metode;
  if (metode === 'kemenkeu') {
    // An output row of its own, or the summary row of outputs (checked as an aggregate).
    if (row.baris.agregat?.fungsi !== 'efisiensi-kemenkeu') periksaKemenkeu(row, [row], log);
    return;
  }
  if (!printed) return;
  const c = angka(row, 'capaian');
  const printedSerapan = angka(row, 'serapan');
  let s: Decimal | null = printedSerapan?.value ?? null;
  const pagu = angka(row, 'pagu') ?? angka(row, 'paguMurni');
  const real = angka(row, 'realisasiAnggaran');
  // The report's own serapan is the input, unless it is itself wrong (reported on its own): then
  // the efficiency is measured from pagu and realisasi, when serapan can measure them (its NA rule).
  const exact = pagu && real ? serapan({ pagu: pagu.value, realisasi: real.value }).value : null;
  if (exact !== null && (!printedSerapan || banding(exact, printedSerapan.value, printedSerapan.decimals).kind === 'mismatch')) s = exact;
  if (s === null) {
    log.lewati(row, 'efisiensi', 'tanpa-masukan', 'serapan (atau pagu dan realisasi) tidak tercetak');
    return;
  }
  const under = new Map<MetodeEfisiensi, ReturnType<typeof efisiensi>>();
  const stated0 = row.baris.metode ?? row.table.metode;
  for (const m of METODE) {
    if (m !== '100-serapan' && !c) continue;
    // An index near 1 (capaian / serapan) matches any small figure by chance: only where stated.
    if (m === 'indeks' && stated0 !== 'indeks') continue;
    const e = efisiensi({ capaian: c?.value ?? null, serapan: s }, { metode: m });
    if (e.value !== null) under.set(m, e);
  }
  const matches = [...under].filter(([, e]) => banding(e.value!, printed.value, printed.decimals).kind === 'match').map(([m]) => m);
  const stated = metode as MetodeEfisiensi | undefined;
  const where = { row, field: 'efisiensi' };
  const list = [...under].map(([m, e]) => `${metodeEfisiensi[m].rumus}: ${tampil(e.value!, printed.decimals, row, printed.style)}`).join('; ');
  const e = stated ? under.get(stated) : undefined;
  if (stated && !e) {
    log.lewati(row, 'efisiensi', 'rumus-tidak-dikenal', `metode yang dinyatakan (${metodeEfisiensi[stated].rumus}) memerlukan capaian, yang tidak tercetak`);
    return;
  }
  log.periksa(row, 'efisiensi', stated ? `efisiensi-${stated}` : 'efisiensi');
  if (!stated) {
    if (matches.length > 0) {
      log.add('EFISIENSI_TANPA_METODE', where,
        `Laporan tidak menyatakan rumus efisiensi; ${printed.printed} mengikuti ${matches.map((m) => metodeEfisiensi[m].rumus).join(' (juga ')}${matches.length > 1 ? ')' : ''}.`, { published: printed.printed });
    } else {
      log.add('EFISIENSI_SALAH', where, `Efisiensi tercetak ${printed.printed} tidak sesuai definisi mana pun (${list}).`, { published: printed.printed });
    }
    return;
  }
  if (!e || matches.includes(stated)) return;
  const cmp = banding(e.value!, printed.value, printed.decimals);
  if (cmp.kind === 'rounding') {
    compare(e.value!, printed, row, 'efisiensi', log, 'EFISIENSI', e.explanation);
  } else if (matches.length > 0) {
    log.add('EFISIENSI_METODE_LAIN', where,
      `Laporan menyatakan ${metodeEfisiensi[stated].rumus} (${e.explanation}), tetapi angka tercetak ${printed.printed} mengikuti ${metodeEfisiensi[matches[0]!].rumus}.`,
      { published: printed.printed, exact: e.value, decimals: printed.decimals, style: printed.style });
  } else {
    compare(e.value!, printed, row, 'efisiensi', log, 'EFISIENSI', e.explanation);
  }
}

/**
 * Pagu and realisasi summed over rows (a dash is blank, counted as {@link KOSONG_TERCETAK} says; a
 * transposed row adds its figures exchanged; a row printing no pagu adds its pagu murni), or null
 * when one is not printed.
 */
export function totalAnggaran(rows: readonly BarisTerbaca[]): { pagu: Decimal; realisasi: Decimal } | null {
  const pagu: (Decimal | null)[] = [];
  const realisasi: (Decimal | null)[] = [];
  for (const k of rows) {
    const p = k.cells.pagu ? bagian(k, 'pagu') : (angka(k, 'paguMurni')?.value ?? undefined);
    const r = bagian(k, 'realisasiAnggaran');
    if (p === undefined || r === undefined) return null;
    pagu.push(p);
    realisasi.push(r);
  }
  const p = jumlahRincian(pagu, KOSONG_TERCETAK);
  const r = jumlahRincian(realisasi, KOSONG_TERCETAK);
  return p === null || r === null ? null : { pagu: p, realisasi: r };
}

/**
 * Pagu and realisasi under `rows`: a row's own amounts, or, for a row that prints none (a kegiatan
 * line between a program and its sub kegiatan), the amounts of the rows under it.
 */
function totalBawah(rows: readonly BarisTerbaca[], children: ReadonlyMap<string, BarisTerbaca[]>, depth = 0): { pagu: Decimal; realisasi: Decimal } | null {
  let pagu = ZERO;
  let realisasi = ZERO;
  for (const r of rows) {
    const own = r.cells.pagu || r.cells.paguMurni || r.cells.realisasiAnggaran;
    const kids = r.baris.id === undefined ? undefined : children.get(r.baris.id);
    // A cycle of `induk` links cannot go deeper than there are rows.
    const t = own || !kids || depth > children.size ? totalAnggaran([r]) : totalBawah(kids, children, depth + 1);
    if (!t) return null;
    pagu = pagu.plus(t.pagu);
    realisasi = realisasi.plus(t.realisasi);
  }
  return { pagu, realisasi };
}

/** The percentages of the lowest lines under `rows` (a row printing its own serapan or amounts stands for itself). */
function persenBawah(rows: readonly BarisTerbaca[], children: ReadonlyMap<string, BarisTerbaca[]>, depth = 0): (Decimal | null)[] {
  return rows.flatMap((r) => {
    const kids = r.baris.id === undefined ? undefined : children.get(r.baris.id);
    const own = persenSerapan(r);
    return own !== null || !kids || depth > children.size ? [own] : persenBawah(kids, children, depth + 1);
  });
}

/** A row's serapan as printed, else as its own pagu and realisasi give it; null when neither. */
function persenSerapan(row: BarisTerbaca): Decimal | null {
  const printed = angka(row, 'serapan');
  if (printed) return printed.value;
  const t = totalAnggaran([row]);
  return t ? serapan(t).value : null;
}

/**
 * A parent that prints a serapan but no pagu or realisasi of its own: recomputed from its
 * children's amounts (total realisasi / total pagu). A printed figure that is the plain mean of the
 * children's percentages instead is named as that mistake.
 */
export function periksaSerapanInduk(rows: readonly BarisTerbaca[], children: ReadonlyMap<string, BarisTerbaca[]>, log: Pencatat): void {
  for (const row of rows) {
    const printed = angka(row, 'serapan');
    if (!printed || isAggregate(row, 'serapan')) continue;
    // Only a parent that prints no amount of its own (a garbled one still belongs to the row).
    if (row.cells.pagu || row.cells.paguMurni || row.cells.realisasiAnggaran) continue;
    const kids = row.baris.id === undefined ? undefined : children.get(row.baris.id);
    if (!kids) continue;
    const total = totalBawah(kids, children);
    if (!total) {
      log.lewati(row, 'serapan', 'masukan-tidak-lengkap', `induk tanpa pagu dan realisasi sendiri, dan tidak semua dari ${kids.length} rinciannya mencetak keduanya`);
      continue;
    }
    log.periksa(row, 'serapan', 'serapan-dari-rincian');
    const s = serapan(total);
    const why = `dari ${kids.length} rinciannya, ${s.explanation}`;
    if (s.value === null) {
      log.add('SERAPAN_TIDAK_TERUKUR', { row, field: 'serapan' }, `Serapan tercetak ${printed.printed}, padahal jumlah pagu rinciannya 0.`, { published: printed.printed });
      continue;
    }
    if (banding(s.value, printed.value, printed.decimals).kind !== 'mismatch') {
      compare(s.value, printed, row, 'serapan', log, 'SERAPAN', why);
      continue;
    }
    // The mean of the children's percentages, or of the lowest lines' where the children print none.
    const means = [kids.map(persenSerapan), persenBawah(kids, children)]
      .filter((parts): parts is Decimal[] => parts.length > 0 && parts.every((p) => p !== null))
      .map((parts) => ({ n: parts.length, mean: rataRata(parts).value! }));
    const hit = means.find((m) => banding(m.mean, printed.value, printed.decimals).kind !== 'mismatch');
    if (hit) {
      log.add('SERAPAN_RATA_RATA', { row, field: 'serapan' },
        `Serapan tercetak ${printed.printed} adalah rata-rata persentase ${hit.n} rinciannya (${tampil(hit.mean, printed.decimals, row, printed.style)}), bukan total realisasi / total pagu: ${why}, sehingga seharusnya ${tampil(s.value, printed.decimals, row, printed.style)}.`,
        { published: printed.printed, exact: s.value, decimals: printed.decimals, style: printed.style });
      continue;
    }
    compare(s.value, printed, row, 'serapan', log, 'SERAPAN', why);
  }
}
