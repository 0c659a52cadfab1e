import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedMatches, leftBounded } from '../../src/pipeline/boundary.js';

// The split pattern must find exactly what the pattern with its lookbehind finds: same
// places, same text, same groups, whatever the input (letters, digits, marks, surrogates).
const PATTERNS: RegExp[] = [
  /(?<![\p{L}\d])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+(?!\d)|\d+)(?![\p{L}\d])/gu,
  /(?<![\p{L}\d])(?:hai|ba|mười|một)(?: (?:hai|ba|mười|một))*(?![\p{L}\d])/gu,
  /(?<![\p{L}])(?:thu|muc|phu luc) \d{1,3}(?!\d|%|[.,]\d)/gu,
  /(?<![\p{L}])so:? ?\d{1,6}(?=[/-]|\s*$)/gmu,
  /(?<!\d)\d{1,2}[/.-]\d{1,2}(?![\d])/g,
  /(?<![\d.,])\d{1,2}\.\d(?![\d%])/g,
  /(?<![\p{L}\d])\p{L}{2,}-\d+(?!\d)/gu,
  /(?<!\d)1|2/g,
];

const alphabet = fc.constantFrom('1', '2', '0', '.', ',', '-', '/', ' ', '\n', 'a', 'h', 'i', 'b', 's', 'o', 't', 'u', 'm', 'c', 'ư', 'ờ', 'ộ', '%', ':', '𝐀', '😀', '\u0301', 'p', 'l', 'Đ');
const text = fc.array(alphabet, { maxLength: 60 }).map((a) => a.join(''));

const plain = (re: RegExp, s: string): string[] => [...s.matchAll(re)].map((m) => `${m.index}:${JSON.stringify([...m])}`);
const bounded = (re: RegExp, s: string): string[] => [...boundedMatches(leftBounded(re), s)].map((m) => `${m.index}:${JSON.stringify([...m])}`);

describe('left-bounded patterns', () => {
  it.each(PATTERNS.map((re) => [re.source, re] as const))('%s finds what the lookbehind finds', (_source, re) => {
    fc.assert(fc.property(text, (s) => {
      expect(bounded(re, s)).toEqual(plain(re, s));
    }), { numRuns: 2000, seed: 7 });
  });

  it('splits a leading one-character lookbehind, and leaves a pattern whose branches it does not all bound', () => {
    expect(leftBounded(/(?<![\p{L}\d])\d+/gu).notAfter?.source).toBe('^[\\p{L}\\d]$');
    expect(leftBounded(/(?<!\d)\d/g).body.source).toBe('\\d');
    expect(leftBounded(/(?<!\d)1|2/g).notAfter).toBeNull();
    expect(leftBounded(/\d+/g).notAfter).toBeNull();
  });
});
