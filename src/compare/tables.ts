import type { CellValue } from '../output/spreadsheet-safety.js';
import { cellText, entryText, type Cell, type Comparison } from './comparison.js';

/**
 * A comparison as plain rows of cells, for CSV, TSV, Markdown and JSON. Numbers stay
 * numbers so that spreadsheets can compute with them.
 */
export interface Table {
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>;
}

export const WIDE_ROW_COLUMNS = ['indicator', 'label', 'deadline', 'kind', 'unit'] as const;

/**
 * A cell for a spreadsheet: a plain number when the cell holds one exact goal with nothing
 * to say about its origin (its unit is in the unit column), else the text as read.
 */
function wideCell(cell: Cell | null, numbers: boolean): CellValue {
  if (cell === null) return null;
  if (!numbers) return cellText(cell);
  const only = cell.entries.length === 1 ? cell.entries[0]! : null;
  const t = only?.sources[0]!.target;
  if (only && t && !only.showOrigin && t.comparator === 'eq' && t.value !== null && !t.perYear) return t.value;
  return cellText(cell);
}

/**
 * The wide table: one row per indicator × deadline × kind, one column per issuer. With
 * `numbers` (the default, for spreadsheets) a single exact goal is a number; without, every
 * cell is text as read ("85 triệu đ/năm"), for people.
 */
export function wideTable(comparison: Comparison, options: { numbers?: boolean } = {}): Table {
  const numbers = options.numbers ?? true;
  return {
    header: [...WIDE_ROW_COLUMNS, ...comparison.columns.map((c) => c.label)],
    rows: comparison.rows.map((r) => [r.indicator, r.label, r.deadline, r.kind, r.unit, ...r.cells.map((c) => wideCell(c, numbers))]),
  };
}

export const LONG_COLUMNS = [
  'column',
  'origin',
  'issuer',
  'level',
  'province',
  'district',
  'indicator',
  'label',
  'deadline',
  'kind',
  'comparator',
  'value',
  'min',
  'max',
  'unit',
  'perYear',
  'text',
  'source',
  'documentNumber',
  'quote',
] as const;

/**
 * The tidy table pivot tables want: one row per issuer × indicator × deadline × kind and
 * goal (two goals of one issuer are two rows), with numeric `value`, `min`, `max`.
 * A goal repeated by several documents is one row, from the first document stating it.
 */
export function longTable(comparison: Comparison): Table {
  const rows: CellValue[][] = [];
  for (const r of comparison.rows) {
    r.cells.forEach((cell, i) => {
      for (const entry of cell?.entries ?? []) {
        const { target: t, document: d } = entry.sources[0]!;
        rows.push([
          comparison.columns[i]!.label,
          entry.origin,
          d.issuer.name,
          d.issuer.level,
          d.issuer.province,
          d.issuer.district,
          r.indicator,
          r.label,
          t.deadline,
          t.kind,
          t.comparator,
          t.value,
          t.min,
          t.max,
          t.unit,
          t.perYear,
          entryText(entry),
          d.source,
          d.documentNumber,
          t.quote,
        ]);
      }
    });
  }
  return { header: LONG_COLUMNS, rows };
}

/** A table as objects keyed by header, for JSON output. */
export function tableObjects(table: Table): Array<Record<string, CellValue>> {
  return table.rows.map((row) => Object.fromEntries(table.header.map((h, i) => [h, row[i] ?? null])));
}

function mdEscape(value: CellValue): string {
  if (value === null) return '';
  return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A GitHub-flavoured Markdown table. */
export function markdownTable(table: Table): string {
  const line = (cells: ReadonlyArray<CellValue>): string => `| ${cells.map(mdEscape).join(' | ')} |`;
  return [line(table.header), `|${table.header.map(() => ' --- ').join('|')}|`, ...table.rows.map(line)].join('\n') + '\n';
}
