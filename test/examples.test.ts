/**
 * Runs every `@example` of the public API and checks each `expression; // expected` line, so the
 * documentation cannot drift from what the library does.
 */
import { transformSync } from 'esbuild';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import * as sheets from '../src/sheets/index.js';

const srcDir = fileURLToPath(new URL('../src/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(dir + f).isDirectory() ? files(`${dir}${f}/`) : f.endsWith('.ts') ? [dir + f] : []));
}

interface Example {
  file: string;
  line: number;
  code: string;
}

export function examples(): Example[] {
  const out: Example[] = [];
  for (const file of files(srcDir)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^\s*\* @example/.test(lines[i]!)) continue;
      const start = lines.findIndex((l, j) => j > i && /^\s*\* ```ts/.test(l));
      const end = lines.findIndex((l, j) => j > start && /^\s*\* ```\s*$/.test(l));
      const code = lines.slice(start + 1, end).map((l) => l.replace(/^\s*\* ?/, '')).join('\n');
      out.push({ file: file.slice(srcDir.length), line: i + 1, code });
      i = end;
    }
  }
  return out;
}

/** The expected value written after `//`, when it is a JavaScript literal. */
function expected(comment: string): { ok: boolean; value?: unknown } {
  for (const candidate of [comment, comment.split(' (')[0]!]) {
    try {
      return { ok: true, value: new Function(`return (${candidate});`)() };
    } catch {
      // not a literal: a remark, not an expectation
    }
  }
  return { ok: false };
}

const balance = (code: string) =>
  [...code.replace(/'[^']*'/g, "''")].reduce((n, ch) => n + ('([{'.includes(ch) ? 1 : ')]}'.includes(ch) ? -1 : 0), 0);

let checks = 0;

/** Turns `statement; // literal` (a statement may span lines) into a checked assertion. */
function instrument(code: string): string {
  const out: string[] = [];
  let pending: string[] = [];
  const source = code
    .replace(/import\s*\{([^}]*)\}\s*from\s*'sakip';/g, (_, names: string) => `const {${names}} = lib;`)
    .replace(/import\s*\{([^}]*)\}\s*from\s*'sakip\/sheets';/g, (_, names: string) => `const {${names}} = sheets;`);
  for (const line of source.split('\n')) {
    const m = /^(.*?);\s*\/\/\s*(.+)$/.exec(line);
    const codePart = m ? m[1]! : line;
    const statement = [...pending, codePart].join('\n');
    if (balance(statement) > 0 || (!m && pending.length > 0)) {
      pending.push(line);
      if (balance([...pending].join('\n')) <= 0) {
        out.push(...pending);
        pending = [];
      }
      continue;
    }
    pending = [];
    const e = m ? expected(m[2]!.trim()) : { ok: false };
    if (!m || !e.ok || /^\s*(const|let|import|if|try|for)\b/.test(statement)) {
      out.push(statement + (m ? ';' : ''));
      continue;
    }
    checks++;
    out.push(`__check(${statement}, ${JSON.stringify(e.value)}, ${JSON.stringify(line.trim())});`);
  }
  return transformSync(out.join('\n'), { loader: 'ts', format: 'cjs' }).code;
}

describe('@example code in the TSDoc runs and prints what it says', () => {
  const all = examples();
  it('every exported function and schema appears in an example', () => {
    const text = all.map((e) => e.code).join('\n');
    const exported = Object.entries({ ...lib, ...sheets })
      .filter(([, v]) => typeof v === 'function' || (typeof v === 'object' && v !== null && 'safeParse' in v))
      .map(([k]) => k);
    const missing = exported.filter((name) => !new RegExp(`\\b${name}\\b`).test(text));
    expect(missing).toEqual([]);
  });
  it('checks many printed values, multi-line statements included', () => {
    checks = 0;
    for (const ex of all) instrument(ex.code);
    expect(checks).toBeGreaterThanOrEqual(65);
    expect(instrument("const x = f(\n  1,\n  2); // 3\nf(\n 1); // 4")).toContain('__check(f(');
  });
  for (const ex of all) {
    it(`${ex.file}:${ex.line}`, () => {
      const js = instrument(ex.code);
      const check = (actual: unknown, want: unknown, line: string) => {
        const plain = JSON.parse(JSON.stringify(actual ?? null));
        expect(plain, line).toEqual(want);
      };
      new Function('lib', 'sheets', '__check', js)(lib, sheets, check);
    });
  }
});
