import { closeSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';

/** What the command line touches outside itself; tests replace any part. */
export interface Io {
  out(s: string): void;
  err(s: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Standard error is a terminal (progress may be shown). */
  readonly errTTY: boolean;
  /** Standard output is a terminal (colour may be used). */
  readonly outTTY: boolean;
  /** Reads standard input, at most `maxBytes` (null when there is more). */
  stdin(maxBytes: number): Buffer | null;
  writeFile(path: string, data: string | Uint8Array): void;
}

/** Reads a file descriptor to its end, giving up (null) past `maxBytes`; a size check that also works on pipes. */
export function readLimited(fd: number, maxBytes: number): Buffer | null {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // A non-blocking pipe with nothing yet: wait a little rather than spin.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes) return null;
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks, total);
}

/** The process's own streams and files. */
export function processIo(): Io {
  return {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    env: process.env,
    errTTY: process.stderr.isTTY === true,
    outTTY: process.stdout.isTTY === true,
    stdin: (maxBytes) => readLimited(0, maxBytes),
    writeFile: (path, data) => writeFileSync(path, data),
  };
}

/** Reads a named file, giving up past `maxBytes`; throws Node's error when it cannot be opened. */
export function readFileLimited(path: string, maxBytes: number): { size: number; data: Buffer | null; isFile: boolean } {
  const st = statSync(path);
  if (!st.isFile()) return { size: st.size, data: null, isFile: false };
  if (st.size > maxBytes) return { size: st.size, data: null, isFile: true };
  const fd = openSync(path, 'r');
  try {
    return { size: st.size, data: readLimited(fd, maxBytes), isFile: true };
  } finally {
    closeSync(fd);
  }
}
