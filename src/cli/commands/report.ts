import type { Command } from 'commander';
import type { Io } from '../io.js';

/** `htx-targets report`: a report people read (text, md, html, xlsx). */
export function registerReport(program: Command, io: Io, setExit: (code: number) => void): void {
  void program;
  void io;
  void setExit;
}
