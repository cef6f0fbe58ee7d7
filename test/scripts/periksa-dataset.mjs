// Checks a transcribed report dataset: schema, unique ids, references, and that every printed
// string occurs verbatim in the report text. Usage: node test/scripts/periksa-dataset.mjs FILE.json SEED.txt
import { readFileSync } from 'node:fs';
import { DatasetLaporanSchema, validate } from '../../dist/index.js';

const [file, seedFile] = process.argv.slice(2);
const data = JSON.parse(readFileSync(file, 'utf8'));
const seed = seedFile ? readFileSync(seedFile, 'utf8') : null;
const problems = [];
const r = validate(DatasetLaporanSchema, data);
if (!r.success) for (const i of r.issues) problems.push(`schema: ${i.message}`);

const ids = new Map();
const CELLS = ['target', 'realisasi', 'realisasiSebelumnya', 'pembilang', 'penyebut', 'capaian', 'nilai', 'paguMurni', 'pagu',
  'realisasiAnggaran', 'serapan', 'sisa', 'outputTarget', 'outputRealisasi', 'efisiensi'];
let cells = 0;
for (const t of data.tabel ?? []) {
  for (const b of t.baris ?? []) {
    if (b.id) {
      if (ids.has(b.id)) problems.push(`duplicate row id ${b.id}`);
      ids.set(b.id, b);
    }
    for (const k of [...CELLS, 'predikat']) {
      const c = b[k];
      if (c === undefined) continue;
      cells++;
      const printed = typeof c === 'string' ? c : c.printed;
      if (seed && !seed.includes(printed)) problems.push(`${t.id} › ${b.id ?? b.nama} › ${k}: "${printed}" not in the report text`);
    }
    if (b.kutipan && seed && !seed.includes(b.kutipan)) problems.push(`${t.id} › ${b.id ?? b.nama} › kutipan not verbatim: "${b.kutipan.slice(0, 60)}…"`);
  }
}
const ref = (where, x) => {
  const id = x.includes('.') && !ids.has(x) ? x.slice(0, x.lastIndexOf('.')) : x;
  if (!ids.has(id)) problems.push(`${where}: unknown row ${x}`);
};
for (const t of data.tabel ?? []) {
  for (const b of t.baris ?? []) {
    if (b.induk) ref(`${b.id} induk`, b.induk);
    for (const d of b.agregat?.dari ?? []) ref(`${b.id} agregat`, d);
  }
}
for (const s of data.sama ?? []) {
  ref('sama.a', s.a);
  ref('sama.b', s.b);
}
const scaleIds = new Set((data.skala ?? []).map((s) => s.id));
for (const t of data.tabel ?? []) {
  if (t.skala && !scaleIds.has(t.skala) && !/^(permendagri|sakip|ikm|kepmendagri|buleleng|polewali)/.test(t.skala)) problems.push(`${t.id}: unknown skala ${t.skala}`);
}
for (const p of problems) console.log(p);
console.log(`${data.tabel?.length ?? 0} tables, ${ids.size} rows with ids, ${cells} cells; ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
