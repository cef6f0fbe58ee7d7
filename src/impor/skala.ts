/**
 * Predikat scales as reports print them: a table of intervals and labels, or lines such as
 * "Capaian kinerja > 85 sd 100% : Sangat berhasil". Each printed interval becomes a band with its
 * bounds as printed; open ends are null and never inclusive (docs/format-laporan.md, Skala).
 */
import type { SkalaTercetak } from '../verifikasi/dataset.js';

type Band = SkalaTercetak['bands'][number];

interface Batas {
  op: '<' | '<=' | '>' | '>=' | '';
  angka: string;
}

/** Numbers and comparison signs of an interval, in order; words and "%" are dropped. */
function token(text: string): { batas: Batas[]; sd: boolean; atas: boolean; bawah: boolean } {
  const t = ` ${text.toLowerCase()} `
    .replace(/≤|=</g, '<=')
    .replace(/≥|=>/g, '>=')
    .replace(/%/g, ' ');
  const batas: Batas[] = [];
  let op: Batas['op'] = '';
  let sd = false;
  let i = 0;
  while (i < t.length) {
    const c = t[i]!;
    if (c === '<' || c === '>') {
      op = t[i + 1] === '=' ? (`${c}=` as Batas['op']) : (c as Batas['op']);
      i += t[i + 1] === '=' ? 2 : 1;
      continue;
    }
    if (c >= '0' && c <= '9') {
      let j = i;
      while (j < t.length && /[\d.,]/.test(t[j]!)) j++;
      const angka = t.slice(i, j).replace(/[.,]$/, '');
      batas.push({ op, angka });
      op = '';
      i = j;
      continue;
    }
    i++;
  }
  // "s.d", "sd", "s/d", "sampai", "hingga", "-", "–" between the two numbers.
  sd = /\bs ?[./]? ?d\b|sampai|hingga|\d\s?[-–—]\s?\d/.test(t);
  return { batas, sd, atas: /ke ?atas|lebih dari/.test(t), bawah: /ke ?bawah|kurang dari|di ?bawah/.test(t) };
}

const num = (s: string): number => Number(s.replace(/\.(?=\d{3}(?:\D|$))/g, '').replace(',', '.'));

/**
 * One printed interval as a band's bounds, or null when the text is no interval. "91 % ≤ 100 %"
 * is 91 ≤ x ≤ 100 (a bound without a sign is inclusive); "< 55 sd 0%" is 0 ≤ x < 55.
 */
export function bacaInterval(text: string): Omit<Band, 'label' | 'printed'> | null {
  const { batas, sd, atas, bawah } = token(text);
  if (batas.length === 1) {
    const b = batas[0]!;
    if (b.op === '<' || b.op === '<=' || bawah) return { min: null, minInclusive: false, max: b.angka, maxInclusive: b.op === '<=' || (b.op === '' && !/kurang dari|di ?bawah/.test(text.toLowerCase())) };
    if (b.op === '>' || b.op === '>=' || atas) return { min: b.angka, minInclusive: b.op !== '>' && !/lebih dari/.test(text.toLowerCase()), max: null, maxInclusive: false };
    return null;
  }
  if (batas.length !== 2) return null;
  const [a, b] = batas as [Batas, Batas];
  // "91 ≤ 100": the sign stands between the two bounds.
  if (!sd && a.op === '' && (b.op === '<=' || b.op === '<')) {
    return { min: a.angka, minInclusive: true, max: b.angka, maxInclusive: b.op === '<=' };
  }
  if (!sd && !(a.op !== '' || b.op !== '')) return null;
  const lowFirst = num(a.angka) <= num(b.angka);
  const lo = lowFirst ? a : b;
  const hi = lowFirst ? b : a;
  // A sign before a bound says which side it excludes: "> 70 sd < 85", "< 55 sd 0".
  const loExcl = lo.op === '>' || (lo.op === '<' && !lowFirst);
  const hiExcl = hi.op === '<' || (hi.op === '>' && lowFirst);
  return { min: lo.angka, minInclusive: !loExcl, max: hi.angka, maxInclusive: !hiExcl };
}

/** Label text of a band: trimmed, "=" / ":" and trailing punctuation removed. */
export function labelBand(s: string): string {
  let a = 0;
  let b = s.length;
  // Index scans, not `[\s.;,]+$`: a trailing-run regex retries from every start (quadratic).
  while (a < b && ' \t\n:='.includes(s[a]!)) a++;
  while (b > a && ' \t\n.;,'.includes(s[b - 1]!)) b--;
  return s.slice(a, b);
}

/** The regulation a scale's source names, as a built-in scale id, when its labels are that scale's. */
export function mengacu(sumber: string, labels: readonly string[]): string | undefined {
  const s = sumber.toLowerCase();
  const l = labels.map((x) => x.toLowerCase());
  if (/86\s(?:tahun|th\.?)\s2017|86\/2017/.test(s)) {
    if (l.some((x) => x.includes('tinggi') || x.includes('rendah'))) return 'permendagri-86-2017';
    if (l.some((x) => x.includes('baik') || x.includes('kurang'))) return 'permendagri-86-2017-baik';
  }
  if (/88\s(?:tahun|th\.?)\s2021|88\/2021/.test(s) && l.some((x) => /^(?:aa|a|bb|b|cc|c|d)$/.test(x))) return 'sakip-88-2021';
  if (/12\s(?:tahun|th\.?)\s2015|12\/2015/.test(s) && l.some((x) => /^(?:aa|a|bb|b|cc|c|d)$/.test(x))) return 'sakip-12-2015';
  return undefined;
}

/** A scale from rows of (interval, label). Null when fewer than two rows read as bands. */
export function skalaDari(
  id: string,
  table: string,
  sumber: string,
  rows: readonly { interval: string; label: string }[],
): SkalaTercetak | null {
  const bands: Band[] = [];
  for (const r of rows) {
    const iv = bacaInterval(r.interval);
    const label = labelBand(r.label);
    if (iv === null || label === '') continue;
    bands.push({ label, printed: r.interval.trim(), ...iv });
  }
  if (bands.length < 2) return null;
  const ref = mengacu(sumber, bands.map((b) => b.label));
  return { id, table, sumber, ...(ref ? { mengacu: ref } : {}), bands };
}

/**
 * Lines "<interval> : <label>" or "<interval> = <label>" ("Capaian kinerja > 85 sd 100% : Sangat
 * berhasil"): the interval part and the label, or null.
 */
export function barisSkala(line: string): { interval: string; label: string } | null {
  const t = line.trim();
  if (t.length > 160) return null;
  const at = t.search(/[:=]/);
  if (at < 0) return null;
  const left = t.slice(0, at);
  const right = labelBand(t.slice(at + 1));
  if (right === '' || right.length > 40 || /\d/.test(right)) return null;
  if (bacaInterval(left) === null) return null;
  return { interval: left.replace(/^[^\d<>≤≥]*/, '').trim(), label: right };
}

/** One band of a list: "0 sd 50 % = cukup baik", or "> 100% Sangat Baik" (the label after the interval). */
export function itemSkala(item: string): { interval: string; label: string } | null {
  const withSign = barisSkala(item);
  if (withSign) return withSign;
  const t = item.trim();
  let end = -1;
  for (let i = 0; i < t.length; i++) if (/[\d%]/.test(t[i]!)) end = i;
  if (end < 0) return null;
  const left = t.slice(0, end + 1);
  const right = labelBand(t.slice(end + 1));
  if (right === '' || right.length > 40 || bacaInterval(left) === null) return null;
  return { interval: left.trim(), label: right };
}
