import type { Comparator, Explanation, Kind, Unit } from '../schema/target-file.js';

/** A target before ids and locations are attached. */
export interface Draft {
  kind: Kind;
  indicator: string;
  subject: string;
  comparator: Comparator;
  comparatorCue: string | null;
  explicitComparator: boolean;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: Unit;
  deadline: number | null;
  deadlineFrom: Explanation['deadlineFrom'];
  perYear: boolean;
  quoteStart: number;
  quoteEnd: number;
  numStart: number;
  numEnd: number;
  sentenceStart: number;
  rule: string;
  cues: string[];
  kindFrom: string | null;
}

/**
 * The same goal stated twice (a headline and the body) is one target: same indicator,
 * deadline, kind, unit and value, with the same comparator or one of them plain. The
 * body's statement (the later one) is kept, with the more precise comparator.
 */
export function refineTargets(drafts: ReadonlyArray<Draft>): Draft[] {
  const sorted = [...drafts].sort((a, b) => a.numStart - b.numStart);
  const kept: Draft[] = [];
  for (const d of sorted) {
    const twin = kept.findIndex(
      (k) =>
        k.indicator === d.indicator &&
        k.deadline === d.deadline &&
        k.kind === d.kind &&
        k.unit === d.unit &&
        k.value === d.value &&
        k.min === d.min &&
        k.max === d.max &&
        k.perYear === d.perYear &&
        (k.comparator === d.comparator || k.comparator === 'eq' || d.comparator === 'eq'),
    );
    if (twin < 0) {
      kept.push(d);
      continue;
    }
    const k = kept[twin]!;
    const comparator = d.comparator === 'eq' ? k.comparator : d.comparator;
    const comparatorCue = d.comparator === 'eq' ? k.comparatorCue : d.comparatorCue;
    kept[twin] = { ...d, comparator, comparatorCue };
  }
  return kept.sort((a, b) => a.numStart - b.numStart);
}
