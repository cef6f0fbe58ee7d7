import { ZERO, type Decimal } from '../angka/decimal.js';
import { ErrorCode, SakipError } from '../errors.js';

/**
 * What a blank part means when a parent's figure is summed from its parts (sub kegiatan into a
 * kegiatan, lines into a program, periods into a year): `'tidak-diketahui'`, the part is unknown
 * and so is the total (a total over parts of which one is missing is not a smaller number);
 * `'nol'`, the part is nothing and adds 0 (a line not yet spent, a cell printed as "-").
 * `rollupAnggaran` uses `'tidak-diketahui'` unless told otherwise, `rollupKolom` `'nol'`, and the
 * verifier reads a printed dash as `'nol'`.
 *
 * @category Anggaran
 */
export type KosongRollup = 'tidak-diketahui' | 'nol';

/** Options of a roll-up. @category Anggaran */
export interface RollupOptions {
  /** What a blank part means (see {@link KosongRollup}); each roll-up states its default. */
  kosong?: KosongRollup;
}

/** What a blank part stands for under each policy: 0, or null for unknown. */
const BAGIAN_KOSONG: Readonly<Record<KosongRollup, Decimal | null>> = Object.freeze({ 'tidak-diketahui': null, nol: ZERO });

/** The policy an option names, checked: `SAKIP_INVALID_OPTION` for anything else. */
export function kebijakanKosong(kosong: unknown, field = 'kosong'): KosongRollup {
  if (typeof kosong !== 'string' || !Object.prototype.hasOwnProperty.call(BAGIAN_KOSONG, kosong)) {
    throw new SakipError(ErrorCode.INVALID_OPTION, field, kosong);
  }
  return kosong as KosongRollup;
}

/** What a blank part stands for under a policy: 0, or null (unknown, which makes the total unknown). */
export function bagianKosong(kosong: KosongRollup): Decimal | null {
  return BAGIAN_KOSONG[kosong];
}

/**
 * The one roll-up sum: the parts of a parent, a blank part (null) taken as the policy says. Null
 * when a blank part is unknown under the policy. The library's, the batch's and the verifier's
 * roll-ups all decide blanks here.
 */
export function jumlahRincian(parts: Iterable<Decimal | null>, kosong: KosongRollup): Decimal | null {
  const blank = bagianKosong(kosong);
  let sum = ZERO;
  for (const p of parts) {
    const x = p ?? blank;
    if (x === null) return null;
    sum = sum.plus(x);
  }
  return sum;
}
