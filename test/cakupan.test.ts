/**
 * Honest coverage (issue 10): every printed figure that looks derived is either recomputed or
 * listed as not checked with a reason, and the patterns met in real reports of other agencies are
 * checked: a parent percentage that is the mean of its children's, a predikat with no scale,
 * differences, cuts, growth rates, shares and products, a table mixing number styles.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyLaporan, type DatasetLaporan } from '../src/index.js';

const ids = ['banyumas-2023', 'buleleng-2023', 'pamekasan-2023', 'polewali-mandar-2023'];
const load = (id: string) => JSON.parse(readFileSync(new URL(`../src/contoh/${id}.json`, import.meta.url), 'utf8')) as DatasetLaporan;

type Cell = string | { printed: string; value?: string; garbled?: boolean } | undefined;
const NUMBER = ['target', 'realisasi', 'pembilang', 'penyebut', 'capaian', 'nilai', 'paguMurni', 'pagu', 'realisasiAnggaran', 'serapan', 'sisa', 'outputTarget', 'outputRealisasi', 'efisiensi'];
// A cell given a reading ({ printed: "-", value: "0" }) is a figure whatever it prints.
const printedOf = (c: Cell) => (c === undefined ? undefined : typeof c === 'string' ? c : c.value !== undefined ? `${c.printed}\u0000` : c.printed);
const isDash = (s: string | undefined) => s !== undefined && /^\s*[-–—]?\s*$/.test(s);

/** Counted here from the raw dataset, independently of the verifier: the cells a reader takes as derived. */
function census(data: DatasetLaporan) {
  const parents = new Set(data.tabel.flatMap((t) => t.baris.map((b) => b.induk).filter((x): x is string => x !== undefined)));
  const out = new Map<string, { read: number; derived: number; parentOutputs: number }>();
  for (const t of data.tabel) {
    const c = out.get(t.id) ?? { read: 0, derived: 0, parentOutputs: 0 };
    out.set(t.id, c);
    for (const b of t.baris as unknown as Record<string, Cell & unknown>[]) {
      const printed = (f: string) => {
        // Qualitative targets of an ordinal row are read through their scale, not as cells.
        if (b.ordinal && (f === 'target' || f === 'realisasi') && typeof b[f] === 'string') return undefined;
        const p = printedOf(b[f] as Cell);
        return p === undefined || isDash(p) ? undefined : p;
      };
      const derived = new Set<string>();
      for (const f of ['capaian', 'serapan', 'sisa', 'efisiensi']) if (printed(f) !== undefined) derived.add(f);
      const label = b.predikat as string | undefined;
      if (label !== undefined && !isDash(label)) derived.add('predikat');
      const ag = b.agregat as unknown as { kolom: string; hasil?: string } | undefined;
      if (ag && printed(ag.hasil ?? ag.kolom) !== undefined) derived.add(ag.hasil ?? ag.kolom);
      const isParent = typeof b.id === 'string' && parents.has(b.id);
      if (isParent) for (const f of ['paguMurni', 'pagu', 'realisasiAnggaran', 'sisa']) if (printed(f) !== undefined) derived.add(f);
      if (printed('pembilang') !== undefined && printed('penyebut') !== undefined) {
        const f = printed('realisasi') !== undefined ? 'realisasi' : 'capaian';
        if (printed(f) !== undefined) derived.add(f);
      }
      if (isParent) for (const f of ['outputTarget', 'outputRealisasi']) if (printed(f) !== undefined && !derived.has(f)) c.parentOutputs++;
      c.read += NUMBER.filter((f) => printed(f) !== undefined).length + (derived.has('predikat') ? 1 : 0);
      c.derived += derived.size;
    }
  }
  return out;
}

describe('coverage of the four shipped reports', () => {
  for (const id of ids) {
    it(`${id}: per table, checked + not checked = the derived cells the dataset holds`, () => {
      const data = load(id);
      const r = verifyLaporan(data);
      const mine = census(data);
      expect(r.coverage.tables.map((t) => t.table)).toEqual([...mine.keys()]);
      for (const t of r.coverage.tables) {
        const c = mine.get(t.table)!;
        expect(t.checked + t.notChecked.length, t.table).toBe(t.derived);
        expect(t.read, t.table).toBe(c.read);
        // A parent's output figures are derived only where the table sums them (a total, or an exact sum).
        expect(t.derived - c.derived, t.table).toBeGreaterThanOrEqual(0);
        expect(t.derived - c.derived, t.table).toBeLessThanOrEqual(c.parentOutputs);
        expect(t.inputs + t.derived, t.table).toBe(t.read);
        expect(Object.values(t.rules).reduce((a, b) => a + b, 0), t.table).toBe(t.checked);
        for (const x of t.notChecked) expect(x.detail.length).toBeGreaterThan(5);
      }
      const sum = (k: 'read' | 'derived' | 'checked' | 'inputs') => r.coverage.tables.reduce((n, t) => n + t[k], 0);
      expect(r.coverage.read).toBe(sum('read'));
      expect(r.coverage.derived).toBe(sum('derived'));
      expect(r.coverage.checked).toBe(sum('checked'));
      expect(r.coverage.notChecked).toHaveLength(r.coverage.derived - r.coverage.checked);
      expect(structuredClone(r.coverage)).toEqual(JSON.parse(JSON.stringify(r.coverage)));
    });
  }
  it('a garbled cell and a percentage without its inputs are listed, with their reasons', () => {
    const r = verifyLaporan(load('banyumas-2023'));
    const t39 = r.coverage.tables.find((t) => t.table === 'Tabel 3.9')!;
    expect(t39.notChecked.map((x) => x.reason)).toContain('tanpa-masukan');
    const all = ids.flatMap((id) => verifyLaporan(load(id)).coverage.notChecked.map((x) => x.reason));
    expect(new Set(all)).toContain('sel-rusak');
  });
});

const base = { format: 'sakip-laporan/1', id: 'uji', instansi: 'Dinas Contoh', tahun: 2023, locale: 'id', skala: [] } as const;
const verify = (tabel: unknown[], extra: Record<string, unknown> = {}) => verifyLaporan({ ...base, ...extra, tabel });
const codes = (r: ReturnType<typeof verifyLaporan>) => r.findings.map((f) => f.code);

describe('a parent percentage with no amounts of its own', () => {
  // Amounts of two activities of the Polewali Mandar 2023 report (Tabel 3.6), under a program that prints only %.
  const kids = [
    { id: 'k1', induk: 'p', nama: 'Perencanaan', pagu: '16.230.700', realisasiAnggaran: '16.230.500', serapan: '100,00' },
    { id: 'k2', induk: 'p', nama: 'Administrasi Keuangan', pagu: '1.592.899.227', realisasiAnggaran: '1.577.167.659', serapan: '99,01' },
    { id: 'k3', induk: 'p', nama: 'Barang Milik Daerah', pagu: '1.015.000', realisasiAnggaran: '1.015.000', serapan: '100,00' },
  ];
  it('is recomputed from the children: total realisasi / total pagu', () => {
    // (16.230.500 + 1.577.167.659 + 1.015.000) / (16.230.700 + 1.592.899.227 + 1.015.000) × 100 = 99,0234…
    const r = verify([{ id: 'T', baris: [{ id: 'p', nama: 'Program', serapan: '99,02' }, ...kids] }]);
    expect(r.findings).toEqual([]);
    expect(r.coverage.rules['serapan-dari-rincian']).toBe(1);
  });
  it('the plain mean of the children percentages is named as that mistake', () => {
    // (100 + 99,01 + 100) / 3 = 99,67
    const r = verify([{ id: 'T', baris: [{ id: 'p', nama: 'Program', serapan: '99,67' }, ...kids] }]);
    expect(codes(r)).toEqual(['SERAPAN_RATA_RATA']);
    expect(r.findings[0]!.severity).toBe('warning');
    expect(r.findings[0]!.recomputedPrinted).toBe('99,02');
    expect(r.findings[0]!.message).toMatch(/rata-rata persentase 3 rinciannya \(99,67\)/);
  });
  it('transcribed as a mean, the verifier no longer confirms it', () => {
    const r = verify([{ id: 'T', baris: [{ id: 'p', nama: 'Program', serapan: '99,67', agregat: { fungsi: 'rata-rata', kolom: 'serapan', dari: ['k1', 'k2', 'k3'] } }, ...kids.map(({ induk, ...k }) => k)] }]);
    expect(codes(r)).toEqual(['SERAPAN_RATA_RATA']);
  });
  it('any other wrong figure is an error; children without amounts leave it not checked', () => {
    expect(codes(verify([{ id: 'T', baris: [{ id: 'p', nama: 'Program', serapan: '98,50' }, ...kids] }]))).toEqual(['SERAPAN_SALAH']);
    const r = verify([{ id: 'T', baris: [{ id: 'p', nama: 'Program', serapan: '98,50' }, { id: 'k1', induk: 'p', nama: 'A', serapan: '98,5' }] }]);
    expect(r.findings).toEqual([]);
    expect(r.coverage.notChecked.filter((x) => x.rowId === 'p')).toMatchObject([{ field: 'serapan', reason: 'masukan-tidak-lengkap', printed: '98,50' }]);
  });
});

describe('a predikat with no scale', () => {
  it('is listed as not checked (tanpa-skala), with what the built-in scales would give as info', () => {
    const r = verify([{ id: 'T', baris: [{ nama: 'Indikator', target: '80', realisasi: '72', capaian: '90,00', predikat: 'Sangat Tinggi' }] }]);
    expect(codes(r)).toEqual(['PREDIKAT_TANPA_SKALA']);
    expect(r.findings[0]!.severity).toBe('info');
    expect(r.findings[0]!.message).toMatch(/permendagri-86-2017: "Tinggi"/);
    expect(r.coverage.notChecked).toMatchObject([{ field: 'predikat', reason: 'tanpa-skala', printed: 'Sangat Tinggi' }]);
    expect(r.coverage).toMatchObject({ derived: 2, checked: 1 });
  });
  it('a named scale is checked as before', () => {
    const r = verify([{ id: 'T', skala: 'permendagri-86-2017', baris: [{ nama: 'I', target: '80', realisasi: '72', capaian: '90,00', predikat: 'Sangat Tinggi' }] }]);
    expect(codes(r)).toEqual(['PREDIKAT_SALAH']);
    expect(r.coverage.notChecked).toEqual([]);
  });
});

describe('more arithmetic: differences, cuts, growth, shares, products', () => {
  const row = (id: string, cells: Record<string, unknown>) => ({ id, nama: id, ...cells });
  it.each([
    // A pagu after a cut, as a real report prints it: 105.370.538.000 − 1.544.000.000 = 103.826.538.000.
    ['selisih', ['105.370.538.000', '1.544.000.000'], '103.826.538.000', '103.826.438.000', 'SELISIH_SALAH'],
    // Growth of realisasi between years: (58,13 − 47,5) / 47,5 × 100 = 22,378…
    ['pertumbuhan', ['58,13', '47,5'], '22,38', '23,38', 'PERTUMBUHAN_SALAH'],
    // A share of the total: 191.564.000 / 19.170.601.568 × 100 = 0,9992…
    ['persen', ['191.564.000', '19.170.601.568'], '1,00', '1,10', 'PERSENTASE_SALAH'],
    // Unit cost × volume.
    ['kali', ['1.250.000', '12'], '15.000.000', '15.500.000', 'PERKALIAN_SALAH'],
  ])('%s: right gives nothing, wrong an error with the formula written out', (fungsi, [a, b], right, wrong, code) => {
    const tabel = (printed: string) => [{ id: 'T', baris: [row('a', { pagu: a }), row('b', { pagu: b }), row('h', { pagu: printed, agregat: { fungsi, kolom: 'pagu', dari: ['a', 'b'] } })] }];
    const ok = verify(tabel(right!));
    expect(ok.findings).toEqual([]);
    expect(ok.coverage.rules[fungsi!]).toBe(1);
    const bad = verify(tabel(wrong!));
    expect(codes(bad)).toEqual([code]);
    expect(bad.findings[0]!.recomputedPrinted).toBe(right);
  });
  it('growth from a zero base is not checked; a pair function with three references is refused', () => {
    const r = verify([{ id: 'T', baris: [row('a', { nilai: '5' }), row('b', { nilai: '0' }), row('h', { capaian: '10', agregat: { fungsi: 'pertumbuhan', kolom: 'nilai', dari: ['a', 'b'], hasil: 'capaian' } })] }]);
    expect(r.findings).toEqual([]);
    expect(r.coverage.notChecked).toMatchObject([{ field: 'capaian', reason: 'tanpa-masukan' }]);
    expect(() => verify([{ id: 'T', baris: [row('a', { pagu: '1' }), row('h', { pagu: '1', agregat: { fungsi: 'selisih', kolom: 'pagu', dari: ['a', 'a', 'a'] } })] }])).toThrow(
      expect.objectContaining({ code: 'SAKIP_INVALID_MODEL' }),
    );
  });
});

describe('number style per column', () => {
  // Rupiah with "." thousands beside percentages with a "." decimal point, as some tables print them.
  const tabel = (serapan: string) => [{ id: 'T', localeKolom: { pagu: 'id', realisasiAnggaran: 'id', serapan: 'en' }, baris: [{ nama: 'Program', pagu: '1.500.000', realisasiAnggaran: '1.320.000', serapan }] }];
  it('reads each column in its own style', () => {
    expect(verifyLaporan({ ...base, locale: undefined, tabel: tabel('88.000') }).findings).toEqual([]);
    expect(codes(verifyLaporan({ ...base, locale: undefined, tabel: tabel('88.500') }))).toEqual(['SERAPAN_SALAH']);
  });
  it('refuses a cell written in the other style than its column states', () => {
    expect(() => verifyLaporan({ ...base, locale: undefined, tabel: tabel('88,00') })).toThrow(/localeKolom menyatakan "en"/);
  });
});

describe('every rule a run names has its formula and source', () => {
  it('on the shipped reports and the other agencies\' tables, each rule in coverage.rules is explained', async () => {
    const { readdirSync } = await import('node:fs');
    const { keteranganAturan } = await import('../src/index.js');
    const lain = readdirSync(new URL('./fixtures/lain/', import.meta.url)).filter((f) => f.endsWith('.json') && !f.endsWith('.kunci.json'));
    const data = [...ids.map(load), ...lain.map((f) => JSON.parse(readFileSync(new URL(`./fixtures/lain/${f}`, import.meta.url), 'utf8')) as DatasetLaporan)];
    const used = new Set(data.flatMap((d) => Object.keys(verifyLaporan(d).coverage.rules)));
    expect(used.size).toBeGreaterThan(10);
    for (const rule of used) {
      const k = keteranganAturan(rule);
      expect(k, rule).not.toBeNull();
      expect(k!.rumus.length, rule).toBeGreaterThan(5);
      expect(k!.sumber.length, rule).toBeGreaterThan(5);
    }
    expect(keteranganAturan('capaian-F2')?.sumber).toMatch(/PermenPANRB/);
    expect(keteranganAturan('tidak-ada')).toBeNull();
    expect(keteranganAturan('capaian-F9')).toBeNull();
    expect(keteranganAturan('efisiensi-tidak-ada')).toBeNull();
  });
});
