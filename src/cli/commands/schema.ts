import type { Command } from 'commander';
import { targetFileJsonSchema } from '../../schema/io.js';
import type { Io } from '../io.js';

export function registerSchema(program: Command, io: Io, _setExit: (code: number) => void): void {
  program
    .command('schema')
    .description('print the JSON Schema of the target files that every command reads and writes')
    .action(() => {
      io.stdout.write(`${JSON.stringify(targetFileJsonSchema(), null, 2)}\n`);
    });
}
