import type { DocumentRecord, Kind, Target } from '../schema/target-file.js';
import type { Column } from './columns.js';
import { buildComparison, rowKey, type Cell, type CompareOptions } from './comparison.js';
import type { Table } from './tables.js';
import { valueSignature } from './values.js';

/**
 * Two versions of the same data, matched by issuer, indicator, deadline and kind (the way a
 * data diff such as daff matches rows by key): what was added, removed or changed.
 */
export type ChangeStatus = 'added' | 'removed' | 'changed';

export interface Change {
  readonly status: ChangeStatus;
  readonly column: Column;
  readonly indicator: string;
  readonly label: string;
  readonly deadline: number | null;
  readonly kind: Kind;
  /** The goals before and after, as read ("> 70%"); empty for added / removed. */
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly beforeTargets: readonly Target[];
  readonly afterTargets: readonly Target[];
}

export interface VersionDiff {
  /** In table order: issuer, then indicator, kind, deadline. */
  readonly changes: readonly Change[];
  /** How many matched keys hold the same goals in both versions. */
  readonly unchanged: number;
}

interface Side {
  texts: string[];
  targets: Target[];
  signature: string;
}

function side(cell: Cell | null | undefined): Side {
  const targets = cell?.entries.map((e) => e.sources[0]!.target) ?? [];
  return {
    texts: cell?.entries.map((e) => e.text) ?? [],
    targets,
    signature: targets.map(valueSignature).sort().join('\n'),
  };
}

function cellsByKey(documents: readonly DocumentRecord[], options: Omit<CompareOptions, 'grouping'>): Map<string, Cell> {
  const c = buildComparison(documents, { ...options, grouping: 'issuer' });
  const out = new Map<string, Cell>();
  for (const row of c.rows) row.cells.forEach((cell, i) => cell && out.set(`${c.columns[i]!.key}\u0000${rowKey(row)}`, cell));
  return out;
}

/** What changed from `before` to `after` (filters and labels as for `buildComparison`). */
export function compareVersions(before: readonly DocumentRecord[], after: readonly DocumentRecord[], options: Omit<CompareOptions, 'grouping'> = {}): VersionDiff {
  const old = cellsByKey(before, options);
  const now = cellsByKey(after, options);
  // Both versions together give every key, in the order of the wide table.
  const union = buildComparison([...before, ...after], { ...options, grouping: 'issuer' });
  const changes: Change[] = [];
  let unchanged = 0;
  for (const column of union.columns) {
    for (const row of union.rows) {
      const key = `${column.key}\u0000${rowKey(row)}`;
      const o = old.get(key);
      const n = now.get(key);
      if (!o && !n) continue;
      const a = side(o);
      const b = side(n);
      if (a.signature === b.signature) {
        unchanged += 1;
        continue;
      }
      changes.push({
        status: !o ? 'added' : !n ? 'removed' : 'changed',
        column,
        indicator: row.indicator,
        label: row.label,
        deadline: row.deadline,
        kind: row.kind,
        before: a.texts,
        after: b.texts,
        beforeTargets: a.targets,
        afterTargets: b.targets,
      });
    }
  }
  return { changes, unchanged };
}

export const CHANGE_COLUMNS = ['status', 'issuer', 'indicator', 'label', 'deadline', 'kind', 'before', 'after'] as const;

/** The changes as a table; several goals in one slot are joined with "; ". */
export function changesTable(diff: VersionDiff): Table {
  return {
    header: CHANGE_COLUMNS,
    rows: diff.changes.map((c) => [c.status, c.column.label, c.indicator, c.label, c.deadline, c.kind, c.before.join('; ') || null, c.after.join('; ') || null]),
  };
}
