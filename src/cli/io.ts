/**
 * What the CLI touches of the outside world, injected so that tests run commands
 * in-process: streams, environment, working directory.
 */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

/** Exit codes, documented in the README and in `--help`. */
export const EXIT = {
  ok: 0,
  /** some inputs failed; output was still written for the rest (for `diff --changes`: the files differ) */
  partial: 1,
  /** usage error, or an input file that is invalid */
  usage: 2,
} as const;

/** An error the user caused (bad option, invalid file); printed as one line, no stack. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColour(io: Io, stream: { isTTY?: boolean } = io.stdout): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}
