import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import chalk from 'chalk';
import { GROUPINGS, type Grouping } from '../../compare/columns.js';
import { buildComparison } from '../../compare/comparison.js';
import type { DocumentRecord } from '../../schema/target-file.js';
import { renderHtml } from '../../report/html.js';
import { renderMarkdown } from '../../report/markdown.js';
import { buildReport } from '../../report/model.js';
import { PLAIN, renderText, type TextStyle } from '../../report/text.js';
import { renderXlsx } from '../../report/workbook.js';
import { findInputs } from '../inputs.js';
import { EXIT, UserError, useColour, type Io } from '../io.js';
import { loadTargets, type LoadFailure, type LoadOptions } from '../load-targets.js';
import { parseSize, progress, reportFailure } from '../report-errors.js';
import { GENERATOR } from '../version.js';
import { writeFileAtomic } from '../write.js';

const REPORT_FORMATS = ['text', 'md', 'html', 'xlsx'] as const;
type ReportFormat = (typeof REPORT_FORMATS)[number];

interface ReportOptions {
  format?: ReportFormat;
  output?: string;
  by: Grouping;
  include?: string[];
  exclude?: string[];
  maxSize: string;
  quiet?: boolean;
  debug?: boolean;
}

const EXTENSION_FORMATS: Record<string, ReportFormat> = { txt: 'text', text: 'text', md: 'md', markdown: 'md', html: 'html', htm: 'html', xlsx: 'xlsx' };

/** `htx-targets report`: a report people read (text, md, html, xlsx). */
export function registerReport(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('report')
    .description('a report people read: per issuer, its plans and goals against its baselines, then issuers compared (text, Markdown, HTML with charts, Excel)')
    .argument('[inputs...]', 'target files (.json, .yaml, .ndjson from extract), plan documents or folders; - for standard input')
    .addOption(new Option('-f, --format <format>', 'text, md, html or xlsx (default: from the -o extension; else text on a terminal, md when piped)').choices([...REPORT_FORMATS]))
    .option('-o, --output <file>', 'write to a file (atomically) instead of standard output')
    .addOption(new Option('--by <grouping>', 'issuers: one per issuing unit, or one per province since 1 July 2025').choices([...GROUPINGS]).default('issuer'))
    .option('--include <glob...>', 'in folders, only plan documents matching these globs')
    .option('--exclude <glob...>', 'in folders, skip plan documents matching these globs')
    .option('--max-size <size>', 'refuse input files larger than this (e.g. 50MB)', '50MB')
    .option('-q, --quiet', 'no progress or summary on stderr')
    .option('--debug', 'print stack traces of failures')
    .addHelpText(
      'after',
      `
Formats:
  text  per issuer: each document (type, number, date, basis), its targets by deadline with
        the baseline they start from ("HTX thành lập mới: 36 in 2023 (baseline) → ≥ 35 in
        2024 (gap −1)"), its warnings; then the goals two issuers or more set for the same
        year. The default on a terminal.
  md    the same as Markdown, with the full side-by-side table; the default when piped
  html  one self-contained page (no network): summary, a chart per indicator, the
        side-by-side table, a sortable and filterable table of every target with its
        quote, and each document's details; prints and reads on a phone
  xlsx  sheets "Targets" (one row per target, numeric cells), "By issuer" (the table of
        \`htx-targets diff\`) and "Documents"

Examples:
  $ htx-targets report seeds/
  $ htx-targets extract plans/ -o targets.json && htx-targets report targets.json -o report.html
  $ htx-targets report targets.json -o report.xlsx
  $ htx-targets report targets.json --by province-2025 -f md > report.md

Exit codes: 0 success; 1 some plan documents could not be read (the report covers the
rest); 2 usage error, or an invalid target file.`,
    )
    .action(async (inputs: string[], opts: ReportOptions) => {
      setExit(await runReport(inputs, opts, io));
    });
}

function chooseFormat(opts: ReportOptions, io: Io): ReportFormat {
  if (opts.format) return opts.format;
  const ext = opts.output ? /\.([a-z]+)$/i.exec(opts.output)?.[1]?.toLowerCase() : undefined;
  const fromPath = ext === undefined ? undefined : EXTENSION_FORMATS[ext];
  if (fromPath) return fromPath;
  // Markdown when piped or saved: it reads as plain text and pastes into documents and issues.
  return !opts.output && io.stdout.isTTY ? 'text' : 'md';
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false; // loadTargets names the problem
  }
}

/**
 * Loads like `loadTargets(inputs)`, but walks folders here so that each plan document is
 * loaded on its own and can move the progress line: a folder of hundreds of plans takes
 * a while to extract.
 */
async function loadWithProgress(inputs: readonly string[], options: LoadOptions, io: Io, quiet: boolean): Promise<{ documents: DocumentRecord[]; failures: LoadFailure[] }> {
  const paths: string[] = [];
  const failures: LoadFailure[] = [];
  for (const input of inputs) {
    if (input === '-' || !(await isFolder(resolve(options.cwd, input)))) {
      paths.push(input);
      continue;
    }
    for (const entry of await findInputs([input], options)) {
      if (entry.kind === 'file') paths.push(entry.path);
      else if (entry.kind === 'error') failures.push({ path: entry.path, message: entry.message });
    }
  }
  const tick = progress(io, paths.length, quiet);
  const documents: DocumentRecord[] = [];
  for (const path of paths) {
    const loaded = await loadTargets([path], options);
    documents.push(...loaded.documents);
    failures.push(...loaded.failures);
    tick();
  }
  return { documents, failures };
}

function terminalStyle(): TextStyle {
  return { heading: (s) => chalk.bold(s), dim: (s) => chalk.dim(s), warning: (s) => chalk.yellow(s) };
}

export async function runReport(inputs: string[], opts: ReportOptions, io: Io): Promise<number> {
  if (inputs.length === 0) throw new UserError('no input: give target files, plan documents or folders (see htx-targets report --help)');
  const format = chooseFormat(opts, io);
  if (format === 'xlsx' && !opts.output && io.stdout.isTTY) throw new UserError('xlsx is a binary file: write it with -o report.xlsx, or redirect standard output');
  if (opts.output) {
    const out = resolve(io.cwd, opts.output);
    if (inputs.some((i) => i !== '-' && resolve(io.cwd, i) === out)) throw new UserError(`${opts.output}: the output file is also an input; choose another output path`);
  }
  const options: LoadOptions = { cwd: io.cwd, stdin: io.stdin, maxSize: parseSize(opts.maxSize), include: opts.include, exclude: opts.exclude };
  const { documents, failures } = await loadWithProgress(inputs, options, io, opts.quiet ?? false);
  const colourErr = useColour(io, io.stderr);
  for (const f of failures) reportFailure(io, { ok: false, ...f }, colourErr, opts.debug ?? false);

  const comparison = buildComparison(documents, { grouping: opts.by });
  const model = buildReport(documents, opts.by);
  let output: string | Uint8Array;
  if (format === 'xlsx') output = await renderXlsx(documents, comparison);
  else if (format === 'html') output = renderHtml(model, comparison, { generator: GENERATOR });
  else if (format === 'md') output = renderMarkdown(model, comparison);
  else output = renderText(model, comparison, !opts.output && useColour(io) ? terminalStyle() : PLAIN);

  if (opts.output) await writeFileAtomic(resolve(io.cwd, opts.output), output);
  else io.stdout.write(output);
  if (!opts.quiet && opts.output) io.stderr.write(`${model.summary.documents} documents, ${model.summary.targets} targets → ${opts.output}\n`);
  return failures.length > 0 ? EXIT.partial : EXIT.ok;
}
