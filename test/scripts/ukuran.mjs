// The README's package-size table, from size-limit's own measurement: `--tulis` rewrites it,
// and test/ukuran.test.ts fails when it differs from what is measured.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const START = '<!-- ukuran:awal (npm run ukuran) -->';
const END = '<!-- ukuran:akhir -->';

/** The measured sizes as the README's table. */
export function measuredTable() {
  const bin = join(root, 'node_modules/size-limit/bin.js');
  const r = spawnSync(process.execPath, [bin, '--json'], { cwd: root, encoding: 'utf8' });
  const rows = JSON.parse(r.stdout);
  const kb = (n) => `${(n / 1000).toFixed(2)} kB`;
  return ['| what | size | budget |', '|---|---:|---:|', ...rows.map((x) => `| ${x.name} | ${kb(x.size)} | ${Math.round(x.sizeLimit / 1000)} kB |`)].join('\n');
}

/** The table the README shows now. */
export function readmeTable() {
  const text = readFileSync(join(root, 'README.md'), 'utf8');
  return text.slice(text.indexOf(START) + START.length, text.indexOf(END)).trim();
}

if (process.argv.includes('--tulis')) {
  const text = readFileSync(join(root, 'README.md'), 'utf8');
  const table = measuredTable();
  writeFileSync(join(root, 'README.md'), `${text.slice(0, text.indexOf(START) + START.length)}\n${table}\n${text.slice(text.indexOf(END))}`);
  console.log(table);
}
