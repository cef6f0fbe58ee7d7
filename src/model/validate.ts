import * as z from 'zod/mini';
import { ErrorCode, safe, SakipError } from '../errors.js';

/** One validation problem: where, what value, and why, in Indonesian. @category Model */
export interface MasalahValidasi {
  /** Path as `sasaran[0].indikator[1].target`. */
  readonly path: string;
  /** A copy of the offending value (its description when it is not plain data); null when it is missing. */
  readonly value: unknown;
  readonly code: string;
  /** `path: uraian`, as printed. */
  readonly message: string;
  /** What is wrong, without the path (a caller that names the place its own way uses this). */
  readonly uraian: string;
  /** The keys the schema does not know (code `unrecognized_keys`); empty otherwise. */
  readonly kunci: readonly string[];
}

/** @category Model */
export type HasilValidasi<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly MasalahValidasi[] };

const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  object: 'objek',
  array: 'daftar',
  boolean: 'boolean',
};

/**
 * Validates data against one of the library's schemas and returns Indonesian problems naming the
 * path and the offending value, instead of throwing. The validated data has no key whose value is
 * `undefined` (an optional field given as `undefined` is left out), so it crosses `structuredClone`
 * and JSON unchanged; the caller's data is not modified.
 *
 * @category Model
 * @example
 * ```ts
 * import { validate, IndikatorSchema } from 'sakip/model';
 * const r = validate(IndikatorSchema, { nama: 'IKM', satuan: 'nilai', arah: 'naik', target: 80 });
 * if (!r.success) r.issues[0]?.message; // 'arah: nilai "naik" harus salah satu dari: positif, negatif'
 * ```
 */
export function validate<S extends z.ZodMiniType>(schema: S, data: unknown): HasilValidasi<z.infer<S>> {
  let r: ReturnType<S['safeParse']>;
  let clean: unknown;
  try {
    // zod's function, not the schema's method: a method replaced on an exported schema changes nothing here.
    r = z.safeParse(schema, data) as ReturnType<S['safeParse']>;
    if (r.success) clean = tanpaUndefined(r.data);
  } catch {
    // A getter or a Proxy that throws while being read: the data cannot be read, which is a problem of the data.
    const uraian = 'data tidak dapat dibaca';
    const issue = { path: '', value: null, code: 'unreadable', message: `(akar): ${uraian}`, uraian, kunci: Object.freeze([]) };
    return { success: false, issues: Object.freeze([Object.freeze(issue)]) };
  }
  if (r.success) return { success: true, data: clean as z.infer<S> };
  const issues = r.error.issues.map((issue) => {
    const path = formatPath(issue.path);
    const value = valueAt(data, issue.path);
    const uraian = explain(issue, value);
    const kunci = Object.freeze(issue.code === 'unrecognized_keys' ? issue.keys.map(String) : []);
    return Object.freeze({ path, value: detached(value), code: issue.code, message: `${path || '(akar)'}: ${uraian}`, uraian, kunci });
  });
  return { success: false, issues: Object.freeze(issues) };
}

/**
 * Like {@link validate} but throws a `SAKIP_INVALID_MODEL` error naming the first problem.
 *
 * @category Model
 * @example
 * ```ts
 * import { parseModel, LaporanSchema } from 'sakip/model';
 * const laporan = parseModel(LaporanSchema, { instansi: 'Dinas Sosial', tahun: 2023, skala: [], sasaran: [], program: [] });
 * ```
 */
export function parseModel<S extends z.ZodMiniType>(schema: S, data: unknown): z.infer<S> {
  const r = validate(schema, data);
  if (r.success) return r.data;
  const first = r.issues[0]!;
  const more = r.issues.length > 1 ? ` (dan ${r.issues.length - 1} masalah lain)` : '';
  throw new SakipError(ErrorCode.INVALID_MODEL, first.path || '(akar)', `${first.uraian}${more}`);
}

/**
 * Validated data without the keys whose value is undefined (zod keeps an optional key the input
 * had, even as undefined). Data without one, by far the usual case, is returned as it is after one
 * walk; otherwise plain objects and arrays are copied (the caller's objects are never changed) and
 * everything else is kept. Both walks use their own stack, so the depth of the data (a
 * `z.unknown()` field may hold anything) cannot overflow the call stack, and a cycle stays a cycle.
 */
function tanpaUndefined(value: unknown): unknown {
  return adaUndefined(value) ? salin(value) : value;
}

/** Plain data the walks look into: arrays and objects whose prototype is Object's or none. */
function polos(x: unknown): x is Record<string, unknown> | unknown[] {
  if (x === null || typeof x !== 'object') return false;
  if (Array.isArray(x)) return true;
  const proto: unknown = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

function adaUndefined(value: unknown): boolean {
  if (!polos(value)) return false;
  const seen = new Set<object>([value]);
  const stack: object[] = [value];
  while (stack.length > 0) {
    const x = stack.pop()!;
    const array = Array.isArray(x);
    for (const v of array ? x : Object.values(x)) {
      if (v === undefined && !array) return true;
      if (polos(v) && !seen.has(v)) {
        seen.add(v);
        stack.push(v);
      }
    }
  }
  return false;
}

function salin(value: unknown): unknown {
  const copies = new Map<object, Record<string, unknown> | unknown[]>();
  const stack: [object, Record<string, unknown> | unknown[]][] = [];
  const copy = (x: unknown): unknown => {
    if (!polos(x)) return x;
    let out = copies.get(x);
    if (out === undefined) {
      out = Array.isArray(x) ? new Array<unknown>(x.length) : (Object.create(Object.getPrototypeOf(x) as object | null) as Record<string, unknown>);
      copies.set(x, out);
      stack.push([x, out]);
    }
    return out;
  };
  const root = copy(value);
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    if (Array.isArray(to)) {
      (from as unknown[]).forEach((v, i) => (to[i] = copy(v)));
      continue;
    }
    for (const [k, v] of Object.entries(from)) {
      if (v === undefined) continue;
      // A key named __proto__ would set the prototype by assignment: define it.
      if (k === '__proto__') Object.defineProperty(to, k, { value: copy(v), enumerable: true, writable: true, configurable: true });
      else to[k] = copy(v);
    }
  }
  return root;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    try {
      v = (v as Record<PropertyKey, unknown>)[key];
    } catch {
      return undefined;
    }
  }
  return v;
}

/** A value as a problem shows it: short and on one line (the whole value stays in `.value`). */
function shown(value: unknown): string {
  if (value === undefined) return 'tidak ada';
  try {
    if (Array.isArray(value)) return `[daftar ${value.length} butir]`;
    return safe(JSON.stringify(value) ?? String(value), 100);
  } catch {
    return '[nilai tidak terbaca]';
  }
}

/**
 * The offending value as a problem keeps it: a string, a finite number or a boolean as is; null
 * when it is missing; anything else (an object, a bigint, NaN) as its short description, so that
 * a problem is always plain, printable data.
 */
function detached(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return value;
  return shown(value);
}

type Issue = z.core.$ZodIssue;

function explain(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? `wajib diisi (${TYPE_NAMES[issue.expected] ?? issue.expected})`
        : `nilai ${shown(value)} harus berupa ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `nilai ${shown(value)} harus salah satu dari: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `teks ${shown(value)} tidak boleh kosong`
        : `nilai ${shown(value)} minimal ${String(issue.minimum)}`;
    case 'too_big':
      return `nilai ${shown(value)} maksimal ${String(issue.maximum)}`;
    case 'invalid_format':
      return `nilai ${shown(value)} tidak sesuai format`;
    case 'invalid_union':
      return `nilai ${shown(value)} tidak sesuai bentuk mana pun yang diizinkan`;
    case 'unrecognized_keys':
      return `kunci tidak dikenal: ${issue.keys.join(', ')}`;
    default:
      return `nilai ${shown(value)} tidak valid`;
  }
}

