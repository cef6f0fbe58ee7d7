import { opsi } from '../angka/bentuk.js';
import type { InputOptions } from '../angka/input.js';
import { parseModel } from '../model/validate.js';
import { bacaDataset, NUMBER_FIELDS, type BarisTerbaca, type NumberField } from './baca.js';
import { dariAngkaSalah } from './turunan.js';
import { DatasetLaporanSchema, type DatasetLaporan } from './dataset.js';
import { Pencatat } from './konteks.js';
import { agregatTakDibulatkan, periksaAgregat, periksaSama, salinanTeliti } from './periksa-agregat.js';
import { anak, periksaEfisiensi, periksaRollup, periksaSerapan, periksaSerapanInduk } from './periksa-anggaran.js';
import { hitungCakupan, type CakupanLaporan } from './cakupan.js';
import { batasTabel, kebiasaanTabel, periksaCapaian, periksaRasio } from './periksa-kinerja.js';
import { periksaPeriode, periodeTakDibulatkan } from './periksa-periode.js';
import { bacaSkala, laporDiAtasRentang, periksaPredikat } from './periksa-skala.js';
import type { Severity, Temuan } from './temuan.js';

const PROGRESS_EVERY = 2000;

/** The findings for one report. @category Verifikasi */
export interface HasilVerifikasi {
  readonly id: string;
  readonly instansi: string;
  readonly tahun: number | null;
  readonly findings: readonly Temuan[];
  readonly summary: Readonly<Record<Severity, number>>;
  /**
   * What was read and recomputed, per table and in all, and every printed figure that looks
   * derived but could not be recomputed, with its reason: a report without findings is "all
   * right" only as far as `coverage.notChecked` is empty.
   */
  readonly coverage: CakupanLaporan;
}

/** @category Verifikasi */
export interface VerifyOptions {
  /** Leave out `info` findings; default false. */
  withoutInfo?: boolean;
  /**
   * Called every few thousand rows and once at the end with the rows checked so far, the rows in
   * all, and the findings so far: a long run can show that it is alive.
   */
  onProgress?: (rowsDone: number, rowsTotal: number, findings: number) => void;
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
 * import { verifyLaporan } from 'sakip/verifikasi';
 * const hasil = verifyLaporan({
 *   format: 'sakip-laporan/1', id: 'contoh', instansi: 'Dinas Sosial', tahun: 2023, locale: 'id', skala: [],
 *   tabel: [{ id: 'Tabel 3.1', baris: [
 *     { nama: 'Persentase penduduk miskin', arah: 'negatif', target: '5,15', realisasi: '5,85', capaian: '113,59' } ] }],
 * });
 * hasil.findings[0]?.code; // 'CAPAIAN_ARAH_TERBALIK'
 * hasil.summary;           // { error: 1, rounding: 0, warning: 0, info: 0 }
 * hasil.coverage.checked;  // 1 (the capaian, recomputed by F2)
 * hasil.coverage.notChecked; // []
 * ```
 */
export function verifyLaporan(dataset: unknown, rawOptions: VerifyOptions & InputOptions = {}): HasilVerifikasi {
  const options = opsi(rawOptions);
  const parsed: DatasetLaporan = parseModel(DatasetLaporanSchema, dataset);
  // A caller's locale reads a dataset that declares none; the dataset's own always wins.
  const data: DatasetLaporan = parsed.locale === undefined && options.locale !== undefined && options.locale !== 'auto' ? { ...parsed, locale: options.locale } : parsed;
  const { log, rows, children } = periksaSemua(data, options.onProgress);
  // Figures right only by a wrong figure they follow from: found by verifying again with the
  // wrong figures corrected.
  for (const f of dariAngkaSalah(data, log, (koreksi) => periksaSemua(koreksi).log)) log.findings.push(f);

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
    coverage: hitungCakupan(rows, new Set(children.keys()), log),
  });
}

/** One verification pass over a dataset: every rule on every row, then the cross-row rules. */
function periksaSemua(data: DatasetLaporan, onProgress?: VerifyOptions['onProgress']): { log: Pencatat; rows: BarisTerbaca[]; children: Map<string, BarisTerbaca[]> } {
  const log = new Pencatat();
  const skala = bacaSkala(data, log);
  const { rows, byId } = bacaDataset(data);
  const above = new Map<string, number>();
  let done = 0;
  const kebiasaan = kebiasaanTabel(rows);
  const batas = batasTabel(rows);
  const teliti = salinanTeliti(data.sama ?? [], byId);
  // A row's own figure as its periods or its mean give it, before rounding.
  const takDibulatkan = (row: BarisTerbaca, field: NumberField) => periodeTakDibulatkan(row, field) ?? agregatTakDibulatkan(row, field, byId);
  for (const row of rows) {
    if (onProgress && ++done % PROGRESS_EVERY === 0) onProgress(done, rows.length, log.findings.length);
    for (const field of NUMBER_FIELDS) {
      const c = row.cells[field];
      if (c?.garbled) {
        log.add('SEL_RUSAK', { row, field }, `Sel "${c.printed}" rusak pada teks laporan, sehingga tidak diperiksa.`, { published: c.printed });
      }
    }
    periksaRasio(row, log);
    periksaCapaian(row, log, kebiasaan, teliti, takDibulatkan, batas);
    periksaPredikat(row, skala, log, above);
    periksaSerapan(row, log);
    periksaEfisiensi(row, log);
    periksaAgregat(row, byId, log);
    periksaPeriode(row, log);
  }
  const children = anak(rows);
  periksaRollup(rows, children, log);
  periksaSerapanInduk(rows, children, log);
  periksaSama(data.sama ?? [], byId, log);
  laporDiAtasRentang(skala, above, log);
  onProgress?.(rows.length, rows.length, log.findings.length);
  return { log, rows, children };
}
