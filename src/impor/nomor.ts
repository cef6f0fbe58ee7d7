/**
 * Row numbering as reports print it: 1, 2 / a, b / A, B / I, II / 1.1, 5.1.01 / -, •. The kind of
 * a row's number tells its level in the table; a dotted code tells its parent directly.
 */
export type JenisNomor = 'angka' | 'huruf' | 'HURUF' | 'romawi' | 'titik' | 'butir';

export interface Nomor {
  readonly jenis: JenisNomor;
  /** As printed ("1.", "a", "5.1.01"). */
  readonly teks: string;
  /** For dotted codes and plain numbers: the segments ("5.1.01" → ["5", "1", "01"]). */
  readonly kode?: readonly string[];
}

const ROMAWI = /^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xv)$/i;
const BUTIR = new Set(['-', '•', '–', '—', '·', '*', '✓', '➤', '▪', '○', '●', '√', '✔']);

/** The numbering token a cell is, if it is one ("1.", "a)", "II", "1.2", "-"). */
export function nomorSel(cell: string): Nomor | null {
  const t = cell.trim();
  if (t === '' || t.length > 14) return null;
  if (BUTIR.has(t)) return { jenis: 'butir', teks: t };
  const body = t.replace(/[.),]$/, '').replace(/^\(/, '');
  if (/^\d{1,3}$/.test(body)) return { jenis: 'angka', teks: t, kode: [body] };
  if (/^\d{1,3}(?:\.\d{1,3}){1,5}$/.test(body)) return { jenis: 'titik', teks: t, kode: body.split('.') };
  if (/^[ivx]{1,4}$/i.test(body) && ROMAWI.test(body) && body === body.toUpperCase() && body.length > 1) return { jenis: 'romawi', teks: t };
  if (/^[a-z]$/.test(body)) return { jenis: 'huruf', teks: t };
  if (/^[A-Z]$/.test(body)) return { jenis: 'HURUF', teks: t };
  return null;
}

/**
 * A numbering token at the start of a name: "a Belanja Pegawai", "1. Belanja Operasional",
 * "- Meningkatkan …", "✓ Meningkatnya …". Returns the token and the name after it.
 */
export function nomorDepan(name: string): { nomor: Nomor; sisa: string } | null {
  const t = name.trim();
  const first = t[0];
  if (first !== undefined && BUTIR.has(first) && t[1] === ' ') return { nomor: { jenis: 'butir', teks: first }, sisa: t.slice(2).trim() };
  const m = /^(\d{1,2}|[a-zA-Z])([.)])?\s(.+)$/.exec(t);
  if (!m) return null;
  const token = m[1]!;
  const rest = m[3]!;
  // "a Belanja …" (a lower-case letter, then a capital) or a token closed by "." or ")".
  if (m[2] === undefined && !(/^[a-z]$/.test(token) && /^\p{Lu}/u.test(rest)) && !/^\d{1,2}$/.test(token)) return null;
  // "1 Program …" only when a capital follows: "3 indikator" is a count in a sentence.
  if (/^\d/.test(token) && m[2] === undefined && !/^\p{Lu}/u.test(rest)) return null;
  const n = nomorSel(token + (m[2] ?? ''));
  return n ? { nomor: n, sisa: rest.trim() } : null;
}

/** Roman I, V, X alone read as letters unless the table numbers with II, III, … too. */
export function romawiTunggal(n: Nomor, tableHasRoman: boolean): Nomor {
  if (n.jenis === 'HURUF' && tableHasRoman && /^[IVX]$/.test(n.teks.replace(/[.)]$/, ''))) return { jenis: 'romawi', teks: n.teks };
  return n;
}
