import { rememberLast } from '../rules/remember-last.js';

/**
 * The folded text seen as words: every run of punctuation and spaces as one space, so that a
 * cue matches "Mục tiêu:", "MỤC TIÊU" and "mục\ntiêu" alike with a plain `includes`. Built
 * once per document; the stages ask for many spans of it.
 */
export interface CueIndex {
  /** the folded text with every run of punctuation and spaces as one space */
  readonly words: string;
  /** position in `words` of each position in `folded` */
  readonly at: Int32Array;
  /** position in `folded` of each position in `words` (a gap: its first character) */
  readonly back: Int32Array;
}

/** The cue index of a folded text, built once per document (the last one is remembered). */
export const cueIndex = rememberLast(buildCueIndex);

function buildCueIndex(folded: string): CueIndex {
  const at = new Int32Array(folded.length + 1);
  const back = new Int32Array(folded.length + 1);
  // code units, decoded once: appending a character at a time builds a rope of millions of
  // pieces on a long document
  const codes = new Uint16Array(folded.length);
  let length = 0;
  let gap = false;
  for (let i = 0; i < folded.length; i += 1) {
    at[i] = length;
    const c = folded.charCodeAt(i);
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 37;
    if (word) {
      back[length] = i;
      codes[length++] = c;
      gap = false;
    } else if (!gap) {
      back[length] = i;
      codes[length++] = 32;
      gap = true;
    }
  }
  at[folded.length] = length;
  back[length] = folded.length;
  const words = Buffer.from(codes.buffer, 0, length * 2).toString('utf16le');
  return { words, at, back: back.subarray(0, length + 1) };
}

/** Folded text of a span with punctuation as spaces, padded, for word-boundary `includes`. */
export function cueView(folded: string, start: number, end: number): string {
  const index = cueIndex(folded);
  const words = index.words;
  let a = index.at[Math.max(0, start)]!;
  let b = index.at[Math.min(end, folded.length)]!;
  while (a < b && words.charCodeAt(a) === SPACE) a += 1;
  while (b > a && words.charCodeAt(b - 1) === SPACE) b -= 1;
  // Most spans lie between two gaps: the padded view is then a slice of the words, which
  // V8 keeps flat, instead of a concatenation that every search would first copy.
  if (a < b && a > 0 && words.charCodeAt(a - 1) === SPACE && words.charCodeAt(b) === SPACE) return words.slice(a - 1, b + 1);
  return ` ${words.slice(a, b)} `;
}

const SPACE = 32;
