import { compareColumns, placeDocument, type Column, type Grouping } from '../compare/columns.js';
import type { DocumentRecord, Target } from '../schema/target-file.js';

/** A target, with the baseline of the same indicator that it is measured against. */
export interface TargetLine {
  target: Target;
  baseline: Target | null;
}

export interface DeadlineGroup {
  deadline: number | null;
  lines: TargetLine[];
}

export interface DocumentSection {
  document: DocumentRecord;
  groups: DeadlineGroup[];
  /** baselines that no target of the document is measured against */
  baselines: Target[];
}

/** The documents of one column of the comparison: one issuing unit, or a 2025 province. */
export interface IssuerSection {
  column: Column;
  documents: DocumentSection[];
}

export interface ReportSummary {
  documents: number;
  issuers: number;
  targets: number;
  baselines: number;
  warnings: number;
  indicators: number;
  firstDeadline: number | null;
  lastDeadline: number | null;
}

export interface ReportModel {
  issuers: IssuerSection[];
  summary: ReportSummary;
}

/**
 * The baseline a target is measured against: same indicator and unit, reached no later
 * than the target's deadline, the latest such one. A baseline without a year only fits a
 * target without a year, since a gap needs to know which figure is older.
 */
function matchBaseline(target: Target, baselines: readonly Target[]): Target | null {
  let best: Target | null = null;
  for (const b of baselines) {
    if (b.indicator !== target.indicator || b.unit !== target.unit) continue;
    if (target.deadline !== null && (b.deadline === null || b.deadline > target.deadline)) continue;
    if (target.deadline === null && b.deadline !== null) continue;
    if (best === null || (b.deadline ?? 0) > (best.deadline ?? 0)) best = b;
  }
  return best;
}

/** Deadlines in time order; goals without a year last, as the vaguest. */
function byDeadline(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

export function documentSection(document: DocumentRecord): DocumentSection {
  const baselines = document.targets.filter((t) => t.kind === 'baseline');
  const groups = new Map<number | null, TargetLine[]>();
  const used = new Set<Target>();
  for (const target of document.targets) {
    if (target.kind !== 'target') continue;
    const baseline = matchBaseline(target, baselines);
    if (baseline) used.add(baseline);
    const lines = groups.get(target.deadline) ?? [];
    lines.push({ target, baseline });
    groups.set(target.deadline, lines);
  }
  return {
    document,
    groups: [...groups.keys()].sort(byDeadline).map((deadline) => ({ deadline, lines: groups.get(deadline)! })),
    baselines: baselines.filter((b) => !used.has(b)),
  };
}

/**
 * Documents grouped as the comparison groups them (so that a section and a column are the
 * same issuer), in the comparison's column order; documents in input order.
 */
export function buildReport(documents: readonly DocumentRecord[], grouping: Grouping = 'issuer'): ReportModel {
  const issuers = new Map<string, IssuerSection>();
  for (const d of documents) {
    const { column } = placeDocument(d, grouping);
    let section = issuers.get(column.key);
    if (!section) issuers.set(column.key, (section = { column, documents: [] }));
    section.documents.push(documentSection(d));
  }
  const all = documents.flatMap((d) => d.targets);
  const deadlines = all.filter((t) => t.kind === 'target' && t.deadline !== null).map((t) => t.deadline!);
  return {
    issuers: [...issuers.values()].sort((a, b) => compareColumns(a.column, b.column)),
    summary: {
      documents: documents.length,
      issuers: issuers.size,
      targets: all.filter((t) => t.kind === 'target').length,
      baselines: all.filter((t) => t.kind === 'baseline').length,
      warnings: documents.reduce((n, d) => n + d.warnings.length, 0),
      indicators: new Set(all.map((t) => t.indicator)).size,
      firstDeadline: deadlines.length ? Math.min(...deadlines) : null,
      lastDeadline: deadlines.length ? Math.max(...deadlines) : null,
    },
  };
}
