import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CharClass } from '../../src/rules/char-class.js';

// The table must answer what the regex answers, for any text: BMP characters, marks,
// surrogate pairs (letters and marks beyond the BMP) and lone surrogates.
const CLASSES = [/\p{M}/u, /[\p{L}\p{N}]/u, /[\r\u00A0\u2000-\u200D\uFEFF\u00D0\p{M}]/u];

const alphabet = fc.constantFrom('a', 'Đ', 'ư', '\u0301', '\u0323', ' ', '\r', '\u00A0', '\u200B', '1', '.', '𝐀', '😀', '\u{1D165}', '\uD835', '\uDC00', '\u00D0');
const text = fc.array(alphabet, { maxLength: 40 }).map((a) => a.join(''));

describe('CharClass', () => {
  it.each(CLASSES.map((re) => [re.source, re] as const))('%s: foundIn and widthAt agree with the regex', (_source, re) => {
    const anchored = new RegExp(`^${re.source}$`, 'u');
    const one = new CharClass(anchored);
    fc.assert(
      fc.property(text, (s) => {
        expect(one.foundIn(s)).toBe(re.test(s));
        for (let i = 0; i < s.length; i += 1) {
          const point = String.fromCodePoint(s.codePointAt(i)!);
          expect(one.widthAt(s, i)).toBe(anchored.test(point) ? point.length : 0);
        }
      }),
      { numRuns: 2000, seed: 11 },
    );
  });
});
