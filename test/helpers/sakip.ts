import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const cliPath = join(root, 'dist/cli/main.js');

/**
 * The environment of a spawned `sakip`: the host's, without its language settings (a CI machine
 * with LANG=en_US would otherwise switch the output to English), plus `env`.
 */
export function cleanEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['LANG', 'LC_ALL', 'LC_MESSAGES', 'NO_COLOR', 'LANGUAGE']) delete e[k];
  return { ...e, ...env };
}

/** Runs the built command line as a process. */
export function sakip(args: readonly string[], opts: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    input: opts.input ?? '',
    env: cleanEnv(opts.env),
    ...(opts.cwd ? { cwd: opts.cwd } : {}),
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
