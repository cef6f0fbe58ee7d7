/**
 * Stable error codes. Compare errors by `code`, never with `instanceof`: a bundle loaded in
 * another realm (an iframe, Apps Script, a second copy of the package) has its own class.
 *
 * @category Errors
 */
export const ErrorCode = Object.freeze({
  NOT_A_NUMBER: 'SAKIP_NOT_A_NUMBER',
  NOT_FINITE: 'SAKIP_NOT_FINITE',
  EMPTY: 'SAKIP_EMPTY',
  INVALID_NUMBER: 'SAKIP_INVALID_NUMBER',
  AMBIGUOUS_NUMBER: 'SAKIP_AMBIGUOUS_NUMBER',
  INVALID_TYPE: 'SAKIP_INVALID_TYPE',
  NEGATIVE: 'SAKIP_NEGATIVE',
  INVALID_OPTION: 'SAKIP_INVALID_OPTION',
  SCALE_INVALID: 'SAKIP_SCALE_INVALID',
  SCALE_OVERLAP: 'SAKIP_SCALE_OVERLAP',
  SCALE_UNKNOWN: 'SAKIP_SCALE_UNKNOWN',
  OUT_OF_SCALE: 'SAKIP_OUT_OF_SCALE',
  INVALID_TREE: 'SAKIP_INVALID_TREE',
  INVALID_MODEL: 'SAKIP_INVALID_MODEL',
  OUT_OF_RANGE: 'SAKIP_OUT_OF_RANGE',
  TOO_LONG: 'SAKIP_TOO_LONG',
  FILE_CORRUPT: 'SAKIP_FILE_CORRUPT',
  FILE_TOO_LARGE: 'SAKIP_FILE_TOO_LARGE',
  FILE_UNSUPPORTED: 'SAKIP_FILE_UNSUPPORTED',
  NO_TEXT: 'SAKIP_NO_TEXT',
} as const);

/** @category Errors */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Indonesian messages, one per code; `{field}` and `{value}` are filled in. */
const MESSAGES: Record<ErrorCode, string> = {
  SAKIP_NOT_A_NUMBER: '{field}: nilai NaN bukan angka',
  SAKIP_NOT_FINITE: '{field}: nilai {value} tidak terhingga',
  SAKIP_EMPTY: '{field}: nilai kosong',
  SAKIP_INVALID_NUMBER: '{field}: "{value}" bukan angka yang valid',
  SAKIP_AMBIGUOUS_NUMBER:
    '{field}: "{value}" ambigu (bisa format Indonesia atau Inggris); tentukan locale "id" atau "en"',
  SAKIP_INVALID_TYPE: '{field}: tipe nilai {value} tidak didukung',
  SAKIP_NEGATIVE: '{field}: nilai {value} tidak boleh negatif',
  SAKIP_INVALID_OPTION: '{field}: opsi tidak valid ({value})',
  SAKIP_SCALE_INVALID: '{field}: skala tidak valid ({value})',
  SAKIP_SCALE_OVERLAP: '{field}: band skala tumpang tindih ({value})',
  SAKIP_SCALE_UNKNOWN: '{field}: skala "{value}" tidak dikenal',
  SAKIP_OUT_OF_SCALE: '{field}: nilai {value} di luar rentang skala',
  SAKIP_INVALID_TREE: '{field}: struktur anggaran tidak valid ({value})',
  SAKIP_INVALID_MODEL: '{field}: {value}',
  SAKIP_OUT_OF_RANGE: '{field}: nilai {value} di luar batas angka yang didukung',
  SAKIP_TOO_LONG: '{field}: teks "{value}" terlalu panjang',
  // The file readers (sakip/impor) write the whole sentence in both languages: the core stays small.
  SAKIP_FILE_CORRUPT: '{field}: {value}',
  SAKIP_FILE_TOO_LARGE: '{field}: {value}',
  SAKIP_FILE_UNSUPPORTED: '{field}: {value}',
  SAKIP_NO_TEXT: '{field}: {value}',
};

/** Longest shown value in a message; the whole value stays in `.value`. */
const SHOWN = 300;

/**
 * The one error class of the library: a stable `code`, the `field` (path) at fault, the
 * offending `value` and an Indonesian `message`.
 *
 * @category Errors
 * @example
 * ```ts
 * import { SakipError, parseAngka } from 'sakip';
 * const e = new SakipError('SAKIP_NEGATIVE', 'pagu', -1);
 * e.message; // 'pagu: nilai -1 tidak boleh negatif'
 * try { parseAngka('abc'); } catch (err) { console.log((err as SakipError).code); } // logs SAKIP_INVALID_NUMBER
 * ```
 */
export class SakipError extends Error {
  readonly code: ErrorCode;
  readonly field: string;
  readonly value: unknown;
  /** The detail after the message's template, as given (kept so that a copy can be made without re-reading the message). */
  readonly detail: string | undefined;

  constructor(code: ErrorCode, field: string, value: unknown, detail?: string) {
    const shown = describe(value);
    const place = typeof field === 'string' ? safe(field, 120) : describe(field);
    // One pass with a function: a `$&` or `{value}` in the user's text is printed, never expanded.
    const base = MESSAGES[code].replace(/\{(field|value)\}/g, (_m, key: string) => (key === 'field' ? place : shown));
    super(detail ? `${base}: ${safe(detail)}` : base);
    this.name = 'SakipError';
    this.code = code;
    this.field = place;
    this.value = value;
    this.detail = detail;
  }
}

/**
 * True for any error thrown by this library, whatever realm or copy it came from.
 *
 * @category Errors
 * @example
 * ```ts
 * import { isSakipError, serapan } from 'sakip';
 * try { serapan({ pagu: -1, realisasi: 0 }); } catch (e) { if (isSakipError(e)) console.log(e.code, e.field); } // logs SAKIP_NEGATIVE pagu
 * ```
 */
export function isSakipError(e: unknown): e is SakipError {
  if (typeof e !== 'object' || e === null) return false;
  try {
    const code = (e as { code?: unknown }).code;
    return typeof code === 'string' && code.startsWith('SAKIP_');
  } catch {
    // Whatever was thrown (a revoked Proxy, an object whose getter throws) is not ours.
    return false;
  }
}

/**
 * True for an error of this copy of the library. A caller's code may throw anything, even a
 * revoked Proxy, on which `instanceof` itself throws: that is simply not ours.
 */
export function isOwnError(e: unknown): e is SakipError {
  try {
    return e instanceof SakipError;
  } catch {
    return false;
  }
}

/**
 * Runs one row of a batch through its per-row function, so that an error in one of the row's
 * `columns` names the row as the batch's caller knows it: `target` of row 3 is `target[3]`.
 */
export function dalamBaris<T>(i: number, columns: readonly string[], f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (!isOwnError(e)) throw e;
    const column = columns.find((c) => e.field === c || e.field.startsWith(`${c}.`));
    if (column === undefined) throw e;
    const field = `${column}[${i}]${e.field.slice(column.length)}`;
    throw new SakipError(e.code, field, e.value, e.detail);
  }
}

/** The value as a message shows it: short, one line, control characters escaped; never throws. */
function describe(value: unknown): string {
  try {
    return safe(text(value));
  } catch {
    return '[nilai tidak terbaca]';
  }
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  if (value === null || value === undefined || typeof value !== 'object') return String(value);
  // A Decimal shows as its number, not as a JSON string.
  if (typeof (value as { toFixed?: unknown }).toFixed === 'function') return String(value);
  if (Array.isArray(value)) return `[daftar ${value.length} butir]`;
  try {
    return JSON.stringify(value) ?? Object.prototype.toString.call(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/**
 * Shortens a text to {@link SHOWN} characters and escapes what a terminal or a log would
 * interpret: C0/C1 controls and the bidirectional overrides.
 */
export function safe(s: string, max: number = SHOWN): string {
  const escaped = s
    .slice(0, max)
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  // An escape takes six characters: cut again so the shown text stays within `max`.
  return escaped.length > max || s.length > max ? `${escaped.slice(0, max)}… (${s.length} karakter)` : escaped;
}
