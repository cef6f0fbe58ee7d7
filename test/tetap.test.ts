/**
 * Nothing a caller does to what the package exports changes a later result (issue 9): `set` /
 * `config` on every Decimal constructor it can reach (the exported one, a result's, a table's,
 * decimal.js's own default export), and writes into every exported table and into results
 * (`Object.assign`, `push`, a property set, `delete`, `defineProperty`, the digit words of a
 * Decimal). The exports are enumerated from the entry points, so a table added later is covered.
 * This file mutates module state on purpose: it runs alone (vitest isolates each file).
 */
import { Decimal as DecimalJs } from 'decimal.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';
import * as batch from '../src/batch/index.js';
import * as impor from '../src/impor/index.js';
import * as model from '../src/model/index.js';
import * as sheets from '../src/sheets/index.js';
import * as verifikasi from '../src/verifikasi/index.js';

const entries: Record<string, Record<string, unknown>> = { sakip: root, 'sakip/model': model, 'sakip/verifikasi': verifikasi, 'sakip/batch': batch, 'sakip/sheets': sheets, 'sakip/impor': impor };
const banyumas = JSON.parse(readFileSync(new URL('../src/contoh/banyumas-2023.json', import.meta.url), 'utf8')) as root.DatasetLaporan;
const isSchema = (v: unknown) => typeof v === 'object' && v !== null && '_zod' in v;

/** Results that read every table: each formula, scale, rounding, NA reason, method, limit and code. */
function results(): unknown[] {
  const { capaian, serapan, efisiensi, predikat, round, scales, rumusCapaian, roundings, metodeEfisiensi, ordinalScales } = root;
  const out: unknown[] = [];
  for (const rumus of Object.keys(rumusCapaian) as root.RumusId[]) {
    for (const arah of ['positif', 'negatif'] as const) {
      out.push(capaian({ target: '5,15', realisasi: '5,85' }, { arah, rumus, decimals: 2 }));
      out.push(capaian({ target: new DecimalJs('5.15'), realisasi: '5.850000000000000000001' }, { arah, rumus, decimals: 3 }));
      out.push(capaian({ target: 0, realisasi: 1 }, { arah, rumus }), capaian({ target: 1, realisasi: 0 }, { arah, rumus }), capaian({ target: 1, realisasi: null }, { arah, rumus }));
    }
  }
  out.push(capaian({ target: { min: 80, max: 90 }, realisasi: 85 }), capaian({ target: { min: 80, max: 90 }, realisasi: 95 }, { batasAtas: 100 }));
  out.push(capaian({ target: 1, realisasi: { pembilang: 1, penyebut: 0 } }));
  for (const id of Object.keys(ordinalScales)) {
    const labels = Object.keys(ordinalScales[id]!.nilai);
    out.push(capaian({ target: labels[0]!, realisasi: labels[labels.length - 1]! }, { ordinal: id }), capaian({ target: labels[0]!, realisasi: 'tak dikenal' }, { ordinal: id }));
  }
  out.push(serapan({ pagu: '3', realisasi: '1' }, { decimals: 2 }), serapan({ pagu: '3,5', realisasi: '1,0000000000000001234' }), serapan({ pagu: 0, realisasi: 1 }), serapan({ pagu: 1, realisasi: null }));
  out.push(root.sisa({ pagu: 100, realisasi: 1 }));
  for (const metode of Object.keys(metodeEfisiensi) as root.MetodeEfisiensi[]) {
    out.push(efisiensi({ capaian: '98,54', serapan: '97,81' }, { metode }), efisiensi({ capaian: '98.540000000000000000001', serapan: 0 }, { metode }));
  }
  out.push(root.efisiensiKemenkeu([{ pagu: 1000, realisasi: 900, capaian: 100 }]));
  for (const scale of Object.values(scales)) {
    for (const v of ['-1', '0', '50', '55.5', '60', '65', '70', '75.5', '80', '85', '90', '100', '120']) {
      try {
        out.push(predikat(v, scale)?.label ?? null, predikat(v, scale.id, { edges: 'half-open' })?.label ?? null);
      } catch (e) {
        out.push((e as { code: string }).code);
      }
    }
  }
  for (const r of Object.keys(roundings) as root.Rounding[]) out.push(round(1.005, 2, r), round('-2,5', 0, r));
  out.push(root.toDecimal('1.234,5', 'x'), tangkap(() => root.parseAngkaInfo('Rp 1.234,50')), tangkap(() => root.formatAngka('1234.5', { decimals: 2 })), root.formatRupiah('1234'));
  for (const bad of ['9'.repeat(200), 'x', '']) {
    try {
      root.toDecimal(bad, 'x');
    } catch (e) {
      out.push((e as { code: string; message: string }).code, (e as Error).message);
    }
  }
  out.push(root.rataRataTertimbang([{ nilai: 80, bobot: 1 }, { nilai: 60, bobot: 3 }]), tangkap(() => root.ikm([3.2, 3.5, 2.9])), root.jumlah(['1', '2,5']));
  out.push(tangkap(() => root.rekapBelanja([{ kode: '5.1.01', pagu: 100, realisasi: 50 }, { kode: '5.2', pagu: 10, realisasi: 10 }] as never)));
  out.push(root.rollupAnggaran({ nama: 'p', anak: [{ nama: 'a', pagu: 100, realisasi: 50 }, { nama: 'b', pagu: 10 }] }));
  out.push(tangkap(() => root.verifyAnggaran({ nama: 'p', pagu: 111, realisasi: 50, anak: [{ nama: 'a', pagu: 100, realisasi: 50 }] })));
  const h = batch.capaianKolom({ target: ['5.15', '80', '0'], realisasi: ['5.85', '58.13', '1'] }, { arah: 'negatif', scale: 'permendagri-86-2017' });
  out.push(Array.from(h.scaled), h.reason, [0, 1, 2].map((i) => [batch.nilaiBatch(h, i), batch.predikatBatch(h, i)?.label ?? null]));
  const s = batch.rollupKolom({ induk: [0, 0, 1], pagu: ['10', '20', '5'], realisasi: ['5', null, '5'] }, 2, { kosong: 'tidak-diketahui' });
  out.push(s.realisasi, s.serapan.reason);
  const v = verifikasi.verifyLaporan(banyumas);
  out.push(v.summary, v.findings.map((f) => [f.code, f.severity, f.recomputed]), v.coverage.rules, verifikasi.keteranganAturan('capaian'));
  out.push(tangkap(() => verifikasi.bacaCsv('tabel,nama,target,realisasi,capaian\nT,a,80,60,"75,00"\n')));
  out.push(model.validate(model.IndikatorSchema, { nama: 'IKM', satuan: 'nilai', arah: 'naik', target: 80 }), model.validate(model.LaporanSchema, { instansi: 'x', tahun: 2023, skala: [], sasaran: [], program: [] }));
  out.push(sheets.CAPAIAN(7, '6,5', 'negatif', null, 2), sheets.SERAPAN(200, 150), sheets.PREDIKAT(85), sheets.EFISIENSI(98, 97, 'capaian-serapan'), sheets.BULATKAN('1,005', 2));
  out.push(impor.imporTeks('Tabel 1 Anggaran\n\nNo\tUraian\tPagu\tRealisasi\t%\n1\tBelanja\t200.000\t150.000\t75\n', { instansi: 'Dinas Uji' }).laporan);
  out.push(root.ErrorCode, root.BATAS_MASUKAN, root.AMOUNT_FIELDS, root.alasanNA, root.jenisBelanja, impor.BATAS_IMPOR);
  return out;
}

/** A call's result, or the code of its error: a changed table may show either way. */
function tangkap(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    return [(e as { code?: string }).code ?? 'raw', String(e)];
  }
}

const snapshot = () => JSON.stringify(results());

/** Every object reachable from `x` through own data properties (Decimals and their digit words included), functions' own objects too. */
function reachable(x: unknown, seen = new Set<object>()): object[] {
  if (x === null || (typeof x !== 'object' && typeof x !== 'function') || seen.has(x as object) || isSchema(x)) return [];
  seen.add(x as object);
  for (const key of Reflect.ownKeys(x as object)) {
    if (typeof x === 'function' && key === 'prototype') continue;
    const d = Object.getOwnPropertyDescriptor(x, key)!;
    if ('value' in d) reachable(d.value, seen);
  }
  return [...seen];
}

/** Every way a caller writes into an object; each write that is refused is fine, none may change a result. */
function attack(o: object): void {
  const keys = Reflect.ownKeys(o);
  const garbage = [5, 'x', null, [], {}, () => 0];
  const tries: (() => unknown)[] = [
    () => Object.assign(o, Object.fromEntries(keys.filter((k) => typeof k === 'string').map((k) => [k, 7]))),
    () => Object.assign(o, { baru: 1, F1: 1, 'permendagri-86-2017': 1, 'half-up': 1 }),
    () => Array.isArray(o) && o.push(9, 'x', null),
    () => Array.isArray(o) && o.splice(0, 1),
    () => Array.isArray(o) && o.reverse(),
    ...keys.flatMap((k) => garbage.map((g) => () => ((o as Record<PropertyKey, unknown>)[k] = g))),
    ...keys.map((k) => () => delete (o as Record<PropertyKey, unknown>)[k]),
    ...keys.map((k) => () => Object.defineProperty(o, k, { value: 1 })),
  ];
  for (const t of tries) {
    try {
      t();
    } catch {
      // refused: what a frozen table does
    }
  }
}

describe('no caller can change a later result', () => {
  const before = snapshot();

  it('the exports are enumerated from every entry point, tables and constructors among them', () => {
    const all = Object.entries(entries).flatMap(([e, m]) => Object.entries(m).map(([k, v]) => ({ e, k, v })));
    const tables = all.filter(({ v }) => typeof v === 'object' && v !== null && !isSchema(v)).map(({ k }) => k);
    expect(tables).toEqual(expect.arrayContaining(['scales', 'rumusCapaian', 'roundings', 'alasanNA', 'ordinalScales', 'metodeEfisiensi', 'kodeTemuan', 'ErrorCode', 'BATAS_MASUKAN', 'AMOUNT_FIELDS', 'jenisBelanja', 'BATAS_IMPOR']));
    expect(all.filter(({ v }) => typeof v === 'function' && 'set' in (v as object)).map(({ k }) => k)).toContain('Decimal');
  });

  it('set / config on every Decimal constructor, decimal.js’s own included, change nothing', () => {
    const constructors = new Set<{ set?: unknown; config?: unknown }>([DecimalJs as never]);
    for (const m of Object.values(entries)) {
      for (const v of [...Object.values(m), ...results()]) {
        for (const o of reachable(v)) if (o instanceof DecimalJs) constructors.add(o.constructor as never);
        if (typeof v === 'function' && 'set' in v) constructors.add(v as never);
      }
    }
    expect(constructors.size).toBeGreaterThanOrEqual(2);
    const settings = { precision: 3, rounding: DecimalJs.ROUND_DOWN, toExpNeg: -1, toExpPos: 1, minE: -5, maxE: 5, modulo: DecimalJs.ROUND_FLOOR };
    try {
      for (const C of constructors) {
        for (const f of ['set', 'config'] as const) {
          try {
            (C[f] as (s: object) => void).call(C, settings);
          } catch (e) {
            expect((e as { code?: string }).code).toBe(root.ErrorCode.INVALID_OPTION);
          }
        }
        for (const [k, v] of Object.entries(settings)) {
          try {
            (C as Record<string, unknown>)[k] = v;
          } catch {
            // a setting that cannot be written
          }
        }
      }
      expect(snapshot()).toBe(before);
    } finally {
      DecimalJs.set({ precision: 20, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -7, toExpPos: 21, minE: -9e15, maxE: 9e15, modulo: DecimalJs.ROUND_DOWN });
    }
  });

  it('writes into every exported table, and into every result and its Decimals, change nothing', () => {
    const targets = new Set<object>();
    for (const m of Object.values(entries)) {
      for (const [k, v] of Object.entries(m)) {
        // The constructor's statics are decimal.js's API, not a table (its settings are covered above).
        if (k === 'Decimal' || typeof v === 'function') continue;
        for (const o of reachable(v)) targets.add(o);
      }
    }
    for (const r of results()) for (const o of reachable(r)) targets.add(o);
    expect(targets.size).toBeGreaterThan(500);
    for (const o of targets) attack(o);
    expect(snapshot()).toBe(before);
  });

  it('a method replaced on an exported schema does not reach verifyLaporan, bacaCsv or validate', () => {
    for (const m of Object.values(entries)) {
      for (const v of Object.values(m)) {
        if (!isSchema(v)) continue;
        for (const f of ['parse', 'safeParse', 'check', 'clone']) {
          try {
            Object.assign(v as object, { [f]: () => ({ success: true, data: {} }) });
          } catch {
            // refused
          }
        }
      }
    }
    expect(snapshot()).toBe(before);
  });
});
