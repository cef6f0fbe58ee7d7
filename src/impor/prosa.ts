/**
 * Figures stated in prose, where they sit in a recognisable pattern:
 *
 * - an explicit computation, in plain text or LaTeX: "= 54,20 / 55 × 100% = 98,54%",
 *   "\frac{3.226}{16.051} \times 100\% = 20,09\%", "100% − a / b × 100% = 100% − 99,01% = 0,99%",
 *   "(39.82 + 20.08 + 90.3) / 3 = 50,06", "71.048 = 70520 + 684";
 * - a target, a realisation and a capaian in one sentence ("terealisasi 0,7323 dari target 0,694
 *   atau tercapai 105,51%");
 * - a budget, its spending and the share in one sentence ("anggaran sebesar Rp X … terealisasi
 *   sebesar Rp Y atau Z%");
 * - a figure with its predikat ("adalah 113,59% dengan predikat tidak berhasil"), graded by the
 *   printed scale whose labels include it;
 * - a figure restated from a table ("rata-rata … tahun 2018 adalah 87,87%"), kept so that it can
 *   be linked to the table figure it repeats;
 * - a realisation the report says a formula gives ("Realisasi dari indikator kinerja X adalah
 *   54,20 … didapat dengan rumus"), the formula in words after it ("Jumlah A x 100% Jumlah B") and
 *   the values of its parts ("… A adalah 114.619 dan … B adalah 211.439"): a ratio row;
 * - an average over the indicators of a named sasaran ("sasaran “X” dengan 3 (tiga) indikator
 *   kinerja adalah sebesar 100 %") or over the tujuan indicators of the table just before ("ada 2
 *   (dua) dengan rata rata capaian 86,33 %"): the rows it averages are found in kenali.ts, and
 *   only when their number is the count printed.
 *
 * Each becomes a row of a prose table (`prosa: true`) with the sentence in `kutipan`. Nothing is
 * computed here: the verifier checks the rows.
 */
import { parseAngkaInfo } from '../angka/parse.js';
import { ErrorCode } from '../errors.js';
import type { Baris, DatasetLaporan, Sel, SkalaTercetak, Tabel } from '../verifikasi/dataset.js';
import type { Blok } from './blok.js';
import { unik } from './nama.js';

/** A token of a formula. */
type Token = { t: 'n'; teks: string; pct: boolean } | { t: 'op'; v: string } | { t: 'w'; v: string };

/** Balanced `{…}` starting at `i` (which is `{`): its content and the index after it, or null. */
function kurawal(s: string, i: number): { isi: string; akhir: number } | null {
  if (s[i] !== '{') return null;
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    if (s[j] === '{') depth++;
    else if (s[j] === '}') {
      depth--;
      if (depth === 0) return { isi: s.slice(i + 1, j), akhir: j + 1 };
    }
  }
  return null;
}

/**
 * LaTeX as plain arithmetic: `\frac{a}{b}` as `(a)/(b)`, `\times` as `×`, `\%` as `%`, text
 * commands as their text. One pass over the text (fractions recursively, each character once).
 */
export function latexKeTeks(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    if (s.startsWith('\\frac', i) || s.startsWith('\\dfrac', i) || s.startsWith('\\tfrac', i)) {
      let j = s.indexOf('{', i);
      const a = j >= 0 ? kurawal(s, j) : null;
      const b = a ? kurawal(s, a.akhir) : null;
      if (a && b) {
        // "54, 20" inside a fraction's argument: a space the conversion put in a number.
        const arg = (x: string) => latexKeTeks(x).replace(/(\d), (\d)/g, '$1,$2');
        out += ` (${arg(a.isi)}) / (${arg(b.isi)}) `;
        i = b.akhir;
        continue;
      }
      j = i + 5;
      out += ' ';
      i = j;
      continue;
    }
    if (s[i] === '\\') {
      let j = i + 1;
      while (j < s.length && /[a-zA-Z]/.test(s[j]!)) j++;
      const cmd = s.slice(i + 1, j);
      if (cmd === '' && s[j] === '%') {
        out += '%';
        i = j + 1;
        continue;
      }
      if (cmd === 'times' || cmd === 'cdot') out += ' × ';
      else if (cmd === 'text' || cmd === 'mathbf' || cmd === 'mathrm' || cmd === 'textbf' || cmd === 'mathit') {
        const a = kurawal(s, j);
        if (a) {
          out += ` ${latexKeTeks(a.isi)} `;
          i = a.akhir;
          continue;
        }
      } else if (cmd === 'begin' || cmd === 'end') {
        const a = kurawal(s, j);
        if (a) {
          out += ' ';
          i = a.akhir;
          continue;
        }
      } else out += ' ';
      i = j === i + 1 ? j + 1 : j;
      continue;
    }
    const c = s[i]!;
    out += c === '$' || c === '&' || c === '{' || c === '}' ? ' ' : c;
    i++;
  }
  return out;
}

/** Tokens of a formula or sentence: numbers (with "%"), operators, words. Linear. */
function token(s: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c >= '0' && c <= '9') {
      let j = i;
      while (j < s.length && (/\d/.test(s[j]!) || ((s[j] === '.' || s[j] === ',') && /\d/.test(s[j + 1] ?? '')))) j++;
      let k = j;
      while (k < s.length && s[k] === ' ') k++;
      const pct = s[k] === '%';
      out.push({ t: 'n', teks: s.slice(i, j), pct });
      i = pct ? k + 1 : j;
      continue;
    }
    // "x" and "X" are a multiplication sign only standing alone ("54,20 / 55 x 100%").
    const kali = (c === 'x' || c === 'X') && !/\p{L}/u.test(s[i - 1] ?? '') && !/\p{L}/u.test(s[i + 1] ?? '');
    if ('+-−–×*/=()'.includes(c) || kali) {
      out.push({ t: 'op', v: c === '−' || c === '–' ? '-' : kali || c === '*' ? '×' : c });
      i++;
      continue;
    }
    if (/\p{L}/u.test(c)) {
      let j = i;
      while (j < s.length && /[\p{L}\d-]/u.test(s[j]!)) j++;
      out.push({ t: 'w', v: s.slice(i, j) });
      i = j;
      continue;
    }
    i++;
  }
  return out;
}

/** A term of a chain "T0 = T1 = …", recognised by shape. */
type Suku =
  | { k: 'angka'; n: Token & { t: 'n' }; akhir?: boolean }
  | { k: 'rasio'; a: Token & { t: 'n' }; b: Token & { t: 'n' } }
  | { k: 'efisiensi-rasio'; a: Token & { t: 'n' }; b: Token & { t: 'n' } }
  | { k: 'efisiensi'; x: Token & { t: 'n' } }
  | { k: 'rata'; xs: (Token & { t: 'n' })[] }
  | { k: 'jumlah'; xs: (Token & { t: 'n' })[] }
  | { k: 'lain' };

const num = (x: Token | undefined): x is Token & { t: 'n' } => x?.t === 'n';
const op = (x: Token | undefined, v: string): boolean => x?.t === 'op' && x.v === v;
const seratus = (x: Token | undefined): boolean => num(x) && x.teks === '100';

/** Reads one term; words around it (labels, units) are left aside. */
function suku(ts: Token[]): Suku {
  const t = ts.filter((x) => x.t !== 'w');
  let i = 0;
  const skip = (v: string) => {
    if (op(t[i], v)) {
      i++;
      return true;
    }
    return false;
  };
  const bilangan = (): (Token & { t: 'n' }) | null => {
    const open = skip('(');
    const n = t[i];
    if (!num(n)) return null;
    i++;
    if (open && !skip(')')) return null;
    return n;
  };
  const kali100 = () => {
    const at = i;
    if (skip('×') && seratus(t[i])) {
      i++;
      return true;
    }
    i = at;
    return false;
  };
  if (t.length === 0) return { k: 'lain' };
  // 100% − …
  if (seratus(t[0]) && (t[0] as { pct: boolean }).pct && op(t[1], '-')) {
    i = 2;
    const at = i;
    const a = bilangan();
    if (a && skip('/')) {
      const b = bilangan();
      if (b && kali100() && i === t.length) return { k: 'efisiensi-rasio', a, b };
    }
    i = at;
    const x = bilangan();
    if (x && x.pct && i === t.length) return { k: 'efisiensi', x };
    return { k: 'lain' };
  }
  // (x1 + … + xn) / n, or x1 + … + xn
  if (op(t[0], '(') || (num(t[0]) && op(t[1], '+'))) {
    const open = skip('(');
    const xs: (Token & { t: 'n' })[] = [];
    for (;;) {
      const n = t[i];
      if (!num(n)) break;
      xs.push(n);
      i++;
      if (!skip('+')) break;
    }
    if (xs.length >= 2) {
      if (open && skip(')') && skip('/')) {
        const d = bilangan();
        if (d && Number(d.teks) === xs.length) {
          kali100();
          if (i === t.length) return { k: 'rata', xs };
        }
      } else if (!open && i === t.length) return { k: 'jumlah', xs };
    }
    i = 0;
  }
  // a / b × 100%, (a × 100%) / b
  {
    i = 0;
    const open = skip('(');
    const a = t[i];
    if (num(a)) {
      i++;
      const inner = kali100();
      if ((!open || skip(')')) && skip('/')) {
        const b = bilangan();
        if (b && (inner || kali100()) && i === t.length) return { k: 'rasio', a, b };
      }
    }
  }
  if (t.length === 1 && num(t[0])) return { k: 'angka', n: t[0] };
  // "20,09 % Untuk mendapatkan …", "50,06% (capaian tahun 2023)": a result, then words.
  const first = ts.findIndex((x) => x.t !== 'w');
  // Words after the result end the chain: what follows is another sentence.
  if (first >= 0 && num(ts[first]) && (ts[first + 1] === undefined || ts[first + 1]!.t === 'w' || op(ts[first + 1], '('))) return { k: 'angka', n: ts[first] as Token & { t: 'n' }, akhir: ts.length > first + 1 };
  return { k: 'lain' };
}

/** True when two cells read as the same number (54,20 and 54,2). */
function samaNilai(a: Sel, b: Sel): boolean {
  const v = (c: Sel): string | null => {
    if (typeof c !== 'string') return c.value ?? null;
    try {
      return parseAngkaInfo(c).value.toString();
    } catch {
      return null;
    }
  };
  const x = v(a);
  const y = v(b);
  if (x === null || y === null) return false;
  try {
    return parseAngkaInfo(x, { locale: 'en' }).value.eq(parseAngkaInfo(y, { locale: 'en' }).value);
  } catch {
    return false;
  }
}

/** What a printed number reads as: the core's parser, the report's style for an ambiguous one. */
function sel(n: Token & { t: 'n' }, locale: 'id' | 'en' | undefined): Sel | null {
  const printed = `${n.teks}${n.pct ? '%' : ''}`;
  try {
    parseAngkaInfo(printed);
    return printed;
  } catch (e) {
    if ((e as { code?: string }).code !== ErrorCode.AMBIGUOUS_NUMBER || locale === undefined) return null;
    const a = parseAngkaInfo(printed, { locale });
    return { printed, value: a.value.toFixed(a.decimals), note: `dibaca bergaya ${locale}` };
  }
}

interface Konteks {
  locale: 'id' | 'en' | undefined;
  tahun: number | undefined;
  skala: readonly SkalaTercetak[];
  rows: Baris[];
  prefix: string;
  n: number;
  /** The paragraph being read (its index in the report). */
  para?: number;
  /** A realisation the report says a formula gives ("… adalah 54,20. Angka tersebut didapat dengan rumus …"). */
  dinyatakan?: { nama: string; realisasi: Sel; para: number };
  /** A formula in words printed after it ("Jumlah PPKS yang ditangani x 100% Jumlah PPKS di DTKS"). */
  rumus?: { pembilang: Set<string>; penyebut: Set<string>; para: number };
  /** Averages a sentence states over the indicators of a named sasaran, resolved once the tables are read. */
  rataSasaran?: RataSasaran[];
  /** The id of the table printed last. */
  tabelSebelum?: string;
  /** The final figure of the computation printed last, and the paragraph after it. */
  akhir?: { ref: string; field: string; sel: Sel; para: number };
  /** `sama` links the prose itself states (a computation's result restated after it). */
  sama?: { a: string; b: string }[];
}

/** "capaian kinerja sasaran “X” dengan 3 (tiga) indikator kinerja adalah sebesar 100 %": the row, the sasaran, how many indicators. */
export interface RataSasaran {
  readonly baris: Baris;
  /** The sasaran named; absent for the average over the tujuan indicators of the table before. */
  readonly sasaran?: string;
  readonly n: number;
  /** The table printed last before the sentence. */
  readonly tabelSebelum?: string;
}

const potong = (s: string, max = 240): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The words before a chain: what it computes ("Capaian", "Persentase efisiensi"). */
function label(ts: Token[]): string {
  return ts
    .filter((x) => x.t === 'w')
    .map((x) => (x as { v: string }).v)
    .join(' ')
    .slice(0, 120);
}

/** Rows for a chain of terms "T0 = T1 = … = Tk". */
function rantai(text: string, k: Konteks): void {
  const ts = token(text);
  const parts: Token[][] = [[]];
  for (const x of ts) {
    if (op(x, '=')) parts.push([]);
    else parts[parts.length - 1]!.push(x);
  }
  if (parts.length < 2) return;
  const terms = parts.map(suku);
  const before = k.rows.length;
  const nama = label(parts[0]!) || 'Perhitungan dalam uraian';
  const kutipan = potong(text.replace(/\s+/g, ' ').trim());
  const add = (b: Record<string, unknown>, name = nama) => {
    k.rows.push({ id: `${k.prefix}-${++k.n}`, nama: name, ...b, kutipan } as Baris);
    return `${k.prefix}-${k.n}`;
  };
  for (let i = 0; i + 1 < terms.length; i++) {
    const a = terms[i]!;
    const b = terms[i + 1]!;
    const result = b.k === 'angka' ? b.n : null;
    if (a.k === 'rasio' && result) {
      const p = sel(a.a, k.locale);
      const q = sel(a.b, k.locale);
      const r = sel(result, k.locale);
      if (!p || !q || !r) continue;
      // "Capaian = 54,20 / 55 × 100% = 98,54%" right after the section stated 54,20 as an
      // indicator's realisation: the capaian of that indicator, realisation over target (F1).
      const d = k.dinyatakan;
      if (/^capaian$/i.test(nama.trim()) && d && (k.para ?? 0) - d.para <= 6 && samaNilai(d.realisasi, p)) {
        add({ realisasi: p, target: q, capaian: r, rumus: 'F1' }, `Capaian ${d.nama}`);
      } else add({ pembilang: p, penyebut: q, realisasi: r });
    } else if (a.k === 'efisiensi-rasio' && result) {
      const p = sel(a.a, k.locale);
      const q = sel(a.b, k.locale);
      const r = sel(result, k.locale);
      if (p && q && r) add({ pagu: q, realisasiAnggaran: p, efisiensi: r, metode: '100-serapan' });
    } else if (a.k === 'efisiensi-rasio' && b.k === 'efisiensi') {
      // "100% − a/b × 100% = 100% − x%": the report states a/b × 100% = x%.
      const p = sel(a.a, k.locale);
      const q = sel(a.b, k.locale);
      const r = sel(b.x, k.locale);
      if (p && q && r) add({ pembilang: p, penyebut: q, realisasi: r });
    } else if (a.k === 'rasio' && b.k === 'efisiensi' && /efisien|anggaran|serapan/i.test(text)) {
      // "Persentase efisiensi = a / b × 100% = 100% − x%": the report states 100% − a/b × 100% = x%,
      // so x is 100 − the share spent (the inputs a and b are as printed; x is what it derived).
      const p = sel(a.a, k.locale);
      const q = sel(a.b, k.locale);
      const x = sel(b.x, k.locale);
      if (p && q && x) add({ pagu: q, realisasiAnggaran: p, efisiensi: x, metode: '100-serapan' });
    } else if (a.k === 'efisiensi' && result) {
      const x = sel(a.x, k.locale);
      const r = sel(result, k.locale);
      if (x && r) add({ serapan: x, efisiensi: r, metode: '100-serapan' });
    } else if ((a.k === 'rata' || a.k === 'jumlah') && result) {
      const xs = a.xs.map((x) => sel(x, k.locale));
      const r = sel(result, k.locale);
      if (xs.some((x) => x === null) || !r) continue;
      const ids = xs.map((x) => add({ nilai: x }));
      add({ nilai: r, agregat: { fungsi: a.k === 'rata' ? 'rata-rata' : 'jumlah', kolom: 'nilai', dari: ids } });
    } else if (a.k === 'angka' && !a.akhir && b.k === 'jumlah') {
      // "71.048 = 70520 + 684"
      const xs = b.xs.map((x) => sel(x, k.locale));
      const r = sel(a.n, k.locale);
      if (xs.some((x) => x === null) || !r) continue;
      const ids = xs.map((x) => add({ nilai: x }));
      add({ nilai: r, agregat: { fungsi: 'jumlah', kolom: 'nilai', dari: ids } });
    }
  }
  // The chain's final figure, as the row that read it holds it: a sentence after may restate it.
  const last = terms[terms.length - 1]!;
  const row = k.rows.length > before ? k.rows[k.rows.length - 1]! : undefined;
  const r = last.k === 'angka' && !last.akhir ? sel(last.n, k.locale) : null;
  const printed = (c: Sel | undefined) => (c === undefined ? undefined : typeof c === 'string' ? c : c.printed);
  const field = row && r ? Object.keys(row).find((f) => f !== 'kutipan' && f !== 'nama' && f !== 'id' && printed(row[f as 'nilai'] as Sel | undefined) === printed(r)) : undefined;
  k.akhir = row && r && field ? { ref: `${row.id}.${field}`, field, sel: r, para: -1 } : undefined;
}

/**
 * "Dari gambaran diatas diperoleh realisasi anggaran … sebesar 99.5%": in the paragraph right
 * after a computation, a sentence whose one figure reads as the computation's final figure
 * restates it, a `sama` link (equal figures only: the link makes no difference of its own, it
 * lets a copy of a wrong result be reported as a copy).
 */
function ulang(sentence: string, k: Konteks): void {
  const a = k.akhir;
  if (!a || k.para !== a.para || !/\b(?:diperoleh|didapat(?:kan)?|sebesar|yaitu|adalah)\b/i.test(sentence)) return;
  const nums = [...sentence.matchAll(/(?<![\d.,])(\d[\d.,]*\d|\d)(\s?%)?/g)];
  if (nums.length !== 1) return;
  const pct = nums[0]![2] !== undefined;
  const x = sel({ t: 'n', teks: nums[0]![1]!, pct }, k.locale);
  const want = typeof a.sel === 'string' ? a.sel : a.sel.printed;
  if (!x || pct !== want.endsWith('%') || !samaNilai(a.sel, x)) return;
  const id = `${k.prefix}-${++k.n}`;
  k.rows.push({ id, nama: 'Hasil perhitungan di atas (uraian)', [a.field]: x, kutipan: potong(sentence.trim()) } as Baris);
  k.sama?.push({ a: a.ref, b: `${id}.${a.field}` });
  k.akhir = undefined;
}

/** Sentences of a paragraph (on ". " followed by a capital, ";" and line ends). */
function kalimat(p: string): string[] {
  return p.split(/(?<=[.;!?])\s(?=[\p{Lu}"“])|\n/u).filter((s) => s.trim() !== '');
}

/** The number right after one of `keys` (a few filler words allowed between), as printed. */
function setelah(s: string, keys: RegExp): { teks: string; pct: boolean; at: number } | null {
  const m = keys.exec(s);
  if (!m) return null;
  const rest = s.slice(m.index + m[0].length, m.index + m[0].length + 60);
  const n = /^\s?(?:(?:kinerja|nilai|sebesar|sebanyak|yaitu|adalah|mencapai|hanya|rp\.?|senilai|sejumlah|:)\s?){0,3}(\d[\d.,]*\d|\d)\s?(%?)/i.exec(rest);
  if (!n) return null;
  // "0, 694": a space the conversion put after the decimal comma of a number below one.
  const split = n[1] === '0' ? /^,\s(\d{1,6})\b/.exec(rest.slice(n.index + n[0].length)) : null;
  if (split) return { teks: `0,${split[1]}`, pct: false, at: m.index };
  return { teks: n[1]!, pct: n[2] === '%', at: m.index };
}

/** A quoted name in a sentence ("“Persentase penduduk miskin”"), if any. */
function kutip(s: string): string | undefined {
  const open = s.search(/[“"]/);
  if (open < 0) return undefined;
  const rest = s.slice(open + 1, open + 122);
  const close = rest.search(/[”"]/);
  if (close < 3) return undefined;
  return rest.slice(0, close).trim();
}

/** The label of a band, when the text after "predikat" starts with one of a scale's labels. */
function predikatDi(s: string, skala: readonly SkalaTercetak[]): { label: string; skala: string } | null {
  const at = s.search(/predikat|kategori|kriteria/i);
  if (at < 0) return null;
  const after = s
    .slice(at)
    .replace(/^\S+\s?/, '')
    .replace(/\*/g, '')
    .toLowerCase()
    .trimStart();
  const asPrinted = s
    .slice(at)
    .replace(/^\S+\s?/, '')
    .replace(/\*/g, '')
    .trimStart();
  let best: { label: string; skala: string } | null = null;
  for (const sk of skala) {
    for (const b of sk.bands) {
      const l = b.label.toLowerCase();
      // The label as the sentence prints it ("sangat berhasil"), matched without case.
      if (after.startsWith(l) && /^(?:$|[\s.,;:)])/.test(after.slice(l.length)) && (!best || l.length > best.label.length)) best = { label: asPrinted.slice(0, l.length), skala: sk.id };
    }
  }
  return best;
}

/** Sentence patterns: target, realisation and capaian; budget, spending and share; a figure and its predikat; restated figures. */
function pola(sentence: string, k: Konteks): void {
  const s = sentence.replace(/\*\*/g, '');
  const kutipan = potong(s.trim());
  const nama = kutip(s);
  const add = (b: Record<string, unknown>, n: string) => {
    k.rows.push({ id: `${k.prefix}-${++k.n}`, nama: n, ...b, kutipan } as Baris);
  };
  const toSel = (x: { teks: string; pct: boolean } | null) => (x ? sel({ t: 'n', teks: x.teks, pct: x.pct }, k.locale) : null);
  // Target, realisasi and capaian of one indicator.
  const target = setelah(s, /\b(?:dari target|target(?:nya)?)\b/i);
  const realisasi = setelah(s, /\b(?:terealisasi|realisasi(?:nya)?)\b/i);
  const capaian = setelah(s, /\b(?:tercapai|capaian(?: kinerja)?|persentase capaian)\b/i);
  const negatif = /\b(?:miskin|kemiskinan|kematian|pengangguran|stunting|kasus|menurun)/i.test(s);
  if (target && realisasi && capaian && !negatif && target.teks !== realisasi.teks && capaian.teks !== target.teks) {
    const t = toSel(target);
    const r = toSel(realisasi);
    const c = toSel({ ...capaian, pct: true });
    if (t && r && c && !/\brp\b/i.test(s)) add({ target: t, realisasi: r, capaian: c }, nama ?? 'Capaian dalam uraian');
    return;
  }
  // A budget, its spending and the share.
  const pagu = setelah(s, /\b(?:anggaran|pagu)(?: belanja)?\s?(?:sebesar|senilai)?\s?rp\.?/i);
  const real = setelah(s, /\b(?:terealisasi|realisasi(?: anggaran)?)\s?(?:sebesar|senilai)?\s?rp\.?/i);
  if (pagu && real) {
    // The share: the first "atau / mencapai / sebesar N%" after the spending.
    const after = s.slice(real.at);
    const w = after.search(/\b(?:atau|mencapai|dengan persentase)\s/i);
    const share = w < 0 ? null : /^\S+(?:\s\S+)?\s(?:mencapai\s|sebesar\s)?(\d[\d.,]*\d|\d)\s?%/.exec(after.slice(w, w + 60));
    const p = toSel(pagu);
    const r = toSel(real);
    const sp = share ? toSel({ teks: share[1]!, pct: true }) : null;
    if (p && r && sp) add({ pagu: p, realisasiAnggaran: r, serapan: sp }, nama ?? 'Anggaran dalam uraian');
    return;
  }
  // A figure and its predikat: "adalah 113,59% dengan predikat tidak berhasil".
  const pred = predikatDi(s, k.skala);
  const m = /\b(?:adalah|sebesar|mencapai|yaitu)\s(\d[\d.,]*\d|\d)\s?(%)/i.exec(s);
  if (m && pred && m.index < s.search(/predikat|kategori|kriteria/i)) {
    const c = toSel({ teks: m[1]!, pct: true });
    const yr = /\btahun\s(20\d{2})\b/i.exec(s.slice(0, m.index));
    if (c) add({ capaian: c, predikat: pred.label, skala: pred.skala, ...(yr ? { tahun: Number(yr[1]) } : {}) }, nama ?? (/rata/i.test(s.slice(0, m.index)) ? 'Rata-rata capaian (uraian)' : 'Capaian (uraian)'));
  }
  // Figures restated by year: "rata-rata realisasi capaian kinerja tahun 2018 adalah 87,87%, tahun 2019 adalah …".
  const list = [...s.matchAll(/\btahun\s(20\d{2})\s(?:adalah|sebesar|yaitu)\s(\d[\d.,]*\d|\d)\s?(%?)/gi)];
  if (list.length >= 2) {
    const head = s.slice(0, list[0]!.index).split(/,\s/).pop() ?? '';
    const what = /capaian/i.test(head) ? 'capaian' : /realisasi/i.test(head) ? 'realisasi' : null;
    if (what) {
      const label = head.replace(/^.*?\b(?:maka|bahwa)\s/i, '').trim().slice(0, 100) || 'Angka per tahun (uraian)';
      for (const x of list) {
        const c = toSel({ teks: x[2]!, pct: x[3] === '%' });
        if (c) add({ [what]: c, tahun: Number(x[1]) }, label);
      }
    }
  }
}

/**
 * "Hasil pengukuran capaian kinerja sasaran “X” dengan 3 (tiga) indikator kinerja adalah sebesar
 * 100 %": the average capaian of the indicators of sasaran X. The row is made here; which
 * indicators it averages is decided once the tables are read (`rataSasaran` in kenali.ts).
 */
function sasaranRata(sentence: string, k: Konteks): void {
  // The name excludes an opening quote too: a new “ starts another match, so no start rescans it (linear).
  const m = /\bsasaran\s?[“"]([^“”"]{6,160})[”"]\s?dengan\s(\d{1,2})\s?(?:\([^()]{1,20}\)\s?)?indi[ck]ator(?:\skinerja)?\s(?:(?:adalah|sebesar|yaitu)\s){1,2}(\d[\d.,]*\d|\d)\s?%/i.exec(sentence);
  if (!m || !k.rataSasaran) return;
  const c = sel({ t: 'n', teks: m[3]!, pct: true }, k.locale);
  if (!c) return;
  const baris = { id: `${k.prefix}-${++k.n}`, nama: `Rata-rata capaian sasaran ${m[1]!.trim()}`, capaian: c, kutipan: potong(sentence.trim()) } as Baris;
  k.rows.push(baris);
  k.rataSasaran.push({ baris, sasaran: m[1]!.trim(), n: Number(m[2]) });
}

/**
 * "Indikator Kinerja Tujuan Dinsos ada 2 (dua) dengan rata rata capaian 86,33 %" under a table of
 * tujuan and sasaran: the average capaian of the tujuan indicators, the numbered rows of that
 * table (decided in kenali.ts, when their number is the count printed).
 */
function tujuanRata(sentence: string, k: Konteks): void {
  const m = /\bindikator(?:\skinerja)?\stujuan\b[^.;]{0,80}?\bada\s(\d{1,2})\s?(?:\([^()]{1,20}\)\s?)?dengan\srata[\s-]?rata\s(?:capaian|capain)(?:\skinerja)?\s(?:(?:adalah|sebesar|yaitu)\s)?(\d[\d.,]*\d|\d)\s?%/i.exec(sentence);
  if (!m || !k.rataSasaran || !k.tabelSebelum) return;
  const c = sel({ t: 'n', teks: m[2]!, pct: true }, k.locale);
  if (!c) return;
  const baris = { id: `${k.prefix}-${++k.n}`, nama: 'Rata-rata capaian indikator kinerja tujuan', capaian: c, kutipan: potong(sentence.trim()) } as Baris;
  k.rows.push(baris);
  k.rataSasaran.push({ baris, n: Number(m[1]), tabelSebelum: k.tabelSebelum });
}

/** Words that tell the parts of a formula apart: lower case, three letters or more, no filler. */
function kataRumus(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of s.toLowerCase().split(/[^\p{L}]+/u)) {
    if (w.length >= 3 && !['yang', 'dan', 'dengan', 'masing', 'koefisien', 'tahun', 'dari', 'pada', 'untuk'].includes(w)) out.add(w);
  }
  return out;
}

/**
 * "Realisasi dari indikator kinerja X adalah 54,20 (kurang dari target 55)": the realisation the
 * report states for an indicator, named in the sentence. When the paragraph goes on to say the
 * figure comes from a formula ("Angka tersebut didapat dengan rumus …"), it is remembered for the
 * values of that formula printed after it.
 */
function dinyatakan(sentence: string, paragraph: string, k: Konteks): void {
  const m = /^\s?realisasi\s(?:dari\s)?(?:indikator\s)?(?:kinerja\s)?([^\d:;()]{6,120}?)\s(?:adalah|sebesar|yaitu)\s(\d[\d.,]*\d|\d)\s?(%?)/i.exec(sentence);
  if (!m || m[1]!.trim().split(/\s+/).length < 2) return;
  // A quoted name is the indicator's name as printed; else the words before "adalah".
  const nama = kutip(m[1]!) ?? m[1]!.trim();
  const r = sel({ t: 'n', teks: m[2]!, pct: m[3] === '%' }, k.locale);
  if (!r) return;
  // "(kurang dari target 55)", "(mencapai target 100)": the target in brackets right after.
  const t = /^\s?\([^()]{0,40}?\btarget\s(\d[\d.,]*\d|\d)\s?(%?)\)/i.exec(sentence.slice(m.index + m[0].length));
  const target = t ? sel({ t: 'n', teks: t[1]!, pct: t[2] === '%' }, k.locale) : null;
  k.rows.push({ id: `${k.prefix}-${++k.n}`, nama, realisasi: r, ...(target ? { target } : {}), kutipan: potong(sentence.trim()) } as Baris);
  if (/\b(?:rumus|formula)\b/i.test(paragraph)) k.dinyatakan = { nama, realisasi: r, para: k.para ?? 0 };
}

/**
 * A formula in words, a fraction flattened by the converter with its numerator first
 * ("<u>Jumlah PPKS yang ditangani Th n</u> x 100% Jumlah PPKS di DTKS Th n") or written on one line
 * ("Jumlah A / Jumlah B x 100%"). Only words: a figure in it makes it something else.
 */
function rumusKata(text: string, k: Konteks): boolean {
  if (text.length > 400 || !/100\s?%/.test(text)) return false;
  const s = text.replace(/<\/?u>/g, ' ').replace(/\s+/g, ' ').trim();
  if (s.length > 240 || /\d/.test(s.replace(/100\s?%/, ''))) return false;
  const a = /^(.{4,110}?)\s[x×X]\s?100\s?%\s(.{4,110})$/.exec(s) ?? /^(.{4,110}?)\s\/\s(.{4,110}?)\s[x×X]\s?100\s?%$/.exec(s);
  if (!a) return false;
  k.rumus = { pembilang: kataRumus(a[1]!), penyebut: kataRumus(a[2]!), para: k.para ?? 0 };
  return true;
}

/**
 * "Dengan masing-masing koefisien jumlah PPKS ditangani … adalah 114.619 dan koefisien Total PPKS
 * di DTKS … adalah 211.439": the values of the formula just printed, each placed by the words it
 * shares with the numerator or the denominator only. With the realisation the report said the
 * formula gives, a ratio row. Nothing when a value's place is not clear.
 */
function nilaiRumus(sentence: string, k: Konteks): void {
  const f = k.rumus;
  const d = k.dinyatakan;
  const at = k.para ?? 0;
  if (!f || !d || at - f.para > 2 || at - d.para > 4) return;
  const hits = [...sentence.matchAll(/\s(?:adalah|sebesar|sebanyak|yaitu)\s(\d[\d.,]*\d|\d)(?![\d.,]?\d)/gi)];
  if (hits.length !== 2) return;
  const first = sentence.slice(0, hits[0]!.index);
  const second = sentence.slice(hits[0]!.index! + hits[0]![0].length, hits[1]!.index);
  if (!/^\s?(?:dan|serta)\s/i.test(second)) return;
  // Words of one part only: the words both parts share say nothing about which is which.
  const num = [...f.pembilang].filter((w) => !f.penyebut.has(w));
  const den = [...f.penyebut].filter((w) => !f.pembilang.has(w));
  const tempat = (name: string): 'p' | 'q' | null => {
    const w = kataRumus(name);
    const a = num.filter((x) => w.has(x)).length;
    const b = den.filter((x) => w.has(x)).length;
    return a > b ? 'p' : b > a ? 'q' : null;
  };
  const x = tempat(first);
  const y = tempat(second);
  if (x === null || y === null || x === y) return;
  const v1 = sel({ t: 'n', teks: hits[0]![1]!, pct: false }, k.locale);
  const v2 = sel({ t: 'n', teks: hits[1]![1]!, pct: false }, k.locale);
  if (!v1 || !v2) return;
  const [pembilang, penyebut] = x === 'p' ? [v1, v2] : [v2, v1];
  k.rows.push({ id: `${k.prefix}-${++k.n}`, nama: d.nama, pembilang, penyebut, realisasi: d.realisasi, kutipan: potong(sentence.trim()), catatan: 'Realisasi dari kalimat yang menyebut rumus ini / the realisation from the sentence that names this formula' } as Baris);
  k.rumus = undefined;
}

/** The number that ends just before `at`, a space and a short unit allowed between ("71.048 KM "). */
function angkaSebelum(text: string, at: number): string | null {
  let i = at;
  if (text[i - 1] === ' ') i--;
  let letters = 0;
  while (i > 0 && letters < 12 && /\p{L}/u.test(text[i - 1]!)) {
    i--;
    letters++;
  }
  if (letters > 0 && text[i - 1] === ' ') i--;
  const end = i;
  if (!/\d/.test(text[end - 1] ?? '')) return null;
  while (i > 0 && end - i < 30 && /[\d.,]/.test(text[i - 1]!)) i--;
  let n = text.slice(i, end);
  while (n !== '' && !/\d/.test(n[0]!)) n = n.slice(1);
  return n === '' ? null : n;
}

/** "71.048 KM (150 KK bantuan + 228 RTLH + 71.025 KK data)": a total and the parts it states. */
function jumlahKurung(text: string, k: Konteks): void {
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open);
    if (close < 0 || close - open > 240) continue;
    const inner = text.slice(open + 1, close);
    if (inner.includes('(') || !inner.includes('+')) continue;
    // The total before the bracket: a number, maybe a unit ("71.048 KM (").
    const jumlah = angkaSebelum(text, open);
    if (jumlah === null) continue;
    const m = [`${jumlah} (${inner})`, jumlah, inner] as const;
    const parts = m[2].split('+');
    if (parts.length < 2) continue;
    const xs = parts.map((p) => /^\s?(\d[\d.,]*\d|\d)\b/.exec(p)?.[1]);
    if (xs.some((x) => x === undefined)) continue;
    const cells = xs.map((x) => sel({ t: 'n', teks: x!, pct: false }, k.locale));
    const total = sel({ t: 'n', teks: m[1], pct: false }, k.locale);
    if (!total || cells.some((c) => c === null)) continue;
    const kutipan = potong(m[0]);
    const ids = cells.map((c) => {
      k.rows.push({ id: `${k.prefix}-${++k.n}`, nama: 'Rincian dalam kurung', nilai: c!, kutipan } as Baris);
      return `${k.prefix}-${k.n}`;
    });
    k.rows.push({ id: `${k.prefix}-${++k.n}`, nama: 'Jumlah yang dirinci dalam kurung', nilai: total, agregat: { fungsi: 'jumlah', kolom: 'nilai', dari: ids }, kutipan } as Baris);
  }
}

/** A short line that heads a section ("BAB III …", "B. Realisasi Anggaran", "Sasaran 1 …"). */
function judul(p: string): boolean {
  const t = p.trim();
  return t.length <= 90 && !t.includes('\n') && /^(?:\*\*)?(?:bab\s[ivx\d]+\b|[a-h]\.\s|\d{1,2}\.\s|sasaran\b|tujuan\b|ikhtisar|ringkasan|kesimpulan)/i.test(t);
}

/** Prose tables, one per section that states checkable figures. */
export function bacaProsa(blok: readonly Blok[], laporan: DatasetLaporan, idTabel: ReadonlyMap<Blok, string> = new Map(), rataSasaran: RataSasaran[] = [], sama: { a: string; b: string }[] = []): Tabel[] {
  const out: Tabel[] = [];
  let section = 'Pendahuluan';
  let k: Konteks | null = null;
  const used = new Map(laporan.tabel.map((t) => [t.id, 2] as [string, number]));
  let count = 0;
  const flush = () => {
    if (k && k.rows.length > 0) {
      const id = unik(`Uraian: ${section}`, used, (n) => `Uraian: ${section} (${n})`);
      out.push({ id, prosa: true, baris: k.rows });
    }
    k = null;
  };
  const konteks = (): Konteks => {
    k ??= { locale: laporan.locale, tahun: laporan.tahun, skala: laporan.skala, rows: [], prefix: `u${++count}`, n: 0, rataSasaran, sama };
    return k;
  };
  let math = '';
  let nPara = 0;
  const flushMath = () => {
    if (math !== '') {
      const kk = konteks();
      rantai(latexKeTeks(math), kk);
      // Only the paragraph right after may restate the computation's result.
      if (kk.akhir) kk.akhir.para = nPara + 1;
    }
    math = '';
  };
  let tabelSebelum: string | undefined;
  for (const b of blok) {
    if (b.jenis === 'tabel') {
      flushMath();
      if (k) (k as Konteks).akhir = undefined;
      tabelSebelum = idTabel.get(b);
      // Formulas in table cells ("$= \frac{3.226}{16.051} \times 100\%$ $= 20,09 \%$"): a
      // table of their own, named after the table they are printed in.
      const sel: Konteks = { locale: laporan.locale, tahun: laporan.tahun, skala: laporan.skala, rows: [], prefix: `r${++count}`, n: 0 };
      for (const row of b.baris) {
        for (const c of row) {
          if (c.includes('=') && /\d/.test(c) && (c.includes('\\frac') || /100\s?%/.test(c))) rantai(latexKeTeks(c), sel);
          if (c.includes('+') && c.includes('(')) jumlahKurung(c, sel);
        }
      }
      if (sel.rows.length > 0) {
        const nama = idTabel.get(b) ?? 'Tabel';
        const id = unik(`${nama} (perhitungan dalam sel)`, used, (n) => `${nama} (perhitungan dalam sel ${n})`);
        out.push({ id, baris: sel.rows });
      }
      continue;
    }
    const text = b.teks;
    if (judul(text)) {
      flushMath();
      flush();
      section = text.replace(/\*\*/g, '').trim().slice(0, 80);
      continue;
    }
    // A formula, possibly over several paragraphs ("$$ … $$", "$$= … $$").
    const formula = /\$|\\frac|\\times/.test(text) || (/[=×]/.test(text) && /\d\s?[/×xX]\s?\(?\d/.test(text) && text.length < 300);
    if (formula) {
      const cont = /^\s?\$*\s?=/.test(text) || /^\s?[×xX]\s/.test(text);
      if (!cont) flushMath();
      math += ` ${text.replace(/\n/g, ' ')}`;
      continue;
    }
    if (/^\s?[×xX]\s?100/.test(text)) {
      math += ` ${text}`;
      continue;
    }
    flushMath();
    const kk = konteks();
    kk.para = ++nPara;
    kk.tabelSebelum = tabelSebelum;
    if (rumusKata(text, kk)) continue;
    for (const s of kalimat(text)) {
      pola(s, kk);
      sasaranRata(s, kk);
      tujuanRata(s, kk);
      dinyatakan(s, text, kk);
      nilaiRumus(s, kk);
      ulang(s, kk);
    }
    kk.akhir = undefined;
    if (text.includes('+') && text.includes('(')) jumlahKurung(text, konteks());
  }
  flushMath();
  flush();
  return out;
}
