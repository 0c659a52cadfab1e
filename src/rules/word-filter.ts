/**
 * A filter of words: one bit per hashed word, set and tested without making a string per
 * word (words are runs between spaces of a cue view, or spans of a text). A word whose bit
 * is unset was never added; a set bit only says it may have been (two words can share a
 * bit), so a search or a set must still confirm.
 */
export class WordFilter {
  private readonly bits = new Uint32Array(SIZE >>> 5);

  clear(): void {
    this.bits.fill(0);
  }

  copyFrom(other: WordFilter): void {
    this.bits.set(other.bits);
  }

  add(word: string): void {
    this.set(hash(word, 0, word.length));
  }

  /** Adds every word of `view`. */
  addAll(view: string): void {
    let start = -1;
    for (let i = 0; i <= view.length; i += 1) {
      const space = i === view.length || view.charCodeAt(i) === SPACE;
      if (!space && start < 0) start = i;
      else if (space && start >= 0) {
        this.set(hash(view, start, i));
        start = -1;
      }
    }
  }

  /** Adds the first and the last word of `view`: the ones a cut may have split. */
  addEnds(view: string): void {
    let a = 0;
    let b = view.length;
    while (a < b && view.charCodeAt(a) === SPACE) a += 1;
    while (b > a && view.charCodeAt(b - 1) === SPACE) b -= 1;
    let firstEnd = a;
    while (firstEnd < b && view.charCodeAt(firstEnd) !== SPACE) firstEnd += 1;
    let lastStart = b;
    while (lastStart > a && view.charCodeAt(lastStart - 1) !== SPACE) lastStart -= 1;
    if (a < b) {
      this.set(hash(view, a, firstEnd));
      this.set(hash(view, lastStart, b));
    }
  }

  /** False when the word `s.slice(start, end)` was never added. */
  mayHaveSpan(s: string, start: number, end: number): boolean {
    return this.mayHaveBit(hash(s, start, end));
  }

  /** False when no word of this bit (`wordBit`) was added: for words tested again and again. */
  mayHaveBit(bit: number): boolean {
    return (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }

  /** False when a word of one of these bits was never added. */
  mayHaveAll(bits: ReadonlyArray<number>): boolean {
    for (const bit of bits) if (!this.mayHaveBit(bit)) return false;
    return true;
  }

  private set(h: number): void {
    this.bits[h >>> 5]! |= 1 << (h & 31);
  }
}

/** The bit of a word, for `mayHaveBit`; the empty word has none (every filter may hold it). */
export function wordBit(word: string): number | null {
  return word === '' ? null : hash(word, 0, word.length);
}

const SIZE = 2048;
const SPACE = 32;

/** FNV-1a of the code units, reduced to a bit of the filter. */
function hash(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i += 1) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0) & (SIZE - 1);
}
