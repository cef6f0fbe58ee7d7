/**
 * Numbers stored in a spreadsheet, as text, with decimal-string arithmetic only: the stored text
 * (`<v>0.8641</v>`) is shifted and rounded digit by digit, never read into a float and printed
 * again, so no digit is invented.
 */

/** How a cell's number format shows a number: a fixed count of decimals (null: General) and a percent sign. */
export interface Tampilan {
  readonly desimal: number | null;
  readonly persen: boolean;
}

export const UMUM: Tampilan = Object.freeze({ desimal: null, persen: false });

/** Excel's built-in number formats that show a number with fixed decimals (the others show it as General). */
const BAWAAN: Record<number, Tampilan> = {
  1: { desimal: 0, persen: false },
  2: { desimal: 2, persen: false },
  3: { desimal: 0, persen: false },
  4: { desimal: 2, persen: false },
  5: { desimal: 0, persen: false },
  6: { desimal: 0, persen: false },
  7: { desimal: 2, persen: false },
  8: { desimal: 2, persen: false },
  9: { desimal: 0, persen: true },
  10: { desimal: 2, persen: true },
  37: { desimal: 0, persen: false },
  38: { desimal: 0, persen: false },
  39: { desimal: 2, persen: false },
  40: { desimal: 2, persen: false },
  41: { desimal: 0, persen: false },
  42: { desimal: 0, persen: false },
  43: { desimal: 2, persen: false },
  44: { desimal: 2, persen: false },
};

/** The display of a built-in format id, or of a custom format code when there is one. */
export function tampilanDari(id: number, kode: string | undefined): Tampilan {
  if (kode !== undefined) return dariKode(kode);
  return BAWAAN[id] ?? UMUM;
}

/**
 * Reads the first section of a format code (the one for positive numbers): the decimals are
 * the digit placeholders after the point, a `%` outside quotes makes it a percentage. Dates,
 * times, fractions, scientific and text formats show as General here.
 */
function dariKode(kode: string): Tampilan {
  if (kode.length > 1000) return UMUM;
  // A condition ([>=100]0;0.0) picks the section by the value: General rather than the wrong one.
  if (/\[[<>=]/.test(kode)) return UMUM;
  // Quoted text, escaped characters, [colour] / [$currency], spacing (_x) and fill (*x) are no digits.
  let plain = '';
  for (let i = 0; i < kode.length; i++) {
    const ch = kode[i]!;
    if (ch === ';') break;
    if (ch === '"') {
      const e = kode.indexOf('"', i + 1);
      i = e < 0 ? kode.length : e;
    } else if (ch === '[') {
      const e = kode.indexOf(']', i + 1);
      i = e < 0 ? kode.length : e;
    } else if (ch === '\\' || ch === '_' || ch === '*') i++;
    else plain += ch;
  }
  if (/general/i.test(plain) || /[yYmMdDhHsSeE@/]/.test(plain)) return UMUM;
  const point = plain.indexOf('.');
  if (!/[0#?]/.test(plain)) return UMUM;
  const desimal = point < 0 ? 0 : (plain.slice(point + 1).match(/[0#?]/g)?.length ?? 0);
  return { desimal, persen: plain.includes('%') };
}

/** Significant digits Excel keeps and shows: a stored 0.86409999999999998 shows as 0.8641. */
const DIGIT_EXCEL = 15;

/**
 * A stored number as the cell shows it: `'0.8641'` under `0.00%` is `'86.41%'`; under General
 * the stored digits at most {@link DIGIT_EXCEL} significant, trailing zeros dropped. The point is
 * a '.', there is no grouping, and a format's literal text (currency, units) is not added.
 * Text that is not a number in JavaScript notation is returned unchanged.
 */
export function teksAngka(stored: string, t: Tampilan): string {
  const m = bagianAngka(stored);
  if (m === null) return stored;
  const neg = m.neg;
  let ds = m.int + m.frac;
  // Digits before the decimal point in ds.
  let p = m.int.length + m.exp + (t.persen ? 2 : 0);
  if (p > 400 || p < -400) return stored;
  // Zeros on the left make p at least 1 and on the right make ds reach the point: plain arithmetic on positions.
  if (p < 1) {
    ds = '0'.repeat(1 - p) + ds;
    p = 1;
  }
  if (ds.length < p) ds += '0'.repeat(p - ds.length);
  let keep: number;
  if (t.desimal === null) {
    let first = 0;
    while (first < ds.length && ds[first] === '0') first++;
    keep = Math.max(first + DIGIT_EXCEL, 0);
  } else keep = p + t.desimal;
  if (keep < ds.length) {
    const up = ds.charCodeAt(keep) >= 53; // '5' or more: half away from zero, as Excel shows
    ds = ds.slice(0, keep);
    if (up) {
      const r = naik(ds);
      if (r.length > ds.length) p++;
      ds = r;
    }
  }
  if (ds.length < p) ds += '0'.repeat(p - ds.length);
  let lead = 0;
  while (lead < p - 1 && ds[lead] === '0') lead++;
  const int = ds.slice(lead, p);
  let frac = ds.slice(p);
  if (t.desimal === null) {
    let end = frac.length;
    while (end > 0 && frac[end - 1] === '0') end--;
    frac = frac.slice(0, end);
  } else frac = frac.padEnd(t.desimal, '0');
  const zero = !/[1-9]/.test(int) && !/[1-9]/.test(frac);
  return `${neg && !zero ? '-' : ''}${int}${frac ? `.${frac}` : ''}${t.persen ? '%' : ''}`;
}

/**
 * The parts of a number in JavaScript notation (`-12.5`, `.5`, `1E-7`, surrounding spaces
 * allowed), read in one pass; null for anything else or for more than 400 characters.
 */
function bagianAngka(text: string): { neg: boolean; int: string; frac: string; exp: number } | null {
  const s = text.trim();
  if (s.length === 0 || s.length > 400) return null;
  let i = 0;
  const neg = s[0] === '-';
  if (s[0] === '-' || s[0] === '+') i++;
  const digits = () => {
    const start = i;
    while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    return s.slice(start, i);
  };
  const int = digits();
  let frac = '';
  if (s[i] === '.') {
    i++;
    frac = digits();
  }
  if (int === '' && frac === '') return null;
  let exp = 0;
  if (s[i] === 'e' || s[i] === 'E') {
    i++;
    const sign = s[i] === '-' ? -1 : 1;
    if (s[i] === '-' || s[i] === '+') i++;
    const e = digits();
    if (e === '' || e.length > 4) return null;
    exp = sign * Number(e);
  }
  return i === s.length ? { neg, int, frac, exp } : null;
}

/** A string of digits plus one in its last place. */
function naik(ds: string): string {
  let i = ds.length - 1;
  while (i >= 0 && ds[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(ds.length)}`;
  return ds.slice(0, i) + String.fromCharCode(ds.charCodeAt(i) + 1) + '0'.repeat(ds.length - i - 1);
}
