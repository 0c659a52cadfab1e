import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import chalk from 'chalk';
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
import { EXTENSION_FORMATS, type ReportFormat, type ReportOptions } from './report.js';

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
