import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.js';
import { boundedMatches, leftBounded } from '../../src/pipeline/boundary.js';
import { DOCUMENT_WORDS, HINT, hintsIn, MASK_PATTERNS, NO_DIGIT, ORDINAL_WORDS } from '../../src/pipeline/masks.js';
import { normalise } from '../../src/pipeline/normalise.js';

// Each line mentions cooperatives next to a number that is not a goal: none may be taken.
const TRAPS: ReadonlyArray<readonly [string, string]> = [
  ['a date with dots', 'Ngày 16.6.2022, Ban Chấp hành Trung ương ban hành Nghị quyết về hợp tác xã.'],
  ['a date without year', 'Ngày 17.1, tỉnh tổng kết công tác phát triển hợp tác xã.'],
  ['a date with slashes', 'Tính đến 30/6/2023 các HTX đã được rà soát.'],
  ['a document number', 'Thực hiện Nghị quyết số 20-NQ/TW và Kế hoạch số 251/KH-UBND về HTX.'],
  ['a law number', 'Luật Hợp tác xã số 17/2023/QH15 có hiệu lực với mọi HTX.'],
  ['a party congress', 'Nghị quyết Hội nghị Trung ương 5 khóa XIII về hợp tác xã.'],
  ['an ordinal', 'Hội nghị lần thứ năm bàn về phát triển hợp tác xã.'],
  ['the industrial revolution', 'Các HTX tham gia cuộc Cách mạng công nghiệp 4.0.'],
  ['a count of tasks', 'Để thực hiện mục tiêu, 5 nhiệm vụ, giải pháp được xác định cho HTX.'],
  ['a view counter', 'Lượt xem: 119'],
  ['a phone number', 'Liên minh HTX tỉnh, điện thoại (0299) 3 834 570.'],
  ['an article of a decree', 'Theo Điều 3 của Nghị định, HTX được hỗ trợ.'],
  ['a duration', 'Sau 6 tháng triển khai, các HTX đã đổi mới.'],
  ['a support budget', 'Tổng kinh phí hỗ trợ HTX là 20 tỷ đồng.'],
  ['training courses', 'Mở 15 lớp bồi dưỡng cho cán bộ HTX.'],
  ['a disease name', 'Nhiều hợp tác xã bị ảnh hưởng bởi dịch Covid-19.'],
  ['a change, not a level', 'Năm 2023 cả nước tăng 1.926 hợp tác xã so với năm 2022.'],
  ['a share of a fee', 'Hỗ trợ 100% học phí cho cán bộ quản lý HTX.'],
  ['a poverty rate', 'Tỷ lệ hộ nghèo của các xã có HTX giảm còn 2,5%.'],
];

describe('traps: numbers that are not goals', () => {
  it.each(TRAPS)('%s', (_name, text) => {
    expect(extract(text).targets).toEqual([]);
  });
});

// The hints, found in one pass, must be what their regexes find in the span: a hint missed
// would lose a mask. The regexes are the specification.
describe('mask hints (hintsIn) agree with the regexes they stand for', () => {
  const SPEC: ReadonlyArray<readonly [keyof typeof HINT, RegExp]> = [
    ['digitThenSlash', /\d[a-z]?[/-]|\d\/\d{4}[/-]/],
    ['documentWordThenDigit', new RegExp(`(?<![a-z])(?:${[...new Set([...DOCUMENT_WORDS.map((w) => w.split(' ').pop()), 'so'])].join('|')}):? \\d`)],
    ['soThenDigit', /so:? ?\d/],
    ['digitSeparatorDigit', /\d[/.-]\d/],
    ['digitThangDigit', /\d thang \d/],
    ['ngayThenDigit', /ngay \d/],
    ['timeOfDayThenDigit', /(?:sang|chieu|trua) \d/],
    ['monthOrQuarterThenDigit', /(?:thang|quy) \d/],
    ['digitSlashYear', /\d\/[12]\d/],
    ['digitSlashDigit', /\d\/\d/],
    ['digitColonDigit', /\d[:h]\d/],
    ['parenThenDigit', /\(\d/],
    ['zeroThenDigit', /(?:\+84|0)\d/],
    ['digitDotDigit', /\d\.\d/],
    ['ordinalWordThenDigit', new RegExp(`(?<![a-z])(?:${ORDINAL_WORDS.map((w) => w.split(' ').pop()).join('|')}) \\d`)],
    ['digitThenUnitWord', /\d [tnqg]/],
    ['closeParen', /\)/],
    ['letterDashDigit', /\p{L}-\d/u],
    ['address', /https?:|www\.|@/],
  ];
  const expected = (s: string): number => (/\d/.test(s) ? SPEC.reduce((h, [name, re]) => (re.test(s) ? h | HINT[name] : h), 0) : NO_DIGIT);
  const pieces = fc.constantFrom(
    ...'0123456789 /-.:()+@htnqgaxyzđ'.split(''),
    'so', 'so:', 'ngay', 'thang', 'quy', 'sang', 'chieu', 'trua', 'www.', 'http:', 'https:', '+84', 'ă', 'Ư', '𝐀', '\ud835', '\udc00', '😀',
    ...DOCUMENT_WORDS,
    ...ORDINAL_WORDS,
  );
  const spans = fc
    .array(pieces, { maxLength: 40 })
    .map((a) => a.join(''))
    .chain((s) => fc.tuple(fc.constant(s), fc.nat(s.length), fc.nat(s.length)).map(([t, a, b]) => [t, Math.min(a, b), Math.max(a, b)] as const));

  it('on random spans of random text', () => {
    fc.assert(
      fc.property(spans, ([t, from, to]) => {
        expect(hintsIn(t, from, to)).toBe(expected(t.slice(from, to)));
      }),
      { numRuns: 5000, seed: 11 },
    );
  });

  it.each([
    ['a letter beyond the BMP before a dash', 'x 𝐀-19 y'],
    ['lone surrogates', '\udc00-1 \ud835-2 😀-3'],
    ['dates, times, phones and addresses', 'ngay 16/6/2022 luc 8h30, so: 251/kh-ubnd (0299) +84 912 www.a.vn http://b'],
    ['words before numbers', 'sang 8/6, chieu 9, trua 1, thang 6 quy 3, 5 thang 7, 6 tuan, ke hoach so 96'],
  ])('on every span of %s', (_, t) => {
    for (let from = 0; from <= t.length; from += 1) {
      for (let to = from; to <= t.length; to += 1) expect(hintsIn(t, from, to), `${from}..${to}`).toBe(expected(t.slice(from, to)));
    }
  });

  it('are set wherever their pattern finds a mask: a hint may be set in vain, never missed', () => {
    fc.assert(
      fc.property(spans, ([t, from, to]) => {
        const hints = hintsIn(t, from, to);
        // a span without a digit holds no number to mask: findMasks does not look
        if (hints === NO_DIGIT) return;
        for (const [re, reason, hint] of MASK_PATTERNS) {
          if (boundedMatches(leftBounded(re), t.slice(from, to)).length > 0) expect(hints & hint, `${reason} ${re.source.slice(0, 40)}`).not.toBe(0);
        }
      }),
      { numRuns: 5000, seed: 12 },
    );
  });

  it('on sentences of the seeds', () => {
    const seeds = join(import.meta.dirname, '..', '..', 'seeds');
    let checked = 0;
    for (const f of readdirSync(seeds)) {
      const { folded } = normalise(readFileSync(join(seeds, f), 'utf8'));
      for (const line of folded.split(/(?<=[.;\n])/)) {
        const from = folded.indexOf(line);
        expect(hintsIn(folded, from, from + line.length)).toBe(expected(line));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
