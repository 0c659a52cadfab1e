#!/usr/bin/env node
import { cleanupPendingWrites, main } from '../dist/cli.js';

// `htx-targets extract … | head -1`: the reader went away; that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// Ctrl-C or a kill: remove the temporary file of a write in progress (the output file
// itself is only ever replaced whole), then exit with the conventional 128 + signal.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.once(signal, () => {
    cleanupPendingWrites().finally(() => process.exit(code));
  });
}

process.exitCode = await main(process.argv.slice(2));
