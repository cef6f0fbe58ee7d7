/**
 * The CLI as a spawned process, on a few hostile files: it must exit 0, 1 or 2 within seconds,
 * never print a stack trace, and never echo a terminal control sequence. Needs the built `dist/`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dataset = (tabel: unknown[]) => JSON.stringify({ format: 'sakip-laporan/1', id: 'x', instansi: 'y', locale: 'id', skala: [], tabel });

export const CLI_CASES: readonly (readonly [string, string])[] = [
  ['nested 200 000 deep', `${'['.repeat(200_000)}${']'.repeat(200_000)}`],
  ['2 MB of whitespace in one cell', dataset([{ id: 'T', baris: [{ nama: 'a', target: `${' '.repeat(2_000_000)}5`, realisasi: '1', capaian: '1' }] }])],
  ['a control sequence in a cell', dataset([{ id: 'T', baris: [{ nama: '\u001b]0;x\u0007', target: '\u001b[31m1', realisasi: '1', capaian: '1' }] }])],
  ['a figure beyond the limits', dataset([{ id: 'T', baris: [{ nama: 'a', target: '9'.repeat(400), realisasi: '1', capaian: '1' }] }])],
  ['not JSON at all', '\u0000\u0001{'],
];

/** Runs `sakip verify` on the text; null when it behaved, else what went wrong. */
export function cliCase(root: string, text: string): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'sakip-fuzz-'));
  const file = join(dir, 'data.json');
  writeFileSync(file, text);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli', 'main.js'), 'verify', file], { encoding: 'utf8', timeout: 20_000 });
  const ms = performance.now() - t0;
  if (ms >= 20_000) return `took ${Math.round(ms)} ms`;
  if (r.status !== 0 && r.status !== 1 && r.status !== 2) return `exit ${r.status}`;
  if (/\n\s+at /.test(r.stderr)) return `stack trace: ${r.stderr.slice(0, 200)}`;
  if (/\u001b\]/.test(`${r.stdout}${r.stderr}`)) return 'echoed a terminal control sequence';
  return null;
}
