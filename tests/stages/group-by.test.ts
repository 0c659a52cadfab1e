import { describe, expect, it } from 'vitest';
import { groupBy } from '../../src/rules/group-by.js';

describe('groupBy', () => {
  it('keeps each group in the order of the items, and the groups in the order of their first item', () => {
    const groups = groupBy(['trở lên', 'hơn', 'trên', 'tăng lên', 'từ'], (s) => s.split(' ').pop()!);
    expect([...groups.entries()]).toEqual([
      ['lên', ['trở lên', 'tăng lên']],
      ['hơn', ['hơn']],
      ['trên', ['trên']],
      ['từ', ['từ']],
    ]);
    expect(groupBy([], String).size).toBe(0);
  });
});
