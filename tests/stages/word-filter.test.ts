import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordFilter, wordBit } from '../../src/rules/word-filter.js';

/** the empty word is in every view */
const mayHave = (filter: WordFilter, word: string): boolean => {
  const bit = wordBit(word);
  return bit === null || filter.mayHaveBit(bit);
};

// A filter may answer "maybe" for a word it never saw, never "no" for one it did.
const word = fc.array(fc.constantFrom('a', 'h', 't', 'x', '%', '1', '9', 'o', 'n', 'g'), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
const view = fc.array(word, { maxLength: 12 }).map((ws) => ` ${ws.join(' ')} `);

describe('WordFilter', () => {
  it('has every word of the views added whole, and the first and last of those added by their ends', () => {
    fc.assert(
      fc.property(view, view, (whole, cut) => {
        const filter = new WordFilter();
        filter.addAll(whole);
        filter.addEnds(cut);
        for (const w of whole.split(' ').filter(Boolean)) expect(mayHave(filter, w)).toBe(true);
        const cutWords = cut.split(' ').filter(Boolean);
        if (cutWords.length > 0) {
          expect(mayHave(filter, cutWords[0]!)).toBe(true);
          expect(mayHave(filter, cutWords[cutWords.length - 1]!)).toBe(true);
        }
      }),
      { numRuns: 2000, seed: 5 },
    );
  });

  it('rules out words it has not seen, and starts again when cleared', () => {
    const filter = new WordFilter();
    filter.addAll(' phan dau co 70 % hop tac xa hoat dong hieu qua ');
    expect(mayHave(filter, 'hieu')).toBe(true);
    expect(['thanh', 'lap', 'giai', 'the', 'tong', 'so'].filter((w) => mayHave(filter, w))).toEqual([]);
    const copy = new WordFilter();
    copy.copyFrom(filter);
    expect(mayHave(copy, 'hop')).toBe(true);
    filter.clear();
    expect(mayHave(filter, 'hop')).toBe(false);
    expect(mayHave(filter, '')).toBe(true);
  });
});
