import type { Kind } from '../schema/target-file.js';
import { BASELINE_CUES, SECTION_BASELINE_CUES, SECTION_TARGET_CUES, TARGET_CUES, WEAK_TARGET_CUES } from '../rules/lexicon.js';
import { foldCue } from '../rules/rule-set.js';

/**
 * Target or baseline. A cue nearest before the number in its sentence decides ("Hiện
 * … có 633 HTX", "phấn đấu … 30 HTX"); else one after it in its clause ("36 HTX đạt và
 * vượt Kế hoạch"); else the caller falls back on the year and the section heading.
 */
export interface KindCue {
  start: number;
  end: number;
  kind: Kind;
  cue: string;
  /** a weak goal word gives way to a year already past */
  weak: boolean;
}

const CUES: ReadonlyArray<readonly [RegExp, Kind, string, boolean]> = [
  ...BASELINE_CUES.map((c) => [c, 'baseline', false] as const),
  ...TARGET_CUES.map((c) => [c, 'target', false] as const),
  ...WEAK_TARGET_CUES.map((c) => [c, 'target', true] as const),
]
  .map(([c, k, w]) => [foldCue(c), k, c, w] as const)
  .sort((a, b) => b[0].length - a[0].length)
  .map(([f, k, c, w]) => [new RegExp(`(?<![a-z0-9])${f.replace(/ /g, '[^a-z0-9%]+')}(?![a-z0-9])`, 'g'), k, c, w] as const);

/** Kind cues in a span of folded text; overlapping cues resolve to the one that starts first. */
export function findKindCues(folded: string, start: number, end: number): KindCue[] {
  const slice = folded.slice(start, end);
  const all: KindCue[] = [];
  for (const [re, kind, cue, weak] of CUES) {
    for (const m of slice.matchAll(re)) all.push({ start: start + m.index, end: start + m.index + m[0].length, kind, cue, weak });
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: KindCue[] = [];
  for (const c of all) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept;
}

export function kindFromCues(cues: ReadonlyArray<KindCue>, number: number, clauseEnd: number): KindCue | null {
  let before: KindCue | null = null;
  for (const c of cues) if (c.end <= number) before = c;
  if (before) return before;
  return cues.find((c) => c.start >= number && c.start < clauseEnd) ?? null;
}

const SECTION = [
  ...SECTION_BASELINE_CUES.map((c) => [foldCue(c), 'baseline'] as const),
  ...SECTION_TARGET_CUES.map((c) => [foldCue(c), 'target'] as const),
];

/** The kind a heading gives its section ("Kết quả thực hiện" → baseline, "Mục tiêu" → target). */
export function kindOfHeading(view: string): Kind | null {
  let best: { at: number; kind: Kind } | null = null;
  for (const [cue, kind] of SECTION) {
    const at = view.indexOf(` ${cue} `);
    if (at >= 0 && (best === null || at < best.at)) best = { at, kind };
  }
  return best?.kind ?? null;
}
