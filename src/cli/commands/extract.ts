import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import chalk from 'chalk';
import { makeTargetFile, parseTargetFile } from '../../schema/io.js';
import type { DocumentRecord } from '../../schema/target-file.js';
import { formatNdjsonLine, formatTargetFile, formatFromPath, OUTPUT_FORMATS, type OutputFormat } from '../../output/formats.js';
import { EXIT, UserError, useColour, type Io } from '../io.js';
import { findInputs, type InputEntry } from '../inputs.js';
import { extractEntry, type FileResult } from '../extract-files.js';
import { loadRuleSet } from '../rules-file.js';
import { writeFileAtomic } from '../write.js';
import { GENERATOR } from '../version.js';
import { parseSize, reportFailure, progress } from '../report-errors.js';

export interface ExtractOptions {
  format?: OutputFormat;
  output?: string;
  rules?: string;
  explain?: boolean;
  include?: string[];
  exclude?: string[];
  jobs?: string;
  maxSize: string;
  bom?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

export function registerExtract(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('extract')
    .description('read plan documents and write every numeric target and baseline as structured data')
    .argument('[inputs...]', 'files, folders (searched recursively) or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o extension, else json)').choices([...OUTPUT_FORMATS]))
    .option('-o, --output <file>', 'write to a file (atomically) instead of standard output')
    .option('--rules <file>', 'add or override indicator rules (YAML or JSON, see `htx-targets rules`)')
    .option('--explain', 'add to each target the rule and cues behind it, and list numbers that were not taken and why')
    .option('--include <glob...>', 'in folders, only files matching these globs (e.g. "**/*.txt")')
    .option('--exclude <glob...>', 'in folders, skip files matching these globs')
    .option('-j, --jobs <n>', 'worker threads for extraction (default: number of cores)')
    .option('--max-size <size>', 'refuse input files larger than this (e.g. 50MB, 200KB)', '50MB')
    .option('--bom', 'start CSV/TSV output with a UTF-8 byte order mark (for Excel)')
    .option('-q, --quiet', 'no progress or summary on stderr')
    .option('--debug', 'print stack traces of failures')
    .addHelpText(
      'after',
      `
Formats:
  json    one target file: { schemaVersion, generator, documents: [...] } (default)
  yaml    the same as YAML
  ndjson  one document record per line, streamed as each document is done
  csv     one row per target, document fields repeated; RFC 4180, numbers as numbers
  tsv     the same, tab-separated

Examples:
  $ htx-targets extract seeds/
  $ htx-targets extract plans/ --include "**/*.txt" -o targets.csv --bom
  $ cat plan.txt | htx-targets extract - --explain
  $ htx-targets extract plans/ --rules my-rules.yaml -f yaml

Exit codes: 0 success; 1 some inputs failed (the others are still written); 2 usage error.`,
    )
    .action(async (inputs: string[], opts: ExtractOptions) => {
      setExit(await runExtract(inputs, opts, io));
    });
}

function chooseFormat(opts: ExtractOptions): OutputFormat {
  if (opts.format) return opts.format;
  if (opts.output) {
    const f = formatFromPath(opts.output);
    if (f) return f;
  }
  return 'json';
}

export async function runExtract(inputs: string[], opts: ExtractOptions, io: Io): Promise<number> {
  if (inputs.length === 0) throw new UserError('no input: give plan files or folders, or - to read standard input (see htx-targets extract --help)');
  const format = chooseFormat(opts);
  const maxSize = parseSize(opts.maxSize);
  const rules = await loadRuleSet(opts.rules, io.cwd);
  if (opts.output) {
    const out = resolve(io.cwd, opts.output);
    if (inputs.some((i) => i !== '-' && resolve(io.cwd, i) === out)) throw new UserError(`${opts.output}: the output file is also an input; choose another output path`);
  }
  const entries = await findInputs(inputs, { include: opts.include, exclude: opts.exclude, cwd: io.cwd });
  if (opts.output) {
    const out = resolve(io.cwd, opts.output);
    if (entries.some((e) => e.kind === 'file' && resolve(io.cwd, e.path) === out)) throw new UserError(`${opts.output}: the output file is also an input; choose another output path`);
  }
  const colour = useColour(io, io.stderr);
  const job = { rules, explain: opts.explain ?? false, maxSize, cwd: io.cwd };
  const documents: DocumentRecord[] = [];
  let failed = 0;
  const streaming = format === 'ndjson' && !opts.output;
  const show = progress(io, entries.length, opts.quiet ?? false);
  const onResult = (r: FileResult): void => {
    if (r.ok) {
      if (streaming) io.stdout.write(formatNdjsonLine(r.record));
      else documents.push(r.record);
    } else {
      failed += 1;
      reportFailure(io, r, colour, opts.debug ?? false);
    }
  };
  await runAll(entries, (e) => extractEntry(e, job, io.stdin), onResult, show);
  if (!streaming) {
    const file = parseTargetFile(makeTargetFile(documents, GENERATOR), 'output');
    const text = formatTargetFile(file, format, { bom: opts.bom });
    if (opts.output) await writeFileAtomic(resolve(io.cwd, opts.output), text);
    else io.stdout.write(text);
  }
  if (!opts.quiet && (failed > 0 || opts.output)) {
    const targets = documents.reduce((n, d) => n + d.targets.length, 0);
    const summary = `${documents.length} document${documents.length === 1 ? '' : 's'}, ${targets} targets${failed ? `, ${failed} failed` : ''}${opts.output ? ` → ${opts.output}` : ''}`;
    io.stderr.write(`${colour ? chalk.dim(summary) : summary}\n`);
  }
  return failed > 0 ? EXIT.partial : EXIT.ok;
}

/** Runs inputs in order, handing each result over as soon as it and all before it are done. */
async function runAll(entries: InputEntry[], work: (e: InputEntry) => Promise<FileResult>, onResult: (r: FileResult) => void, tick: () => void): Promise<void> {
  for (const e of entries) {
    onResult(await work(e));
    tick();
  }
}
