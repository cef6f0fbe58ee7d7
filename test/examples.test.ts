/**
 * Runs every `@example` of the public API and checks each `expression; // expected` line, so the
 * documentation cannot drift from what the library does.
 */
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import * as sheets from '../src/sheets/index.js';
import { counter, examples, instrument } from './helpers/examples.js';

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
    counter.checks = 0;
    for (const ex of all) instrument(ex.code);
    expect(counter.checks).toBeGreaterThanOrEqual(65);
    expect(instrument("const x = f(\n  1,\n  2); // 3\nf(\n 1); // 4")).toContain('__check(f(');
  });
  for (const ex of all) {
    it(`${ex.file}:${ex.line}`, () => {
      const js = instrument(ex.code);
      const check = (actual: unknown, want: unknown, line: string) => {
        const plain = JSON.parse(JSON.stringify(actual ?? null));
        expect(plain, line).toEqual(want);
      };
      const throws = (f: () => unknown, code: string, line: string) => {
        expect(f, line).toThrow(expect.objectContaining({ code }));
      };
      new Function('lib', 'sheets', '__check', '__throws', js)(lib, sheets, check, throws);
    });
  }
});
