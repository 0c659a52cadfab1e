import type { Command } from 'commander';
import type { Io } from '../io.js';

export function registerSchema(program: Command, io: Io, _setExit: (code: number) => void): void {
  program
    .command('schema')
    .description('print the JSON Schema of the target files that every command reads and writes')
    .action(async () => {
      const { targetFileJsonSchema } = await import('../../schema/io.js');
      io.stdout.write(`${JSON.stringify(targetFileJsonSchema(), null, 2)}\n`);
    });
}
