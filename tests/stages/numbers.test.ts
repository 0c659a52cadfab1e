import { describe, expect, it } from 'vitest';
import { findNumbers, parseDigits, parseNumberWords } from '../../src/pipeline/numbers.js';

describe('Vietnamese numbers', () => {
  it.each([
    ['3.000', 3000],
    ['100.000', 100000],
    ['1.500', 1500],
    ['2,4', 2.4],
    ['0,8', 0.8],
    ['03', 3],
    ['1.234.567,5', 1234567.5],
  ])('digits %s = %d', (raw, value) => {
    expect(parseDigits(raw)).toBe(value);
  });

  it.each([
    ['ba triệu', 3_000_000],
    ['bốn trăm', 400],
    ['mười lăm', 15],
    ['hai mươi lăm', 25],
    ['hai mươi tư', 24],
    ['một nghìn hai trăm', 1200],
    ['một trăm linh năm', 105],
    ['hai triệu ba trăm nghìn', 2_300_000],
    ['một nghìn tỷ', 1e12],
  ])('words "%s" = %d', (words, value) => {
    expect(parseNumberWords(words)).toBe(value);
  });

  it.each([
    ['120 nghìn thành viên', 120_000],
    ['120 ngàn thành viên', 120_000],
    ['2,4 triệu thành viên', 2_400_000],
    ['6,5 triệu thành viên', 6_500_000],
    ['3 tỷ đồng', 3e9],
    ['1.500 tỷ đồng', 1.5e12],
    ['ba triệu thành viên', 3_000_000],
    ['mười lăm HTX', 15],
    ['hai liên hiệp HTX', 2],
    ['hai  hợp tác xã', 2],
    ['Hai\nHTX mới', 2],
    ['hai\u00a0HTX', 2],
  ])('in text: "%s"', (text, value) => {
    expect(findNumbers(text).map((n) => n.value)).toEqual([value]);
  });

  it.each([
    ['lần thứ năm', 'an ordinal'],
    ['năm 2024', 'the word "year" before a year'],
    ['một số HTX', '"một số" means "some"'],
    ['của một hợp tác xã', 'the article "một"'],
    ['đầu tư HTX', '"tư" outside a compound'],
    ['tỷ lệ HTX', '"tỷ lệ" is "rate", not a billion'],
    ['năm  2024', 'a year after two spaces'],
    ['năm\n2024', 'a year on the next line'],
    ['hai', 'a lone word at the end of the text'],
    ['hai,HTX', 'a lone word not followed by a blank'],
  ])('no number word in "%s" (%s)', (text) => {
    expect(findNumbers(text).filter((n) => n.words)).toEqual([]);
  });
});
