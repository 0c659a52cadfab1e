import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.js';
import type { Comparator } from '../../src/schema/target-file.js';

// Vietnamese renderings of a number: thousands with dots, decimals with commas, leading zeros.
function vi(n: number, opts: { leadingZero: boolean }): string {
  const [int, frac] = String(n).split('.');
  const grouped = (int ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const whole = opts.leadingZero && n < 10 && !frac ? `0${grouped}` : grouped;
  return frac ? `${whole},${frac}` : whole;
}

const COMPARATOR_WORDS: Record<Exclude<Comparator, 'range' | 'eq'>, string[]> = {
  gt: ['trên', 'hơn', 'vượt'],
  gte: ['ít nhất', 'tối thiểu', 'không ít hơn', 'không dưới'],
  lt: ['dưới'],
  lte: ['không quá', 'tối đa'],
  approx: ['khoảng', 'gần', 'xấp xỉ'],
};

const count = fc.integer({ min: 1, max: 99_999 });
const percent = fc.oneof(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 989 }).map((x) => Math.round(x) / 10));
const year = fc.integer({ min: 2024, max: 2050 });

describe('property: Vietnamese numbers, comparators and ranges parse back exactly', () => {
  it('counts of new cooperatives with any comparator', () => {
    const comparator = fc.constantFrom<Comparator>('eq', 'gt', 'gte', 'lt', 'lte', 'approx');
    fc.assert(
      fc.property(count, comparator, year, fc.boolean(), fc.nat(), (n, cmp, y, zero, pick) => {
        const words = cmp === 'eq' ? [''] : COMPARATOR_WORDS[cmp as Exclude<Comparator, 'range' | 'eq'>];
        const word = words[pick % words.length]!;
        const text = `Đến năm ${y}, phấn đấu thành lập mới ${word ? `${word} ` : ''}${vi(n, { leadingZero: zero })} hợp tác xã.`;
        const [t, ...rest] = extract(text).targets;
        expect(rest).toEqual([]);
        expect(t).toMatchObject({ indicator: 'htx.new', comparator: cmp, value: n, deadline: y, kind: 'target' });
      }),
      { seed: 20261123, numRuns: 200 },
    );
  });

  it('percentage ranges in their written forms', () => {
    const form = fc.constantFrom('từ A% - B%', 'từ A - B%', 'A-B%', 'A đến B%', 'từ A% đến B%');
    fc.assert(
      fc.property(percent, percent, form, year, (a, b, f, y) => {
        const [min, max] = a <= b ? [a, b] : [b, a];
        fc.pre(min < max);
        const written = f.replace('A', vi(min, { leadingZero: false })).replace('B', vi(max, { leadingZero: false }));
        const text = `Đến năm ${y}, tỷ lệ hợp tác xã hoạt động hiệu quả đạt ${written}.`;
        const [t, ...rest] = extract(text).targets;
        expect(rest).toEqual([]);
        expect(t).toMatchObject({ indicator: 'htx.effective_rate', comparator: 'range', value: null, min, max, unit: 'percent', deadline: y });
      }),
      { seed: 20261123, numRuns: 200 },
    );
  });

  it('money with multipliers, per year', () => {
    const multiplier = fc.constantFrom<[string, number]>(['triệu', 1e6], ['tỷ', 1e9]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 9 }), multiplier, year, (whole, tenth, [word, factor], y) => {
        const value = whole + tenth / 10;
        const text = `Năm ${y}, lợi nhuận bình quân của hợp tác xã đạt ${vi(value, { leadingZero: false })} ${word} đồng/năm.`;
        const [t, ...rest] = extract(text).targets;
        expect(rest).toEqual([]);
        expect(t).toMatchObject({ indicator: 'htx.avg_profit', unit: 'vnd_per_year', deadline: y });
        expect(t!.value).toBeCloseTo(value * factor, 0);
      }),
      { seed: 20261123, numRuns: 150 },
    );
  });

  it('a list under one comparator: every item takes it', () => {
    fc.assert(
      fc.property(count, count, count, fc.constantFrom('khoảng', 'trên', 'ít nhất'), year, (a, b, c, word, y) => {
        const text = `Đến năm ${y} toàn tỉnh có ${word} ${vi(a, { leadingZero: false })} tổ hợp tác, ${vi(b, { leadingZero: false })} hợp tác xã và ${vi(c, { leadingZero: false })} liên hiệp hợp tác xã.`;
        const targets = extract(text).targets;
        const expected = { khoảng: 'approx', trên: 'gt', 'ít nhất': 'gte' }[word];
        expect(targets.map((t) => [t.indicator, t.value, t.comparator, t.deadline])).toEqual([
          ['tht.total', a, expected, y],
          ['htx.total', b, expected, y],
          ['lhhtx.total', c, expected, y],
        ]);
      }),
      { seed: 20261123, numRuns: 150 },
    );
  });
});
