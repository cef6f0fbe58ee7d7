import { jumlah, rataRata } from '../agregat/rata-rata.js';
import type { Decimal } from '../angka/decimal.js';
import { inputText } from '../angka/result.js';
import { KOSONG_TERCETAK, NUMBER_FIELDS, type BarisTerbaca, type NumberField } from './baca.js';
import { bagianKosong } from '../anggaran/rollup.js';
import { angka, tampil, type Pencatat } from './konteks.js';
import { compare } from './periksa-kinerja.js';

/**
 * Figures per month or quarter (e-monev exports, the Permendagri 86/2017 evaluation table with
 * realisasi triwulan I–IV) against the year's printed figure: the sum of the periods, or the last,
 * the maximum or the mean, as the report accumulates them. Running totals (`kumulatif`) must never
 * decrease, and the year is the last of them.
 */
export function periksaPeriode(row: BarisTerbaca, log: Pencatat): void {
  if (row.periode.length === 0) return;
  const b = row.baris;
  const field = (b.periodeKolom ?? 'realisasi') as NumberField;
  const printed = (NUMBER_FIELDS as readonly string[]).includes(field) ? angka(row, field) : null;
  // A period printed as a dash is blank: what the verifier's policy makes of it (0); a garbled or
  // text one stops the check.
  const values = row.periode.map((p) => (p.cell.dash ? bagianKosong(KOSONG_TERCETAK) : p.cell.value));
  const cara = b.kumulatif ? 'terakhir' : (b.akumulasi ?? 'jumlah');
  if (b.kumulatif) {
    const turun = row.periode.findIndex((_, i) => i > 0 && values[i] !== null && values[i - 1] !== null && values[i]!.lt(values[i - 1]!));
    if (turun > 0) {
      log.add('PERIODE_KUMULATIF_TURUN', { row, field },
        `Angka kumulatif ${row.periode[turun]!.label} (${row.periode[turun]!.cell.printed}) lebih kecil daripada ${row.periode[turun - 1]!.label} (${row.periode[turun - 1]!.cell.printed}): angka s/d suatu periode tidak dapat berkurang.`,
        { published: row.periode[turun]!.cell.printed });
    }
  }
  if (!printed) return;
  if (values.some((v) => v === null)) {
    log.lewati(row, field, 'masukan-tidak-lengkap', 'tidak semua angka per periode tercetak sebagai angka');
    return;
  }
  const { exact, text } = dariPeriode(row, values as Decimal[], cara, printed.decimals, printed.style);
  log.periksa(row, field, `periode-${cara}`);
  compare(exact, printed, row, field, log, 'PERIODE', text);
}

/** The year's figure from its periods under `cara`, with the working at the printed precision. */
function dariPeriode(row: BarisTerbaca, v: Decimal[], cara: string, decimals: number, style: 'id' | 'en' | undefined): { exact: Decimal; text: string } {
  const labels = row.periode.map((p) => p.label);
  if (cara === 'jumlah') {
    const exact = jumlah(v).value;
    return { exact, text: `jumlah ${labels.join(' + ')} = ${v.map(inputText).join(' + ')} = ${tampil(exact, decimals, row, style)}` };
  }
  if (cara === 'terakhir') {
    const exact = v[v.length - 1]!;
    return { exact, text: `angka periode terakhir (${labels[labels.length - 1]}) = ${inputText(exact)}` };
  }
  if (cara === 'maksimum') {
    const exact = v.reduce((a, x) => (x.gt(a) ? x : a));
    return { exact, text: `angka terbesar dari ${labels.join(', ')} = ${inputText(exact)}` };
  }
  const exact = rataRata(v).value!;
  return { exact, text: `rata-rata ${labels.join(', ')} = ${tampil(exact, Math.max(decimals, 2), row, style)}` };
}

/**
 * The year's figure in `field` of a row as its periods give it, before any rounding; null when the
 * row has no periods for that field or one of them is not printed as a number.
 */
export function periodeTakDibulatkan(row: BarisTerbaca, field: string): Decimal | null {
  const b = row.baris;
  if (row.periode.length === 0 || (b.periodeKolom ?? 'realisasi') !== field) return null;
  const values = row.periode.map((p) => (p.cell.dash ? bagianKosong(KOSONG_TERCETAK) : p.cell.value));
  if (values.some((v) => v === null)) return null;
  return dariPeriode(row, values as Decimal[], b.kumulatif ? 'terakhir' : (b.akumulasi ?? 'jumlah'), 2, undefined).exact;
}
