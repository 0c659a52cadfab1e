import type { Kind } from '../schema/target-file.js';
import { BASELINE_CUES, SECTION_BASELINE_CUES, SECTION_TARGET_CUES, TARGET_CUES, WEAK_TARGET_CUES } from '../rules/lexicon.js';
import { foldCue } from '../rules/rule-set.js';
import { cueIndex } from './cue-view.js';
import { firstNotBefore } from './search.js';
import { boundedMatches, leftBounded } from './boundary.js';

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

const CUE_LIST = [
  ...BASELINE_CUES.map((c) => [c, 'baseline', false] as const),
  ...TARGET_CUES.map((c) => [c, 'target', false] as const),
  ...WEAK_TARGET_CUES.map((c) => [c, 'target', true] as const),
].map(([c, kind, weak]) => ({ folded: foldCue(c), cue: c, kind, weak }));
const BY_FOLDED = new Map(CUE_LIST.map((c) => [c.folded, c]));
// One pass over the text: alternatives longest first, so at each place the longest cue wins
// and matches never overlap ("tính đến năm" is "tính đến", not "đến năm").
const CUE_RE = new RegExp(
  `(?<![a-z0-9])(?:${[...CUE_LIST]
    .sort((a, b) => b.folded.length - a.folded.length)
    // "hiện" alone is "now"; in "thực hiện", "hiện đại", "hiện hành" it is not
    .map((c) => (c.folded === 'hien' ? '(?<!(?:thuc|xuat|phat|the|bieu|trinh|tai) )hien(?! (?:dai|tuong|hanh|thuc|vat|dien|nay|co|tai))' : c.folded))
    .join('|')})(?![a-z0-9])`,
  'g',
);
const CUES = leftBounded(CUE_RE);

/**
 * Kind cues in a span of folded text; overlapping cues resolve to the one that starts first.
 * Matched in the document's words (punctuation runs as one space), so that the pattern is
 * plain words, and mapped back to positions in the folded text.
 */
export function findKindCues(folded: string, start: number, end: number): KindCue[] {
  const index = cueIndex(folded);
  const from = index.at[start]!;
  const slice = index.words.slice(from, index.at[end]);
  const out: KindCue[] = [];
  for (const m of boundedMatches(CUES, slice)) {
    const c = BY_FOLDED.get(m[0]);
    const at = from + m.index;
    if (c) out.push({ start: index.back[at]!, end: index.back[at + m[0].length - 1]! + 1, kind: c.kind, cue: c.cue, weak: c.weak });
  }
  return out;
}

export function kindFromCues(cues: ReadonlyArray<KindCue>, number: number, clauseEnd: number): KindCue | null {
  // cues are in text order and do not overlap: binary search, so many numbers stay linear
  const lo = firstNotBefore(cues.length, (i) => cues[i]!.end <= number);
  if (lo > 0) return cues[lo - 1]!;
  const next = cues.find((c) => c.start >= number);
  return next && next.start < clauseEnd ? next : null;
}

/** the section cues in one pattern: the leftmost cue of a heading decides, the first listed at one place */
const SECTION_CUES = [
  ...SECTION_BASELINE_CUES.map((c) => [foldCue(c), 'baseline'] as const),
  ...SECTION_TARGET_CUES.map((c) => [foldCue(c), 'target'] as const),
];
const SECTION_KIND = new Map<string, Kind>();
for (const [cue, kind] of SECTION_CUES) if (!SECTION_KIND.has(cue)) SECTION_KIND.set(cue, kind);
const SECTION = new RegExp(` (${SECTION_CUES.map(([cue]) => cue).join('|')}) `);

/** The kind a heading gives its section ("Kết quả thực hiện" → baseline, "Mục tiêu" → target). */
export function kindOfHeading(heading: string): Kind | null {
  // "Sở / Bộ Kế hoạch và Đầu tư" is an office, not a plan
  const view = heading.replace(/ ke hoach va dau tu /g, ' ');
  const m = SECTION.exec(view);
  return m ? SECTION_KIND.get(m[1]!)! : null;
}
