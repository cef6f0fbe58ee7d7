/**
 * The spreadsheet functions, and the ES2019 browser / Apps Script bundle run as Apps Script would:
 * parsed as an ES2019 script and run in a bare `node:vm` context (no require, process,
 * setTimeout, URL or TextEncoder), computing real rows of the four reports.
 */
import { parse } from 'acorn';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ANGKA, BULATKAN, CAPAIAN, EFISIENSI, FORMAT_ANGKA, FORMAT_RUPIAH, PENJELASAN_CAPAIAN, PREDIKAT, RASIO, SERAPAN, SISA } from '../src/sheets/index.js';
import { reports } from './helpers/vectors.js';
import * as sheetsModule from '../src/sheets/index.js';

describe('spreadsheet functions', () => {
  it('compute plain numbers and labels from numbers, Indonesian or English text', () => {
    expect(CAPAIAN('5,15', '5,85', 'negatif', null, 2)).toBe(86.41);
    expect(CAPAIAN(5.15, 5.85, 'negatif', 'F1', 2)).toBe(113.59);
    expect(CAPAIAN(7, 6.5, 'negatif')).toBeCloseTo(107.142857, 5);
    expect(PREDIKAT(72.66)).toBe('Sedang');
    expect(PREDIKAT(90, 'sakip-88-2021')).toBe('A');
    expect(PREDIKAT('90,01', 'sakip-88-2021')).toBe('AA');
    expect(PREDIKAT('90,5')).toBe('#N/A: tanpa-band');
    expect(PREDIKAT('90,5', '', 'half-open')).toBe('Tinggi');
    expect(SERAPAN('Rp 22.735.850.378,-', 'Rp. 19.775.725.508,-', 2)).toBe(86.98);
    expect(SISA('22.735.850.378', '19.775.725.508')).toBe(2960124870);
    expect(EFISIENSI('98,54', '97,81', null, 2)).toBe(0.73);
    expect(EFISIENSI(null, 66, '100-serapan')).toBe(34);
    expect(RASIO(114619, 211439, 4)).toBe(54.209);
    expect(RASIO('114.619', '211.439', 4)).toMatch(/^#SAKIP_AMBIGUOUS_NUMBER: pembilang/);
    expect(ANGKA('1.081,93')).toBe(1081.93);
    expect(ANGKA('1.234', 'en')).toBe(1.234);
    expect(BULATKAN(1.005, 2)).toBe(1.01);
    expect(BULATKAN('54,2090', 2, 'down')).toBe(54.2);
    expect(FORMAT_ANGKA(1081.925)).toBe('1.081,93');
    expect(FORMAT_RUPIAH(22735850378)).toBe('Rp 22.735.850.378');
    expect(PENJELASAN_CAPAIAN('5,15', '5,85', 'negatif')).toBe('Capaian = (2 × 5,15 − 5,85) / 5,15 × 100 = 86,41 % (F2, indikator negatif)');
  });
  it('treat blanks as Excel and Google Sheets pass them, and return errors as text with the code', () => {
    expect(CAPAIAN(80, '', 'positif')).toBe('#N/A: realisasi-kosong');
    expect(CAPAIAN(80, null, undefined, undefined, undefined)).toBe('#N/A: realisasi-kosong');
    expect(CAPAIAN(0, 5)).toBe('#N/A: target-nol');
    expect(CAPAIAN('abc', 5)).toBe('#SAKIP_INVALID_NUMBER: target: "abc" bukan angka yang valid');
    expect(CAPAIAN('1.234', 5)).toMatch(/^#SAKIP_AMBIGUOUS_NUMBER: /);
    expect(CAPAIAN(true, 5)).toMatch(/^#SAKIP_INVALID_TYPE: /);
    expect(CAPAIAN(80, 60, 'naik')).toMatch(/^#SAKIP_INVALID_OPTION: arah/);
    expect(SERAPAN(-1, 1)).toMatch(/^#SAKIP_NEGATIVE: pagu/);
    expect(PREDIKAT(101, 'sakip-88-2021')).toMatch(/^#SAKIP_OUT_OF_SCALE: /);
    expect(PREDIKAT('')).toBe('#N/A: nilai-kosong');
    expect(FORMAT_ANGKA(null)).toBe('');
  });
  it('map 2-D ranges cell by cell, repeating scalar arguments', () => {
    expect(CAPAIAN([[80], [70], [0]], [['58,13'], ['95,02'], [3]], 'positif', null, 2)).toEqual([[72.66], [135.74], ['#N/A: target-nol']]);
    expect(PREDIKAT([[105.5, 72.66, 40]])).toEqual([['Sangat Tinggi', 'Sedang', 'Sangat Rendah']]);
    expect(SERAPAN([[100, 200]], [[50]])).toEqual([[50, 25]]);
    expect(SERAPAN([[100, 200]], [[50, null]])).toEqual([[50, '#N/A: realisasi-kosong']]);
  });
});

const bundle = readFileSync(fileURLToPath(new URL('../dist/sakip.global.js', import.meta.url)), 'utf8');

describe('dist/sakip.global.js as Google Apps Script runs it', () => {
  it('parses as an ES2019 script', () => {
    expect(() => parse(bundle, { ecmaVersion: 2019, sourceType: 'script' })).not.toThrow();
  });

  const context = vm.createContext({});
  vm.runInContext(bundle, context, { filename: 'sakip.global.js' });
  const run = (code: string) => vm.runInContext(code, context);

  it('runs in a bare context and defines one global Sakip', () => {
    expect(run('[typeof require, typeof process, typeof setTimeout, typeof URL, typeof TextEncoder, typeof window]')).toEqual(
      ['undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined'],
    );
    expect(run('typeof Sakip.CAPAIAN + typeof Sakip.capaian + typeof Sakip.verifyLaporan')).toBe('functionfunctionfunction');
    expect(run('Object.keys(this).filter(function (k) { return k !== "Sakip"; })')).toEqual([]);
  });

  it('computes every consistent capaian row of the four reports through the sheet functions', () => {
    let checked = 0;
    for (const v of reports) {
      for (const r of v.capaian.filter((x) => x.expect === 'match')) {
        const digits = /[.,](\d+)\s*%?$/.exec(r.published)?.[1]?.length ?? 0;
        const loc = JSON.stringify(r.locale ?? v.locale);
        const call = `Sakip.CAPAIAN(Sakip.ANGKA(${JSON.stringify(r.target)}, ${loc}), Sakip.ANGKA(${JSON.stringify(r.realisasi)}, ${loc}), ${JSON.stringify(r.arah)}, ${JSON.stringify(r.rumus)}, ${digits})`;
        const printed = run(`Sakip.ANGKA(${JSON.stringify(r.published)}, ${JSON.stringify(r.publishedLocale ?? r.locale ?? v.locale)})`);
        expect(run(call), `${v.report} ${r.table} ${r.row}`).toBe(printed);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(50);
  });

  it('computes serapan rows and predikat labels of the reports', () => {
    const pm = reports.find((v) => v.report === 'pamekasan-2023')!;
    let checked = 0;
    for (const r of pm.serapan.filter((x) => x.expect === 'match').slice(0, 40)) {
      const loc = JSON.stringify(r.locale ?? pm.locale);
      const digits = /[.,](\d+)\s*%?$/.exec(r.published)?.[1]?.length ?? 0;
      const got = run(`Sakip.SERAPAN(Sakip.ANGKA(${JSON.stringify(r.pagu)}, ${loc}), Sakip.ANGKA(${JSON.stringify(r.realisasi)}, ${loc}), ${digits})`);
      expect(got).toBe(run(`Sakip.ANGKA(${JSON.stringify(r.published)}, ${JSON.stringify(r.publishedLocale ?? r.locale ?? pm.locale)})`));
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(30);
    expect(run('Sakip.PREDIKAT(Sakip.CAPAIAN(80, "58,13", null, null, 2))')).toBe('Sedang');
    expect(run('Sakip.PREDIKAT([[105.5, 72.66]], "permendagri-86-2017")')).toEqual([['Sangat Tinggi', 'Sedang']]);
    expect(run('Sakip.PREDIKAT("75,16", "sakip-88-2021")')).toBe('BB');
  });
});

describe('spreadsheet review fixes', () => {
  it('one-cell ranges are values, mismatched ranges are an error, options ignore case', () => {
    expect(CAPAIAN([[5.15], [5.15]], [[5.85], [5.85]], [['negatif']], null, [[2]])).toEqual([[86.41], [86.41]]);
    expect(SERAPAN([[100, 200]], [[50, 60, 70]])).toEqual([
      ['#SAKIP_INVALID_OPTION: rentang berukuran 1×2 dan 1×3 harus sama besar', '#SAKIP_INVALID_OPTION: rentang berukuran 1×2 dan 1×3 harus sama besar'],
    ]);
    expect(CAPAIAN('5,15', '5,85', 'Negatif', 'f2', 2)).toBe(86.41);
    expect(PREDIKAT(90, 'SAKIP-88-2021')).toBe('A');
  });
  it('NA and error text from another sakip function pass through', () => {
    expect(PREDIKAT(CAPAIAN(0, 5))).toBe('#N/A: target-nol');
    expect(FORMAT_ANGKA(CAPAIAN('abc', 5))).toMatch(/^#SAKIP_INVALID_NUMBER: /);
    expect(PREDIKAT([[CAPAIAN(80, '58,13', null, null, 2) as number, CAPAIAN(0, 1) as string]])).toEqual([['Sedang', '#N/A: target-nol']]);
  });
  it('a dash is blank, desimal must be a whole number, explanations take desimal', () => {
    expect(CAPAIAN(80, '-')).toBe('#N/A: realisasi-kosong');
    expect(ANGKA('')).toBe('');
    expect(CAPAIAN(80, 58.13, null, null, true)).toMatch(/^#SAKIP_INVALID_OPTION: desimal/);
    expect(CAPAIAN(80, 58.13, null, null, 'dua')).toMatch(/^#SAKIP_INVALID_OPTION: desimal/);
    expect(PENJELASAN_CAPAIAN('0,694', '0,7323', null, null, 1)).toBe('Capaian = 0,7323 / 0,694 × 100 = 105,5 % (F1, indikator positif)');
  });
});

describe('the shipped Apps Script and Excel wrappers', () => {
  const read = (p: string) => readFileSync(fileURLToPath(new URL(`../docs/spreadsheet/${p}`, import.meta.url)), 'utf8');
  it('Code.gs runs beside sakip.global.js as Apps Script loads them, one wrapper per sheet function', () => {
    const ctx = vm.createContext({});
    vm.runInContext(`${bundle}\n${read('apps-script/Code.gs')}`, ctx);
    expect(vm.runInContext('CAPAIAN("5,15", "5,85", "negatif", undefined, 2)', ctx)).toBe(86.41);
    expect(vm.runInContext('PREDIKAT([[105.5, 72.66]])', ctx)).toEqual([['Sangat Tinggi', 'Sedang']]);
    expect(vm.runInContext('PENJELASAN_CAPAIAN("0,694", "0,7323", undefined, undefined, 1)', ctx)).toBe('Capaian = 0,7323 / 0,694 × 100 = 105,5 % (F1, indikator positif)');
    const names = Object.keys(sheetsModule).sort();
    expect(names.filter((n) => vm.runInContext(`typeof ${n}`, ctx) !== 'function')).toEqual([]);
  });
  it('functions.js registers every function that functions.json declares', () => {
    const registered: Record<string, (...a: unknown[]) => unknown> = {};
    const ctx = vm.createContext({ CustomFunctions: { associate: (id: string, f: (...a: unknown[]) => unknown) => (registered[id] = f) } });
    vm.runInContext(`${bundle}\n${read('excel/functions.js')}`, ctx);
    const meta = JSON.parse(read('excel/functions.json')) as { functions: { id: string }[] };
    expect(Object.keys(registered).sort()).toEqual(meta.functions.map((f) => f.id).sort());
    expect(registered.CAPAIAN!([[5.15], [5.15]], [[5.85], [5.85]], [['negatif']], null, [[2]])).toEqual([[86.41], [86.41]]);
  });
});
