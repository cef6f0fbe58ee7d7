import { describe, expect, it } from 'vitest';
import DecimalJs from 'decimal.js';
import {
  Decimal, ErrorCode, formatAngka, formatPersen, formatRupiah, isSakipError, parseAngka, parseAngkaInfo, round, toDecimal,
} from '../src/index.js';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(isSakipError(e)).toBe(true);
    return (e as { code: string; field: string; message: string }).code;
  }
  throw new Error('expected an error');
};

describe('parseAngka: what reports print', () => {
  it.each([
    ['Rp 22.735.850.378,-', 'auto', '22735850378'],
    ['Rp. 5.473.751.535', 'auto', '5473751535'],
    ['86,98 %', 'auto', '86.98'],
    ['0,7323', 'auto', '0.7323'],
    ['1.081,93', 'auto', '1081.93'],
    ['2,418,250,727', 'auto', '2418250727'],
    ['98.88', 'auto', '98.88'],
    ['Rp 1.234.567,00', 'auto', '1234567'],
    ['Rp22.735.850.378', 'auto', '22735850378'],
    ['100', 'auto', '100'],
    ['−98,99', 'auto', '-98.99'],
    ['-5,74%', 'auto', '-5.74'],
    ['-Rp 1.000', 'id', '-1000'],
    ['Rp -1.000', 'id', '-1000'],
    ['1.234', 'id', '1234'],
    ['1.234', 'en', '1.234'],
    ['35.100', 'id', '35100'],
    ['1,500', 'id', '1.5'],
    ['0.001', 'auto', '0.001'],
    ['\u00a086,98\u00a0%', 'auto', '86.98'],
  ] as const)('%s (%s) → %s', (text, locale, expected) => {
    expect(parseAngka(text, { locale }).toString()).toBe(expected);
  });

  it('returns a Decimal of the library clone', () => {
    expect(parseAngka('1,5')).toBeInstanceOf(Decimal);
  });

  it('reports the printed precision and style', () => {
    expect(parseAngkaInfo('72,60')).toMatchObject({ decimals: 2, style: 'id' });
    expect(parseAngkaInfo('100.00')).toMatchObject({ decimals: 2, style: 'en' });
    expect(parseAngkaInfo('105')).toMatchObject({ decimals: 0, style: 'plain' });
  });

  it.each([
    ['1.234', 'auto', ErrorCode.AMBIGUOUS_NUMBER],
    ['1,234', 'auto', ErrorCode.AMBIGUOUS_NUMBER],
    ['35.100', 'auto', ErrorCode.AMBIGUOUS_NUMBER],
    ['', 'auto', ErrorCode.EMPTY],
    ['   ', 'auto', ErrorCode.EMPTY],
    ['Rp', 'auto', ErrorCode.EMPTY],
    ['abc', 'auto', ErrorCode.INVALID_NUMBER],
    ['1.2.3', 'auto', ErrorCode.INVALID_NUMBER],
    ['98.88', 'id', ErrorCode.INVALID_NUMBER],
    ['1.081,93', 'en', ErrorCode.INVALID_NUMBER],
    ['25.000.00', 'auto', ErrorCode.INVALID_NUMBER],
    ['2,418250,727', 'auto', ErrorCode.INVALID_NUMBER],
    ['-', 'auto', ErrorCode.EMPTY],
  ] as const)('%s (%s) is refused with %s', (text, locale, expected) => {
    expect(code(() => parseAngka(text, { locale }))).toBe(expected);
  });

  it('names the field and the value in the error', () => {
    try {
      parseAngka('1.234', { field: 'target' });
    } catch (e) {
      const err = e as { field: string; value: unknown; message: string };
      expect(err.field).toBe('target');
      expect(err.value).toBe('1.234');
      expect(err.message).toContain('"1.234"');
      expect(err.message).toContain('target');
    }
    expect(code(() => parseAngka('1', { locale: 'fr' as 'id' }))).toBe(ErrorCode.INVALID_OPTION);
    expect(code(() => parseAngka(12 as unknown as string))).toBe(ErrorCode.INVALID_TYPE);
  });
});

describe('toDecimal: the one input gate', () => {
  it('accepts numbers, strings, bigints and Decimals of any copy of decimal.js', () => {
    expect(toDecimal(0.1, 'x').toString()).toBe('0.1');
    expect(toDecimal(1.005, 'x').toString()).toBe('1.005');
    expect(toDecimal(12345678901234567890n, 'x').toString()).toBe('12345678901234567890');
    expect(toDecimal(new DecimalJs('2.5'), 'x')).toBeInstanceOf(Decimal);
    expect(toDecimal(new DecimalJs('2.5'), 'x').toString()).toBe('2.5');
    expect(toDecimal({ toString: () => '1e-3' }, 'x').toString()).toBe('0.001');
  });

  it.each([
    [Number.NaN, ErrorCode.NOT_A_NUMBER],
    [Number.POSITIVE_INFINITY, ErrorCode.NOT_FINITE],
    [Number.NEGATIVE_INFINITY, ErrorCode.NOT_FINITE],
    ['', ErrorCode.EMPTY],
    ['abc', ErrorCode.INVALID_NUMBER],
    [null, ErrorCode.EMPTY],
    [undefined, ErrorCode.EMPTY],
    [true, ErrorCode.INVALID_TYPE],
    [new DecimalJs(Number.NaN), ErrorCode.NOT_A_NUMBER],
    [new DecimalJs(Number.POSITIVE_INFINITY), ErrorCode.NOT_FINITE],
    [{ toString: () => 'x' }, ErrorCode.INVALID_TYPE],
  ])('%s → %s', (value, expected) => {
    expect(code(() => toDecimal(value as never, 'target'))).toBe(expected);
  });

  it('never touches the host global decimal.js configuration', () => {
    const before = { precision: DecimalJs.precision, rounding: DecimalJs.rounding };
    DecimalJs.set({ precision: 5, rounding: DecimalJs.ROUND_DOWN });
    try {
      expect(toDecimal('1', 'x').div(3).toString().length).toBeGreaterThan(40);
      expect(round(1.005, 2).toFixed(2)).toBe('1.01');
    } finally {
      DecimalJs.set(before);
    }
    expect(DecimalJs.precision).toBe(before.precision);
  });
});

describe('round: named modes, applied once', () => {
  it('rounds half-up as reports print', () => {
    expect(round(1.005, 2).toFixed(2)).toBe('1.01');
    expect(round(1.015, 2).toFixed(2)).toBe('1.02');
    expect(round('1,005', 2, 'half-up', { locale: 'id' }).toFixed(2)).toBe('1.01');
    expect((1.005).toFixed(2)).toBe('1.00'); // the float bug this library exists to avoid
  });
  it.each([
    ['2.5', 0, 'half-even', '2'],
    ['3.5', 0, 'half-even', '4'],
    ['54.2090', 2, 'down', '54.2'],
    ['-1.005', 2, 'down', '-1'],
    ['1.001', 2, 'up', '1.01'],
    ['-1.005', 2, 'half-up', '-1.01'],
  ] as const)('%s to %i (%s) → %s', (x, d, mode, expected) => {
    expect(round(new Decimal(x), d, mode).toString()).toBe(expected);
  });
  it('refuses an unknown mode or a bad number of decimals', () => {
    expect(code(() => round(1, 2, 'nearest' as 'up'))).toBe(ErrorCode.INVALID_OPTION);
    expect(code(() => round(1, -1))).toBe(ErrorCode.INVALID_OPTION);
    expect(code(() => round(1, 1.5))).toBe(ErrorCode.INVALID_OPTION);
    expect(code(() => round(1, 2, 'toString' as 'up'))).toBe(ErrorCode.INVALID_OPTION);
  });
});

describe('format: Indonesian style without Intl', () => {
  it('formats numbers', () => {
    expect(formatAngka(new Decimal('1081.925'), { decimals: 2 })).toBe('1.081,93');
    expect(formatAngka(new Decimal('0.7323'))).toBe('0,7323');
    expect(formatAngka(new Decimal('1234.5'), { decimals: 2, locale: 'en' })).toBe('1,234.50');
    expect(formatAngka(new Decimal('1234567'), { grouping: false })).toBe('1234567');
    expect(formatAngka(new Decimal('-0.001'), { decimals: 2 })).toBe('0,00');
    expect(formatAngka(new Decimal('-1234.5'))).toBe('-1.234,5');
    expect(formatAngka(new Decimal('54.2090'), { decimals: 2, rounding: 'down' })).toBe('54,20');
  });
  it('formats percentages and rupiah', () => {
    expect(formatPersen(new Decimal('86.413592'), { decimals: 2 })).toBe('86,41%');
    expect(formatPersen(new Decimal('86.98'), { decimals: 2, space: true })).toBe('86,98 %');
    expect(formatRupiah(new Decimal('22735850378'))).toBe('Rp 22.735.850.378');
    expect(formatRupiah(new Decimal('22735850378'), { suffix: ',-' })).toBe('Rp 22.735.850.378,-');
    expect(formatRupiah(new Decimal('1234567'), { decimals: 2 })).toBe('Rp 1.234.567,00');
    expect(formatRupiah(new Decimal('-500'))).toBe('-Rp 500');
  });
  it('round-trips what it prints through parseAngka', () => {
    for (const x of ['-500', '22735850378', '1234567.5']) {
      expect(parseAngka(formatRupiah(new Decimal(x), { decimals: 1 }), { locale: 'id' }).eq(x)).toBe(true);
    }
  });
});

describe('a Decimal from the host app', () => {
  it('is converted into the library clone, so the host precision never applies', () => {
    const Host = DecimalJs.clone({ precision: 3 });
    const x = toDecimal(new Host('1'), 'x');
    expect(x.constructor).toBe(Decimal);
    expect(x.div(3).toString().length).toBeGreaterThan(40);
  });
});

describe('rupiah amounts are whole numbers', () => {
  it.each([
    ['Rp 2.500,-', '2500'],
    ['Rp 750.000', '750000'],
    ['Rp 1,500', '1500'],
    ['2.500,-', '2500'],
    ['Rp 1.234.567', '1234567'],
  ])('%s → %s under auto', (text, expected) => {
    expect(parseAngka(text).toString()).toBe(expected);
  });
  it('a plain ambiguous figure stays refused', () => {
    expect(() => parseAngka('2.500')).toThrow(expect.objectContaining({ code: ErrorCode.AMBIGUOUS_NUMBER }));
  });
});

describe('a result that crossed structuredClone', () => {
  it('is read back exactly, whatever the digits', async () => {
    const { capaian, predikat } = await import('../src/index.js');
    for (const x of ['123.45', '-0.000001234', '86.407766990291262135922330097087378640776699029126213592233', '1e+30', '0']) {
      // capaian with target 100 returns the realisasi itself, as a cloneable result.
      const cloned = structuredClone(capaian({ target: 100, realisasi: new Decimal(x) })).value;
      expect(toDecimal(cloned as never, 'x').eq(x)).toBe(true);
    }
    const c = structuredClone(capaian({ target: '5,15', realisasi: '5,85' }, { arah: 'negatif', decimals: 2 }));
    expect(predikat(c, 'permendagri-86-2017')?.label).toBe('Tinggi');
    expect(toDecimal(c.value as never, 'x').toFixed(2)).toBe('86.41');
    expect(() => toDecimal({ s: 1, e: 0, d: [1.5] } as never, 'x')).toThrow(expect.objectContaining({ code: ErrorCode.INVALID_TYPE }));
  });
});
