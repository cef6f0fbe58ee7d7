import { isDash } from '../angka/batas.js';
import type { Decimal } from '../angka/decimal.js';
import { parseAngkaInfo } from '../angka/parse.js';
import { ErrorCode } from '../errors.js';

/**
 * What a printed cell is, as far as recognition needs to know: nothing, a dash, a number (alone or
 * with a unit), a unit alone, text, or something with digits that is no number (the PDF conversion
 * garbled it).
 */
export type JenisSel = 'kosong' | 'strip' | 'angka' | 'rusak' | 'teks' | 'satuan';

/** The broad kind of a number, which decides the columns it may stand in. */
export type RagamAngka = 'uang' | 'persen' | 'desimal' | 'bilangan' | 'ambigu';

/** A cell as recognition reads it. Numbers stay strings: the core parses them again when verifying. */
export interface SelImpor {
  readonly jenis: JenisSel;
  /** The cell as printed, trimmed. */
  readonly teks: string;
  /** For a number with a unit ("12 Laporan"), the number as printed ("12"). */
  readonly angka?: string;
  readonly satuan?: string;
  readonly ragam?: RagamAngka;
  /** The style the number is written in; `ambigu` when it reads differently in the two. */
  readonly gaya?: 'id' | 'en' | 'plain' | 'ambigu';
  /** Accounting notation "(1.234)": a negative amount. */
  readonly kurung?: boolean;
  /**
   * The value in JavaScript notation at the printed precision, when the cell reads one way; for a
   * cell the core's parser reads as printed (`langsung`) the dataset keeps the printed string alone.
   */
  readonly nilai?: string;
  /** The core's parser reads the printed string as it is (no unit, no help needed). */
  readonly langsung?: boolean;
}

const UNIT_WORDS = new Set(['%', 'rp', 'rp.', 'orang', 'jiwa', 'kk', 'kpm', 'unit', 'paket', 'dokumen', 'laporan', 'lembaga', 'desa', 'nilai', 'indeks', 'persen', 'kali', 'buah', 'kegiatan', 'bulan', 'hari']);

/** True when a character is a letter (any script). */
function huruf(c: string): boolean {
  return c.toLowerCase() !== c.toUpperCase();
}

function adaHuruf(s: string): boolean {
  for (const c of s) if (huruf(c)) return true;
  return false;
}

function adaDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Reads a number through the core's parser; `ambigu` when the two styles disagree, null when it is none. */
function angkaInti(s: string): { gaya: 'id' | 'en' | 'plain' | 'ambigu'; besar: boolean; desimal: number; bulat: boolean; js?: string } | null {
  try {
    const a = parseAngkaInfo(s);
    return { gaya: a.style, besar: besar(a.value), desimal: a.decimals, bulat: a.value.isInteger(), js: a.value.toFixed(a.decimals) };
  } catch (e) {
    if ((e as { code?: string }).code !== ErrorCode.AMBIGUOUS_NUMBER) return null;
    // Either reading tells the kind well enough: "1.234" is a whole number or a decimal, never text.
    const id = parseAngkaInfo(s, { locale: 'id' });
    return { gaya: 'ambigu', besar: besar(id.value), desimal: id.decimals, bulat: id.value.isInteger() };
  }
}

/** Ten thousand or more, compared as the exact decimal (a figure never becomes a float here). */
function besar(x: Decimal): boolean {
  return x.abs().gte(10_000);
}

function ragamDari(s: string, a: { besar: boolean; desimal: number; bulat: boolean; gaya: string }): RagamAngka {
  if (s.endsWith('%')) return 'persen';
  // "187,400" is 187.4 or 187400: it may stand in an amount column as well as in a percentage one.
  if (a.gaya === 'ambigu') return 'ambigu';
  const rupiah = /^rp/i.test(s) || /[,.]-$/.test(s);
  if (rupiah) return 'uang';
  // Whole amounts of ten thousand and more are money in these reports (or large counts, which
  // stand in the same columns as targets, never in percentage columns).
  if (a.bulat && a.besar) return 'uang';
  if (!a.bulat) return 'desimal';
  return 'bilangan';
}

/**
 * Classifies one printed cell. Linear in the cell; the number itself is read by the core's
 * `parseAngkaInfo`, so every rule about separators, `Rp`, `,-` and `%` stays in one place.
 */
export function bacaSelImpor(raw: string): SelImpor {
  const known = ingat.get(raw);
  if (known) return known;
  const s = baca(raw);
  // The same cell is asked about several times; a bounded memory keeps the reading linear.
  if (ingat.size >= 20_000) ingat.clear();
  ingat.set(raw, s);
  return s;
}

const ingat = new Map<string, SelImpor>();

function baca(raw: string): SelImpor {
  const teks = raw.trim();
  if (teks === '') return { jenis: 'kosong', teks };
  if (isDash(teks)) return { jenis: 'strip', teks };
  if (teks.length > 200) return { jenis: adaHuruf(teks) ? 'teks' : 'rusak', teks };
  // No digit, no number: text (or a unit), without asking the parser to refuse it.
  if (!adaDigit(teks)) return UNIT_WORDS.has(teks.toLowerCase()) || teks === '%' ? { jenis: 'satuan', teks } : adaHuruf(teks) ? { jenis: 'teks', teks } : { jenis: 'rusak', teks };
  const a = angkaInti(teks);
  if (a) return { jenis: 'angka', teks, ragam: ragamDari(teks, a), gaya: a.gaya, langsung: true, ...(a.js === undefined ? {} : { nilai: a.js }) };
  // Accounting notation: "(9,812,119,077.00)" is a negative amount.
  if (teks.startsWith('(') && teks.endsWith(')') && !adaHuruf(teks) && teks.length > 5) {
    const b = angkaInti(teks.slice(1, -1));
    if (b) return { jenis: 'angka', teks, ragam: ragamDari(teks.slice(1, -1), b), gaya: b.gaya, kurung: true, ...(b.js === undefined ? {} : { nilai: b.js === '0' ? '0' : `-${b.js}` }) };
  }
  // "Rp, 580.626.500" and "Rp: 1.000": a mistyped rupiah sign before an amount.
  if (/^rp[,:;]/i.test(teks)) {
    const rest = teks.slice(3).trim();
    const b = rest === '' ? null : angkaInti(`Rp ${rest}`);
    if (b) return { jenis: 'angka', teks, ragam: 'uang', gaya: b.gaya, ...(b.js === undefined ? {} : { nilai: b.js }) };
  }
  if (!adaHuruf(teks)) return { jenis: adaDigit(teks) ? 'rusak' : teks === '%' ? 'satuan' : 'rusak', teks };
  // A number followed by a unit of a few words: "12 Laporan", "60 orang", "Rp. 607.519.000".
  let i = 0;
  while (i < teks.length && !huruf(teks[i]!)) i++;
  const depan = teks.slice(0, i).trim();
  const belakang = teks.slice(i).trim();
  if (depan !== '' && adaDigit(depan) && belakang.length <= 24 && !adaDigit(belakang) && belakang.split(' ').length <= 3 && !belakang.includes('(')) {
    const b = angkaInti(depan);
    if (b) return { jenis: 'angka', teks, angka: depan, satuan: belakang, ragam: ragamDari(depan, b), gaya: b.gaya, ...(b.js === undefined ? {} : { nilai: b.js }) };
  }
  const lower = teks.toLowerCase();
  if (UNIT_WORDS.has(lower)) return { jenis: 'satuan', teks };
  return { jenis: 'teks', teks };
}

/** A cell that stands for a figure (a number, a dash, or a garbled number). */
export const berangka = (s: SelImpor): boolean => s.jenis === 'angka' || s.jenis === 'strip' || s.jenis === 'rusak';

/** The printed figure of a number cell: the number without its unit ("12 Laporan" → "12"). */
export const angkaTercetak = (s: SelImpor): string => s.angka ?? s.teks;
