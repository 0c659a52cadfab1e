import { Chalk, type ChalkInstance } from 'chalk';
import { entryText, type Comparison, type VersionDiff } from '../compare/index.js';

/**
 * Tables for a terminal: columns sized to their content, text wrapped, and, when the
 * table is wider than the terminal, issuer columns split into panels that each repeat
 * the row headings. Colour is decided by the caller (TTY, NO_COLOR) and passed in.
 */
export interface TerminalOptions {
  /** terminal width in characters; undefined (not a terminal): no limit */
  width?: number;
  colour: boolean;
}

/** A cell: lines of plain text, and a style applied after padding (so widths stay right). */
interface GridCell {
  lines: string[];
  style?: (s: string) => string;
}

const SEP = ' │ ';
/** Narrowest a column is squeezed to when the table is too wide. */
const MIN_WIDTH = 8;
const MAX_HEADING_WIDTH = 36;
/** The indicator label is narrowed down to this to fit more issuers beside it. */
const MIN_HEADING_WIDTH = 16;
/** Headers longer than this wrap when the column's values are narrower. */
const HEADER_WRAP = 12;

/** Width on screen: code points of the NFC text (Vietnamese letters are one column each). */
function width(s: string): number {
  return [...s.normalize('NFC')].length;
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

/** Wraps at spaces to `w` columns; a word longer than that is cut. */
function wrap(text: string, w: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.normalize('NFC').split(' ')) {
    let rest = word;
    while (width(rest) > w) {
      if (line) out.push(line);
      line = '';
      const chars = [...rest];
      out.push(chars.slice(0, w).join(''));
      rest = chars.slice(w).join('');
    }
    if (!line) line = rest;
    else if (width(line) + 1 + width(rest) <= w) line += ` ${rest}`;
    else {
      out.push(line);
      line = rest;
    }
  }
  out.push(line);
  return out;
}

/** Widest line; in a narrow terminal a long header ("Châu Thành (Sóc Trăng)") may wrap instead. */
function naturalWidth(cells: readonly GridCell[], wrapHeader: boolean): number {
  const [header, ...body] = cells;
  const headerWidth = Math.max(...(header?.lines ?? []).map((l) => (wrapHeader ? Math.max(Math.min(width(l), HEADER_WRAP), ...l.split(' ').map(width)) : width(l))));
  return Math.max(1, headerWidth, ...body.flatMap((c) => c.lines.map(width)));
}

/** Renders columns (header cell first) side by side at the given widths. */
function renderGrid(columns: ReadonlyArray<readonly GridCell[]>, widths: readonly number[], chalk: ChalkInstance): string {
  const wrapped = columns.map((col, i) => col.map((cell) => ({ lines: cell.lines.flatMap((l) => wrap(l, widths[i]!)), style: cell.style })));
  const rowCount = columns[0]?.length ?? 0;
  const out: string[] = [];
  for (let r = 0; r < rowCount; r++) {
    const height = Math.max(...wrapped.map((col) => col[r]!.lines.length));
    for (let l = 0; l < height; l++) {
      const parts = wrapped.map((col, i) => {
        const cell = col[r]!;
        // The last column is not padded: no trailing blanks, coloured or not.
        const line = cell.lines[l] ?? '';
        const text = i === wrapped.length - 1 ? line : pad(line, widths[i]!);
        return cell.style ? cell.style(text) : text;
      });
      out.push(parts.join(SEP).trimEnd());
    }
    if (r === 0) out.push(chalk.dim(widths.map((w) => '─'.repeat(w)).join('─┼─')));
  }
  return out.join('\n') + '\n';
}

type Panel = { widths: number[]; columns: number[] };

function used(ws: readonly number[]): number {
  return ws.reduce((a, b) => a + b, 0) + SEP.length * (ws.length - 1);
}

/** Packs data columns into panels of at most `total` width, each starting with the headings. */
function pack(fixedWidths: readonly number[], dataWidths: readonly number[], total: number): Panel[] {
  const panels: Panel[] = [];
  let current: Panel = { widths: [...fixedWidths], columns: [] };
  dataWidths.forEach((w, i) => {
    if (current.columns.length > 0 && used([...current.widths, w]) > total) {
      panels.push(current);
      current = { widths: [...fixedWidths], columns: [] };
    }
    current.widths.push(w);
    current.columns.push(i);
  });
  panels.push(current);
  return panels;
}

/**
 * Fits `fixed` heading columns and `data` columns into `total` width: as many data columns
 * per panel as fit, headings repeated. The first heading (the long label) is narrowed as
 * far as that saves a panel; a panel still too wide is then narrowed column by column.
 */
function layout(fixed: ReadonlyArray<readonly GridCell[]>, data: ReadonlyArray<readonly GridCell[]>, total: number | undefined): Panel[] {
  const natural = fixed.map((c) => naturalWidth(c, total !== undefined));
  const dataWidths = data.map((c) => naturalWidth(c, total !== undefined));
  const withHeading = (w: number): number[] => [w, ...natural.slice(1)];
  const widest = Math.min(MAX_HEADING_WIDTH, natural[0]!);
  if (total === undefined) return [{ widths: [...withHeading(widest), ...dataWidths], columns: data.map((_, i) => i) }];
  const narrowest = Math.min(widest, MIN_HEADING_WIDTH);
  const fewest = pack(withHeading(narrowest), dataWidths, total).length;
  let heading = widest;
  while (heading > narrowest && pack(withHeading(heading), dataWidths, total).length > fewest) heading -= 1;
  const panels = pack(withHeading(heading), dataWidths, total);
  for (const p of panels) {
    let excess = used(p.widths) - total;
    const order = [0, ...p.widths.map((_, i) => i).slice(fixed.length), ...p.widths.map((_, i) => i).slice(1, fixed.length)];
    for (const i of order) {
      if (excess <= 0) break;
      const give = Math.min(excess, p.widths[i]! - MIN_WIDTH);
      if (give > 0) {
        p.widths[i]! -= give;
        excess -= give;
      }
    }
  }
  return panels;
}

function renderPanels(fixed: ReadonlyArray<readonly GridCell[]>, data: ReadonlyArray<readonly GridCell[]>, options: TerminalOptions, chalk: ChalkInstance): string {
  return layout(fixed, data, options.width)
    .map((p) => renderGrid([...fixed, ...p.columns.map((i) => data[i]!)], p.widths, chalk))
    .join('\n');
}

const KIND_WORD = { target: 'target', baseline: 'baseline' } as const;

/**
 * The wide comparison: indicator label, year and kind, then one column per issuer. The
 * highest value of a row is marked ↑, the lowest ↓ (and coloured, with colour on).
 */
export function renderComparisonTable(comparison: Comparison, options: TerminalOptions): string {
  const chalk = new Chalk({ level: options.colour ? 1 : 0 });
  if (comparison.rows.length === 0) return 'No targets match: nothing to compare.\n';
  const dimIfBaseline = (kind: string) => (kind === 'baseline' ? (s: string) => chalk.dim(s) : undefined);
  const heading = (s: string): GridCell => ({ lines: [s], style: (t) => chalk.bold(t) });
  const fixed: GridCell[][] = [
    [heading('indicator'), ...comparison.rows.map((r) => ({ lines: [r.label], style: dimIfBaseline(r.kind) }))],
    [heading('year'), ...comparison.rows.map((r) => ({ lines: [r.deadline === null ? '–' : String(r.deadline)], style: dimIfBaseline(r.kind) }))],
    [heading('kind'), ...comparison.rows.map((r) => ({ lines: [KIND_WORD[r.kind]], style: dimIfBaseline(r.kind) }))],
  ];
  const data: GridCell[][] = comparison.columns.map((column, c) => [
    heading(column.label),
    ...comparison.rows.map((r): GridCell => {
      const cell = r.cells[c];
      if (!cell) return { lines: [''] };
      const mark = cell.highest && cell.lowest ? ' ↑↓' : cell.highest ? ' ↑' : cell.lowest ? ' ↓' : '';
      const lines = cell.entries.map(entryText);
      lines[lines.length - 1] += mark;
      const style = cell.highest ? (s: string) => chalk.green(s) : cell.lowest ? (s: string) => chalk.yellow(s) : dimIfBaseline(r.kind);
      return { lines, style };
    }),
  ]);
  const marked = comparison.rows.some((r) => r.cells.some((c) => c?.highest));
  const legend = marked ? chalk.dim('↑ highest, ↓ lowest value of a row\n') : '';
  return renderPanels(fixed, data, options, chalk) + legend;
}

const STATUS_SIGN = { added: '+', removed: '-', changed: '~' } as const;

/** The changes between two versions, side by side: status, where, what, before → after. */
export function renderChangesTable(diff: VersionDiff, options: TerminalOptions): string {
  const chalk = new Chalk({ level: options.colour ? 1 : 0 });
  const colourOf = { added: chalk.green, removed: chalk.red, changed: chalk.yellow } as const;
  const heading = (s: string): GridCell => ({ lines: [s], style: (t) => chalk.bold(t) });
  const rows = diff.changes;
  const fixed: GridCell[][] = [
    [heading(' '), ...rows.map((c) => ({ lines: [STATUS_SIGN[c.status]], style: (s: string) => colourOf[c.status](s) }))],
    [heading('issuer'), ...rows.map((c) => ({ lines: [c.column.label] }))],
    [heading('indicator'), ...rows.map((c) => ({ lines: [c.label] }))],
    [heading('year'), ...rows.map((c) => ({ lines: [c.deadline === null ? '–' : String(c.deadline)] }))],
    [heading('kind'), ...rows.map((c) => ({ lines: [KIND_WORD[c.kind]] }))],
  ];
  const data: GridCell[][] = [
    [heading('before'), ...rows.map((c) => ({ lines: c.before.length ? [...c.before] : [''], style: c.status === 'added' ? undefined : (s: string) => chalk.red(s) }))],
    [heading('after'), ...rows.map((c) => ({ lines: c.after.length ? [...c.after] : [''], style: c.status === 'removed' ? undefined : (s: string) => chalk.green(s) }))],
  ];
  return renderPanels(fixed, data, options, chalk);
}
