/**
 * Real report tables of other agencies (central and regional, 2015–2022), transcribed
 * independently into test/fixtures/lain/*.json, each with an answer key worked out in exact
 * decimals (*.kunci.json; sources in each dataset's `sumber`). What is wrong must be an error or a
 * warning, what is right must not be an error, what is right only when truncated is a rounding
 * finding, and the coverage accounts for every derived figure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyLaporan } from '../src/index.js';

const dir = new URL('./fixtures/lain/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.kunci.json')).sort();

interface Kunci {
  angka: { table: string; rowId: string; field: string; printed: string; verdict: 'benar' | 'pembulatan' | 'salah'; note?: string }[];
}

describe('reports of other agencies, against independent answer keys', () => {
  it('there are at least eight, each with a source', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const f of files) expect(JSON.parse(readFileSync(new URL(f, dir), 'utf8')).sumber, f).toMatch(/\S{10}/);
  });
  for (const f of files) {
    it(f, () => {
      const data = JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
      const kunci = JSON.parse(readFileSync(new URL(f.replace(/\.json$/, '.kunci.json'), dir), 'utf8')) as Kunci;
      const r = verifyLaporan(data);
      const on = (rowId: string, field: string) => r.findings.filter((x) => x.rowId === rowId && x.field === field);
      expect(kunci.angka.length).toBeGreaterThan(0);
      for (const k of kunci.angka) {
        const found = on(k.rowId, k.field).map((x) => x.severity);
        const what = `${k.rowId}.${k.field} printed ${k.printed}: ${k.verdict}`;
        if (k.verdict === 'salah') expect(found.some((s) => s === 'error' || s === 'warning'), what).toBe(true);
        if (k.verdict === 'benar') expect(found.filter((s) => s === 'error' || s === 'rounding'), what).toEqual([]);
        if (k.verdict === 'pembulatan') expect(found, what).toContain('rounding');
      }
      for (const t of r.coverage.tables) expect(t.checked + t.notChecked.length).toBe(t.derived);
      // Every error the verifier raises is one the key knows to be wrong.
      const wrong = new Set(kunci.angka.filter((k) => k.verdict === 'salah').map((k) => `${k.rowId}.${k.field}`));
      for (const x of r.findings.filter((y) => y.severity === 'error')) expect(wrong, `${x.code} ${x.rowId}.${x.field}`).toContain(`${x.rowId}.${x.field}`);
    });
  }
});
