import type { Command } from 'commander';
import type { Io } from '../io.js';

/** `htx-targets diff`: compare issuers side by side, or two versions of a target file. */
export function registerDiff(program: Command, io: Io, setExit: (code: number) => void): void {
  void program;
  void io;
  void setExit;
}
