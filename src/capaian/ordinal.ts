import { objek } from '../angka/bentuk.js';
import { ErrorCode, SakipError } from '../errors.js';

/**
 * An ordinal scale for qualitative targets: each label has a score, and the scores feed the same
 * capaian formula as numbers do. Labels match case-insensitively, ignoring extra spaces.
 *
 * @category Capaian
 */
export interface OrdinalScale {
  readonly id: string;
  readonly source: string;
  readonly nilai: Readonly<Record<string, number>>;
}

const ordinal = (s: OrdinalScale): OrdinalScale => Object.freeze({ ...s, nilai: Object.freeze({ ...s.nilai }) });

/**
 * Built-in ordinal scales: BPK audit opinions, SAKIP grades, IKM quality categories.
 *
 * @category Capaian
 * @example
 * ```ts
 * import { capaian, ordinalScales } from 'sakip';
 * capaian({ target: 'WTP', realisasi: 'WDP' }, { ordinal: ordinalScales['opini-bpk'] }).value?.toFixed(2); // '75.00'
 * ```
 */
export const ordinalScales: Readonly<Record<string, OrdinalScale>> = Object.freeze({
  'opini-bpk': ordinal({
    id: 'opini-bpk',
    source: 'UU 15/2004 Pasal 16 (jenis opini BPK); skor ordinal WTP 4 … TW 1 menurut praktik',
    nilai: { WTP: 4, WDP: 3, TMP: 2, TW: 1 },
  }),
  'nilai-sakip': ordinal({
    id: 'nilai-sakip',
    source: 'PermenPANRB 88/2021 (predikat AA … D); skor ordinal AA 7 … D 1',
    nilai: { AA: 7, A: 6, BB: 5, B: 4, CC: 3, C: 2, D: 1 },
  }),
  'mutu-ikm': ordinal({
    id: 'mutu-ikm',
    source: 'PermenPANRB 14/2017 (mutu pelayanan A … D); skor ordinal Sangat Baik 4 … Tidak Baik 1',
    nilai: { 'SANGAT BAIK': 4, BAIK: 3, 'KURANG BAIK': 2, 'TIDAK BAIK': 1, A: 4, B: 3, C: 2, D: 1 },
  }),
});

/** The score of a label, or null when the label is not on the scale. */
export function scoreOf(scale: OrdinalScale, label: string): number | null {
  const key = label.trim().replace(/\s+/g, ' ').toUpperCase();
  for (const [name, score] of Object.entries(scale.nilai)) {
    if (name.toUpperCase() === key) return score;
  }
  return null;
}

/** Resolves an ordinal option given as an id or a scale object. */
export function resolveOrdinal(value: string | OrdinalScale): OrdinalScale {
  if (typeof value !== 'string') return checked(value);
  const found = Object.prototype.hasOwnProperty.call(ordinalScales, value) ? ordinalScales[value] : undefined;
  if (!found) throw new SakipError(ErrorCode.SCALE_UNKNOWN, 'ordinal', value);
  return found;
}

/** A scale object given by the caller: an id and labels with finite scores, read once. */
function checked(value: unknown): OrdinalScale {
  const s = objek<OrdinalScale>(value, 'ordinal');
  const nilai = objek<Record<string, unknown>>(s.nilai, 'ordinal.nilai');
  const bad = Object.entries(nilai).find(([, v]) => typeof v !== 'number' || !Number.isFinite(v));
  if (typeof s.id !== 'string' || bad) throw new SakipError(ErrorCode.SCALE_INVALID, 'ordinal', s.id);
  return ordinal({ id: s.id, source: typeof s.source === 'string' ? s.source : s.id, nilai: nilai as Record<string, number> });
}
