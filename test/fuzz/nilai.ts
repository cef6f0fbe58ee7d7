/**
 * What the fuzz suite feeds the library: a table of hand-picked hostile values (each one a finding
 * of the campaign behind issue #8, or its neighbour) and fast-check arbitraries that mix them with
 * ordinary figures as reports print them.
 */
import { Decimal as DecimalJs } from 'decimal.js';
import fc from 'fast-check';
import { Decimal } from '../../src/index.js';

function throwingProxy(): object {
  const boom = () => {
    throw new Error('trap');
  };
  return new Proxy({}, { get: boom, has: boom, ownKeys: boom, getPrototypeOf: boom, getOwnPropertyDescriptor: boom });
}
function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}
function cyclic(): object {
  const o: Record<string, unknown> = { target: 1 };
  o.self = o;
  o.realisasi = o;
  return o;
}
function deep(n: number): unknown {
  let x: unknown = [];
  for (let i = 0; i < n; i++) x = [x];
  return x;
}
/**
 * A Proxy cannot sit in an arbitrary: fast-check inspects every value it generates (`cloneMethod in
 * value`), which a hostile Proxy answers with an exception. The table holds these markers instead,
 * and {@link lepas} puts fresh Proxies in their place just before a call.
 */
const PROXY_MELEMPAR = Object.freeze({ proxy: 'melempar' });
const PROXY_DICABUT = Object.freeze({ proxy: 'dicabut' });

/** The arguments with every Proxy marker (up to three levels deep) replaced by a hostile Proxy. */
export function lepas(value: unknown, depth = 0): unknown {
  if (value === PROXY_MELEMPAR) return throwingProxy();
  if (value === PROXY_DICABUT) return revokedProxy();
  if (depth > 3 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.some((v) => v !== null && typeof v === 'object') ? value.map((v) => lepas(v, depth + 1)) : value;
  const proto = Object.getPrototypeOf(value);
  if ((proto !== Object.prototype && proto !== null) || Object.isFrozen(value)) return value;
  // Only plain data properties are looked into: a getter is the library's to meet, not the harness's.
  const own = Object.getOwnPropertyDescriptors(value);
  if (Object.values(own).some((d) => !('value' in d))) return value;
  const out = Object.create(proto) as Record<string, unknown>;
  for (const [k, d] of Object.entries(own)) out[k] = lepas(d.value, depth + 1);
  return out;
}

const throwingToString = { toString: () => { throw new Error('toString'); } };
const throwingGetter = Object.defineProperty({}, 'target', { get: () => { throw new Error('getter'); }, enumerable: true });

/** Hostile values: shapes, types, bounds, texts. Built once; every entry point gets all of them. */
export const HOSTILE: readonly unknown[] = Object.freeze([
  null, undefined, Number.NaN, Infinity, -Infinity, -0, 0, 1, -1, 1e308, -1e308, 5e-324, 1e21, 1e-7, 2 ** 53 + 2, 0.1 + 0.2,
  '', ' ', '-', '–', '—', ' - ', 'abc', 'NaN', 'Infinity', '-Infinity', '1e9999', '1e-9999', '1.234', '1,234', '1.234,5', '1,234.5',
  'Rp', 'Rp.', 'Rp -', '%', ' %', '-%', ',-', '.', ',', '..', '1..2', '--1', '+1', '1e5', '0x10', '١٢٣', '１２３',
  "$'", '$&', '$`', '{value}', '{field}', '\u001b]0;judul\u0007', '\u202eevil', '\u0000', 'a\nb',
  `1${' '.repeat(5000)}1`, ' '.repeat(3000), `${'\t'.repeat(2000)}%`, '9'.repeat(400), `0.${'0'.repeat(60)}1`, '1'.repeat(41),
  '__proto__', 'toString', 'constructor', 'hasOwnProperty', 'F1', 'F6', 'f2', 'positif', 'negatif', 'Negatif', 'WTP', 'A', 'Sangat Baik',
  10n ** 400n, -1n, 0n, 10n ** 39n, true, false, Symbol('s'), () => 1, function named() {}, new Date(0), /x/, new Map(), new Set([1]),
  {}, [], [[]], [[[]]], [1, 2], [[1, 2], [3]], [['1', null]], new Float64Array([Number.NaN, 1]), Object.create(null), Object.freeze({}),
  throwingToString, throwingGetter, { toString: () => '1e9000000000000001' }, { toString: () => '1e-9000000000000001' },
  { toString: () => '12.5' }, { toString: () => ({}) }, { valueOf: () => 5 }, { s: 1, e: 1e300, d: [1] }, { s: 1, e: 0, d: [1.5] },
  { s: Number.NaN, e: Number.NaN, d: null }, { s: 1, e: Number.NaN, d: null }, { s: 1, e: 2, d: new Array(200).fill(1) },
  { min: 5, max: 1 }, { min: 'a', max: 2 }, { min: null, max: null }, { pembilang: 1, penyebut: 0 }, { pembilang: null, penyebut: 'x' },
  { value: null }, { value: 'abc' }, { value: Infinity }, { value: new DecimalJs(Number.NaN) }, { value: 5, rounded: 'x' },
  PROXY_MELEMPAR, PROXY_DICABUT, cyclic(), deep(10_000),
  new DecimalJs(Number.NaN), new DecimalJs(Infinity), new DecimalJs('1e999999999'), new DecimalJs('1e-999999999'),
  new Decimal('1e-9000000000000000'), new Decimal('1e9000000000000000'), new Decimal(`0.${'1'.repeat(70)}`), new Decimal('-0'),
]);

/** A hostile value. */
export const hostile: fc.Arbitrary<unknown> = fc.constantFrom(...HOSTILE).map((v) => {
  if (v === PROXY_MELEMPAR || v === PROXY_DICABUT) adaPenanda = true;
  return v;
});

/** Set when a Proxy marker was generated since the last {@link lepasBila}: most runs have none, and need no walk. */
let adaPenanda = false;

/** {@link lepas} when this run's arguments may hold a Proxy marker; the arguments as they are otherwise. */
export function lepasBila(value: unknown): unknown {
  if (!adaPenanda) return value;
  adaPenanda = false;
  return lepas(value);
}

/** An exact decimal of up to 15 digits and 6 places, as a Decimal of the library's clone. */
export const decimal = (min = -(10n ** 15n), max = 10n ** 15n): fc.Arbitrary<Decimal> =>
  fc.tuple(fc.bigInt({ min, max }), fc.integer({ min: 0, max: 6 })).map(([units, scale]) => new Decimal(`${units}e-${scale}`));

/** A figure as a report prints it: Indonesian or English separators, Rp, %, spaces, a dash. */
export const printed: fc.Arbitrary<string> = fc
  .tuple(
    decimal(),
    fc.constantFrom<'id' | 'en'>('id', 'en'),
    fc.integer({ min: 0, max: 4 }),
    fc.constantFrom('', 'Rp ', 'Rp. '),
    fc.constantFrom('', '%', ' %', ',-'),
    fc.constantFrom('', ' ', '  '),
  )
  .map(([x, locale, decimals, pre, post, pad]) => {
    const [whole, frac = ''] = x.abs().toFixed(decimals).split('.');
    const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'id' ? '.' : ',');
    const body = frac ? `${grouped}${locale === 'id' ? ',' : '.'}${frac}` : grouped;
    return `${pad}${x.isNegative() ? '-' : ''}${pre}${body}${post}${pad}`;
  });

/** Any value an argument might be: mostly ordinary, often hostile. */
export const nilai: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostile },
  { weight: 2, arbitrary: printed },
  { weight: 2, arbitrary: decimal() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -1000, max: 1000 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.bigInt() },
);

/** An argument object: its keys with values, or a hostile value in its place. */
export const objek = (shape: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 1, arbitrary: hostile }, { weight: 6, arbitrary: fc.record(shape, { requiredKeys: [] }) });

/** An options bag: absent, hostile, or some of its keys. */
export const opsi = (shape: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: hostile }, { weight: 4, arbitrary: fc.record(shape, { requiredKeys: [] }) });

/** A list argument: an array of items, or a hostile value in its place. */
export const daftar = (item: fc.Arbitrary<unknown>, maxLength = 8): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 1, arbitrary: hostile }, { weight: 5, arbitrary: fc.array(item, { maxLength }) });

/** Option values: the valid ones and hostile ones. */
export const pilihan = <T>(...valid: T[]): fc.Arbitrary<unknown> => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: hostile });
export const desimal: fc.Arbitrary<unknown> = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 20 }) }, { weight: 1, arbitrary: hostile });
