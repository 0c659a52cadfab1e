import { builtinRuleList } from '../rules/rule-set.js';
import type { DocumentRecord, Kind, Target, Unit } from '../schema/target-file.js';
import { compareColumns, placeDocument, type Column, type Grouping } from './columns.js';
import { compileFilter, type TargetFilter } from './filters.js';
import { formatTargetValue, representativeNumber } from './values.js';
import { groupBy } from '../rules/group-by.js';

/** One goal as a cell shows it, with every target (and its document) that states it. */
export interface CellEntry {
  /** "> 70%", "70–85%", "≈ 3.000" */
  readonly text: string;
  /** The old unit that set it ("Bắc Kạn", "Châu Thành, Sóc Trăng"); see `showOrigin`. */
  readonly origin: string;
  /** True when the cell should say the origin: grouped by 2025 unit and not named like it. */
  readonly showOrigin: boolean;
  /** Targets stating this same goal: several when documents repeat it. Never empty. */
  readonly sources: ReadonlyArray<{ readonly target: Target; readonly document: DocumentRecord }>;
}

export interface Cell {
  /** Different goals of the cell's issuer(s): all of them, in input order. Never empty. */
  readonly entries: readonly CellEntry[];
  /** Holds the highest value of its row (among at least two differing cells). */
  readonly highest: boolean;
  /** Holds the lowest value of its row. */
  readonly lowest: boolean;
}

/** Row: indicator × deadline × kind. `cells` is aligned with `Comparison.columns`. */
export interface ComparisonRow {
  readonly indicator: string;
  /** Vietnamese label of the indicator ("Số HTX thành lập mới"), or the key when unknown. */
  readonly label: string;
  readonly deadline: number | null;
  readonly kind: Kind;
  /** The unit of the row's goals; null when they differ (then no highest/lowest). */
  readonly unit: Unit | null;
  readonly cells: ReadonlyArray<Cell | null>;
}

export interface Comparison {
  readonly grouping: Grouping;
  /** Ordered by level (national, province, district), then name. */
  readonly columns: readonly Column[];
  /** Ordered by indicator (rule order), kind (targets first), deadline (none last). */
  readonly rows: readonly ComparisonRow[];
}

export interface CompareOptions {
  readonly grouping?: Grouping;
  readonly filter?: TargetFilter;
  /** indicator key → label; default: the built-in rules' labels */
  readonly labels?: ReadonlyMap<string, string>;
}

let builtinLabels: Map<string, string> | null = null;

/** Indicator key → Vietnamese label, from the built-in rules. */
export function indicatorLabels(): ReadonlyMap<string, string> {
  builtinLabels ??= new Map(builtinRuleList().map((r) => [r.key, r.label]));
  return builtinLabels;
}

const KIND_ORDER: Record<Kind, number> = { target: 0, baseline: 1 };

/** Row key of a target; also the matching key of `compareVersions` (with the column). */
export function rowKey(t: Pick<Target, 'indicator' | 'deadline' | 'kind'>): string {
  return `${t.indicator}|${t.deadline ?? ''}|${t.kind}`;
}

interface MutableCell {
  entries: Array<{ text: string; origin: string; showOrigin: boolean; sources: Array<{ target: Target; document: DocumentRecord }> }>;
}

/** Issuers side by side: the wide table of `htx-targets diff` and of reports. */
export function buildComparison(documents: readonly DocumentRecord[], options: CompareOptions = {}): Comparison {
  const grouping = options.grouping ?? 'issuer';
  const keep = compileFilter(options.filter);
  const labels = options.labels ?? indicatorLabels();
  const columns = new Map<string, Column>();
  const rows = new Map<string, { target: Target; cells: Map<string, MutableCell> }>();
  for (const doc of documents) {
    const { column, origin } = placeDocument(doc, grouping);
    const showOrigin = grouping === 'province-2025' && origin !== column.label;
    for (const target of doc.targets) {
      if (!keep(doc, target)) continue;
      columns.set(column.key, column);
      const key = rowKey(target);
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { target, cells: new Map() }));
      let cell = row.cells.get(column.key);
      if (!cell) row.cells.set(column.key, (cell = { entries: [] }));
      const text = formatTargetValue(target);
      const same = cell.entries.find((e) => e.text === text && e.origin === origin);
      if (same) same.sources.push({ target, document: doc });
      else cell.entries.push({ text, origin, showOrigin, sources: [{ target, document: doc }] });
    }
  }
  const orderedColumns = [...columns.values()].sort(compareColumns);
  const ruleOrder = new Map([...labels.keys()].map((k, i) => [k, i]));
  const orderedRows = [...rows.values()].sort((a, b) => compareRows(a.target, b.target, ruleOrder));
  return {
    grouping,
    columns: orderedColumns,
    rows: orderedRows.map(({ target, cells }) => finishRow(target, orderedColumns.map((c) => cells.get(c.key) ?? null), labels)),
  };
}

function compareRows(a: Target, b: Target, ruleOrder: ReadonlyMap<string, number>): number {
  const ra = ruleOrder.get(a.indicator) ?? Infinity;
  const rb = ruleOrder.get(b.indicator) ?? Infinity;
  if (ra !== rb) return ra < rb ? -1 : 1;
  if (a.indicator !== b.indicator) return a.indicator < b.indicator ? -1 : 1;
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.deadline ?? Infinity) - (b.deadline ?? Infinity);
}

/** Marks the cells holding the row's highest and lowest value, when there is a contrast. */
function finishRow(first: Target, cells: ReadonlyArray<MutableCell | null>, labels: ReadonlyMap<string, string>): ComparisonRow {
  const units = new Set(cells.flatMap((c) => c?.entries.map((e) => e.sources[0]!.target.unit) ?? []));
  const unit = units.size === 1 ? first.unit : null;
  const numbers = cells.map((c) => (c?.entries.map((e) => representativeNumber(e.sources[0]!.target)).filter((n): n is number => n !== null) ?? []));
  const filled = numbers.filter((ns) => ns.length > 0);
  const all = filled.flat();
  const high = Math.max(...all);
  const low = Math.min(...all);
  const contrast = unit !== null && filled.length >= 2 && high > low;
  return {
    indicator: first.indicator,
    label: labels.get(first.indicator) ?? first.indicator,
    deadline: first.deadline,
    kind: first.kind,
    unit,
    cells: cells.map((c, i) =>
      c === null
        ? null
        : {
            entries: c.entries,
            highest: contrast && numbers[i]!.includes(high),
            lowest: contrast && numbers[i]!.includes(low),
          },
    ),
  };
}

/**
 * A cell's goals as one line of text, goals of one origin together:
 * "≥ 50%; ≈ 50% (Kiên Giang)", "≥ 35 (Bắc Kạn); ≈ 40".
 */
export function cellText(cell: Cell): string {
  const byOrigin = groupBy(cell.entries, (e) => e.origin);
  return [...byOrigin.values()]
    .map((group) => {
      const texts = group.map((e) => e.text).join('; ');
      return group[0]!.showOrigin ? `${texts} (${group[0]!.origin})` : texts;
    })
    .join('; ');
}

/** One goal with its origin when the cell must say it: "> 70% (Hải Dương)". */
export function entryText(entry: CellEntry): string {
  return entry.showOrigin ? `${entry.text} (${entry.origin})` : entry.text;
}
