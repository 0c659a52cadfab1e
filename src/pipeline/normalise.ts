import type { Location } from '../schema/target-file.js';
import { foldVietnamese } from '../rules/gazetteer.js';
import { CharClass } from '../rules/char-class.js';
import { firstNotBefore } from './search.js';

/**
 * Normalised text with a way back to the original: every later stage works on `text`
 * (NFC, LF line ends, plain spaces) or `folded` (same length, lower case, no diacritics,
 * so that cues match "MUC TIEU" and "Mục tiêu" alike), and reports positions through
 * `locate`, which answers in the original's line, column and offset.
 */
export interface NormalisedText {
  readonly text: string;
  readonly folded: string;
  /** original offset of each normalised UTF-16 unit (length text.length + 1) */
  readonly origin: Int32Array;
  readonly original: string;
}

// Spaces that PDFs, Word and web pages put where a plain space belongs.
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
// Zero-width characters and the soft hyphen carry nothing and split words.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const COMBINING = /\p{M}/u;
// Icelandic Eth is often typed for Vietnamese Đ; they look the same and mean Đ.
const LOOKALIKE: Record<string, string> = { '\u00D0': 'Đ', '\u00F0': 'đ' };

// Anything that normalising would change: CR, odd spaces, invisibles, combining marks, Ð.
const SPECIAL_CLASS = '[\\r\\u00A0\\u1680\\u2000-\\u200D\\u202F\\u205F\\u2060\\u3000\\uFEFF\\u00AD\\u00D0\\u00F0\\p{M}]';
const SPECIAL_CHAR = new CharClass(new RegExp(`^${SPECIAL_CLASS}$`, 'u'));
const SPECIAL = new RegExp(SPECIAL_CLASS, 'gu');

export function normalise(original: string): NormalisedText {
  // Most files are clean NFC already: then the text is its own map.
  if (!SPECIAL_CHAR.foundIn(original) && !original.includes('-\n')) {
    const origin = new Int32Array(original.length + 1);
    for (let i = 0; i <= original.length; i += 1) origin[i] = i;
    return { text: original, folded: fold(original), origin, original };
  }
  const out: string[] = [];
  const origin = new OffsetList(original.length + 1);
  let i = 0;
  const n = original.length;
  while (i < n) {
    // Copy the run up to the next character that needs work in one piece, leaving out the
    // base of a combining mark, which is composed with it below.
    SPECIAL.lastIndex = i;
    const next = SPECIAL.exec(original);
    let k = next ? next.index : n;
    if (next && k > i && COMBINING.test(next[0])) {
      k -= 1;
      const low = original.charCodeAt(k);
      if (low >= 0xdc00 && low <= 0xdfff && k > i) k -= 1;
    }
    if (k > i) {
      out.push(original.slice(i, k));
      for (let j = i; j < k; j += 1) origin.push(j);
      i = k;
      if (i >= n) break;
    }
    const ch = original[i] as string;
    if (ch === '\r') {
      out.push('\n');
      origin.push(i);
      i += original[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (INVISIBLE.test(ch)) {
      i += 1;
      continue;
    }
    if (ODD_SPACE.test(ch)) {
      out.push(' ');
      origin.push(i);
      i += 1;
      continue;
    }
    // A cluster: one base character (or surrogate pair) and the marks that follow it.
    let j = i + 1;
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && j < n) j += 1;
    while (j < n && COMBINING.test(original[j] as string)) j += 1;
    const cluster = original.slice(i, j);
    let composed = j - i === 1 ? (LOOKALIKE[cluster] ?? cluster) : cluster.normalize('NFC');
    if (composed.length > 1 && j - i > 1) composed = composed.normalize('NFC');
    for (let k = 0; k < composed.length; k += 1) {
      out.push(composed[k] as string);
      origin.push(i);
    }
    i = j;
  }
  origin.push(n);
  const text = joinHyphenatedLines(out.join(''), origin.done());
  return { text: text.text, folded: fold(text.text), origin: text.origin, original };
}

/** A growing list of offsets in an Int32Array: a plain array of millions of numbers is
 * garbage the collector has to walk. */
class OffsetList {
  private data: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    this.data = new Int32Array(capacity);
  }

  push(offset: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = offset;
  }

  done(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

// "Inter-\nnet" from a PDF: a word split at a line end comes back together. Vietnamese is
// never hyphenated inside a syllable, so a hyphen next to a Vietnamese letter is a real one
// ("kinh tế-\nxã hội") and stays.
function joinHyphenatedLines(text: string, origin: Int32Array): { text: string; origin: Int32Array } {
  if (!text.includes('-\n')) return { text, origin };
  const pattern = /(?<![\p{L}])([A-Za-z]{2,})-\n([a-z]{2,})(?![\p{L}])/gu;
  let result = '';
  const map = new OffsetList(origin.length);
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const left = m[1] as string;
    const at = m.index + left.length;
    result += text.slice(last, at);
    for (let k = last; k < at; k += 1) map.push(origin[k] as number);
    last = at + 2;
  }
  result += text.slice(last);
  for (let k = last; k <= text.length; k += 1) map.push(origin[k] as number);
  return { text: result, origin: map.done() };
}

/** Lower case without diacritics, one output unit per input unit (offsets stay valid). */
export const fold = foldVietnamese;

/** Line starts of a string, for offset → line/column look-ups. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i += 1;
      starts.push(i + 1);
    }
  }
  return starts;
}

export interface Locator {
  locate(normalisedOffset: number): Location;
}

export function makeLocator(norm: NormalisedText): Locator {
  let starts: number[] | null = null;
  return {
    locate(offset: number): Location {
      starts ??= lineStarts(norm.original);
      const orig = norm.origin[Math.max(0, Math.min(offset, norm.origin.length - 1))] ?? 0;
      const lines = starts;
      // the last line that starts at or before the offset (line 0 starts at 0)
      const lo = firstNotBefore(lines.length, (i) => lines[i]! <= orig) - 1;
      return { line: lo + 1, column: orig - (starts[lo] as number) + 1, offset: orig };
    },
  };
}
