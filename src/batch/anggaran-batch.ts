import { BATAS_MASUKAN } from '../angka/batas.js';
import { objek, opsi } from '../angka/bentuk.js';
import { hasilBatch, kolomOf } from './capaian-batch.js';
import { Decimal, frozen } from '../angka/decimal.js';
import { Digit, kemas } from '../angka/digit.js';
import { toDecimal, type Angka, type InputOptions } from '../angka/input.js';
import { negatif, tolakNegatif } from '../angka/nonnegatif.js';
import { jumlahRincian, kebijakanKosong, type RollupOptions } from '../anggaran/rollup.js';
import { serapan } from '../anggaran/serapan.js';
import { naSerapan } from '../capaian/na.js';
import { dalamBaris, ErrorCode, SakipError } from '../errors.js';
import { readScaled, slot, type Scaled } from './angka-cepat.js';
import type { BatchOptions, HasilBatch } from './capaian-batch.js';
import { bagiBulat, kodeAlasan, POW10, startBatch, tabelMode } from './pembagian.js';

/** The columns of a row, as serapan() names them. */
const KOLOM = ['pagu', 'realisasi'] as const;

/** Parallel columns of a batch, one entry per row. @category Batch */
export type KolomAnggaran = { pagu: ArrayLike<Angka>; realisasi: ArrayLike<Angka | null | undefined> };

/**
 * Serapan of many budget lines at once, in columns; each figure equals `serapan(...)` rounded
 * the same way.
 *
 * @category Batch
 * @example
 * ```ts
 * import { serapanKolom, nilaiBatch } from 'sakip';
 * const h = serapanKolom({ pagu: ['22735850378', '0'], realisasi: ['19775725508', '0'] });
 * nilaiBatch(h, 0)?.toFixed(2); // '86.98'
 * h.reason[1];                  // 'pagu-nol'
 * ```
 */
export function serapanKolom(rawKolom: KolomAnggaran, rawOptions: Omit<BatchOptions, 'scale' | 'edges'> = {}): HasilBatch {
  const options = opsi(rawOptions);
  const kolom = objek<KolomAnggaran>(rawKolom, 'kolom');
  const paguKolom = kolomOf(kolom.pagu, 'pagu');
  const realKolom = kolomOf(kolom.realisasi, 'realisasi');
  const n = paguKolom.length;
  const { decimals, rounding, dmode, scaled, kode, large } = startBatch(n, realKolom.length, options);
  const p: Scaled = slot();
  const r: Scaled = slot();
  const k = 2 + decimals;
  // The rounding table of the mode; a mode without one (none of the named modes) takes the exact path.
  const tabel = tabelMode(dmode);
  let exactRows = 0;
  for (let i = 0; i < n; i++) {
    const px = paguKolom[i]!;
    const rx = realKolom[i];
    let q = Number.NaN;
    readScaled(px, 'pagu', i, options, p);
    const pv = p.ok ? p.m : p.kira!;
    // A blank or negative pagu, or one no double carries, is left to serapan(), which refuses
    // it (when it must) before reading realisasi.
    if (tabel !== undefined && k <= 22 && !p.blank && !Number.isNaN(pv) && !negatif(pv)) {
      readScaled(rx, 'realisasi', i, options, r);
      const rv = r.ok ? r.m : r.kira!;
      // NA rows are decided here too, as serapan() decides them (a negative figure is an error there).
      // Which NA reason wins is the owner's (capaian/na.ts).
      const na = r.blank || (!Number.isNaN(rv) && !negatif(rv)) ? naSerapan(pv === 0 ? 'nol' : 'ada', r.blank ? 'kosong' : rv === 0 ? 'nol' : 'ada') : null;
      if (na !== null) {
        kode[i] = kodeAlasan(na);
        scaled[i] = Number.NaN;
        continue;
      }
      if (!Number.isNaN(rv) && !negatif(rv) && pv !== 0) {
        if (p.ok && r.ok) {
          const s = p.s > r.s ? p.s : r.s;
          const pp = p.m * POW10[s - p.s]!;
          const rr = r.m * POW10[s - r.s]!;
          if (Number.isSafeInteger(pp) && Number.isSafeInteger(rr)) q = bagiBulat(rr, pp, k, tabel, true);
        } else {
          // A figure too long for a safe integer (a program's total): both as doubles within
          // 16 ulp (m / 10^s is one correctly rounded division), filtered without the exact step.
          q = bagiBulat(r.ok ? r.m / POW10[r.s]! : rv, p.ok ? p.m / POW10[p.s]! : pv, k, tabel, false);
        }
      }
    }
    if (Number.isNaN(q)) {
      exactRows++;
      const exact = dalamBaris(i, KOLOM, () => serapan({ pagu: px, realisasi: rx }, { locale: options.locale ?? 'auto' }));
      if (exact.value === null) {
        kode[i] = kodeAlasan(exact.reason!);
        scaled[i] = Number.NaN;
        continue;
      }
      const rounded = exact.value.toDecimalPlaces(decimals, dmode);
      q = Number(rounded.times(POW10[decimals]!).toFixed(0));
      if (!Number.isSafeInteger(q)) large.set(i, frozen(rounded));
    }
    scaled[i] = q;
  }
  return hasilBatch({ length: n, decimals, rounding, scaled, kode, band: null, scale: null, large, exactRows });
}

/**
 * The totals of each group after {@link rollupKolom}. `R` is `Decimal | null` when a blank
 * realisasi makes its group's total unknown (`kosong: 'tidak-diketahui'`).
 *
 * @category Batch
 */
export interface HasilRollupBatch<R extends Decimal | null = Decimal> {
  /** Σ pagu per group, exact. */
  readonly pagu: readonly Decimal[];
  /** Σ realisasi per group, exact; a blank realisasi counts as the `kosong` policy says. */
  readonly realisasi: readonly R[];
  /** Serapan of each group's totals (NA `realisasi-kosong` where the total is unknown). */
  readonly serapan: HasilBatch;
}

/** Options of {@link rollupKolom}. @category Batch */
export type RollupKolomOptions = Omit<BatchOptions, 'scale' | 'edges'> & RollupOptions;

/**
 * Rolls budget lines up into their groups (programs): exact sums of pagu and realisasi per
 * group, and each group's serapan. `induk[i]` is the group index (0 … groups − 1) of line i.
 * Every line needs its pagu; a blank realisasi adds 0 (`kosong: 'nol'`, the default: a line
 * not yet spent) or makes its group's realisasi unknown (`kosong: 'tidak-diketahui'`, as
 * {@link rollupAnggaran} does by default).
 *
 * @category Batch
 * @example
 * ```ts
 * import { rollupKolom, nilaiBatch } from 'sakip';
 * const kolom = { induk: [0, 0, 1], pagu: ['100', '50', '10'], realisasi: ['90', '50', null] };
 * const r = rollupKolom(kolom, 2);
 * r.pagu.map(String);                 // ['150', '10']
 * nilaiBatch(r.serapan, 0)?.toFixed(2); // '93.33'
 * r.realisasi.map(String);            // ['140', '0']
 * rollupKolom(kolom, 2, { kosong: 'tidak-diketahui' }).serapan.reason; // [null, 'realisasi-kosong']
 * ```
 */
export function rollupKolom(
  rawKolom: KolomAnggaran & { induk: ArrayLike<number> },
  groups: number,
  rawOptions?: RollupKolomOptions & { kosong?: 'nol' },
): HasilRollupBatch;
export function rollupKolom(
  rawKolom: KolomAnggaran & { induk: ArrayLike<number> },
  groups: number,
  rawOptions: RollupKolomOptions,
): HasilRollupBatch<Decimal | null>;
export function rollupKolom(
  rawKolom: KolomAnggaran & { induk: ArrayLike<number> },
  groups: number,
  rawOptions: RollupKolomOptions = {},
): HasilRollupBatch<Decimal | null> {
  const options = opsi(rawOptions);
  const kosong = kebijakanKosong(options.kosong ?? 'nol');
  const raw = objek<KolomAnggaran & { induk: ArrayLike<number> }>(rawKolom, 'kolom');
  const kolom = { pagu: kolomOf(raw.pagu, 'pagu'), realisasi: kolomOf(raw.realisasi, 'realisasi'), induk: kolomOf(raw.induk, 'induk') };
  const n = kolom.pagu.length;
  for (const c of ['realisasi', 'induk'] as const) {
    if (kolom[c].length !== n) throw new SakipError(ErrorCode.INVALID_OPTION, c, kolom[c].length, `panjang kolom harus ${n}`);
  }
  if (!Number.isInteger(groups) || groups < 0 || groups > BATAS_MASUKAN.baris) {
    throw new SakipError(ErrorCode.INVALID_OPTION, 'groups', groups);
  }
  const sums = new Sums(groups);
  // Which groups have a blank realisasi: the policy decides what that does to their total.
  const blank = new Uint8Array(groups);
  const x: Scaled = slot();
  const { induk, pagu: paguKolom, realisasi: realKolom } = kolom;
  for (let i = 0; i < n; i++) {
    const g = induk[i]!;
    // typeof first: comparing a caller's object would run its valueOf, or a Proxy's trap.
    if (!(typeof g === 'number' && Number.isInteger(g) && g >= 0 && g < groups)) throw new SakipError(ErrorCode.INVALID_TREE, `induk[${i}]`, g, `harus 0 … ${groups - 1}`);
    const px = paguKolom[i]!;
    readScaled(px, 'pagu', i, options, x);
    if (x.blank) throw new SakipError(ErrorCode.EMPTY, `pagu[${i}]`, px);
    sums.add(g, PAGU, x, px, 'pagu', i, options);
    const rx = realKolom[i];
    readScaled(rx, 'realisasi', i, options, x);
    if (x.blank) blank[g] = 1;
    else sums.add(g, REALISASI, x, rx!, 'realisasi', i, options);
  }
  const paguTotals = sums.totals(PAGU);
  // What the policy makes of a blank line, asked once: a group with one is its known lines plus
  // that (the same sum as jumlahRincian([known, null])), or unknown when the policy says null.
  const tambahKosong = jumlahRincian([null], kosong);
  const realTotals = sums
    .totals(REALISASI)
    .map((known, g) => (!blank[g] ? known : tambahKosong === null ? null : tambahKosong.isZero() ? known : known.plus(tambahKosong)));
  return Object.freeze({
    pagu: frozen(paguTotals),
    realisasi: frozen(realTotals),
    serapan: serapanKolom({ pagu: paguTotals, realisasi: realTotals }, options),
  });
}

// BigInt(10), not a 10n literal: the spreadsheet bundle targets ES2019.
const TEN = BigInt(10);

/** The two sums of each group: slot g × 2 + PAGU or REALISASI. */
const PAGU = 0;
const REALISASI = 1;

/**
 * Exact group sums at double speed: a sum is hi × 10^8 + lo in two doubles that hold exact
 * integers. A value is added to lo while the sum stays a safe integer; when it would not, lo's
 * part above 10^8 is carried into hi first. A sum that would leave that range, or meets a value
 * with more digits than a double holds, continues in BigInt. Each sum keeps the largest scale it
 * has seen. A group's two lo sit side by side and hi apart (touched only by a carry), so that the
 * memory a line touches is as small as the floats' sums.
 */
class Sums {
  private readonly lo: Float64Array;
  private readonly hi: Float64Array;
  private readonly scale: Int8Array;
  /** BigInt sums by slot. */
  private readonly big = new Map<number, { v: bigint; s: number }>();

  constructor(groups: number) {
    this.lo = new Float64Array(groups * 2);
    this.hi = new Float64Array(groups * 2);
    this.scale = new Int8Array(groups * 2);
  }

  add(g: number, c: number, x: Scaled, raw: Angka, column: string, index: number, options: InputOptions): void {
    const o = g * 2 + c;
    if (!x.ok) {
      const field = `${column}[${index}]`;
      // More digits than a double holds exactly: take the value through the input gate.
      const d = toDecimal(raw, field, options);
      tolakNegatif(d, field, raw);
      const s = d.decimalPlaces();
      this.addBig(o, BigInt(d.times(`1e${s}`).toFixed(0)), s);
      return;
    }
    // The field name is built only for the error.
    if (negatif(x.m)) tolakNegatif(x.m, `${column}[${index}]`, raw);
    if (this.big.size > 0 && this.big.has(o)) {
      this.addBig(o, BigInt(x.m), x.s);
      return;
    }
    let gs = this.scale[o]!;
    if (x.s > gs) {
      if (!this.carry(o)) {
        this.addBig(o, BigInt(x.m), x.s);
        return;
      }
      const f = POW10[x.s - gs]!;
      const lo = this.lo[o]! * f;
      const hi = this.hi[o]! * f;
      if (!(hi <= SAFE && lo <= SAFE)) {
        this.addBig(o, BigInt(x.m), x.s);
        return;
      }
      this.lo[o] = lo;
      this.hi[o] = hi;
      this.scale[o] = gs = x.s;
    }
    const v = x.m * POW10[gs - x.s]!;
    // Both integers at most 2^53 − 1, so SAFE − lo is exact and the test decides exactly.
    const lo = this.lo;
    if (v <= SAFE - lo[o]!) {
      lo[o]! += v;
      return;
    }
    if (v <= SAFE && this.carry(o) && v <= SAFE - lo[o]!) {
      lo[o]! += v;
      return;
    }
    this.addBig(o, BigInt(x.m), x.s);
  }

  /**
   * lo's part above 10^8 moved into hi, exactly (lo / 10^8 < 2^27 is floored without error, and
   * h × 10^8 ≤ lo is an exact product); false, and nothing moved, when hi would pass 2^53 − 1.
   */
  private carry(o: number): boolean {
    const lo = this.lo[o]!;
    const h = Math.floor(lo / SPLIT);
    if (this.hi[o]! > SAFE - h) return false;
    this.hi[o]! += h;
    this.lo[o] = lo - h * SPLIT;
    return true;
  }

  private addBig(o: number, v: bigint, s: number): void {
    let b = this.big.get(o);
    if (!b) {
      b = { v: BigInt(this.hi[o]!) * BIG_SPLIT + BigInt(this.lo[o]!), s: this.scale[o]! };
      this.big.set(o, b);
    }
    if (s > b.s) {
      b.v *= TEN ** BigInt(s - b.s);
      b.s = s;
    }
    b.v += v * TEN ** BigInt(b.s - s);
  }

  /** The sums at offset c (PAGU or REALISASI) of every group, as Decimals. */
  totals(c: number): Decimal[] {
    return Array.from({ length: this.lo.length / 2 }, (_, g) => {
      const o = g * 2 + c;
      const b = this.big.get(o);
      if (b) return new Decimal(`${b.v}e-${b.s}`);
      const moved = this.carry(o);
      const lo = this.lo[o]!;
      const hi = this.hi[o]!;
      const s = this.scale[o]!;
      if (!moved) return new Decimal(`${BigInt(hi) * BIG_SPLIT + BigInt(lo)}e-${s}`);
      return jumlahDesimal(hi, lo, s);
    });
  }
}

const DIGIT = new Digit();

/**
 * (hi × 10^8 + lo) × 10^−s as a Decimal, for integers 0 ≤ hi < 2^53 and 0 ≤ lo < 10^8: the
 * digits written into a buffer and the Decimal built from them by angka/digit.ts's `kemas`, with
 * no string and no decimal.js parse.
 */
function jumlahDesimal(hi: number, lo: number, s: number): Decimal {
  const d = DIGIT.d;
  let n = 0;
  if (hi > 0) n = tulis(lo, 8, d, tulis(hi, lebar(hi), d, 0));
  else if (lo > 0) n = tulis(lo, lebar(lo), d, 0);
  // The first digit stands for 10^(n − 1 − s); trailing zeros are not digits of the form.
  const e = n - 1 - s;
  while (n > 0 && d[n - 1] === 0) n--;
  DIGIT.n = n;
  DIGIT.e = n === 0 ? 0 : e;
  return kemas(DIGIT, 1);
}

/** How many digits an integer 1 ≤ m < 2^53 has. */
function lebar(m: number): number {
  let k = 1;
  while (k < 16 && POW10[k]! <= m) k++;
  return k;
}

/** Writes the `width` digits of 0 ≤ m < 10^width at d[at…]; returns the next position. */
function tulis(m: number, width: number, d: Uint8Array, at: number): number {
  // floor(m / 10) is exact for m < 2^53 (the quotient's rounding error stays below 0.1).
  for (let i = at + width - 1; i >= at; i--) {
    const q = Math.floor(m / 10);
    d[i] = m - q * 10;
    m = q;
  }
  return at + width;
}

const SAFE = Number.MAX_SAFE_INTEGER;
const SPLIT = 1e8;
const BIG_SPLIT = BigInt(SPLIT);
