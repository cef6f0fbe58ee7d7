/** Extracting and running the code examples of the TSDoc and of the guides. */
import { transformSync } from 'esbuild';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));

export function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(dir + f).isDirectory() ? files(`${dir}${f}/`) : f.endsWith('.ts') ? [dir + f] : []));
}

export interface Example {
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
export function expected(comment: string): { ok: boolean; value?: unknown } {
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

export const counter = { checks: 0 };

/** Turns `statement; // literal` (a statement may span lines) into a checked assertion. */
export function instrument(code: string): string {
  const out: string[] = [];
  let pending: string[] = [];
  const source = code
    // The root re-exports the rooms of sakip/model, sakip/verifikasi and sakip/batch.
    .replace(/import\s*\{([^}]*)\}\s*from\s*'sakip(?:\/(?:model|verifikasi|batch))?';/g, (_, names: string) => `const {${names}} = lib;`)
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
    const throws = m ? /^(?:melempar|throws)\s+(SAKIP_\w+)/.exec(m[2]!.trim()) : null;
    if (m && throws && !/^\s*(const|let|import)\b/.test(statement)) {
      counter.checks++;
      out.push(`__throws(() => { ${statement}; }, ${JSON.stringify(throws[1])}, ${JSON.stringify(line.trim())});`);
      continue;
    }
    const e = m ? expected(m[2]!.trim()) : { ok: false };
    if (!m || !e.ok || /^\s*(const|let|import|if|try|for)\b/.test(statement)) {
      out.push(statement + (m ? ';' : ''));
      continue;
    }
    counter.checks++;
    out.push(`__check(${statement}, ${JSON.stringify(e.value)}, ${JSON.stringify(line.trim())});`);
  }
  return transformSync(out.join('\n'), { loader: 'ts', format: 'cjs' }).code;
}


/** The ```ts blocks of a markdown guide. */
export function markdownExamples(file: string): Example[] {
  const out: Example[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ts\s*$/.test(lines[i]!)) continue;
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    out.push({ file, line: i + 1, code: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return out;
}
