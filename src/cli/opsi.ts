import { teks, type Bahasa } from './bahasa.js';

/** A command-line mistake: exit code 2 with a one-line message. */
export class Unusable extends Error {}

/** One option of a subcommand. `values` lists what a string option accepts, when it is a closed set. */
export interface Opsi {
  readonly name: string;
  readonly short?: string;
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
  readonly values?: readonly string[];
  readonly arg?: string;
  readonly id: string;
  readonly en: string;
}

export type Nilai = Record<string, string | boolean | string[] | undefined>;

/** The closest of `options` to `word` when it is close enough to be a likely typo, else undefined. */
export function closest(word: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const o of options) {
    const d = o.startsWith(word) && word.length >= 2 ? 1 : distance(word, o, 3);
    if (d < bestD) {
      best = o;
      bestD = d;
    }
  }
  return bestD <= Math.max(1, Math.min(3, Math.floor((best?.length ?? 0) / 3))) ? best : undefined;
}

/** Edit distance with transpositions (optimal string alignment), giving up (`cap + 1`) for far lengths; words are short. */
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap || a.length > 64 || b.length > 64) return cap + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      cur[j] = d;
    }
    before = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

export const saran = (lang: Bahasa, s: string | undefined): string => (s === undefined ? '' : teks(lang, ` (maksud Anda: ${s}?)`, ` (did you mean ${s}?)`));

/** Echoes user text in a message: short, one line, no control characters. */
export function kutip(text: string, max = 60): string {
  const cut = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  // eslint-disable-next-line no-control-regex
  return cut.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
}

/** A file name in a message: its end is what tells files apart, so a long one keeps its tail. */
export function kutipBerkas(path: string): string {
  return kutip(path.length > 160 ? `…${path.slice(-159)}` : path, 160);
}

/** Checks a value against a closed list, naming the valid ones. */
export function pilih(lang: Bahasa, what: string, value: string, valid: readonly string[]): string {
  if (valid.includes(value)) return value;
  throw new Unusable(
    `${what} ${kutip(value)} ${teks(lang, 'tidak dikenal', 'is not known')}; ${teks(lang, 'pilihan', 'valid')}: ${valid.join(', ')}${saran(lang, closest(value, valid))}`,
  );
}

/**
 * Parses a subcommand's arguments: `--name value`, `--name=value`, `-x value`, booleans, `--`
 * ending options, and `-` as a positional (standard input). Every mistake is an {@link Unusable}
 * in the user's language, naming the valid options or values.
 */
export function parse(lang: Bahasa, command: string, args: readonly string[], spec: readonly Opsi[]): { values: Nilai; positionals: string[] } {
  const values: Nilai = {};
  const positionals: string[] = [];
  const byName = new Map(spec.map((o) => [o.name, o]));
  const byShort = new Map(spec.filter((o) => o.short).map((o) => [o.short!, o]));
  const names = spec.map((o) => `--${o.name}`);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (a === '-' || !a.startsWith('-')) {
      positionals.push(a);
      continue;
    }
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const key = eq > 0 ? a.slice(0, eq) : a;
    const o = key.startsWith('--') ? byName.get(key.slice(2)) : byShort.get(key.slice(1));
    if (!o) {
      throw new Unusable(
        `${teks(lang, 'opsi tidak dikenal untuk', 'unknown option for')} ${command}: ${kutip(key)}${saran(lang, closest(key, names))}; ${teks(lang, 'lihat', 'see')} sakip ${command} --help`,
      );
    }
    if (o.type === 'boolean') {
      if (eq > 0) throw new Unusable(`--${o.name} ${teks(lang, 'tidak menerima nilai', 'takes no value')}`);
      values[o.name] = true;
      continue;
    }
    let v: string | undefined;
    if (eq > 0) v = a.slice(eq + 1);
    else {
      v = args[i + 1];
      i++;
    }
    if (v === undefined || (v.startsWith('--') && v.length > 2)) {
      throw new Unusable(`--${o.name} ${teks(lang, 'perlu nilai', 'needs a value')}${o.arg ? ` (${o.arg})` : ''}${o.values ? `; ${teks(lang, 'pilihan', 'valid')}: ${o.values.join(', ')}` : ''}`);
    }
    if (o.values) pilih(lang, `--${o.name}`, v, o.values);
    if (o.multiple) values[o.name] = [...((values[o.name] as string[] | undefined) ?? []), v];
    else values[o.name] = v;
  }
  return { values, positionals };
}

/** The options block of a help text, aligned. */
export function daftarOpsi(lang: Bahasa, spec: readonly Opsi[]): string {
  const left = spec.map((o) => `${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.arg ? ` ${o.arg}` : o.values ? ` ${o.values.join('|')}` : ''}`);
  const width = Math.min(36, Math.max(...left.map((l) => l.length)) + 2);
  return spec.map((o, i) => `  ${left[i]!.length + 2 > width ? `${left[i]}  ` : left[i]!.padEnd(width)}${teks(lang, o.id, o.en)}`).join('\n');
}
