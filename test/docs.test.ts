/**
 * The documentation cannot drift: every ```ts example of the guides and the README runs and
 * prints what it says, and every example (TSDoc and guides) type-checks against the real API.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import * as sheets from '../src/sheets/index.js';
import { examples, instrument, markdownExamples, type Example } from './helpers/examples.js';
import { cleanEnv } from './helpers/sakip.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const guides = [join(root, 'README.md'), ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => join(root, 'docs', f))];
// A guide block may leave out its import (the English half repeats the Indonesian one) and a CJS
// block uses require: the names it uses are imported for it, CJS blocks are left to the packaging test.
const exported = new Set(Object.keys({ ...lib, ...sheets }));
const sheetNames = new Set(Object.keys(sheets));
const fromGuides = guides.flatMap(markdownExamples).filter((ex) => !/\brequire\(/.test(ex.code)).map((ex) => {
  if (/from 'sakip(\/(sheets|model|verifikasi|batch))?'/.test(ex.code)) return ex;
  const used = [...new Set(ex.code.match(/\b[A-Za-z_]\w*\b/g) ?? [])].filter((n) => exported.has(n));
  const fromLib = used.filter((n) => !sheetNames.has(n));
  const fromSheets = used.filter((n) => sheetNames.has(n));
  const imports = [
    fromLib.length ? `import { ${fromLib.join(', ')} } from 'sakip';` : '',
    fromSheets.length ? `import { ${fromSheets.join(', ')} } from 'sakip/sheets';` : '',
  ].filter(Boolean);
  return { ...ex, code: [...imports, ex.code].join('\n') };
});

describe('the examples of the guides run and print what they say', () => {
  it('there are examples in the guides', () => {
    expect(fromGuides.length).toBeGreaterThan(20);
  });
  // A block that reads files (node:fs) is type-checked below but not run here.
  for (const ex of fromGuides.filter((e) => !/from 'node:/.test(e.code))) {
    it(`${ex.file.slice(root.length)}:${ex.line}`, () => {
      const js = instrument(ex.code);
      const check = (actual: unknown, want: unknown, line: string) => {
        expect(JSON.parse(JSON.stringify(actual ?? null)), line).toEqual(want);
      };
      const throws = (f: () => unknown, code: string, line: string) => {
        expect(f, line).toThrow(expect.objectContaining({ code }));
      };
      new Function('lib', 'sheets', '__check', '__throws', js)(lib, sheets, check, throws);
    });
  }
});

describe('every example type-checks', () => {
  it('TSDoc @example blocks and guide examples compile with tsc --strict', () => {
    const dir = join(root, 'test/.output/examples');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const all: Example[] = [...examples(), ...fromGuides];
    all.forEach((ex, i) => {
      const code = ex.code
        .replace(/from 'sakip\/(sheets|model|verifikasi|batch)'/g, (_, room: string) => `from '${join(root, `src/${room}/index.js`)}'`)
        .replace(/from 'sakip'/g, `from '${join(root, 'src/index.js')}'`);
      writeFileSync(join(dir, `ex${i}.ts`), `// ${ex.file}:${ex.line}\n${code}\nexport {};\n`);
    });
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2020', module: 'ESNext', moduleResolution: 'Bundler', strict: true, noEmit: true, skipLibCheck: true, types: ['node'], lib: ['ES2020', 'DOM'], noUnusedLocals: false },
      include: ['*.ts'],
    }));
    const r = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    const out = (r.stdout + r.stderr).split('\n').filter(Boolean);
    // Name the example of each error, not the temporary file.
    const named = out.map((l) => {
      const m = /ex(\d+)\.ts\((\d+),/.exec(l);
      return m ? `${all[Number(m[1])]!.file.replace(root, '')}:${all[Number(m[1])]!.line} (+${Number(m[2]) - 1}) ${l.slice(l.indexOf(': ') + 2)}` : l;
    });
    expect(named).toEqual([]);
  }, 120_000);
});

describe('command-line output shown in the guides is real', () => {
  const cli = join(root, 'dist/cli/main.js');
  for (const file of guides) {
    const lines = readFileSync(file, 'utf8').split('\n');
    let csv = '';
    for (let i = 0; i < lines.length; i++) {
      if (/^```csv\s*$/.test(lines[i]!)) {
        const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
        csv = lines.slice(i + 1, end).join('\n') + '\n';
      }
      const cmd = /^\$ npx sakip (.+)$/.exec(lines[i]!);
      if (!cmd || !/^```text\s*$/.test(lines[i - 1] ?? '')) continue;
      const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
      const shown = lines.slice(i + 1, end).filter((l) => l.trim() !== '' && l.trim() !== '…');
      it(`${file.slice(root.length)}:${i + 1} ${cmd[1]}`, () => {
        const dir = mkdtempSync(join(tmpdir(), 'sakip-doc-'));
        if (csv) writeFileSync(join(dir, 'laporan.csv'), csv);
        // The example report as PDF, Word, Excel and text (test/cli-berkas.test.ts keeps them the helpers' build).
        for (const f of readdirSync(join(root, 'test/fixtures/berkas'))) copyFileSync(join(root, 'test/fixtures/berkas', f), join(dir, f));
        const args = cmd[1]!.match(/"[^"]*"|\S+/g)!.map((a) => a.replace(/^"|"$/g, ''));
        const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', env: cleanEnv() });
        const actual = new Set((r.stdout + r.stderr).split('\n'));
        expect(shown.filter((l) => !actual.has(l))).toEqual([]);
      });
    }
  }
});

describe('the blank-cell table of the spreadsheet guide is what the functions return', () => {
  const guide = readFileSync(join(root, 'docs/spreadsheet.md'), 'utf8');
  const from = guide.indexOf('A blank cell is not zero.');
  const text = guide.slice(from, guide.indexOf('\n#', from));
  const rows = [...text.matchAll(/^\| `(=[^|]+?)`(?: \/ `(=[^|]+?)`)?(?:, ([BC]2) blank)? \| (.+?) \|$/gm)];
  it('the table is there', () => expect(rows.length).toBeGreaterThan(10));
  for (const m of rows) {
    // The English table (arguments separated by commas); the Indonesian one says the same with semicolons.
    for (const formula of [m[1]!, m[2]].filter((f): f is string => f !== undefined && !f.includes(';'))) {
      it(`${formula}${m[3] ? `, ${m[3]} blank` : ''} → ${m[4]}`, () => {
        const call = /^=([A-Z_]+)\((.*)\)$/.exec(formula)!;
        const args = (call[2]!.match(/"[^"]*"|[^,\s][^,]*/g) ?? []).map((a) => (a === 'B2' || a === 'C2' ? null : /^".*"$/.test(a) ? a.slice(1, -1) : Number(a)));
        const fn = (sheets as unknown as Record<string, (...a: unknown[]) => unknown>)[call[1]!]!;
        const want = m[4]!.startsWith('empty text') ? '' : m[4]!.startsWith('`') ? m[4]!.slice(1, m[4]!.indexOf('`', 1)) : Number(m[4]!.split(' ')[0]);
        expect(fn(...args)).toEqual(want);
      });
    }
  }
});

describe('the verifier guide names every finding code, in both languages', () => {
  it('each code of kodeTemuan appears in the Indonesian table and the English list', () => {
    const text = readFileSync(join(root, 'docs/verifikasi-laporan.md'), 'utf8');
    const en = text.indexOf('## The report dataset');
    for (const code of Object.keys(lib.kodeTemuan)) {
      expect(text.slice(0, en), code).toContain(code);
      expect(text.slice(en), code).toContain(code);
    }
  });
});
