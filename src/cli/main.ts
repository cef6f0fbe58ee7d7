#!/usr/bin/env node
import { processIo } from './io.js';
import { run } from './run.js';

// `sakip verify … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
const io = processIo();
const code = run(process.argv.slice(2), io.out, io.err, io);
// A PDF, Word or Excel file is read asynchronously; everything else is done by now.
if (typeof code === 'number') process.exitCode = code;
else void code.then((c) => (process.exitCode = c));
