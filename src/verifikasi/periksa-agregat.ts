import { hitungKategoriCapaian, jumlah, rataRata } from '../agregat/rata-rata.js';
import { isDash } from '../angka/batas.js';
import { Decimal } from '../angka/decimal.js';
import { toDecimal } from '../angka/input.js';
import { inputText } from '../angka/result.js';
import { ErrorCode, SakipError } from '../errors.js';
import { KOSONG_TERCETAK, NUMBER_FIELDS, type BarisTerbaca, type NumberField, type SelTerbaca } from './baca.js';
import { bagianKosong } from '../anggaran/rollup.js';
import { serapan } from '../anggaran/serapan.js';
import { formatAngka } from '../angka/format.js';
import { rasio } from '../capaian/rasio.js';
import { angka, banding, column, isAggregate, label, Pencatat, tampil } from './konteks.js';
import { totalAnggaran } from './periksa-anggaran.js';
import { periksaKemenkeu } from './periksa-kemenkeu.js';
import { capaianTakDibulatkan, compare } from './periksa-kinerja.js';
import type { Temuan } from './temuan.js';

type Ref = { row: BarisTerbaca; field: string };

/** Resolves `rowId` (with a default field) or `rowId.field`. */
export function resolveRef(ref: string, defaultField: string, byId: Map<string, BarisTerbaca>, where: string): Ref {
  const direct = byId.get(ref);
  if (direct) return { row: direct, field: defaultField };
  const dot = ref.lastIndexOf('.');
  const row = dot > 0 ? byId.get(ref.slice(0, dot)) : undefined;
  if (!row) throw new SakipError(ErrorCode.INVALID_MODEL, where, ref, 'baris yang dirujuk tidak ada');
  return { row, field: ref.slice(dot + 1) };
}

const cellOf = (r: Ref): SelTerbaca | undefined =>
  (NUMBER_FIELDS as readonly string[]).includes(r.field) ? r.row.cells[r.field as NumberField] : undefined;

/** A mean, sum or count printed on a row, against the rows it summarises. */
export function periksaAgregat(row: BarisTerbaca, byId: Map<string, BarisTerbaca>, log: Pencatat): void {
  const a = row.baris.agregat;
  if (!a) return;
  if (a.fungsi === 'efisiensi-kemenkeu') {
    periksaKemenkeu(row, a.dari.map((d, i) => resolveRef(d, '', byId, `${row.path}.agregat.dari[${i}]`).row), log);
    return;
  }
  const hasil = a.hasil ?? a.kolom;
  const printed = (NUMBER_FIELDS as readonly string[]).includes(hasil) ? angka(row, hasil as NumberField) : null;
  if (!printed) return;
  if (PAIR.has(a.fungsi) && a.dari.length !== 2) {
    throw new SakipError(ErrorCode.INVALID_MODEL, `${row.path}.agregat.dari`, a.dari.join(', '), `fungsi ${a.fungsi} memerlukan tepat dua rujukan [a, b]`);
  }
  const refs = a.dari.map((d, i) => resolveRef(d, a.kolom, byId, `${row.path}.agregat.dari[${i}]`));
  const parts = refs.map(cellOf);
  if (a.fungsi === 'hitung') {
    log.periksa(row, hasil, 'hitung');
    countCheck(row, hasil, printed, a.dari.length, log);
    return;
  }
  // In a total a dash is blank (the verifier's policy counts it 0); otherwise a part that is
  // missing, garbled or a text makes the aggregate uncheckable, not wrong.
  const counted = parts.map((p) => (p?.dash && a.fungsi === 'jumlah' ? bagianKosong(KOSONG_TERCETAK) : (p?.value ?? null)));
  if (counted.some((v) => v === null)) {
    log.lewati(row, hasil, 'masukan-tidak-lengkap', `tidak semua dari ${a.dari.length} angka yang dirujuk tercetak sebagai angka`);
    return;
  }
  const values = counted as Decimal[];
  if (!PAIR.has(a.fungsi)) log.periksa(row, hasil, a.fungsi);
  if (a.fungsi === 'rata-rata') {
    const r = rataRata(values);
    // A mean of percentages each row recomputes from its own printed figures is also right when
    // taken from those percentages before rounding (Kota Semarang, evaluasi RKPD 2014 s.d. TW II:
    // 24,53 from nine unrounded serapan, 24,54 from the printed ones).
    const tepat = banding(r.value!, printed.value, printed.decimals).kind === 'match' ? null : rataRataTakDibulatkan(refs);
    const benar = tepat !== null && banding(tepat, printed.value, printed.decimals).kind === 'match';
    if ((benar || compare(r.value!, printed, row, hasil, log, 'RATA_RATA', r.explanation)) && a.kolom === 'serapan') rataRataSerapan(row, refs, printed, log);
  } else if (a.fungsi === 'jumlah') {
    const j = jumlah(values);
    compare(j.value, printed, row, hasil, log, 'JUMLAH', `jumlah ${values.length} angka yang dirujuk = ${inputText(j.value)}`);
  } else if (PAIR.has(a.fungsi) || a.fungsi === 'kali') {
    hitungan(a.fungsi, values, printed, row, hasil, log);
  } else {
    const k = hitungKategoriCapaian(values);
    const n = a.fungsi === 'hitung-di-atas' ? k.diAtas : a.fungsi === 'hitung-tepat' ? k.tepat : k.diBawah;
    countCheck(row, hasil, printed, n, log);
  }
}

/**
 * The mean a row prints in `field` (its `agregat` of kind `rata-rata`) before rounding, from the
 * printed figures it refers to; null for any other row or field, or when one of them is missing.
 */
export function agregatTakDibulatkan(row: BarisTerbaca, field: string, byId: Map<string, BarisTerbaca>): Decimal | null {
  const a = row.baris.agregat;
  if (!a || a.fungsi !== 'rata-rata' || (a.hasil ?? a.kolom) !== field) return null;
  const values = a.dari.map((d, i) => cellOf(resolveRef(d, a.kolom, byId, `${row.path}.agregat.dari[${i}]`))?.value ?? null);
  return values.some((v) => v === null) || values.length === 0 ? null : rataRata(values as Decimal[]).value;
}

const PAIR = new Set(['selisih', 'pertumbuhan', 'persen']);

/** Differences, growth rates, shares and products, each with its formula written out. */
function hitungan(fungsi: string, v: Decimal[], printed: SelTerbaca & { value: Decimal }, row: BarisTerbaca, field: string, log: Pencatat): void {
  const [a, b] = v as [Decimal, Decimal];
  if (fungsi === 'selisih') {
    log.periksa(row, field, fungsi);
    const d = a.minus(b);
    compare(d, printed, row, field, log, 'SELISIH', `Selisih = ${inputText(a)} − ${inputText(b)} = ${inputText(d)}`);
    return;
  }
  if (fungsi === 'kali') {
    const p = v.reduce((x, y) => x.times(y));
    compare(p, printed, row, field, log, 'PERKALIAN', `${v.map(inputText).join(' × ')} = ${inputText(p)}`);
    return;
  }
  const r = fungsi === 'persen' ? rasio({ pembilang: a, penyebut: b }) : rasio({ pembilang: a.minus(b), penyebut: b });
  if (r.value === null) {
    log.lewati(row, field, 'tanpa-masukan', `pembagi ${fungsi === 'persen' ? 'keseluruhan' : 'tahun lalu'} 0: tidak dapat dihitung`);
    return;
  }
  log.periksa(row, field, fungsi);
  const text = fungsi === 'persen'
    ? `Persentase = ${inputText(a)} / ${inputText(b)} × 100 = ${formatAngka(r.value, { decimals: Math.max(printed.decimals, 2) })} %`
    : `Pertumbuhan = (${inputText(a)} − ${inputText(b)}) / ${inputText(b)} × 100 = ${formatAngka(r.value, { decimals: Math.max(printed.decimals, 2) })} %`;
  compare(r.value, printed, row, field, log, fungsi === 'persen' ? 'PERSENTASE' : 'PERTUMBUHAN', text);
}

/**
 * The mean of the referenced serapan, capaian or ratios before rounding, each recomputed from its
 * own row's printed figures (pagu and realisasi; target and realisasi; pembilang and penyebut);
 * null unless every one can be.
 */
function rataRataTakDibulatkan(refs: readonly Ref[]): Decimal | null {
  const xs: Decimal[] = [];
  for (const { row, field } of refs) {
    let x: Decimal | null = null;
    if (field === 'serapan' && !isAggregate(row, 'serapan')) {
      const pagu = angka(row, 'pagu') ?? angka(row, 'paguMurni');
      const real = angka(row, 'realisasiAnggaran');
      x = pagu && real ? serapan({ pagu: pagu.value, realisasi: real.value }).value : null;
    } else if (field === 'capaian') {
      x = capaianTakDibulatkan(row);
    } else if (field === 'realisasi' && !isAggregate(row, 'realisasi')) {
      const p = angka(row, 'pembilang');
      const q = angka(row, 'penyebut');
      const faktor = row.baris.faktor ?? row.table.faktor;
      x = p && q ? rasio({ pembilang: p.value, penyebut: q.value, ...(faktor ? { pengali: new Decimal(faktor) } : {}) }).value : null;
    }
    if (x === null) return null;
    xs.push(x);
  }
  return xs.length ? rataRata(xs).value : null;
}

/**
 * A serapan printed as the mean of percentages that agrees with that mean, where the rows averaged
 * print their pagu and realisasi: the serapan of the whole is total realisasi / total pagu, which a
 * mean of percentages gives only by chance.
 */
function rataRataSerapan(row: BarisTerbaca, refs: readonly Ref[], printed: SelTerbaca & { value: Decimal }, log: Pencatat): void {
  if (refs.some((r) => r.field !== 'serapan')) return;
  const total = totalAnggaran(refs.map((r) => r.row));
  if (!total) return;
  // A total that cannot be measured (serapan's NA rule: pagu 0) proves nothing.
  const s = serapan(total);
  if (s.value === null || banding(s.value, printed.value, printed.decimals).kind !== 'mismatch') return;
  log.add('SERAPAN_RATA_RATA', { row, field: 'serapan' },
    `Serapan tercetak ${printed.printed} adalah rata-rata persentase ${refs.length} baris, bukan total realisasi / total pagu: ${s.explanation}, sehingga seharusnya ${tampil(s.value, printed.decimals, row, printed.style)}.`,
    { published: printed.printed, exact: s.value, decimals: printed.decimals, style: printed.style });
}

function countCheck(row: BarisTerbaca, field: string, printed: SelTerbaca & { value: NonNullable<SelTerbaca['value']> }, n: number, log: Pencatat): void {
  if (printed.value.eq(n)) return;
  log.add('HITUNG_SALAH', { row, field }, `Tercetak ${printed.printed}, padahal baris yang dirujuk berjumlah ${n}.`,
    { published: printed.printed, exact: toDecimal(n, field), decimals: 0 });
}

/**
 * "The same figure" printed in several places. Links are grouped (a–b, b–c is one group); the
 * reading most places agree on (equal, or one the rounding of the other) is taken as the
 * figure, and each place printing something else is reported once. A cell already found wrong by
 * its own arithmetic is left out: it is reported already.
 */
export function periksaSama(links: readonly { a: string; b: string; catatan?: string | undefined }[], byId: Map<string, BarisTerbaca>, log: Pencatat): void {
  const known = new Map(log.findings.filter((f) => f.severity === 'error' || f.severity === 'rounding').map((f) => [`${f.rowId}|${f.location.column}`, f]));
  const refs = new Map<string, Ref>();
  const parent = new Map<string, string>();
  const root = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const add = (text: string, where: string) => {
    const ref = resolveRef(text, '', byId, where);
    const key = `${ref.row.baris.id}|${ref.field}`;
    if (!refs.has(key)) {
      refs.set(key, ref);
      parent.set(key, key);
    }
    return key;
  };
  links.forEach((link, i) => {
    const a = add(link.a, `sama[${i}].a`);
    const b = add(link.b, `sama[${i}].b`);
    parent.set(root(b), root(a));
  });
  const order = new Map([...byId.values()].map((r, i) => [r.baris.id, i]));
  const groups = new Map<string, Ref[]>();
  const wrong = new Map<string, { ref: Ref; finding: Temuan }[]>();
  for (const [key, ref] of refs) {
    const f = known.get(`${ref.row.baris.id}|${column(ref.row, ref.field)}`);
    if (f) {
      wrong.set(root(key), [...(wrong.get(root(key)) ?? []), { ref, finding: f }]);
      continue;
    }
    const g = groups.get(root(key)) ?? [];
    g.push(ref);
    groups.set(root(key), g);
  }
  for (const [g, group] of groups) {
    group.sort((x, y) => order.get(x.row.baris.id)! - order.get(y.row.baris.id)!);
    // A copy of a figure already found wrong is wrong in the same way: every place must be corrected.
    const copies = new Set<Ref>();
    for (const w of wrong.get(g) ?? []) {
      const original = reading(w.ref);
      if (!original) continue;
      for (const r of group) {
        const copy = reading(r);
        // The same figure, also when printed at another precision (113,6 for 113,59), unless the
        // copy is right at its own precision (100 for a wrong 99,83 whose right value is 100,00).
        if (!copy || copies.has(r) || !same(copy, original) || benarDiSini(copy, w.finding)) continue;
        copies.add(r);
        log.periksa(r.row, r.field, 'salinan');
        const where = `${w.ref.row.table.id} › ${label(w.ref.row)} › ${column(w.ref.row, w.ref.field)}`;
        // The right figure as this copy would print it (its precision, its number style).
        const benar =
          w.finding.recomputed !== null && copy.cell
            ? tampil(new Decimal(w.finding.recomputed), copy.cell.decimals, r.row, copy.cell.style)
            : w.finding.recomputedPrinted;
        log.add(w.finding.severity === 'error' ? 'SALINAN_SALAH' : 'SALINAN_PEMBULATAN', { row: r.row, field: r.field },
          `Tercetak ${copy.printed}, salinan angka di ${where} yang ${w.finding.severity === 'error' ? 'salah' : 'hanya cocok dengan pembulatan lain'} (${w.finding.code}): ${benar !== null ? `seharusnya ${benar}` : w.finding.message}.`,
          w.finding.severity === 'error' && w.finding.recomputed !== null && copy.cell
            ? { published: copy.printed, exact: new Decimal(w.finding.recomputed), decimals: copy.cell.decimals, style: copy.cell.style }
            : { published: copy.printed, ...(w.finding.recomputedPrinted !== null && !copy.cell ? { label: w.finding.recomputedPrinted } : {}) });
      }
    }
    const readings = group.filter((r) => !copies.has(r)).map((r) => reading(r)).filter((x): x is Reading => x !== null);
    const clusters: Reading[][] = [];
    for (const r of readings) {
      const c = clusters.find((cl) => same(cl[0]!, r));
      if (c) c.push(r);
      else clusters.push([r]);
    }
    if (clusters.length < 2) continue;
    // The most printed reading is the figure; a tie goes to the one printed first.
    const main = clusters.reduce((best, c) => (c.length > best.length ? c : best), clusters[0]!);
    const ref = main[0]!;
    const elsewhere = `${ref.ref.row.table.id} › ${label(ref.ref.row)} › ${column(ref.ref.row, ref.ref.field)}`;
    const count = main.length > 1 ? ` (dan ${main.length - 1} tempat lain)` : '';
    for (const c of clusters) {
      if (c === main) continue;
      for (const r of c) {
        const where = { row: r.ref.row, field: r.ref.field };
        if (r.cell) {
          log.add('ANGKA_BEDA', where, `Tercetak ${r.printed}, padahal angka yang sama tercetak ${ref.printed} di ${elsewhere}${count}.`,
            { published: r.printed, exact: ref.cell?.value ?? null, decimals: r.cell.decimals, style: r.cell.style });
        } else {
          log.add('ANGKA_BEDA', where, `Tercetak "${r.printed}", padahal di ${elsewhere}${count} tercetak "${ref.printed}" untuk hal yang sama.`, { published: r.printed });
        }
      }
    }
  }
}

type Reading = { ref: Ref; printed: string; cell: (SelTerbaca & { value: NonNullable<SelTerbaca['value']> }) | null };

function reading(ref: Ref): Reading | null {
  if (ref.field === 'predikat') {
    const p = ref.row.baris.predikat;
    return p === undefined || isDash(p) ? null : { ref, printed: p, cell: null };
  }
  const c = cellOf(ref);
  return c && c.value !== null ? { ref, printed: c.printed, cell: c as Reading['cell'] } : null;
}

/** True when a copy agrees with the recomputed figure of the original's finding (it is right, whatever the original printed). */
function benarDiSini(copy: Reading, f: Temuan): boolean {
  if (f.recomputed === null) return false;
  if (!copy.cell) return copy.printed.trim().toLowerCase() === f.recomputed.trim().toLowerCase();
  if (!/^-?\d+(\.\d+)?$/.test(f.recomputed)) return false;
  return banding(new Decimal(f.recomputed), copy.cell.value, copy.cell.decimals).kind === 'match';
}

function same(a: Reading, b: Reading): boolean {
  if (!a.cell || !b.cell) return !a.cell && !b.cell && a.printed.trim().toLowerCase() === b.printed.trim().toLowerCase();
  const [fine, coarse] = a.cell.decimals >= b.cell.decimals ? [a.cell, b.cell] : [b.cell, a.cell];
  return a.cell.value.eq(b.cell.value) || banding(fine.value, coarse.value, coarse.decimals).kind === 'match';
}

/** A more precise printing of a row's figure elsewhere, linked by `sama`. */
export interface Teliti {
  readonly value: Decimal;
  readonly printed: string;
  readonly where: string;
}

/**
 * For a row's field, the printings of the same figure elsewhere (linked by `sama`, directly or
 * through others) that carry more decimals than the row's own.
 */
export function salinanTeliti(links: readonly { a: string; b: string }[], byId: Map<string, BarisTerbaca>): (row: BarisTerbaca, field: NumberField) => Teliti[] {
  const next = new Map<string, Ref[]>();
  const key = (r: Ref) => `${r.row.baris.id}.${r.field}`;
  links.forEach((l, i) => {
    const a = resolveRef(l.a, '', byId, `sama[${i}].a`);
    const b = resolveRef(l.b, '', byId, `sama[${i}].b`);
    next.set(key(a), [...(next.get(key(a)) ?? []), b]);
    next.set(key(b), [...(next.get(key(b)) ?? []), a]);
  });
  return (row, field) => {
    const own = row.cells[field];
    if (row.baris.id === undefined || !own || own.value === null) return [];
    const seen = new Set([`${row.baris.id}.${field}`]);
    const queue = [...(next.get(`${row.baris.id}.${field}`) ?? [])];
    const out: Teliti[] = [];
    while (queue.length > 0) {
      const r = queue.shift()!;
      if (seen.has(key(r))) continue;
      seen.add(key(r));
      queue.push(...(next.get(key(r)) ?? []));
      const c = cellOf(r);
      if (c && c.value !== null && c.decimals > own.decimals) out.push({ value: c.value, printed: c.printed, where: `${r.row.table.id} › ${label(r.row)}` });
    }
    return out;
  };
}
