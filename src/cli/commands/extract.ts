import { once } from 'node:events';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { DocumentRecord } from '../../schema/target-file.js';
import type { OutputFormat } from '../../output/formats.js';
import { EXIT, UserError, type Io } from '../io.js';
import type { FileResult } from '../extract-files.js';
import type { WorkerResult } from '../pool.js';
import type { InputEntry } from '../inputs.js';

// Start-up: registering the command loads only commander; the engine, the schema (zod),
// the output formats and the worker pool are imported when the command runs.
export const OUTPUT_FORMAT_CHOICES: readonly OutputFormat[] = ['json', 'yaml', 'csv', 'tsv', 'ndjson'];

/** Below this many files, worker start-up costs more than it saves: extract in-process. */
const MIN_FILES_FOR_WORKERS = 8;

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
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o extension, else json)').choices([...OUTPUT_FORMAT_CHOICES]))
    .option('-o, --output <file>', 'write to a file (atomically) instead of standard output')
    .option('--rules <file>', 'add or override indicator rules (YAML or JSON, see `htx-targets rules`)')
    .option('--explain', 'add to each target the rule and cues behind it, and list numbers that were not taken and why')
    .option('--include <glob...>', 'in folders, only files matching these globs (e.g. "**/*.txt")')
    .option('--exclude <glob...>', 'in folders, skip files matching these globs')
    .option('-j, --jobs <n>', 'worker threads for extraction (default: number of cores; 1 = in-process); output order is the input order')
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

function chooseFormat(opts: ExtractOptions, formatFromPath: (path: string) => OutputFormat | null): OutputFormat {
  if (opts.format) return opts.format;
  if (opts.output) {
    const f = formatFromPath(opts.output);
    if (f) return f;
  }
  return 'json';
}

export async function runExtract(inputs: string[], opts: ExtractOptions, io: Io): Promise<number> {
  if (inputs.length === 0) throw new UserError('no input: give plan files or folders, or - to read standard input (see htx-targets extract --help)');
  const [{ makeTargetFile, parseTargetFile }, { formatNdjsonLine, formatTargetFile, formatFromPath }, { walkInputs }, { extractEntry }, { loadRuleSet }, { openAtomicWrite, writeFileAtomic }, { GENERATOR }, { parseSize, reportFailure, progress }, { parseJobs, runOrdered }, { useColour }, { default: chalk }] =
    await Promise.all([
      import('../../schema/io.js'),
      import('../../output/formats.js'),
      import('../inputs.js'),
      import('../extract-files.js'),
      import('../rules-file.js'),
      import('../write.js'),
      import('../version.js'),
      import('../report-errors.js'),
      import('../pool.js'),
      import('../io.js'),
      import('chalk'),
    ]);
  const format = chooseFormat(opts, formatFromPath);
  const maxSize = parseSize(opts.maxSize);
  const jobs = parseJobs(opts.jobs);
  const rules = await loadRuleSet(opts.rules, io.cwd);
  const out = opts.output ? resolve(io.cwd, opts.output) : null;
  const isOutput = (path: string): boolean => path !== '-' && resolve(io.cwd, path) === out;
  if (inputs.some(isOutput)) throw new UserError(`${opts.output}: the output file is also an input; choose another output path`);
  if (out && (await stat(out).catch(() => null))?.isDirectory()) throw new UserError(`${opts.output}: cannot write the output file: it is a folder`);
  // Walked twice: once to count the files (for the progress line and the number of workers)
  // and check the output path, once to extract them, so that no list of every path is held.
  const entries = (): AsyncGenerator<InputEntry> => walkInputs(inputs, { include: opts.include, exclude: opts.exclude, cwd: io.cwd });
  let files = 0;
  for await (const e of entries()) {
    if (e.kind !== 'file') continue;
    files += 1;
    if (isOutput(e.path)) throw new UserError(`${opts.output}: the output file is also an input; choose another output path`);
  }
  const colour = useColour(io, io.stderr);
  const job = { rules, explain: opts.explain ?? false, maxSize, cwd: io.cwd };
  const documents: DocumentRecord[] = [];
  let failed = 0;
  let streamed = 0;
  let streamedTargets = 0;
  // NDJSON is written as the documents come, to standard output or into the output file
  const streaming = format === 'ndjson';
  const outFile = streaming && out ? await openAtomicWrite(out) : null;
  const show = progress(io, files, opts.quiet ?? false);
  const onResult = async (r: FileResult | WorkerResult): Promise<void> => {
    show();
    if (!r.ok) {
      failed += 1;
      reportFailure(io, r, colour, opts.debug ?? false);
      return;
    }
    // A file read with a guessed encoding, or with bytes replaced, is said on stderr; bytes
    // that no encoding explains (invalid UTF-8) mark the run as partly failed.
    const path = r.record?.source ?? ('source' in r ? r.source : undefined);
    const encoding = 'encoding' in r && r.encoding ? r.encoding : (r.record?.warnings.filter((w) => w.code === 'encoding').map((w) => w.message) ?? []);
    for (const message of encoding) {
      const line = `htx-targets: ${path ?? ''}: ${message}`;
      io.stderr.write(`${colour ? chalk.yellow(line) : line}\n`);
      if (/replaced|not recognised/.test(message)) failed += 1;
    }
    if (!streaming) {
      documents.push(r.record as DocumentRecord);
      return;
    }
    const line = 'line' in r && r.line !== undefined ? r.line : formatNdjsonLine(r.record as DocumentRecord);
    streamed += 1;
    streamedTargets += 'targets' in r && r.targets !== undefined ? r.targets : (r.record?.targets.length ?? 0);
    // Backpressure: a slow reader or disk holds the run instead of filling memory.
    if (outFile) await outFile.write(line);
    else if (!io.stdout.write(line)) await once(io.stdout, 'drain');
  };
  try {
    const threads = Math.min(jobs, files);
    if (threads <= 1 || files < MIN_FILES_FOR_WORKERS) {
      // two at a time: the next file is read while this one is extracted
      await runOrdered(entries(), 2, (e) => extractEntry(e, job, io.stdin), onResult);
    } else {
      const { openPool, BATCH } = await import('../pool.js');
      const pool = await openPool(threads, { rules: opts.rules ? resolve(io.cwd, opts.rules) : undefined, explain: job.explain, maxSize, cwd: io.cwd, ndjson: streaming });
      try {
        // Standard input and unreadable paths are handled here; files go to the workers.
        // three batches per worker in flight: one running, two ready
        await runOrdered(entries(), threads * BATCH * 3, (e) => (e.kind === 'file' ? pool.run(e) : extractEntry(e, job, io.stdin)), onResult);
      } finally {
        await pool.close();
      }
    }
  } catch (error) {
    await outFile?.abort();
    throw error;
  }
  await outFile?.commit();
  if (!streaming) {
    const file = parseTargetFile(makeTargetFile(documents, GENERATOR), 'output');
    const text = await formatTargetFile(file, format, { bom: opts.bom });
    if (opts.output) await writeFileAtomic(resolve(io.cwd, opts.output), text);
    else io.stdout.write(text);
  }
  if (!opts.quiet && (failed > 0 || opts.output)) {
    const count = streaming ? streamed : documents.length;
    const targets = streaming ? streamedTargets : documents.reduce((n, d) => n + d.targets.length, 0);
    const summary = `${count} document${count === 1 ? '' : 's'}, ${targets} targets${failed ? `, ${failed} failed` : ''}${opts.output ? ` → ${opts.output}` : ''}`;
    io.stderr.write(`${colour ? chalk.dim(summary) : summary}\n`);
  }
  return failed > 0 ? EXIT.partial : EXIT.ok;
}
