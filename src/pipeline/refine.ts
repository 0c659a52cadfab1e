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
  // Candidates by everything but the comparator, so that a big file stays linear: the
  // indices of each bucket are ascending, the first that fits is the one a scan would find.
  const buckets = new Map<string, number[]>();
  for (const d of sorted) {
    const key = `${d.indicator}\0${d.deadline ?? ''}\0${d.kind}\0${d.unit}\0${d.value ?? ''}\0${d.min ?? ''}\0${d.max ?? ''}\0${d.perYear}`;
    const bucket = buckets.get(key);
    const twin = bucket?.find((i) => {
      const k = kept[i]!;
      return k.comparator === d.comparator || k.comparator === 'eq' || d.comparator === 'eq';
    }) ?? -1;
    if (twin < 0) {
      if (bucket) bucket.push(kept.length);
      else buckets.set(key, [kept.length]);
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
