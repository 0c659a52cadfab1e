import chalk from 'chalk';
import { UserError, type Io } from './io.js';
import type { FileResult } from './extract-files.js';

/** "50MB", "200kb", "1048576" → bytes. */
export function parseSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(text);
  if (!m) throw new UserError(`--max-size: "${text}" is not a size (e.g. 50MB, 200KB, 1048576)`);
  const unit = (m[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('g') ? 1024 ** 3 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('k') ? 1024 : 1;
  return Math.floor(Number(m[1]) * factor);
}

/** One line per failed input, naming it; the stack only with --debug. */
export function reportFailure(io: Io, r: Extract<FileResult, { ok: false }>, colour: boolean, debug: boolean): void {
  const line = `htx-targets: ${r.path}: ${r.message}`;
  io.stderr.write(`${colour ? chalk.red(line) : line}\n`);
  if (debug && r.error instanceof Error && r.error.stack) io.stderr.write(`${r.error.stack}\n`);
}

/** Progress on stderr for long runs, only on a terminal. */
export function progress(io: Io, total: number, quiet: boolean): () => void {
  if (quiet || !io.stderr.isTTY || total < 20) return () => {};
  let done = 0;
  let last = 0;
  return () => {
    done += 1;
    const now = Date.now();
    if (now - last < 100 && done < total) return;
    last = now;
    io.stderr.write(`\r\x1b[2Kextracting ${done}/${total}${done === total ? '\n' : ''}`);
  };
}
