import { BATAS_MASUKAN } from '../angka/batas.js';
import { objek, opsi } from '../angka/bentuk.js';
import { hasilBatch, kolomOf } from './capaian-batch.js';
import { Decimal, frozen } from '../angka/decimal.js';
import { toDecimal, type Angka, type InputOptions } from '../angka/input.js';
import { negatif, tolakNegatif } from '../angka/nonnegatif.js';
import { jumlahRincian, kebijakanKosong, type RollupOptions } from '../anggaran/rollup.js';
import { serapan } from '../anggaran/serapan.js';
import { dalamBaris, ErrorCode, SakipError } from '../errors.js';
import { readScaled, slot, type Scaled } from './angka-cepat.js';
import type { BatchOptions, HasilBatch } from './capaian-batch.js';
import { kodeAlasan, POW10, roundedQuotient, startBatch } from './pembagian.js';

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
  let exactRows = 0;
  for (let i = 0; i < n; i++) {
    const px = paguKolom[i]!;
    const rx = realKolom[i];
    let q = Number.NaN;
    readScaled(px, 'pagu', i, options, p);
    const pv = p.ok ? p.m : p.kira!;
    // A blank or negative pagu, or one no double carries, is left to serapan(), which refuses
    // it (when it must) before reading realisasi.
    if (k <= 22 && !p.blank && !Number.isNaN(pv) && !negatif(pv)) {
      readScaled(rx, 'realisasi', i, options, r);
      const rv = r.ok ? r.m : r.kira!;
      // NA rows are decided here too, as serapan() decides them (a negative figure is an error there).
      if (r.blank || (pv === 0 && !Number.isNaN(rv) && !negatif(rv))) {
        kode[i] = kodeAlasan(r.blank ? 'realisasi-kosong' : 'pagu-nol');
        scaled[i] = Number.NaN;
        continue;
      }
      if (!Number.isNaN(rv) && !negatif(rv) && pv !== 0) {
        if (p.ok && r.ok) {
          const s = p.s > r.s ? p.s : r.s;
          const pp = p.m * POW10[s - p.s]!;
          const rr = r.m * POW10[s - r.s]!;
          if (Number.isSafeInteger(pp) && Number.isSafeInteger(rr)) q = roundedQuotient(rr, pp, k, dmode);
        } else {
          // A figure too long for a safe integer (a program's total): both as doubles within
          // 16 ulp (m / 10^s is one correctly rounded division), filtered without the exact step.
          q = roundedQuotient(r.ok ? r.m / POW10[r.s]! : rv, p.ok ? p.m / POW10[p.s]! : pv, k, dmode, false);
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
  const pagu = new Sum(groups);
  const real = new Sum(groups);
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
    pagu.add(g, x, px, 'pagu', i, options);
    const rx = realKolom[i];
    readScaled(rx, 'realisasi', i, options, x);
    if (x.blank) blank[g] = 1;
    else real.add(g, x, rx!, 'realisasi', i, options);
  }
  const paguTotals = pagu.totals();
  const realTotals = real.totals().map((known, g) => (blank[g] ? jumlahRincian([known, null], kosong) : known));
  return Object.freeze({
    pagu: frozen(paguTotals),
    realisasi: frozen(realTotals),
    serapan: serapanKolom({ pagu: paguTotals, realisasi: realTotals }, options),
  });
}

// BigInt(10), not a 10n literal: the spreadsheet bundle targets ES2019.
const TEN = BigInt(10);

/**
 * Exact group sums at double speed: a group's sum is hi × 10^8 + lo in two doubles that hold
 * exact integers. A value is added to lo while the sum stays a safe integer; when it would not,
 * lo's part above 10^8 is carried into hi first. A group that would leave that range, or meets a
 * value with more digits than a double holds, continues in BigInt. Each group keeps the largest
 * scale it has seen.
 */
class Sum {
  private readonly hi: Float64Array;
  private readonly lo: Float64Array;
  private readonly scale: Int8Array;
  private readonly big = new Map<number, { v: bigint; s: number }>();

  constructor(groups: number) {
    this.hi = new Float64Array(groups);
    this.lo = new Float64Array(groups);
    this.scale = new Int8Array(groups);
  }

  add(g: number, x: Scaled, raw: Angka, column: string, index: number, options: InputOptions): void {
    if (!x.ok) {
      const field = `${column}[${index}]`;
      // More digits than a double holds exactly: take the value through the input gate.
      const d = toDecimal(raw, field, options);
      tolakNegatif(d, field, raw);
      const s = d.decimalPlaces();
      this.addBig(g, BigInt(d.times(`1e${s}`).toFixed(0)), s);
      return;
    }
    // The field name is built only for the error.
    if (negatif(x.m)) tolakNegatif(x.m, `${column}[${index}]`, raw);
    if (this.big.size > 0 && this.big.has(g)) {
      this.addBig(g, BigInt(x.m), x.s);
      return;
    }
    let gs = this.scale[g]!;
    if (x.s > gs) {
      if (!this.carry(g)) {
        this.addBig(g, BigInt(x.m), x.s);
        return;
      }
      const f = POW10[x.s - gs]!;
      const hi = this.hi[g]! * f;
      const lo = this.lo[g]! * f;
      if (!(hi <= SAFE && lo <= SAFE)) {
        this.addBig(g, BigInt(x.m), x.s);
        return;
      }
      this.hi[g] = hi;
      this.lo[g] = lo;
      this.scale[g] = gs = x.s;
    }
    const v = x.m * POW10[gs - x.s]!;
    // Both integers at most 2^53 − 1, so SAFE − lo is exact and the test decides exactly.
    if (v <= SAFE - this.lo[g]!) {
      this.lo[g]! += v;
      return;
    }
    if (v <= SAFE && this.carry(g)) {
      if (v <= SAFE - this.lo[g]!) {
        this.lo[g]! += v;
        return;
      }
    }
    this.addBig(g, BigInt(x.m), x.s);
  }

  /**
   * lo's part above 10^8 moved into hi, exactly (h × 10^8 ≤ lo is an exact product); false, and
   * nothing moved, when hi would pass 2^53 − 1.
   */
  private carry(g: number): boolean {
    const lo = this.lo[g]!;
    const h = Math.floor(lo / SPLIT);
    if (this.hi[g]! > SAFE - h) return false;
    this.hi[g]! += h;
    this.lo[g] = lo - h * SPLIT;
    return true;
  }

  private addBig(g: number, v: bigint, s: number): void {
    let b = this.big.get(g);
    if (!b) {
      b = { v: BigInt(this.hi[g]!) * BIG_SPLIT + BigInt(this.lo[g]!), s: this.scale[g]! };
      this.big.set(g, b);
    }
    if (s > b.s) {
      b.v *= TEN ** BigInt(s - b.s);
      b.s = s;
    }
    b.v += v * TEN ** BigInt(b.s - s);
  }

  totals(): Decimal[] {
    return Array.from(this.hi, (_, g) => {
      const b = this.big.get(g);
      if (b) return new Decimal(`${b.v}e-${b.s}`);
      const moved = this.carry(g);
      const h = this.hi[g]!;
      const l = this.lo[g]!;
      if (!moved) return new Decimal(`${BigInt(h) * BIG_SPLIT + BigInt(l)}e-${this.scale[g]!}`);
      // hi × 10^8 + lo written out as digits (lo < 10^8 after the carry) and read once.
      const digits = h === 0 ? String(l) : String(h) + String(l).padStart(8, '0');
      return new Decimal(`${digits}e-${this.scale[g]!}`);
    });
  }
}

const SAFE = Number.MAX_SAFE_INTEGER;
const SPLIT = 1e8;
const BIG_SPLIT = BigInt(SPLIT);
