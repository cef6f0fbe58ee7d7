/**
 * Every regular expression literal in src/ is checked for super-linear backtracking (ReDoS) with
 * recheck, so that a new quadratic one (`\s*%$`, `^\s*[-–]?\s*$`) cannot slip in. Text handling
 * must stay linear: see BATAS_MASUKAN and the bench's text-reader lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/**
 * Regexes known to be super-linear and not yet fixed, each as `file: source` (none now). The list
 * must only shrink: an entry that no longer fails the check fails this test.
 */
const KNOWN: readonly string[] = [];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every regex literal of a file, found by the TypeScript parser (not by a regex over the source). */
function literals(file: string): { source: string; flags: string; line: number }[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: { source: string; flags: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(sf);
      const end = literal.lastIndexOf('/');
      out.push({ source: literal.slice(1, end), flags: literal.slice(end + 1), line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 });
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      throw new Error(`${relative(root, file)}: new RegExp(…) cannot be checked statically; use a literal`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const all = files(join(root, 'src')).flatMap((file) => literals(file).map((l) => ({ ...l, file: relative(root, file) })));

describe('regular expressions in src/ run in linear time', () => {
  it('finds the literals (the walk itself works)', () => {
    expect(all.length).toBeGreaterThan(15);
    expect(all.some((r) => r.file.endsWith('parse.ts') && r.source.startsWith('^([1-9]'))).toBe(true);
  });
  it.each(all.map((r) => [`${r.file}:${r.line} /${r.source}/${r.flags}`, r] as const))('%s', (_name, r) => {
    const result = checkSync(r.source, r.flags, { timeout: 10_000 });
    const key = `${r.file}: ${r.source}`;
    if (KNOWN.includes(key)) {
      expect(result.status, `${key} is fixed: remove it from KNOWN`).toBe('vulnerable');
      return;
    }
    expect(result.status === 'vulnerable' ? `${result.complexity.type}: ${JSON.stringify(result.attack?.pattern)}` : result.status).toBe('safe');
  });
});
