import { Option, type Command } from 'commander';
import { GROUPINGS, type Grouping } from '../../compare/groupings.js';
import type { Io } from '../io.js';

// Start-up: registering the command loads only commander; the renderers (HTML, xlsx) load
// from report-run.ts when the command is used.
export const REPORT_FORMATS = ['text', 'md', 'html', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  format?: ReportFormat;
  output?: string;
  by: Grouping;
  include?: string[];
  exclude?: string[];
  maxSize: string;
  quiet?: boolean;
  debug?: boolean;
}

export const EXTENSION_FORMATS: Record<string, ReportFormat> = { txt: 'text', text: 'text', md: 'md', markdown: 'md', html: 'html', htm: 'html', xlsx: 'xlsx' };

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
      const { runReport } = await import('./report-run.js');
      setExit(await runReport(inputs, opts, io));
    });
}
