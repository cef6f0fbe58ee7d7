/**
 * The four shipped report datasets: valid against the published JSON Schema, every printed string
 * verbatim in the report text, and the verifier's findings on them.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { verifyLaporan, type DatasetLaporan, type Temuan } from '../src/index.js';
import { seedsDir } from './helpers/vectors.js';
import { expectedErrors } from './fixtures/temuan-error.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const seeds: Record<string, string> = {
  'banyumas-2023': '000_ee950b920736b221.txt',
  'pamekasan-2023': '001_5ffaa85d39344473.txt',
  'buleleng-2023': '003_0549a7cbacc22fc7.txt',
  'polewali-mandar-2023': '004_832406180d8fbc67.txt',
};
const load = (id: string) => JSON.parse(readFileSync(`${root}src/contoh/${id}.json`, 'utf8')) as DatasetLaporan;
const results = Object.fromEntries(Object.keys(seeds).map((id) => [id, verifyLaporan(load(id))]));
const find = (id: string, pred: (f: Temuan) => boolean) => results[id]!.findings.filter(pred);

describe('shipped datasets', () => {
  const schema = JSON.parse(readFileSync(`${root}dist/laporan.schema.json`, 'utf8'));
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);

  for (const [id, seed] of Object.entries(seeds)) {
    it(`${id} validates against the published JSON Schema`, () => {
      const ok = validate(load(id));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });
    it(`${id}: every printed string occurs verbatim in ${seed}`, () => {
      const text = readFileSync(seedsDir + seed, 'utf8');
      const missing: string[] = [];
      const data = load(id);
      for (const t of data.tabel) {
        for (const b of t.baris) {
          for (const [k, v] of Object.entries(b)) {
            const printed = typeof v === 'string' ? v : v && typeof v === 'object' && 'printed' in v ? (v as { printed: string }).printed : null;
            if (printed === null || ['id', 'nama', 'no', 'kode', 'sasaran', 'satuan', 'kolom', 'level', 'induk', 'arah', 'rumus', 'ordinal', 'skala', 'metode', 'catatan'].includes(k)) continue;
            if (!text.includes(printed)) missing.push(`${t.id} › ${b.id} › ${k}: ${printed}`);
          }
        }
      }
      for (const s of data.skala) for (const band of s.bands) for (const v of [band.min, band.max]) {
        const printed = typeof v === 'string' ? v : v?.printed;
        if (printed && !text.includes(printed)) missing.push(`skala ${s.id}: ${printed}`);
      }
      expect(missing).toEqual([]);
    });
  }
  it('the JSON Schema rejects what the zod schema rejects', () => {
    expect(validate({ ...load('banyumas-2023'), locale: 'fr' })).toBe(false);
    expect(validate({ ...load('banyumas-2023'), tabel: [{ id: 'x', baris: [{ nama: 'a', realisai: '1' }] }] })).toBe(false);
  });
});

describe('findings the verifier must make on the four reports', () => {
  it('Banyumas Tabel 3.8: total realisasi printed 11.439.239.889 where its rows sum to 11.434.529.859', () => {
    const f = find('banyumas-2023', (x) => x.location.table === 'Tabel 3.8' && x.code === 'ROLLUP_SALAH' && x.recomputed === '11434529859');
    expect(f.length).toBe(1);
    expect(f[0]!.published).toContain('11.439.239.889');
  });
  it('Buleleng: "Persentase penduduk miskin" scored 113,59 in the higher-is-better direction', () => {
    const f = find('buleleng-2023', (x) => x.code === 'CAPAIAN_ARAH_TERBALIK');
    expect(f.length).toBeGreaterThanOrEqual(1);
    expect(f.every((x) => x.published === '113,59' && x.recomputedPrinted === '86,41' && /penduduk miskin/i.test(x.location.row))).toBe(true);
  });
  it('Pamekasan Tabel 3.9 row 31: efficiency printed −98,99 where capaian − serapan = −98,90', () => {
    const f = find('pamekasan-2023', (x) => x.location.table === 'Tabel 3.9' && x.code === 'EFISIENSI_SALAH' && x.location.row.startsWith('31.'));
    expect(f.length).toBe(1);
    expect(f[0]!.recomputed).toBe('-98.9');
    expect(f[0]!.published).toContain('-98,99');
  });
  it('Polewali Mandar "JUMLAH": printed 91,35 where realisasi / pagu = 99,01', () => {
    const f = find('polewali-mandar-2023', (x) => x.code === 'SERAPAN_SALAH' && x.published?.includes('91') === true && x.location.row.includes('JUMLAH'));
    expect(f.length).toBe(1);
    expect(f[0]!.recomputed!.startsWith('99.01')).toBe(true);
  });
});

describe('no false alarms', () => {
  it('every error finding on the four reports is listed, with its justification, in test/fixtures/temuan-error.ts', () => {
    const actual = Object.values(results).flatMap((r) =>
      r.findings.filter((f) => f.severity === 'error').map((f) => `${r.id} | ${f.code} | ${f.location.table} | ${f.location.row} | ${f.location.column} | ${f.published}`),
    );
    expect(actual.sort()).toEqual(expectedErrors.map((e) => e.finding).sort());
    for (const e of expectedErrors) expect(e.why.length, e.finding).toBeGreaterThan(15);
  });
});
