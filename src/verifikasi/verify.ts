import { opsi } from '../angka/bentuk.js';
import type { InputOptions } from '../angka/input.js';
import { parseModel } from '../model/validate.js';
import { bacaDataset, NUMBER_FIELDS } from './baca.js';
import { DatasetLaporanSchema, type DatasetLaporan } from './dataset.js';
import { Pencatat } from './konteks.js';
import { periksaAgregat, periksaSama } from './periksa-agregat.js';
import { periksaEfisiensi, periksaRollup, periksaSerapan } from './periksa-anggaran.js';
import { periksaCapaian, periksaRasio } from './periksa-kinerja.js';
import { bacaSkala, laporDiAtasRentang, periksaPredikat } from './periksa-skala.js';
import type { Severity, Temuan } from './temuan.js';

/** The findings for one report. @category Verifikasi */
export interface HasilVerifikasi {
  readonly id: string;
  readonly instansi: string;
  readonly tahun: number | null;
  readonly findings: readonly Temuan[];
  readonly summary: Readonly<Record<Severity, number>>;
}

/** @category Verifikasi */
export interface VerifyOptions {
  /** Leave out `info` findings; default false. */
  withoutInfo?: boolean;
}

/**
 * Verifies a published report: recomputes every derived figure its dataset holds from the
 * report's own printed inputs and lists what is wrong (`error`), right only under another
 * rounding (`rounding`), questionable (`warning`) or worth knowing (`info`).
 *
 * `locale` (`'id'` or `'en'`) reads a dataset that declares no number style.
 *
 * Throws a {@link SakipError} (`SAKIP_INVALID_MODEL`, `SAKIP_AMBIGUOUS_NUMBER`, …) naming the path
 * and value when the dataset itself is unusable.
 *
 * @category Verifikasi
 * @example
 * ```ts
 * import { verifyLaporan } from 'sakip';
 * const hasil = verifyLaporan({
 *   format: 'sakip-laporan/1', id: 'contoh', instansi: 'Dinas Sosial', tahun: 2023, locale: 'id', skala: [],
 *   tabel: [{ id: 'Tabel 3.1', baris: [
 *     { nama: 'Persentase penduduk miskin', arah: 'negatif', target: '5,15', realisasi: '5,85', capaian: '113,59' } ] }],
 * });
 * hasil.findings[0]?.code; // 'CAPAIAN_ARAH_TERBALIK'
 * hasil.summary;           // { error: 1, rounding: 0, warning: 0, info: 0 }
 * ```
 */
export function verifyLaporan(dataset: unknown, rawOptions: VerifyOptions & InputOptions = {}): HasilVerifikasi {
  const options = opsi(rawOptions);
  const parsed: DatasetLaporan = parseModel(DatasetLaporanSchema, dataset);
  // A caller's locale reads a dataset that declares none; the dataset's own always wins.
  const data: DatasetLaporan = parsed.locale === undefined && options.locale !== undefined && options.locale !== 'auto' ? { ...parsed, locale: options.locale } : parsed;
  const log = new Pencatat();
  const skala = bacaSkala(data, log);
  const { rows, byId } = bacaDataset(data);
  const above = new Map<string, number>();
  for (const row of rows) {
    for (const field of NUMBER_FIELDS) {
      const c = row.cells[field];
      if (c?.garbled) {
        log.add('SEL_RUSAK', { row, field }, `Sel "${c.printed}" rusak pada teks laporan, sehingga tidak diperiksa.`, { published: c.printed });
      }
    }
    periksaRasio(row, log);
    periksaCapaian(row, log);
    periksaPredikat(row, skala, log, above);
    periksaSerapan(row, log);
    periksaEfisiensi(row, log);
    periksaAgregat(row, byId, log);
  }
  periksaRollup(rows, log);
  periksaSama(data.sama ?? [], byId, log);
  laporDiAtasRentang(skala, above, log);

  const order = new Map(data.tabel.map((t, i) => [t.id, i]));
  const findings = log.findings
    .filter((f) => !(options.withoutInfo && f.severity === 'info'))
    .map((f, i) => ({ f, i }))
    .sort((x, y) => (order.get(x.f.location.table) ?? -1) - (order.get(y.f.location.table) ?? -1) || x.i - y.i)
    .map(({ f }) => f);
  const summary = { error: 0, rounding: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  return Object.freeze({
    id: data.id,
    instansi: data.instansi,
    tahun: data.tahun ?? null,
    findings: Object.freeze(findings),
    summary: Object.freeze(summary),
  });
}

