/**
 * Issue #8, "Nothing gets through": every finding of the fuzz campaign as a test. Each failed
 * before the input gate was extended (a raw TypeError / RangeError / DecimalError, ±Infinity, a
 * silent 0, a hang, or a result a host could change) and passes now.
 */
import { Decimal as DecimalJs } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  alasanNA, bacaCsv, BATAS_MASUKAN, capaian, capaianBatch, capaianIndikator, capaianKolom, Decimal, efisiensi, ErrorCode, formatAngka,
  ikm, IndikatorSchema, isSakipError, jumlah, kodeTemuan, LaporanSchema, nilaiBatch, parseAngka, parseAngkaInfo, parseModel,
  predikat, predikatBatch, rasio, rataRataCapaian, rollupKolom, round, roundings, serapan, serapanKolom, toDecimal, validate,
  verifyLaporan,
} from '../src/index.js';
import { imporBlok, imporTeks, metodeDari } from '../src/impor/index.js';
import * as sheets from '../src/sheets/index.js';
import { ANGKA, CAPAIAN, SERAPAN, SISA } from '../src/sheets/index.js';

/** The error a call throws, or a failure naming what it returned instead. */
function thrown(f: () => unknown): { code?: string; field?: string; message: string; name: string } {
  try {
    const out = f();
    return { name: 'returned', message: String(out) };
  } catch (e) {
    return e as { code?: string; field?: string; message: string; name: string };
  }
}
const codeOf = (f: () => unknown) => thrown(f).code ?? `raw ${thrown(f).name}`;
const ms = (f: () => unknown): number => {
  const t = performance.now();
  try {
    f();
  } catch {
    /* timing only */
  }
  return performance.now() - t;
};

describe('quadratic regular expressions are gone', () => {
  it('parseAngka on a megabyte of spaces between two digits is refused at once by its length limit', () => {
    const text = `1${' '.repeat(1_000_000)}1`;
    expect(codeOf(() => parseAngka(text))).toBe(ErrorCode.TOO_LONG);
    expect(ms(() => parseAngka(text))).toBeLessThan(200); // over 10 s before
  });
  it('a number with spaces before % within the limit reads in linear time', () => {
    expect(parseAngka(`86,98${' '.repeat(900)}%`).toString()).toBe('86.98');
    expect(codeOf(() => parseAngka(`1${' '.repeat(900)}1 %`))).toBe(ErrorCode.INVALID_NUMBER);
  });
  it('the spreadsheet blank test answers a whitespace-heavy cell at once', () => {
    const cell = `${' '.repeat(200_000)}x`;
    expect(ms(() => CAPAIAN(cell, 1))).toBeLessThan(200);
    expect(String(CAPAIAN(cell, 1))).toMatch(/^#SAKIP_TOO_LONG/);
    expect(CAPAIAN(' – ', 5)).toBe('#N/A: target-kosong');
  });
  it('the dataset cell reader answers a whitespace-heavy cell at once', () => {
    const dataset = {
      format: 'sakip-laporan/1', id: 'spasi', instansi: 'Dinas', locale: 'id', skala: [],
      tabel: [{ id: 'T', baris: [{ nama: 'a', target: `${' '.repeat(200_000)}5`, realisasi: '1', capaian: '1' }] }],
    };
    expect(ms(() => verifyLaporan(dataset))).toBeLessThan(1000); // over 20 s before
    expect(codeOf(() => verifyLaporan(dataset))).toBe(ErrorCode.TOO_LONG);
    // A long qualitative text in a performance cell stays a text, as a short one does.
    const text = structuredClone(dataset);
    text.tabel[0]!.baris[0]!.target = `${' '.repeat(200_000)}Baik`;
    expect(verifyLaporan(text).summary.error).toBe(0);
  });
});

describe('typed errors instead of raw ones', () => {
  it.each([
    ['capaian(null)', () => capaian(null as never), ErrorCode.EMPTY, 'input'],
    ['serapan(x, null)', () => serapan({ pagu: 1, realisasi: 1 }, null as never), ErrorCode.EMPTY, 'options'],
    ['jumlah(null)', () => jumlah(null as never), ErrorCode.EMPTY, 'values'],
    ['jumlah(5)', () => jumlah(5 as never), ErrorCode.INVALID_TYPE, 'values'],
    ['predikat(50, { bands: [] })', () => predikat(50, { bands: [] } as never), ErrorCode.SCALE_INVALID, undefined],
    ['a throwing toString', () => toDecimal({ toString: () => { throw new Error('boom'); } }, 'target'), ErrorCode.INVALID_TYPE, 'target'],
    ['Object.create(null)', () => toDecimal(Object.create(null) as never, 'target'), ErrorCode.INVALID_TYPE, 'target'],
    ['a Proxy whose traps throw', () => toDecimal(hostileProxy() as never, 'target'), ErrorCode.INVALID_TYPE, 'target'],
    ['a Proxy as the input object', () => capaian(hostileProxy() as never), ErrorCode.INVALID_TYPE, 'input'],
    ['rollupKolom(…, -1)', () => rollupKolom({ induk: [], pagu: [], realisasi: [] }, -1), ErrorCode.INVALID_OPTION, 'groups'],
    ['rollupKolom(…, 1.5)', () => rollupKolom({ induk: [], pagu: [], realisasi: [] }, 1.5), ErrorCode.INVALID_OPTION, 'groups'],
    ['a cloned Decimal with a huge exponent (1eNaN in decimal.js)', () => toDecimal({ s: 1, e: 1e300, d: [1] } as never, 'x'), ErrorCode.OUT_OF_RANGE, 'x'],
  ])('%s', (_name, f, code, field) => {
    const e = thrown(f);
    expect(e.code).toBe(code);
    if (field) expect(e.field).toBe(field);
  });
  it('capaianIndikator with a null target is NA, not a TypeError', () => {
    expect(capaianIndikator({ nama: 'x', target: null, realisasi: 5 } as never).reason).toBe('target-kosong');
  });
  it('spreadsheet functions take a 1-D array (a JavaScript row) without throwing', () => {
    expect(CAPAIAN([80, 0] as never, [40, 3] as never)).toEqual([[50, '#N/A: target-nol']]);
  });
  it('a dataset nested 200 000 deep is a typed model error', () => {
    const deep = JSON.parse(`${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    expect(codeOf(() => verifyLaporan(deep))).toBe(ErrorCode.INVALID_MODEL);
    const inside = { format: 'sakip-laporan/1', id: 'x', instansi: 'y', skala: [], tabel: [], catatan: deep };
    expect(codeOf(() => verifyLaporan(inside))).toBe(ErrorCode.INVALID_MODEL);
  });
});

describe('no leaks: no Infinity, no silent 0, no hang, no undefined field', () => {
  const huge = { toString: () => '1e9000000000000001' };
  const tiny = { toString: () => '1e-9000000000000001' };
  it('a value beyond the exponent limit is refused by toDecimal, round and batasAtas', () => {
    expect(codeOf(() => toDecimal(huge, 'x'))).toBe(ErrorCode.OUT_OF_RANGE);
    expect(codeOf(() => round(huge, 2))).toBe(ErrorCode.OUT_OF_RANGE);
    expect(codeOf(() => capaian({ target: 1, realisasi: 1 }, { batasAtas: huge }))).toBe(ErrorCode.OUT_OF_RANGE);
  });
  it('a tiny value is refused, not read as 0 and reported as target-nol', () => {
    expect(codeOf(() => capaian({ target: tiny, realisasi: 1 }))).toBe(ErrorCode.OUT_OF_RANGE);
  });
  it('formatting 1e-9000000000000000 or computing with 1e999999999 is refused at once', () => {
    expect(ms(() => formatAngka(new Decimal('1e-9000000000000000')))).toBeLessThan(100);
    expect(codeOf(() => formatAngka(new Decimal('1e-9000000000000000')))).toBe(ErrorCode.OUT_OF_RANGE);
    expect(codeOf(() => capaian({ target: new Decimal('1e999999999'), realisasi: 1 }))).toBe(ErrorCode.OUT_OF_RANGE);
  });
  it('the limits are documented constants and hold at their edges', () => {
    expect(BATAS_MASUKAN).toMatchObject({ digit: 40, eksponen: 40, teks: 1000 });
    expect(toDecimal(`${'9'.repeat(19)}.${'9'.repeat(21)}`, 'x').toString()).toBe(`${'9'.repeat(19)}.${'9'.repeat(21)}`);
    expect(codeOf(() => toDecimal('1'.repeat(41), 'x'))).toBe(ErrorCode.OUT_OF_RANGE);
    expect(toDecimal(1e-40, 'x').eq('1e-40')).toBe(true);
    expect(codeOf(() => toDecimal(1e-41, 'x'))).toBe(ErrorCode.OUT_OF_RANGE);
    expect(codeOf(() => toDecimal(new Decimal('1e-41'), 'x'))).toBe(ErrorCode.OUT_OF_RANGE);
    expect(codeOf(() => toDecimal(1e40, 'x'))).toBe(ErrorCode.OUT_OF_RANGE);
    expect(codeOf(() => toDecimal(10n ** 40n, 'x'))).toBe(ErrorCode.OUT_OF_RANGE);
    expect(toDecimal({ toString: () => '0e99999999999' }, 'x').toString()).toBe('0');
  });
  it('spreadsheet functions give an error text, never ±Infinity, for 400-digit inputs', () => {
    const big = '9'.repeat(400);
    for (const out of [ANGKA(big), SISA(big, 1), CAPAIAN(big, 1), CAPAIAN(1, big), SERAPAN(1, big)]) {
      expect(String(out)).toMatch(/^#SAKIP_/);
    }
  });
  it('rataRataCapaian refuses a row without its sasaran instead of a group named undefined', () => {
    expect(codeOf(() => rataRataCapaian([{ capaian: 90 }] as never, { mode: 'sasaran' }))).toBe(ErrorCode.EMPTY);
    expect(thrown(() => rataRataCapaian([{ capaian: 90 }] as never, { mode: 'sasaran' })).field).toBe('rows[0].sasaran');
  });
  it("errors from rasio and serapan name the caller's field", () => {
    expect(thrown(() => rasio({ pembilang: huge, penyebut: 1 })).field).toBe('pembilang');
    expect(thrown(() => serapan({ pagu: huge, realisasi: 1 })).field).toBe('pagu');
    expect(thrown(() => serapan({ pagu: 1, realisasi: tiny })).field).toBe('realisasi');
  });
});

describe('silent or inconsistent results', () => {
  it('batch and per-row agree when realisasi is blank and the target is not a number', () => {
    const row = { target: 'abc', realisasi: null };
    expect(capaian(row).reason).toBe('realisasi-kosong');
    expect(capaianBatch([row]).reason[0]).toBe('realisasi-kosong');
    expect(capaianKolom({ target: ['abc'], realisasi: [undefined] }).reason[0]).toBe('realisasi-kosong');
  });
  it('batch and per-row agree on an unknown arah and on a rumus named like an Object method', () => {
    expect(codeOf(() => capaian({ target: 1, realisasi: 1 }, { arah: 'naik' as never }))).toBe(ErrorCode.INVALID_OPTION);
    expect(codeOf(() => capaianKolom({ target: [1], realisasi: [1] }, { arah: 'naik' as never }))).toBe(ErrorCode.INVALID_OPTION);
    expect(codeOf(() => capaianKolom({ target: [1], realisasi: [1] }, { rumus: 'toString' as never }))).toBe(ErrorCode.INVALID_OPTION);
  });
  it('batch and per-row agree when a negative pagu meets an unreadable realisasi', () => {
    expect(codeOf(() => serapan({ pagu: -1, realisasi: 'abc' }))).toBe(ErrorCode.NEGATIVE);
    expect(codeOf(() => serapanKolom({ pagu: [-1], realisasi: ['abc'] }))).toBe(ErrorCode.NEGATIVE);
  });
  it('ikm() in a printed gap says so', () => {
    for (const nrr of ['2.5998', '3.0643']) {
      const r = ikm([nrr]);
      expect(r.mutu).toBeNull();
      expect(r.reason).toBe('celah-skala');
      expect(r.explanation).toContain('celah skala');
    }
    expect(ikm(['3.2']).reason).toBeNull();
  });
  it('a negative target is computed as written and flagged', () => {
    const c = capaian({ target: -5, realisasi: -2 });
    expect(c.value?.toString()).toBe('40');
    expect(c.peringatan).toContain('target-negatif');
    expect(capaian({ target: { min: -1, max: 2 }, realisasi: 1 }).peringatan).toContain('target-negatif');
    expect(capaian({ target: 5, realisasi: -2 }).peringatan).not.toContain('target-negatif');
  });
  it('values from toDecimal, round, parseAngkaInfo and the batch .large field pass structuredClone', () => {
    const big = serapanKolom({ pagu: ['1'], realisasi: ['1' + '0'.repeat(20)] }).large;
    const totals = rollupKolom({ induk: [0], pagu: ['10'], realisasi: ['5'] }, 1);
    for (const x of [toDecimal('1,5', 'x'), round(1.005, 2), parseAngkaInfo('72,60'), big, totals, nilaiBatch(capaianKolom({ target: [2], realisasi: [1] }), 0)]) {
      expect(() => structuredClone(x)).not.toThrow();
      expect(() => JSON.stringify(x)).not.toThrow();
    }
    expect(toDecimal(structuredClone(toDecimal('1,5', 'x')) as never, 'x').toString()).toBe('1.5');
  });
  it("an error message never expands $' or $& from the user's input", () => {
    const e = thrown(() => toDecimal("$'$&$`", 'target'));
    expect(e.message).toContain("\"$'$&$`\"");
    const f = thrown(() => toDecimal('x', '{value}$&'));
    expect(f.message.startsWith('{value}$&: "x"')).toBe(true);
  });
  it('an error message escapes terminal control sequences and stays short', () => {
    const e = thrown(() => toDecimal('\u001b]0;pwned\u0007', 'target'));
    expect(e.message).not.toMatch(/[\u0000-\u001f]/);
    expect(e.message).toContain('\\u001b');
    expect(thrown(() => toDecimal('x'.repeat(900), 'target')).message.length).toBeLessThan(500);
  });
});

describe('no host can change the library arithmetic', () => {
  const reference = () => capaian({ target: 3, realisasi: 1 }).value!.toString();
  it('Decimal.set on the exported Decimal is refused with a typed error', () => {
    const before = reference();
    expect(codeOf(() => Decimal.set({ precision: 5 }))).toBe(ErrorCode.INVALID_OPTION);
    expect(codeOf(() => Decimal.config({ rounding: 1 }))).toBe(ErrorCode.INVALID_OPTION);
    expect(reference()).toBe(before);
  });
  it('a setting written directly is undone before the library computes', () => {
    const before = reference();
    (Decimal as unknown as { precision: number }).precision = 5;
    (Decimal as unknown as { rounding: number }).rounding = DecimalJs.ROUND_DOWN;
    expect(reference()).toBe(before);
    expect(round(1.005, 2).toString()).toBe('1.01');
  });
  it('decimal.js methods that change settings for a moment still work on library values', () => {
    expect(toDecimal('2', 'x').pow(10).toString()).toBe('1024');
    expect(toDecimal('16', 'x').sqrt().toString()).toBe('4');
    expect(reference()).toBe('33.3333333333333333333333333333333333333333333333333333333333');
  });
  it('roundings, kodeTemuan and ErrorCode are frozen through', () => {
    expect(() => {
      (roundings['half-up'] as { mode: number }).mode = DecimalJs.ROUND_DOWN;
    }).toThrow(TypeError);
    expect(round(1.005, 2).toString()).toBe('1.01');
    expect(() => {
      (kodeTemuan.CAPAIAN_SALAH as { severity: string }).severity = 'info';
    }).toThrow(TypeError);
    expect(kodeTemuan.CAPAIAN_SALAH.severity).toBe('error');
    expect(Object.isFrozen(ErrorCode)).toBe(true);
  });
});

function hostileProxy(): object {
  const boom = () => {
    throw new Error('trap');
  };
  return new Proxy({}, { get: boom, has: boom, ownKeys: boom, getPrototypeOf: boom, getOwnPropertyDescriptor: boom });
}

/**
 * The second round of fixes from the long campaign: spreadsheet functions on ranges that cannot
 * be read, NA reasons of efisiensi, arrays where a figure is expected, batch row indexes and the
 * shape of a batch result, and validated data without undefined keys.
 */
describe('spreadsheet functions never throw, whatever the range', () => {
  const boom = () => {
    throw new Error('trap');
  };
  const revoked = (target: object = {}) => {
    const p = Proxy.revocable(target, {});
    p.revoke();
    return p.proxy;
  };
  const sparse: unknown[] = [];
  sparse.length = 2 ** 32 - 1;
  // Each builds a fresh hostile argument: a value, a range, a row inside a range, a cell.
  const hostile: [string, () => unknown][] = [
    ['a revoked Proxy as a value', () => revoked()],
    ['a revoked Proxy of an array as a range', () => revoked([])],
    ['a revoked Proxy as a row of a range', () => [[1], revoked()]],
    ['a revoked Proxy of an array as a row of a range', () => [[1], revoked([])]],
    ['a revoked Proxy as a cell', () => [[revoked()]]],
    ['a revoked Proxy as a cell of a JavaScript row', () => [80, revoked()]],
    ['an array Proxy whose traps throw, as a range', () => new Proxy([1, 2], { get: boom })],
    ['an array Proxy whose traps throw, as a row', () => [[1, 2], new Proxy([1, 2], { get: boom })]],
    ['a row whose cell getter throws', () => [[1], Object.defineProperty([1], 0, { get: boom })]],
    ['a value whose toString throws a revoked Proxy', () => ({ toString: () => { throw revoked(); } })],
    ['a range of 2^32 − 1 rows (sparse)', () => sparse],
    ['a row of 2^32 − 1 cells (sparse)', () => [sparse]],
  ];
  const functions = Object.entries(sheets) as [string, (...a: unknown[]) => unknown][];
  const cases = hostile.flatMap(([name, make]) => functions.flatMap(([fn, f]) => [0, 1, 2].filter((p) => p < f.length).map((p) => [`${fn}, argument ${p + 1}: ${name}`, f, p, make] as const)));
  it.each(cases)('%s', (_name, f, position, make) => {
    const args: unknown[] = [80, 40, null, null, null].slice(0, Math.max(f.length, position + 1));
    args[position] = make();
    let out: unknown;
    expect(() => (out = f(...args))).not.toThrow();
    const cells = Array.isArray(out) ? (out as unknown[][]).flat() : [out];
    for (const c of cells) {
      expect(typeof c === 'number' ? Number.isFinite(c) : typeof c === 'string').toBe(true);
      // The documented error values, never the catch-all of an unforeseen exception.
      expect(String(c)).not.toMatch(/^#SAKIP_ERROR/);
    }
    expect(cells.some((c) => /^#SAKIP_(INVALID_TYPE|OUT_OF_RANGE|INVALID_OPTION)/.test(String(c)))).toBe(true);
  });
  it('a revoked Proxy as one cell is that cell’s error; the other cells are computed', () => {
    expect(CAPAIAN([[80], [revoked()]] as never, [[40], [1]] as never)).toEqual([[50], [expect.stringMatching(/^#SAKIP_INVALID_TYPE: target: /)]]);
  });
  it('a huge sparse range is refused at once', () => {
    expect(ms(() => ANGKA([sparse] as never))).toBeLessThan(200);
    expect(String(ANGKA(sparse as never))).toMatch(/^#SAKIP_OUT_OF_RANGE: /);
  });
});

describe('a value that throws a revoked Proxy is a typed error', () => {
  const revoked = () => {
    const p = Proxy.revocable({}, {});
    p.revoke();
    return p.proxy;
  };
  it('from toString, from a getter of an argument object, from a getter of an option bag', () => {
    expect(codeOf(() => toDecimal({ toString: () => { throw revoked(); } }, 'target'))).toBe(ErrorCode.INVALID_TYPE);
    expect(codeOf(() => capaian(Object.defineProperty({}, 'target', { get: () => { throw revoked(); }, enumerable: true }) as never))).toBe(ErrorCode.INVALID_TYPE);
    expect(codeOf(() => capaian({ target: 1, realisasi: 1 }, Object.defineProperty({}, 'arah', { get: () => { throw revoked(); }, enumerable: true }) as never))).toBe(ErrorCode.INVALID_TYPE);
  });
});

describe('efisiensi gives only its own documented NA reasons', () => {
  const s = 50;
  it('a known reason of an earlier result passes on', () => {
    expect(efisiensi({ capaian: capaian({ target: 0, realisasi: 1 }), serapan: s }, { metode: 'capaian-serapan' }).reason).toBe('target-nol');
    expect(efisiensi({ capaian: 90, serapan: serapan({ pagu: 0, realisasi: 0 }) }, { metode: 'capaian/serapan' }).reason).toBe('pagu-nol');
  });
  it.each([
    ['an unknown text', 'blah'],
    ['an Object method name', 'toString'],
    ['a number', 5],
    ['an object', { reason: 'x' }],
    ['a revoked Proxy', (() => { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy; })()],
  ])('a foreign reason (%s) becomes realisasi-kosong, as a blank figure does', (_name, reason) => {
    for (const metode of ['capaian-serapan', 'capaian/serapan', 'indeks'] as const) {
      const e = efisiensi({ capaian: { value: null, reason: reason as never }, serapan: s }, { metode });
      expect(e.reason).toBe('realisasi-kosong');
      expect(e.explanation).toBe(`Efisiensi tidak dapat diukur: ${alasanNA['realisasi-kosong']} (${metode})`);
    }
    expect(efisiensi({ serapan: { value: null, reason: reason as never } }, { metode: '100-serapan' }).reason).toBe('realisasi-kosong');
  });
  it('every reason efisiensi gives is in its documented set', () => {
    const reasons = new Set<string | null>();
    const inputs: unknown[] = [null, undefined, 0, 50, { value: null }, { value: null, reason: 'tanpa-nilai' }, { value: null, reason: '__proto__' }, capaian({ target: 1, realisasi: null })];
    for (const metode of ['capaian-serapan', '100-serapan', 'capaian/serapan', 'indeks'] as const) {
      for (const c of inputs) for (const x of inputs) {
        try {
          reasons.add(efisiensi({ capaian: c as never, serapan: x as never }, { metode }).reason);
        } catch (e) {
          expect(isSakipError(e)).toBe(true);
        }
      }
    }
    for (const r of reasons) if (r !== null) expect(Object.keys(alasanNA)).toContain(r);
  });
});

describe('an array where a figure or a row is expected', () => {
  it('toDecimal refuses an array (its toString is not a number the caller wrote)', () => {
    expect(thrown(() => toDecimal([2] as never, 'target'))).toMatchObject({ code: ErrorCode.INVALID_TYPE, field: 'target' });
    expect(thrown(() => toDecimal([] as never, 'target')).message).toContain('[daftar 0 butir]');
    expect(codeOf(() => capaian({ target: [80] as never, realisasi: 40 }))).toBe(ErrorCode.INVALID_TYPE);
  });
  it.each([
    ['pagu', { induk: [0, 0, 0], pagu: [1, 2, [3]], realisasi: [1, 1, 1] }, 'pagu[2]'],
    ['pagu, two deep', { induk: [0, 0, 0], pagu: [1, 2, [[3]]], realisasi: [1, 1, 1] }, 'pagu[2]'],
    ['pagu, empty', { induk: [0, 0], pagu: [1, []], realisasi: [1, 1] }, 'pagu[1]'],
    ['pagu, long figure', { induk: [0, 0], pagu: [1, ['1'.repeat(30)]], realisasi: [1, 1] }, 'pagu[1]'],
    ['realisasi', { induk: [0, 0, 0], pagu: [1, 2, 3], realisasi: [1, [1], 1] }, 'realisasi[1]'],
    ['realisasi, long figure', { induk: [0, 0, 0], pagu: [1, 2, 3], realisasi: [1, 1, ['9'.repeat(30)]] }, 'realisasi[2]'],
  ])('rollupKolom with a nested array in %s names its row', (_name, kolom, field) => {
    expect(thrown(() => rollupKolom(kolom as never, 1))).toMatchObject({ code: ErrorCode.INVALID_TYPE, field });
  });
  it('rollupKolom refuses a group index that is an object, without running its code', () => {
    let ran = false;
    const sly = { valueOf: () => ((ran = true), 0) };
    const trap = new Proxy({}, { get: () => { throw new Error('trap'); } });
    expect(thrown(() => rollupKolom({ induk: [0, sly], pagu: [1, 2], realisasi: [1, 1] } as never, 1))).toMatchObject({ code: ErrorCode.INVALID_TREE, field: 'induk[1]' });
    expect(ran).toBe(false);
    expect(thrown(() => rollupKolom({ induk: [trap], pagu: [1], realisasi: [1] } as never, 1))).toMatchObject({ code: ErrorCode.INVALID_TREE, field: 'induk[0]' });
  });
  it('rollupKolom names the column whose length is wrong', () => {
    expect(thrown(() => rollupKolom({ induk: [0, 0], pagu: [1, 2], realisasi: [1] }, 1))).toMatchObject({ code: ErrorCode.INVALID_OPTION, field: 'realisasi' });
    expect(thrown(() => rollupKolom({ induk: [0], pagu: [1, 2], realisasi: [1, 2] }, 1))).toMatchObject({ code: ErrorCode.INVALID_OPTION, field: 'induk' });
  });
  it('the column batches name the row of a nested array', () => {
    expect(thrown(() => capaianKolom({ target: [1, [2]], realisasi: [1, 1] } as never))).toMatchObject({ code: ErrorCode.INVALID_TYPE, field: 'target[1]' });
    expect(thrown(() => capaianKolom({ target: [1, 2], realisasi: [1, [[[]]]] } as never))).toMatchObject({ code: ErrorCode.INVALID_TYPE, field: 'realisasi[1]' });
    expect(thrown(() => serapanKolom({ pagu: [1, 2, [3]], realisasi: [1, 1, 1] } as never))).toMatchObject({ code: ErrorCode.INVALID_TYPE, field: 'pagu[2]' });
    expect(thrown(() => capaianBatch([{ target: 1, realisasi: 1 }, { target: [[1]], realisasi: 1 }] as never))).toMatchObject({ code: ErrorCode.INVALID_TYPE, field: 'target[1]' });
  });
  it('a spreadsheet cell holding an array is that cell’s error', () => {
    expect(CAPAIAN([[[80]]] as never, 40)).toEqual([[expect.stringMatching(/^#SAKIP_INVALID_TYPE: target: /)]]);
    expect(CAPAIAN([[80, [80]]] as never, 40)).toEqual([[50, expect.stringMatching(/^#SAKIP_INVALID_TYPE: target: /)]]);
  });
});

describe('nilaiBatch and predikatBatch check the row index and the result they are given', () => {
  const h = capaianKolom({ target: [1, 2], realisasi: [1, 2] }, { scale: 'permendagri-86-2017' });
  it.each([2, -1, 0.5, -0.5, Number.NaN, Infinity, 2 ** 53, '0', null, undefined, [0], 1n])('row %s is refused naming the field', (i) => {
    for (const f of [nilaiBatch, predikatBatch]) {
      expect(thrown(() => f(h, i as never))).toMatchObject({ code: ErrorCode.INVALID_OPTION, field: 'baris' });
    }
  });
  it('a row within the length is read, -0 included', () => {
    expect(nilaiBatch(h, 1)?.toString()).toBe('100');
    expect(nilaiBatch(h, -0)?.toString()).toBe('100');
    expect(predikatBatch(h, 0)?.label).toBe('Sangat Tinggi');
  });
  it('a result that crossed structuredClone is read the same', () => {
    const copy = structuredClone(h);
    expect(nilaiBatch(copy, 1)?.toString()).toBe('100');
    expect(predikatBatch(copy, 1)?.label).toBe('Sangat Tinggi');
  });
  it.each([
    ['a length beyond its columns', { ...h, length: 5 }, 4, 'hasil.scaled'],
    ['a result that crossed JSON', JSON.parse(JSON.stringify(h)), 0, 'hasil.scaled'],
    ['decimals out of range', { ...h, decimals: 99 }, 0, 'hasil.decimals'],
    ['no large map', { ...h, large: undefined }, 0, 'hasil.large'],
    ['a band without a scale', { ...h, scale: null }, 0, 'hasil.scale'],
  ])('%s is a typed error naming the field', (_name, bad, i, field) => {
    const errors = [thrown(() => nilaiBatch(bad as never, i)), thrown(() => predikatBatch(bad as never, i))];
    expect(errors.some((e) => e.field === field)).toBe(true);
    for (const e of errors) if (e.name !== 'returned') expect(e.code).toMatch(/^SAKIP_/);
  });
});

describe('validate returns data without undefined keys', () => {
  it('an explicit undefined is dropped, and the data survives structuredClone and JSON identically', () => {
    const r = validate(IndikatorSchema, { nama: 'x', satuan: '%', arah: 'positif', target: 1, realisasi: undefined });
    expect(r.success).toBe(true);
    const data = (r as { data: Record<string, unknown> }).data;
    expect('realisasi' in data).toBe(false);
    expect(structuredClone(data)).toStrictEqual(data);
    expect(JSON.parse(JSON.stringify(data))).toStrictEqual(data);
  });
  it('nested objects too, and the caller’s data is left as it was', () => {
    const input = { instansi: 'Dinas', tahun: 2023, skala: [], sasaran: [], program: [{ nama: 'P', pagu: 1, realisasi: undefined, kegiatan: [{ nama: 'K', kode: undefined }] }] };
    const r = validate(LaporanSchema, input);
    expect(r.success).toBe(true);
    const data = (r as { data: { program: Record<string, unknown>[] } }).data;
    expect(JSON.parse(JSON.stringify(data))).toStrictEqual(data);
    expect('realisasi' in data.program[0]!).toBe(false);
    expect('realisasi' in input.program[0]!).toBe(true);
    expect(parseModel(LaporanSchema, input)).toStrictEqual(data);
  });
  it('data of any depth, with a cycle or a key named __proto__ (a z.unknown() field) is walked without overflow', () => {
    const schema = z.object({ a: z.optional(z.number()), x: z.unknown() });
    const cyclic: Record<string, unknown> = { k: undefined, n: 1 };
    cyclic.self = cyclic;
    const r = validate(schema, { a: undefined, x: cyclic }) as { success: true; data: { x: Record<string, unknown> } };
    expect(r.success).toBe(true);
    expect('a' in r.data).toBe(false);
    expect(r.data.x.self).toBe(r.data.x);
    expect(Object.keys(r.data.x)).toEqual(['n', 'self']);
    expect(Object.keys(cyclic)).toEqual(['k', 'n', 'self']);
    let deep: unknown = [];
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(validate(schema, { a: undefined, x: deep }).success).toBe(true);
    const proto = Object.defineProperty({ b: undefined }, '__proto__', { value: { c: 1 }, enumerable: true });
    const p = validate(schema, { x: proto }) as { success: true; data: { x: object } };
    expect(Object.getPrototypeOf(p.data.x)).toBe(Object.prototype);
    expect(Object.keys(p.data.x)).toEqual(['__proto__']);
  });
});

describe('the CSV reader meets each line once and keeps only rows', () => {
  const head = '# id: x\n# instansi: Dinas\ntabel;nama;target;realisasi;capaian\n';
  const row = 'T;a;80;58,13;72,66\n';
  it('comment, blank and padding lines change nothing, however many', () => {
    const plain = bacaCsv(head + row);
    const padded = bacaCsv('#\n'.repeat(100_000) + ' \t\r\n\r'.repeat(1000) + head + ';;; ;\n \n'.repeat(1000) + row + '\r\n'.repeat(1000));
    expect(padded).toEqual({ ...plain, tabel: [{ ...plain.tabel[0]!, baris: [{ ...plain.tabel[0]!.baris[0]!, id: `baris-${100_000 + 2000 + 3 + 2001}` }] }] });
  });
  it('a run of doubled quotes is that many quotes', () => {
    const d = bacaCsv(`${head}T;"a${'""'.repeat(5)}b";80;58,13;72,66\n`);
    expect(d.tabel[0]!.baris[0]!.nama).toBe(`a${'"'.repeat(5)}b`);
    expect(bacaCsv(`${head}T;"${'""'.repeat(3)}";80;58,13;72,66\n`).tabel[0]!.baris[0]!.nama).toBe('"""');
  });
  it('a message names the line as the file numbers it, blank lines counted', () => {
    expect(thrown(() => bacaCsv(`${head}\n\n \n${row}T;a;80;58,13;72,66;x\n`)).field).toBe('CSV:8 kolom 6');
  });
});

/**
 * The report importer (sakip/impor) under the same gate, found by the campaign once it covered
 * sakip/impor: options and blocks of any shape give a typed error naming the field, never a raw
 * error, and nothing of the caller's but plain text and numbers reaches the draft dataset.
 */
describe('the report importer takes only what it documents', () => {
  const boom = { toString: () => { throw new Error('toString'); } };
  const revoked = () => {
    const p = Proxy.revocable({}, {});
    p.revoke();
    return p.proxy;
  };
  let deep: unknown = [];
  for (let i = 0; i < 10_000; i++) deep = [deep];
  const teks = 'Tabel 3.1 Capaian Kinerja\nNo\tIndikator\tTarget\tRealisasi\tCapaian\n1\tIKM\t80\t82\t102,5\n';
  it.each([
    ['id', '5', 5], ['id', 'a Decimal', new Decimal(1)], ['instansi', 'a throwing toString', boom], ['instansi', "['Dinas']", ['Dinas']],
    ['tahun', "'2023'", '2023'], ['tahun', '2023.5', 2023.5], ['tahun', 'NaN', Number.NaN], ['sumber', '{}', {}], ['locale', "'fr'", 'fr'],
    ['locale', "'Negatif'", 'Negatif'], ['prosa', "'ya'", 'ya'], ['prosa', '1', 1],
  ])('option %s = %s is refused naming it', (key, _shown, value) => {
    for (const f of [() => imporTeks(teks, { [key]: value } as never), () => imporBlok([], { [key]: value } as never)]) {
      expect(thrown(f)).toMatchObject({ code: ErrorCode.INVALID_OPTION, field: `opsi.${key}` });
    }
  });
  it.each([
    ['a revoked Proxy as the options', () => revoked(), ErrorCode.INVALID_TYPE, 'opsi'],
    ['a getter that throws', () => Object.defineProperty({}, 'tahun', { get: () => { throw new Error('x'); }, enumerable: true }), ErrorCode.INVALID_TYPE, 'opsi'],
    ['an array', () => [], ErrorCode.INVALID_TYPE, 'opsi'],
  ])('%s is a typed error', (_name, make, code, field) => {
    expect(thrown(() => imporBlok([], make() as never))).toMatchObject({ code, field });
  });
  it('valid options are used as given', () => {
    const h = imporTeks(teks, { id: 'uji-1', instansi: 'Dinas Uji', tahun: 2023, sumber: 'uji.txt', locale: 'id', prosa: false });
    expect(h.laporan).toMatchObject({ id: 'uji-1', instansi: 'Dinas Uji', tahun: 2023, sumber: 'uji.txt', locale: 'id' });
  });
  it.each([
    ['a revoked Proxy', () => [revoked()], 'blok[0]'],
    ['a block whose getter throws', () => [{ jenis: 'paragraf', get teks() { throw new Error('x'); } }], 'blok[0]'],
    ['a cell that is not text', () => [{ jenis: 'tabel', baris: [['a', 5]] }], 'blok[0]'],
    ['a row that is a revoked Proxy', () => [{ jenis: 'tabel', baris: [revoked()] }], 'blok[0]'],
    ['a block nested 10 000 deep', () => [deep], 'blok[0]'],
    ['a page that is not a whole number', () => [{ jenis: 'tabel', baris: [['a']], halaman: new Decimal(2) }], 'blok[0].halaman'],
    ['a revoked Proxy as the list', () => revoked(), 'blok'],
  ])('%s is a typed error naming the block', (_name, make, field) => {
    const e = thrown(() => imporBlok(make() as never));
    expect(e).toMatchObject({ code: ErrorCode.INVALID_TYPE, field });
  });
  it('metodeDari takes text only', () => {
    expect(thrown(() => metodeDari([[]] as never))).toMatchObject({ code: ErrorCode.INVALID_TYPE, field: 'teks' });
    expect(metodeDari('efisiensi = capaian kinerja dikurangi serapan anggaran')).toBe('capaian-serapan');
  });
  it('an imported draft and its notes cross structuredClone and JSON', () => {
    const h = imporBlok([{ jenis: 'paragraf', teks: 'Tabel 3.1 Capaian' }, { jenis: 'tabel', baris: [['No', 'Indikator', 'Target', 'Realisasi'], ['1', 'IKM', '80', '82']], halaman: 3 }]);
    expect(structuredClone(h)).toStrictEqual(JSON.parse(JSON.stringify(h)));
  });
});
