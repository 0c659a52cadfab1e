import { resolve } from 'node:path';
import chalk from 'chalk';
import {
  buildComparison,
  changesTable,
  compareVersions,
  longTable,
  markdownTable,
  parseDeadlines,
  tableObjects,
  wideTable,
  type Comparison,
  type Table,
  type TargetFilter,
  type VersionDiff,
} from '../../compare/index.js';
import { delimited } from '../../output/formats.js';
import { renderChangesTable, renderComparisonTable } from '../../output/terminal-table.js';
import { KINDS, LEVELS, type Kind, type Level } from '../../schema/target-file.js';
import { EXIT, UserError, useColour, type Io } from '../io.js';
import { loadTargets, type LoadFailure, type LoadOptions } from '../load-targets.js';
import { parseSize } from '../report-errors.js';
import { writeFileAtomic } from '../write.js';
import { DIFF_FORMATS, type DiffFormat, type DiffOptions } from './diff.js';

function parseFilter(opts: DiffOptions): TargetFilter {
  const deadline = opts.deadline.flatMap((d) => {
    const years = parseDeadlines(d);
    if (years === null) throw new UserError(`--deadline: "${d}" is not a year, a list (2025,2030), a range (2025-2030) or "none"`);
    return years;
  });
  for (const k of opts.kind) if (!(KINDS as readonly string[]).includes(k)) throw new UserError(`--kind: "${k}" is not one of ${KINDS.join(', ')}`);
  for (const l of opts.level) if (!(LEVELS as readonly string[]).includes(l)) throw new UserError(`--level: "${l}" is not one of ${LEVELS.join(', ')}`);
  return { indicator: opts.indicator, deadline, kind: opts.kind as Kind[], level: opts.level as Level[], issuer: opts.issuer };
}

function chooseFormat(opts: DiffOptions): DiffFormat {
  if (opts.format) return opts.format;
  const ext = opts.output ? /\.([a-z]+)$/i.exec(opts.output)?.[1]?.toLowerCase() : undefined;
  if (ext === 'markdown') return 'md';
  return ext !== undefined && (DIFF_FORMATS as readonly string[]).includes(ext) ? (ext as DiffFormat) : 'table';
}

function reportFailures(io: Io, failures: readonly LoadFailure[], debug: boolean): void {
  const colour = useColour(io, io.stderr);
  for (const f of failures) {
    const line = `htx-targets: ${f.path}: ${f.message}`;
    io.stderr.write(`${colour ? chalk.red(line) : line}\n`);
    if (debug && f.error instanceof Error && f.error.stack) io.stderr.write(`${f.error.stack}\n`);
  }
}

function tableText(table: Table, format: 'csv' | 'tsv' | 'md' | 'json', bom: boolean): string {
  if (format === 'md') return markdownTable(table);
  if (format === 'json') return `${JSON.stringify(tableObjects(table), null, 2)}\n`;
  return delimited(table.header, table.rows, format === 'csv' ? ',' : '\t', bom);
}

/** The wide comparison as JSON: columns, and per row the goals of each filled cell with their sources. */
function comparisonJson(c: Comparison): unknown {
  return {
    grouping: c.grouping,
    columns: c.columns,
    rows: c.rows.map((r) => ({
      indicator: r.indicator,
      label: r.label,
      deadline: r.deadline,
      kind: r.kind,
      unit: r.unit,
      cells: r.cells.flatMap((cell, i) =>
        cell === null
          ? []
          : [
              {
                column: c.columns[i]!.key,
                highest: cell.highest,
                lowest: cell.lowest,
                goals: cell.entries.map((e) => {
                  const t = e.sources[0]!.target;
                  return {
                    text: e.text,
                    origin: e.origin,
                    comparator: t.comparator,
                    value: t.value,
                    min: t.min,
                    max: t.max,
                    unit: t.unit,
                    perYear: t.perYear,
                    sources: e.sources.map((s) => ({ source: s.document.source, documentNumber: s.document.documentNumber, issuer: s.document.issuer.name, id: s.target.id, quote: s.target.quote })),
                  };
                }),
              },
            ],
      ),
    })),
  };
}

function changesJson(diff: VersionDiff): unknown {
  return {
    same: diff.changes.length === 0,
    unchanged: diff.unchanged,
    changes: diff.changes.map((c) => ({
      status: c.status,
      issuer: c.column.label,
      column: c.column.key,
      indicator: c.indicator,
      label: c.label,
      deadline: c.deadline,
      kind: c.kind,
      before: c.beforeTargets.map((t, i) => ({ text: c.before[i], comparator: t.comparator, value: t.value, min: t.min, max: t.max, unit: t.unit, quote: t.quote })),
      after: c.afterTargets.map((t, i) => ({ text: c.after[i], comparator: t.comparator, value: t.value, min: t.min, max: t.max, unit: t.unit, quote: t.quote })),
    })),
  };
}

function summariseChanges(diff: VersionDiff): string {
  if (diff.changes.length === 0) return `No differences: the two versions agree (${diff.unchanged} goal${diff.unchanged === 1 ? '' : 's'} compared).`;
  const count = (s: string): number => diff.changes.filter((c) => c.status === s).length;
  const n = diff.changes.length;
  return `${n} difference${n === 1 ? '' : 's'}: ${count('added')} added, ${count('removed')} removed, ${count('changed')} changed; ${diff.unchanged} unchanged.`;
}

export async function runDiff(inputs: string[], opts: DiffOptions, io: Io): Promise<number> {
  if (inputs.length === 0) throw new UserError('no input: give target files, plan documents or folders (see htx-targets diff --help)');
  const filter = parseFilter(opts);
  const format = chooseFormat(opts);
  const load: LoadOptions = { cwd: io.cwd, stdin: io.stdin, maxSize: parseSize(opts.maxSize), include: opts.include, exclude: opts.exclude };
  const toFile = opts.output !== undefined;
  // A pseudo-terminal may report 0 columns: then the width is unknown, not zero.
  const columns = !toFile && io.stdout.isTTY && (io.stdout.columns ?? 0) > 0 ? io.stdout.columns : undefined;
  const terminal = { width: columns, colour: !toFile && useColour(io) };
  const emit = async (text: string): Promise<void> => {
    if (opts.output) await writeFileAtomic(resolve(io.cwd, opts.output), text);
    else io.stdout.write(text);
  };

  if (opts.changes) {
    if (inputs.length !== 2) throw new UserError(`--changes compares two versions: give OLD and NEW (got ${inputs.length} input${inputs.length === 1 ? '' : 's'})`);
    if (opts.by !== 'issuer') throw new UserError('--by does not apply to --changes: versions are matched by issuer');
    if (opts.layout !== 'wide') throw new UserError('--layout does not apply to --changes');
    const [before, after] = [await loadTargets([inputs[0]!], load), await loadTargets([inputs[1]!], load)];
    const failures = [...before.failures, ...after.failures];
    if (failures.length > 0) {
      reportFailures(io, failures, opts.debug ?? false);
      throw new UserError('cannot compare versions when an input could not be read');
    }
    const diff = compareVersions(before.documents, after.documents, { filter });
    const summary = summariseChanges(diff);
    if (format === 'table') await emit(diff.changes.length > 0 ? `${renderChangesTable(diff, terminal)}\n${summary}\n` : `${summary}\n`);
    else {
      await emit(format === 'json' ? `${JSON.stringify(changesJson(diff), null, 2)}\n` : tableText(changesTable(diff), format, opts.bom ?? false));
      if (!opts.quiet) io.stderr.write(`${summary}\n`);
    }
    return diff.changes.length === 0 ? EXIT.ok : EXIT.partial;
  }

  const loaded = await loadTargets(inputs, load);
  reportFailures(io, loaded.failures, opts.debug ?? false);
  const comparison = buildComparison(loaded.documents, { grouping: opts.by, filter });
  if (opts.layout === 'long') {
    const table = longTable(comparison);
    // In a terminal the long layout reads well as a Markdown table.
    await emit(format === 'table' ? markdownTable(table) : tableText(table, format, opts.bom ?? false));
  } else if (format === 'table') await emit(renderComparisonTable(comparison, terminal));
  else if (format === 'json') await emit(`${JSON.stringify(comparisonJson(comparison), null, 2)}\n`);
  else await emit(tableText(wideTable(comparison, { numbers: format !== 'md' }), format, opts.bom ?? false));
  if (!opts.quiet && toFile) io.stderr.write(`${comparison.rows.length} rows × ${comparison.columns.length} columns → ${opts.output}\n`);
  return loaded.failures.length > 0 ? EXIT.partial : EXIT.ok;
}

