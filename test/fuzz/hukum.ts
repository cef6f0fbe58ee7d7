/**
 * The laws of the domain as fuzz properties: each returns null when the law holds on its sample,
 * else a sentence saying how it broke. Typed errors are allowed only where the law says so.
 */
import fc from 'fast-check';
import * as lib from '../../src/index.js';
import { decimal, nilai } from './nilai.js';

export interface Hukum {
  readonly name: string;
  readonly arb: fc.Arbitrary<unknown[]>;
  readonly check: (args: unknown[]) => string | null;
  readonly share?: number;
}

const RUMUS = ['F1', 'F2', 'F3', 'F4', 'F5'] as const;
const nonZero = decimal().filter((d) => !d.isZero());
const positive = decimal(1n, 10n ** 15n);

/** A row's outcome as per-row and batch both can state it: a rounded value, an NA reason or an error code. */
function outcome(f: () => string): string {
  try {
    return f();
  } catch (e) {
    return lib.isSakipError(e) ? `error ${e.code}` : `RAW ${String(e)}`;
  }
}

/** A table cell: an ordinary figure, a blank, or something hostile. */
const sel = fc.oneof({ weight: 4, arbitrary: decimal(-(10n ** 8n), 10n ** 8n) }, { weight: 1, arbitrary: fc.constantFrom(null, undefined, 0, '0', '', 'abc', '1.234', '1,5', '5,15', 'Rp 1.000') }, { weight: 1, arbitrary: nilai });
const baris = fc.array(fc.record({ target: sel, realisasi: sel, arah: fc.constantFrom('positif', 'negatif') }), { minLength: 1, maxLength: 8 });

export const HUKUM: readonly Hukum[] = [
  {
    name: 'law: met target scores 100 (F5 scores 0)',
    arb: fc.tuple(nonZero, fc.constantFrom(...RUMUS)) as fc.Arbitrary<unknown[]>,
    check: ([t, rumus]) => {
      const c = lib.capaian({ target: t as lib.Decimal, realisasi: t as lib.Decimal }, { rumus: rumus as lib.RumusId });
      const want = rumus === 'F5' ? '0' : '100';
      return c.value?.toString() === want ? null : `${String(rumus)} T = R = ${String(t)} gave ${String(c.value)}`;
    },
  },
  {
    name: 'law: F1 increasing, F2 and F4 decreasing in realisasi',
    arb: fc.tuple(positive, positive, positive) as fc.Arbitrary<unknown[]>,
    check: ([t, a, b]) => {
      const [lo, hi] = (a as lib.Decimal).lt(b as lib.Decimal) ? [a, b] : [b, a];
      if ((lo as lib.Decimal).eq(hi as lib.Decimal)) return null;
      const at = (r: unknown, rumus: lib.RumusId) => lib.capaian({ target: t as lib.Decimal, realisasi: r as lib.Decimal }, { rumus }).value!;
      if (!at(lo, 'F1').lt(at(hi, 'F1'))) return `F1 not increasing at T ${String(t)}`;
      if (!at(lo, 'F2').gt(at(hi, 'F2'))) return `F2 not decreasing at T ${String(t)}`;
      if (!at(lo, 'F4').gt(at(hi, 'F4'))) return `F4 not decreasing at T ${String(t)}`;
      return null;
    },
  },
  {
    name: 'law: parseAngka(formatAngka(x)) = x',
    arb: fc.tuple(decimal(-(10n ** 18n), 10n ** 18n), fc.constantFrom<'id' | 'en'>('id', 'en'), fc.boolean()) as fc.Arbitrary<unknown[]>,
    check: ([x, locale, rupiah]) => {
      const d = x as lib.Decimal;
      const text = rupiah ? lib.formatRupiah(d, { decimals: d.decimalPlaces() }) : lib.formatAngka(d, { locale: locale as 'id' });
      const back = lib.parseAngka(text, { locale: rupiah ? 'id' : (locale as 'id') });
      return back.eq(d) ? null : `${d.toString()} → "${text}" → ${back.toString()}`;
    },
  },
  {
    name: 'law: batch = per-row on random tables',
    arb: fc.tuple(baris, fc.integer({ min: 0, max: 4 }), fc.constantFrom<lib.Rounding>('half-up', 'half-even', 'down', 'up')) as fc.Arbitrary<unknown[]>,
    check: ([rows, decimals, rounding]) => {
      const list = rows as { target: unknown; realisasi: unknown; arah: lib.Arah }[];
      const d = decimals as number;
      const perRow = list.map((r) =>
        outcome(() => {
          const c = lib.capaian({ target: r.target as never, realisasi: r.realisasi as never }, { arah: r.arah });
          return c.value === null ? `NA ${c.reason}` : c.value.toDecimalPlaces(d, lib.roundings[rounding as lib.Rounding].mode).toFixed(d);
        }),
      );
      let h: lib.HasilBatch;
      try {
        h = lib.capaianBatch(list as never, { decimals: d, rounding: rounding as lib.Rounding });
      } catch (e) {
        // The batch stops at the first row that is an error: the same row and the same code per row.
        const first = perRow.find((o) => o.startsWith('error') || o.startsWith('RAW'));
        const got = lib.isSakipError(e) ? `error ${e.code}` : `RAW ${String(e)}`;
        return first === got ? null : `batch threw ${got}, per-row first error ${String(first)}`;
      }
      for (let i = 0; i < list.length; i++) {
        const v = lib.nilaiBatch(h, i);
        const b = v === null ? `NA ${h.reason[i]}` : v.toFixed(d);
        if (b !== perRow[i]) return `row ${i}: batch ${b}, per-row ${perRow[i]}`;
      }
      return null;
    },
    share: 0.2,
  },
  {
    name: 'law: results identical after structuredClone',
    arb: fc.tuple(decimal(), decimal(), fc.constantFrom<lib.Arah>('positif', 'negatif'), fc.integer({ min: 0, max: 4 })) as fc.Arbitrary<unknown[]>,
    check: ([t, r, arah, decimals]) => {
      const c = lib.capaian({ target: t as lib.Decimal, realisasi: r as lib.Decimal }, { arah: arah as lib.Arah, decimals: decimals as number });
      const copy = structuredClone(c);
      // A Decimal crosses as its fields { s, e, d }: read back through the gate, every field must print the same.
      const plain = (x: unknown) => JSON.stringify(x, (_k, v: unknown) => (v !== null && typeof v === 'object' && 'd' in v && 'e' in v ? lib.toDecimal(v as never, 'x').valueOf() : v));
      if (plain(copy) !== plain(c)) return `JSON differs after structuredClone: ${plain(copy).slice(0, 200)}`;
      const band = (x: typeof c) => outcome(() => lib.predikat(x, 'permendagri-86-2017')?.label ?? 'none');
      if (band(copy) !== band(c)) return `predikat ${band(copy)} after clone, ${band(c)} before`;
      if (c.value !== null && !lib.toDecimal(copy.value as never, 'x').eq(c.value)) return 'value differs after clone';
      const e = (x: typeof c) => outcome(() => lib.efisiensi({ capaian: x, serapan: 50 }, { metode: 'capaian-serapan' }).value?.toString() ?? 'NA');
      return e(copy) === e(c) ? null : 'efisiensi differs after clone';
    },
  },
];
