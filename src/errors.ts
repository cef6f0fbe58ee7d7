/**
 * Stable error codes. Compare errors by `code`, never with `instanceof`: a bundle loaded in
 * another realm (an iframe, Apps Script, a second copy of the package) has its own class.
 *
 * @category Errors
 */
export const ErrorCode = {
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
} as const;

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
};

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

  constructor(code: ErrorCode, field: string, value: unknown, detail?: string) {
    const shown = describe(value);
    const base = MESSAGES[code].replace('{field}', field).replace('{value}', shown);
    super(detail ? `${base}: ${detail}` : base);
    this.name = 'SakipError';
    this.code = code;
    this.field = field;
    this.value = value;
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
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { code?: unknown }).code === 'string' &&
    (e as { code: string }).code.startsWith('SAKIP_')
  );
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return `${value}n`;
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'object') {
    // A Decimal shows as its number, not as a JSON string.
    if (typeof (value as { toFixed?: unknown }).toFixed === 'function') return String(value);
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return Object.prototype.toString.call(value);
    }
  }
  return String(value);
}
