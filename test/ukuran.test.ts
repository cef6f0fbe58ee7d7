/** What the README tells about the package holds: its size table is what size-limit measures, and the API docs build without a warning. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { measuredTable, readmeTable } from './scripts/ukuran.mjs';
import { root } from './helpers/sakip.js';

describe('the README and the docs match what ships', () => {
  it('the size table is what size-limit measures (npm run ukuran rewrites it)', () => {
    expect(readmeTable()).toBe(measuredTable());
  }, 120_000);
  it('npm run docs gives no warning', () => {
    const r = spawnSync(process.execPath, [join(root, 'node_modules/typedoc/bin/typedoc'), '--options', 'docs/typedoc.json', '--emit', 'none'], { cwd: root, encoding: 'utf8' });
    expect(r.stdout + r.stderr).not.toMatch(/warning/i);
    expect(r.status).toBe(0);
  }, 120_000);
});
