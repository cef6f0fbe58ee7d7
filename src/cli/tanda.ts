import { teks, type Bahasa } from './bahasa.js';

/** Where progress goes: standard error, and only when it is a terminal. */
export interface Layar {
  readonly isTTY?: boolean;
  write(s: string): unknown;
}

/** Shows that a long run is alive, on one rewritten line; silent for runs under a second. */
export interface Pelapor {
  tahap(text: string): void;
  baris(name: string, done: number, total: number, findings: number): void;
  selesai(): void;
}

const DIAM: Pelapor = { tahap() {}, baris() {}, selesai() {} };

/**
 * A progress line on `layar` when it is a terminal, never when piped (nor, then, in JSON or a
 * file a script reads). It appears only after `afterMs`, and is redrawn at most ten times a second.
 */
export function pelapor(layar: Layar, lang: Bahasa, afterMs = 1000, now: () => number = Date.now): Pelapor {
  if (!layar.isTTY) return DIAM;
  const start = now();
  let last = 0;
  let shown = false;
  const show = (text: string, force = false) => {
    const t = now();
    if (t - start < afterMs || (!force && t - last < 100)) return;
    last = t;
    shown = true;
    layar.write(`\r\u001b[K${text}`);
  };
  return {
    tahap: (text) => show(text, true),
    baris: (name, done, total, findings) =>
      show(`${name}: ${done} / ${total} ${teks(lang, 'baris diperiksa', 'rows checked')}, ${findings} ${teks(lang, 'temuan', 'findings')}`),
    selesai: () => {
      if (shown) layar.write('\r\u001b[K');
    },
  };
}
