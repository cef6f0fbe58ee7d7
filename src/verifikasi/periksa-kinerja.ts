import type { Decimal } from '../angka/decimal.js';
import { capaian, type HasilCapaian } from '../capaian/capaian.js';
import { rasio } from '../capaian/rasio.js';
import type { RumusId } from '../capaian/rumus.js';
import { defaultRumus, rumusCapaian } from '../capaian/rumus.js';
import { angka, banding, isAggregate, Pencatat, ROUNDING_TEXT, tampil } from './konteks.js';
import type { BarisTerbaca } from './baca.js';

const NEGATIF_SAH: readonly RumusId[] = ['F2', 'F4'];

/** Capaian of a row from its printed target and realisasi (or output target / realisasi). */
export function periksaCapaian(row: BarisTerbaca, log: Pencatat): void {
  const printed = angka(row, 'capaian');
  if (!printed || isAggregate(row, 'capaian')) return;
  const b = row.baris;
  const useOutput = b.target === undefined && b.outputTarget !== undefined;
  const tField = useOutput ? 'outputTarget' : 'target';
  const rField = useOutput ? 'outputRealisasi' : 'realisasi';
  const arah = b.arah ?? row.table.arah ?? 'positif';
  // A formula stated for the other direction ("semakin tinggi realisasi semakin baik: R / T") does
  // not apply to this indicator: it is measured by the default formula of its own direction.
  const statedAny = b.rumus ?? row.table.rumus;
  const stated = statedAny && rumusCapaian[statedAny].arah === arah ? statedAny : undefined;
  const rumus = stated ?? defaultRumus(arah);
  const hitung = (r: RumusId): HasilCapaian | null => {
    if (b.ordinal && typeof b[tField] === 'string' && typeof b[rField] === 'string') {
      return capaian({ target: b[tField] as string, realisasi: b[rField] as string }, { arah, rumus: r, ordinal: b.ordinal });
    }
    const t = angka(row, tField);
    const re = angka(row, rField);
    if (!t || !re) return null;
    return capaian({ target: t.value, realisasi: re.value }, { arah, rumus: r });
  };
  const hasil = hitung(rumus);
  if (!hasil) return;
  log.periksa(row, 'capaian', `capaian-${rumus}`);
  const where = { row, field: 'capaian' };
  const detail = { published: printed.printed, decimals: printed.decimals, style: printed.style };
  if (hasil.value === null) {
    log.add('CAPAIAN_TIDAK_TERUKUR', where, `Capaian tercetak ${printed.printed}, padahal tidak dapat diukur: ${hasil.explanation}.`, detail);
    return;
  }
  const cmp = banding(hasil.value, printed.value, printed.decimals);
  if (cmp.kind === 'match') return;
  const full = { ...detail, exact: hasil.value };
  const should = tampil(hasil.value, printed.decimals, row, printed.style);
  if (cmp.kind === 'rounding') {
    log.add('CAPAIAN_PEMBULATAN', where,
      `Capaian tercetak ${printed.printed}; ${hasil.explanation}, sehingga seharusnya ${should}. Angka tercetak hanya cocok bila ${ROUNDING_TEXT[cmp.rounding]}.`, full);
    return;
  }
  // Which formula did the printed figure follow?
  const follows = (['F1', 'F2', 'F4', 'F5'] as RumusId[]).filter((r) => {
    if (r === rumus || (r === 'F2' && rumus === 'F3')) return false;
    const alt = hitung(r);
    return alt?.value != null && banding(alt.value, printed.value, printed.decimals).kind !== 'mismatch';
  });
  if (arah === 'negatif' && follows.includes('F1')) {
    log.add('CAPAIAN_ARAH_TERBALIK', where,
      `Indikator ini negatif (semakin rendah semakin baik), tetapi capaian ${printed.printed} dihitung sebagai realisasi / target (F1, indikator positif). ${hasil.explanation}, sehingga seharusnya ${should}.`, full);
  } else if (!stated && arah === 'negatif' && follows.some((r) => NEGATIF_SAH.includes(r))) {
    const r = follows.find((x) => NEGATIF_SAH.includes(x))!;
    log.add('CAPAIAN_RUMUS_LAIN', where,
      `Capaian ${printed.printed} mengikuti rumus ${r}, bukan ${rumus} (${hasil.explanation}). Laporan tidak menyatakan rumusnya; sebutkan rumus yang dipakai.`, full);
  } else {
    const also = follows.length ? ` Angka tercetak cocok dengan rumus ${follows.join(' / ')}.` : '';
    log.add('CAPAIAN_SALAH', where, `Capaian tercetak ${printed.printed}, padahal ${hasil.explanation}, sehingga seharusnya ${should}.${also}`, full);
  }
}

/** A ratio row: pembilang / penyebut × 100 against the printed realisasi (or capaian). */
export function periksaRasio(row: BarisTerbaca, log: Pencatat): void {
  const p = angka(row, 'pembilang');
  const q = angka(row, 'penyebut');
  if (!p || !q) return;
  const field = angka(row, 'realisasi') ? 'realisasi' : 'capaian';
  const printed = angka(row, field);
  if (!printed) return;
  const r = rasio({ pembilang: p.value, penyebut: q.value });
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
  kind: 'RASIO' | 'SERAPAN' | 'EFISIENSI' | 'RATA_RATA' | 'JUMLAH' | 'SELISIH' | 'PERTUMBUHAN' | 'PERKALIAN' | 'PERSENTASE',
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
