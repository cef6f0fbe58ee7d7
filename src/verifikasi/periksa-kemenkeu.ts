import { efisiensiKemenkeuRinci, E_BOUND, nilaiEfisiensiKemenkeu } from '../anggaran/efisiensi.js';
import type { Decimal } from '../angka/decimal.js';
import { negatif } from '../angka/nonnegatif.js';
import type { BarisTerbaca } from './baca.js';
import { angka, tampil, type Pencatat } from './konteks.js';
import { compare } from './periksa-kinerja.js';

/**
 * The Kemenkeu budget efficiency (PMK 22/2021): E = Σ(PAK × CK − RAK) / Σ(PAK × CK) × 100 from the
 * outputs' pagu, realisasi and capaian (the rows of `agregat.dari`, else the row itself), and
 * NE = 50 + E / 20 × 50. The printed E (`efisiensi`) and NE (`nilai`) are checked; an E outside
 * ±20 % or an NE outside 0–100 % cannot be a Kemenkeu figure at all.
 */
export function periksaKemenkeu(row: BarisTerbaca, outputs: readonly BarisTerbaca[], log: Pencatat): void {
  const e = angka(row, 'efisiensi');
  const ne = angka(row, 'nilai');
  if (!e && !ne) return;
  const inputs = outputs.map((o) => ({ pagu: angka(o, 'pagu'), realisasi: angka(o, 'realisasiAnggaran'), capaian: angka(o, 'capaian') }));
  const complete = inputs.length > 0 && inputs.every((x) => x.pagu && x.realisasi && x.capaian);
  let exactE: Decimal | null = null;
  if (complete) {
    const { hasil, kalimatE } = efisiensiKemenkeuRinci(inputs.map((x) => ({ pagu: x.pagu!.value, realisasi: x.realisasi!.value, capaian: x.capaian!.value })));
    exactE = hasil.value;
    if (e && exactE !== null) {
      log.periksa(row, 'efisiensi', 'efisiensi-kemenkeu');
      compare(exactE, e, row, 'efisiensi', log, 'EFISIENSI', kalimatE!);
    }
  } else if (e) log.lewati(row, 'efisiensi', 'tanpa-masukan', 'pagu, realisasi dan capaian keluarannya tidak tercetak semua');
  // NE follows from E: from the recomputed E when there is one, else from the printed E.
  const base = exactE ?? e?.value ?? null;
  if (ne && base !== null) {
    log.periksa(row, 'nilai', 'nilai-efisiensi-kemenkeu');
    const exactNE = nilaiEfisiensiKemenkeu(base);
    compare(exactNE, ne, row, 'nilai', log, 'EFISIENSI', `NE = 50 + E / 20 × 50 = 50 + ${tampil(base, Math.max(2, e?.decimals ?? 2), row)} / 20 × 50 = ${tampil(exactNE, Math.max(2, ne.decimals), row)}`);
  }
  const eOut = base !== null && base.abs().gt(E_BOUND);
  const neOut = ne !== null && (negatif(ne.value) || ne.value.gt(100));
  if (eOut || neOut) {
    log.add('EFISIENSI_KEMENKEU_DI_LUAR_RENTANG', { row, field: neOut ? 'nilai' : 'efisiensi' },
      `${neOut ? `Nilai efisiensi tercetak ${ne!.printed}` : `Efisiensi ${tampil(base!, 2, row)} %`} mustahil menurut PMK 22/2021: E harus di antara −20 % dan 20 %, sehingga NE di antara 0 % dan 100 %${eOut ? ` (E = ${tampil(base!, 2, row)} %)` : ''}.`,
      { published: neOut ? ne!.printed : (e?.printed ?? null) });
  }
}
