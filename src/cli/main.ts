import { Command, CommanderError } from 'commander';
import { EXIT, processIo, UserError, type Io } from './io.js';
import { VERSION } from './version.js';
import { registerExtract } from './commands/extract.js';
import { registerSchema } from './commands/schema.js';
import { registerRules } from './commands/rules.js';
import { registerDiff } from './commands/diff.js';
import { registerReport } from './commands/report.js';
import { cleanupPendingWrites } from './write.js';

// for bin/htx-targets.js: temporary files to remove on SIGINT/SIGTERM
export { cleanupPendingWrites };

export const EXIT_CODES_HELP = `
Exit codes:
  0  success
  1  some inputs failed (output is still written for the rest);
     for "diff --changes": the two files differ
  2  usage error, or an invalid input file`;

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('htx-targets')
    .description('Extract numeric targets and baselines from Vietnamese collective-economy plans\n(kinh tế tập thể, hợp tác xã) into validated, structured data.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', `\nExamples:\n  $ htx-targets extract seeds/                  all plans in a folder, JSON to stdout\n  $ htx-targets extract seeds/ -o targets.csv   a spreadsheet (format from the extension)\n  $ htx-targets diff seeds/                     compare issuers side by side\n  $ htx-targets report targets.json --format html -o report.html\n${EXIT_CODES_HELP}`)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride();
  registerExtract(program, io, setExit);
  registerDiff(program, io, setExit);
  registerReport(program, io, setExit);
  registerRules(program, io, setExit);
  registerSchema(program, io, setExit);
  for (const cmd of program.commands) cmd.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  return program;
}

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  const setExit = (c: number): void => {
    code = Math.max(code, c);
  };
  const debug = argv.includes('--debug');
  const program = buildProgram(io, setExit);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    await cleanupPendingWrites();
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    if (error instanceof UserError) {
      io.stderr.write(`htx-targets: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`htx-targets: internal error: ${(error as Error).message}\n`);
    if (debug) io.stderr.write(`${(error as Error).stack ?? ''}\n`);
    else io.stderr.write('(run again with --debug for details)\n');
    return EXIT.usage;
  }
}
