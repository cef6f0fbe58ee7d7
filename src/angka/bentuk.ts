import { BATAS_MASUKAN } from './batas.js';
import { ErrorCode, isOwnError, SakipError } from '../errors.js';

/**
 * The shape half of the input gate: every argument object, option bag and list a caller passes is
 * read here once, into plain data, so that a getter, a Proxy or a wrong type fails as a typed
 * error naming the caller's argument, and the arithmetic only ever sees plain values.
 */

/** A shallow plain copy of an argument object (`null`, a number or an unreadable object is refused). */
export function objek<T extends object>(value: unknown, field: string): T {
  if (value === null || value === undefined) throw new SakipError(ErrorCode.EMPTY, field, value);
  let array = false;
  if (typeof value === 'object') {
    // Inline rather than through `terbaca`: this runs on every call of every function.
    try {
      array = Array.isArray(value);
      if (!array) return { ...(value as T) };
    } catch (e) {
      if (isOwnError(e)) throw e;
      throw new SakipError(ErrorCode.INVALID_TYPE, field, '[objek]', 'tidak dapat dibaca');
    }
  }
  throw new SakipError(ErrorCode.INVALID_TYPE, field, array ? 'array' : typeof value, 'harus berupa objek');
}

/** An options argument: absent is `{}`, anything else must be an object. */
export function opsi<T extends object>(value: T | undefined, field = 'options'): T {
  return value === undefined ? ({} as T) : objek<T>(value, field);
}

/** A list argument (any iterable but a string), read into an array of at most `BATAS_MASUKAN.baris` items. */
export function daftar<T>(value: Iterable<T> | ArrayLike<T>, field: string): T[] {
  if (value === null || value === undefined) throw new SakipError(ErrorCode.EMPTY, field, value);
  if (typeof value !== 'object') throw new SakipError(ErrorCode.INVALID_TYPE, field, typeof value, 'harus berupa daftar');
  return terbaca(field, () => {
    const out: T[] = [];
    if (typeof (value as Iterable<T>)[Symbol.iterator] === 'function') {
      for (const x of value as Iterable<T>) {
        if (out.length >= BATAS_MASUKAN.baris) throw tooMany(field);
        out.push(x);
      }
      return out;
    }
    // An array-like column (a typed array, `{ length, 0: … }`).
    const n = (value as ArrayLike<T>).length;
    if (!Number.isInteger(n) || n < 0) throw new SakipError(ErrorCode.INVALID_TYPE, field, '[objek]', 'harus berupa daftar');
    if (n > BATAS_MASUKAN.baris) throw tooMany(field);
    for (let i = 0; i < n; i++) out.push((value as ArrayLike<T>)[i]!);
    return out;
  });
}

/** `Array.isArray` for a caller's value (a revoked Proxy throws even there). */
export function susunan(value: unknown, field: string): boolean {
  return terbaca(field, () => Array.isArray(value));
}

/** `key in value` for a nested value that may be a hostile object; false for a primitive. */
export function punya(value: unknown, key: string, field: string): boolean {
  if (value === null || typeof value !== 'object') return false;
  return terbaca(field, () => key in value);
}

/** Runs a read of the caller's data; an exception from their code becomes a typed error. */
export function terbaca<T>(field: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (isOwnError(e)) throw e;
    throw new SakipError(ErrorCode.INVALID_TYPE, field, '[objek]', 'tidak dapat dibaca');
  }
}

function tooMany(field: string): SakipError {
  return new SakipError(ErrorCode.OUT_OF_RANGE, field, `> ${BATAS_MASUKAN.baris} butir`, 'daftar terlalu panjang');
}
