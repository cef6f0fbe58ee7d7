/**
 * The CLI as a spawned process, on a few hostile files: it must exit 0, 1 or 2 within seconds,
 * never print a stack trace, and never echo a terminal control sequence. Needs the built `dist/`.
 */
import { strToU8, zipSync } from 'fflate';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dataset = (tabel: unknown[]) => JSON.stringify({ format: 'sakip-laporan/1', id: 'x', instansi: 'y', locale: 'id', skala: [], tabel });

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** A Word file whose one table cell holds `cell`: the file route echoes what it read. */
const docx = (cell: string) =>
  zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>Tabel 1 Capaian</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>No</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Indikator</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Target</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Realisasi</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Capaian</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>${cell}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>80</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>60</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>99</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`) });

// Files are named data.json: a PDF, Word or Excel file is told by its content, whatever its name.
export const CLI_CASES: readonly (readonly [string, string | Uint8Array])[] = [
  ['nested 200 000 deep', `${'['.repeat(200_000)}${']'.repeat(200_000)}`],
  ['2 MB of whitespace in one cell', dataset([{ id: 'T', baris: [{ nama: 'a', target: `${' '.repeat(2_000_000)}5`, realisasi: '1', capaian: '1' }] }])],
  ['a control sequence in a cell', dataset([{ id: 'T', baris: [{ nama: '\u001b]0;x\u0007', target: '\u001b[31m1', realisasi: '1', capaian: '1' }] }])],
  ['a figure beyond the limits', dataset([{ id: 'T', baris: [{ nama: 'a', target: '9'.repeat(400), realisasi: '1', capaian: '1' }] }])],
  ['not JSON at all', '\u0000\u0001{'],
  ['a PDF header and nothing a PDF needs', '%PDF-1.7\n1 0 obj <<'],
  ['a zip header and garbage', 'PK\u0003\u0004\u0000\u0000garbage'],
  ['a Word table whose cell holds a control sequence', docx('&#x1b;]0;x&#x7; \u001b[31mmerah')],
];

/** Runs `sakip verify` on the text; null when it behaved, else what went wrong. */
export function cliCase(root: string, text: string | Uint8Array): string | null {
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
