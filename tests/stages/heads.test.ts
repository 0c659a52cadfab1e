import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headAtStart, HEADS, lastHeadIn } from '../../src/pipeline/quantities.js';
import type { HeadClassName } from '../../src/schema/rules.js';

// The head-noun lookups by first and last word must find what a search of every noun finds.
const reference = {
  atStart: (view: string) => HEADS.find((h) => view.startsWith(h.padded)),
  // the noun whose last occurrence ends last; of two that end at one place, the longer
  last: (view: string, only?: ReadonlySet<HeadClassName>) => {
    let best: { end: number; len: number; cls: string } | null = null;
    for (const { noun, cls, padded } of HEADS) {
      if (only && !only.has(cls as HeadClassName)) continue;
      const at = view.lastIndexOf(padded);
      if (at < 0) continue;
      const end = at + noun.length + 1;
      if (best === null || end > best.end || (end === best.end && noun.length > best.len)) best = { end, len: noun.length, cls };
    }
    return best && { cls: best.cls, end: best.end };
  },
};

const words = fc.constantFrom(...new Set(HEADS.flatMap((h) => h.noun.split(' '))), 'va', 'cac', 'so', 'moi', '', 'xa', 'hop');
const views = fc.array(words, { maxLength: 14 }).map((ws) => ` ${ws.join(' ')} `);
const only = fc.option(fc.subarray(['htx', 'member', 'manager', 'director', 'person'] as HeadClassName[]).map((a) => new Set(a)), { nil: undefined });

describe('head nouns', () => {
  it('headAtStart finds the longest noun a view starts with', () => {
    fc.assert(
      fc.property(views, (view) => {
        expect(headAtStart(view)).toBe(reference.atStart(view));
      }),
      { numRuns: 3000, seed: 5 },
    );
  });

  it('lastHeadIn finds the noun that ends last, the longer at one place', () => {
    fc.assert(
      fc.property(views, only, (view, set) => {
        expect(lastHeadIn(view, set)).toEqual(reference.last(view, set));
      }),
      { numRuns: 3000, seed: 5 },
    );
    expect(lastHeadIn(' 30 hop tac xa thanh vien va 2 htx ')).toEqual({ cls: 'htx', end: 34 });
    expect(lastHeadIn(' 30 hop tac xa thanh vien ')).toEqual({ cls: 'member_htx', end: 25 });
  });
});
