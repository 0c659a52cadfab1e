#!/usr/bin/env node
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);

// `htx-targets --version` alone is answered before the CLI (commander, every command's
// options) is loaded: scripts ask for it to check that the tool is there, and it should not
// cost a start of the whole program.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  await run();
}

async function run() {
  const { cleanupPendingWrites, main } = await import('../dist/cli.js');

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

  process.exitCode = await main(args);
}
