import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams and a clean environment. */
export async function runCli(argv: string[], options: { tty?: boolean; env?: NodeJS.ProcessEnv; stdin?: string | Buffer; cwd?: string } = {}): Promise<Run> {
  const stdout = Object.assign(new PassThrough(), { isTTY: options.tty ?? false, columns: 120 });
  const stderr = Object.assign(new PassThrough(), { isTTY: options.tty ?? false });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (b: Buffer) => out.push(b));
  stderr.on('data', (b: Buffer) => err.push(b));
  const io: Io = { stdout, stderr, stdin: Readable.from([options.stdin ?? '']), env: options.env ?? {}, cwd: options.cwd ?? process.cwd() };
  const code = await main(argv, io);
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}
