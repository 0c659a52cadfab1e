import { Option, type Command } from 'commander';
import { GROUPINGS, type Grouping } from '../../compare/groupings.js';
import { KINDS, LEVELS } from '../../schema/constants.js';
import type { Io } from '../io.js';

// Start-up: registering the command loads only commander; the comparison runs from
// diff-run.ts, imported when the command is used.
export const DIFF_FORMATS = ['table', 'csv', 'tsv', 'json', 'md'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffOptions {
  changes?: boolean;
  indicator: string[];
  deadline: string[];
  kind: string[];
  level: string[];
  issuer: string[];
  by: Grouping;
  format?: DiffFormat;
  layout: 'wide' | 'long';
  output?: string;
  bom?: boolean;
  include?: string[];
  exclude?: string[];
  maxSize: string;
  quiet?: boolean;
  debug?: boolean;
}

/** Repeatable options also take comma-separated lists: --kind target,baseline. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter((v) => v !== '')];
}

/** `htx-targets diff`: compare issuers side by side, or two versions of a target file. */
export function registerDiff(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('diff')
    .description('compare issuers side by side (who aims for what, by when), or two versions of a target file')
    .argument('[inputs...]', 'target files (.json, .yaml, .ndjson from extract), plan documents or folders; - for standard input')
    .option('--changes', 'compare two versions: OLD NEW; list goals added, removed and changed')
    .option('--indicator <glob>', 'only these indicators, e.g. "htx.*" (repeat or comma-separate)', collect, [])
    .option('--deadline <years>', 'only these deadlines: 2030, 2025,2030, 2025-2030, none', collect, [])
    .option('--kind <kind>', `only ${KINDS.join(' or ')}`, collect, [])
    .option('--level <level>', `only issuers of this level: ${LEVELS.join(', ')}`, collect, [])
    .option('--issuer <words>', 'only issuers whose name, province or district contains these words (case and accents ignored)', collect, [])
    .addOption(new Option('--by <grouping>', 'columns: one per issuer, or one per province since 1 July 2025').choices([...GROUPINGS]).default('issuer'))
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o extension, else table)').choices([...DIFF_FORMATS]))
    .addOption(new Option('--layout <layout>', 'wide: issuers as columns; long: one row per issuer × indicator × deadline × kind').choices(['wide', 'long']).default('wide'))
    .option('-o, --output <file>', 'write to a file (atomically) instead of standard output')
    .option('--bom', 'start CSV/TSV output with a UTF-8 byte order mark (for Excel)')
    .option('--include <glob...>', 'in folders, only plan documents matching these globs')
    .option('--exclude <glob...>', 'in folders, skip plan documents matching these globs')
    .option('--max-size <size>', 'refuse input files larger than this (e.g. 50MB)', '50MB')
    .option('-q, --quiet', 'no summary on stderr')
    .option('--debug', 'print stack traces of failures')
    .addHelpText(
      'after',
      `
Rows are indicator × deadline × kind, with the indicator's Vietnamese label; columns are
issuers, national first, then provinces, then districts (with their province). A cell shows
the goal as read: "> 70%", "70–85%", "≈ 3.000", "≥ 35", "85 triệu đ/năm"; when an issuer
sets two different goals for one cell, both are shown. In the terminal the highest value of
a row is marked ↑ and the lowest ↓.

--by province-2025 groups by the 34 provinces in force since 1 July 2025 (Resolution
202/2025/QH15): Bắc Kạn goes to "Thái Nguyên", Hải Dương to "Hải Phòng", Kiên Giang to
"An Giang", Sóc Trăng to "Cần Thơ"; a cell names the old unit that set it.

Target files are read when named (.json, .yaml, .yml, .ndjson, .jsonl) and validated;
folders are searched for plan documents, which are extracted on the fly.

Formats:
  table  coloured terminal table that fits the terminal width (default)
  csv    RFC 4180; an exact single value is a number, other cells text ("> 70%")
  tsv    the same, tab-separated
  json   the comparison with every goal's numbers and sources
  md     a Markdown table
  --layout long: one row per issuer × indicator × deadline × kind × goal with numeric
  value, min and max columns, for spreadsheet pivot tables

Examples:
  $ htx-targets diff seeds/
  $ htx-targets diff seeds/ --by province-2025 --indicator "htx.*" --deadline 2030
  $ htx-targets diff targets.json --kind target --level province -o compare.csv --bom
  $ htx-targets diff targets.json --layout long --format csv > tidy.csv
  $ htx-targets diff --changes old.json new.json
  $ htx-targets extract seeds/ | htx-targets diff -

Exit codes:
  0  success; with --changes: the two versions agree
  1  with --changes: the two versions differ; otherwise some plan documents could not be
     read (the table is still written for the rest)
  2  usage error, or an invalid input file (the message names the file and the field)`,
    )
    .action(async (inputs: string[], opts: DiffOptions) => {
      const { runDiff } = await import('./diff-run.js');
      setExit(await runDiff(inputs, opts, io));
    });
}
