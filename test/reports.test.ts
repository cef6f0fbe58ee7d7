/**
 * Golden rows of the four reports in test/fixtures/laporan: every figure the reports print is
 * recomputed from its own printed inputs. The answer key ("expect") was worked out independently
 * with Python's decimal module; a row marked "mismatch" is a published figure that does not
 * follow from its inputs, and the library must not reproduce it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  capaian, efisiensi, jumlah, predikat, rasio, rataRata, serapan, sisa,
  type Arah, type MetodeEfisiensi, type RumusId,
} from '../src/index.js';
import { inputLocale, label, publishedLocale, read, reports, seedsDir, verdict, type Row, type Vectors } from './helpers/vectors.js';

const s = (r: Row, key: string) => r[key] as string;

/** The exact recomputation of one row, by section, through the library's public API. */
const recompute: Record<string, (v: Vectors, r: Row) => ReturnType<typeof read>['value'] | null> = {
  capaian: (v, r) =>
    capaian(
      { target: read(s(r, 'target'), inputLocale(v, r)).value, realisasi: read(s(r, 'realisasi'), inputLocale(v, r)).value },
      { arah: r.arah as Arah, rumus: r.rumus as RumusId },
    ).value,
  rasio: (v, r) =>
    rasio({ pembilang: read(s(r, 'numerator'), inputLocale(v, r)).value, penyebut: read(s(r, 'denominator'), inputLocale(v, r)).value }).value,
  serapan: (v, r) =>
    serapan({ pagu: read(s(r, 'pagu'), inputLocale(v, r)).value, realisasi: read(s(r, 'realisasi'), inputLocale(v, r)).value }).value,
  sisa: (v, r) =>
    sisa({ pagu: read(s(r, 'pagu'), inputLocale(v, r)).value, realisasi: read(s(r, 'realisasi'), inputLocale(v, r)).value }).value,
  jumlah: (v, r) => jumlah((r.parts as string[]).map((p) => read(p, inputLocale(v, r)).value)).value,
  rataRata: (v, r) => rataRata((r.parts as string[]).map((p) => read(p, inputLocale(v, r)).value)).value,
  efisiensi: (v, r) =>
    efisiensi(
      {
        capaian: r.capaian === undefined ? null : read(s(r, 'capaian'), inputLocale(v, r)).value,
        serapan: read(s(r, 'serapan'), inputLocale(v, r)).value,
      },
      { metode: r.metode as MetodeEfisiensi },
    ).value,
};

for (const v of reports) {
  describe(`${v.report} (${v.seed})`, () => {
    const text = readFileSync(seedsDir + v.seed, 'utf8');

    it('every printed string in the vectors occurs verbatim in the report text', () => {
      const missing: string[] = [];
      const keys = ['published', 'target', 'realisasi', 'numerator', 'denominator', 'pagu', 'capaian', 'serapan', 'value'];
      for (const [section, rows] of Object.entries(v)) {
        if (!Array.isArray(rows) || section === 'notes') continue;
        for (const r of rows as Row[]) {
          const strings = [...keys.map((k) => r[k]), ...((r.parts as string[] | undefined) ?? [])];
          for (const str of strings) if (typeof str === 'string' && !text.includes(str)) missing.push(`${section}: ${str}`);
        }
      }
      expect(missing).toEqual([]);
    });

    for (const section of Object.keys(recompute)) {
      const rows = (v as unknown as Record<string, Row[]>)[section] ?? [];
      for (const r of rows) {
        it(label(v, section, r), () => {
          const exact = recompute[section]!(v, r);
          expect(exact, 'the row must be measurable').not.toBeNull();
          const printed = read(r.published, publishedLocale(v, r));
          expect(verdict(exact!, printed), r.note || `recomputed ${exact!.toString()}`).toBe(r.expect);
        });
      }
    }

    for (const r of v.predikat) {
      it(label(v, 'predikat', r), () => {
        const value = read(s(r, 'value'), inputLocale(v, r)).value;
        const band = predikat(value, s(r, 'scale'));
        const names = band ? [band.label, band.keterangan].filter(Boolean).map((x) => x!.toLowerCase()) : [];
        const ok = names.includes(r.published.toLowerCase());
        expect(ok ? 'match' : 'mismatch', `${r.note ?? ''} band: ${band?.label ?? 'none'}`).toBe(r.expect);
      });
    }
  });
}

describe('vector coverage', () => {
  it('holds at least 60 real rows across the four reports, from every report', () => {
    const counts = reports.map((v) => Object.values(v).filter(Array.isArray).reduce((n, rows) => n + (rows as unknown[]).length, 0) - v.notes.length);
    expect(reports.map((v) => v.report)).toEqual(['banyumas-2023', 'buleleng-2023', 'pamekasan-2023', 'polewali-mandar-2023']);
    for (const c of counts) expect(c).toBeGreaterThanOrEqual(25);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(60);
  });
});
