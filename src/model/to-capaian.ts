import { objek, opsi, punya } from '../angka/bentuk.js';
import type { InputOptions } from '../angka/input.js';
import type { HasilOptions } from '../angka/result.js';
import { capaian, type CapaianInput, type HasilCapaian } from '../capaian/capaian.js';
import type { Indikator } from './kinerja.js';

/**
 * The capaian of an indikator model, with its own direction, formula and ordinal scale.
 *
 * @category Model
 * @example
 * ```ts
 * import { capaianIndikator } from 'sakip/model';
 * capaianIndikator({ nama: 'Nilai LHE AKIP', satuan: 'nilai', arah: 'positif', target: '81,50', realisasi: '80,15' },
 *   { decimals: 2 }).rounded?.toFixed(2); // '98.34'
 * ```
 */
export function capaianIndikator(raw: Indikator, rawOptions: HasilOptions & InputOptions = {}): HasilCapaian {
  const indikator = objek<Indikator>(raw, 'indikator');
  const options = opsi(rawOptions);
  const t = indikator.target;
  const r = indikator.realisasi;
  const label = (x: unknown, field: string) => (punya(x, 'kualitatif', field) ? objek<{ kualitatif: string }>(x, field).kualitatif : x);
  const input: CapaianInput = {
    target: label(t, 'indikator.target') as CapaianInput['target'],
    realisasi: label(r, 'indikator.realisasi') as CapaianInput['realisasi'],
    ...(indikator.realisasiSebelumnya !== undefined ? { realisasiSebelumnya: indikator.realisasiSebelumnya } : {}),
  };
  return capaian(input, {
    ...options,
    arah: indikator.arah,
    ...(indikator.rumus ? { rumus: indikator.rumus } : {}),
    ...(indikator.ordinal ? { ordinal: indikator.ordinal } : {}),
  });
}
