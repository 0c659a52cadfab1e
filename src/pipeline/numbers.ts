import { MULTIPLIERS, NUMBER_WORDS } from '../rules/lexicon.js';
import { boundedMatches, leftBounded } from './boundary.js';
import { WHITESPACE } from '../rules/char-class.js';

/**
 * Vietnamese numbers: "3.000", "2,4 triệu", "0,8", "01", "120 nghìn", "1.500 tỷ",
 * "ba triệu", "mười lăm", "một nghìn hai trăm". Thousands take dots, decimals commas.
 */
export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** a money-sized multiplier was written ("2,4 triệu", "3 tỷ") */
  multiplied: boolean;
  /** that multiplier (1 when none): "80 đến 90 triệu" scales the 80 as well */
  factor: number;
  words: boolean;
}

// "3.000" | "100.000,5" | "2,4" | "70" | "6.5" before % (English decimal, seen in copied text)
const DIGITS = /(?<![\p{L}\d])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+(?!\d)|\d+\.\d{1,2}(?=\s*%)|\d+)(?![\p{L}\d])/gu;
const MULTIPLIER_AFTER = /^\s*(nghìn|ngàn|triệu|tỷ|tỉ)(?!\s*lệ)(?![\p{L}])/u;
const SMALLER_PART = /^\s+(\d{1,3}(?:,\d+)?)\s*(nghìn|ngàn|triệu)(?![\p{L}])/u;

const WORD_ALTERNATION = ['linh', 'lẻ', 'mươi', 'trăm', ...Object.keys(MULTIPLIERS), ...Object.keys(NUMBER_WORDS)]
  .sort((a, b) => b.length - a.length)
  .join('|');
// A run of number words separated by single spaces: "một nghìn hai trăm", "mười lăm".
const WORD_RUN = new RegExp(`(?<![\\p{L}\\d])(?:${WORD_ALTERNATION})(?: (?:${WORD_ALTERNATION}))*(?![\\p{L}\\d])`, 'gu');
const DIGIT_RUN = leftBounded(DIGITS);
const WORD_NUMBER_RUN = leftBounded(WORD_RUN);
// Words that only count inside a compound ("hai mươi tư", "mười lăm"): alone they mean
// something else ("đầu tư", "lăm le").
const COMPOUND_ONLY = new Set(['tư', 'mốt', 'lăm', 'nhăm', 'linh', 'lẻ', 'mươi']);
/** What a lone number word must stand before to count it. */
const LONE_COUNTS = /^\s+(?:hợp tác|htx|liên hiệp|tổ hợp|tổ chức|thành viên|xã viên|người|cán bộ|giám đốc|lao động|phần trăm)/u;

/**
 * False when no multiplier word can follow `end`: past the spaces stands an ASCII character
 * other than a blank or the first letter of "nghìn", "ngàn", "triệu", "tỷ", "tỉ". Most numbers
 * are followed by a noun, and are passed by without a slice and a regex.
 */
function mayStartMultiplier(text: string, end: number): boolean {
  let k = end;
  while (text.charCodeAt(k) === 32) k += 1;
  const c = text.charCodeAt(k);
  return !(c < 128) || c === 110 || c === 78 || c === 116 || c === 84 || (c >= 9 && c <= 13);
}

/**
 * Whether blanks follow `end`, and then something other than a digit: a lone number word
 * counts only the noun after it, and most are "năm" before a year.
 */
function blanksThenNoDigit(text: string, end: number): boolean {
  if (WHITESPACE.widthAt(text, end) === 0) return false;
  let k = end + 1;
  while (WHITESPACE.widthAt(text, k) > 0) k += 1;
  const c = text.charCodeAt(k);
  return !(c >= 0x30 && c <= 0x39);
}

/** Parses a digit string written the Vietnamese way. */
export function parseDigits(raw: string): number {
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(raw)) return Number(raw.replace(/\./g, '').replace(',', '.'));
  if (raw.includes(',')) return Number(raw.replace(',', '.'));
  return Number(raw);
}

/** Parses a run of number words, or returns null when it is not a well-formed number. */
export function parseNumberWords(run: string): number | null {
  const words = run.split(' ');
  let total = 0;
  let small = 0;
  let digit = 0;
  let lastMultiplier = Infinity;
  let seen = false;
  for (const w of words) {
    if (w in MULTIPLIERS) {
      const m = MULTIPLIERS[w] as number;
      const section = small + digit || (seen ? 0 : 1);
      if (m > lastMultiplier) total = (total + section) * m;
      else total += section * m;
      lastMultiplier = m;
      small = 0;
      digit = 0;
    } else if (w === 'trăm') {
      small += (digit || 1) * 100;
      digit = 0;
    } else if (w === 'mươi') {
      if (!digit) return null;
      small += digit * 10;
      digit = 0;
    } else if (w === 'mười') {
      small += 10;
      digit = 0;
    } else if (w === 'linh' || w === 'lẻ') {
      if (!seen) return null;
    } else {
      const d = NUMBER_WORDS[w];
      if (d === undefined) return null;
      if (digit) return null;
      digit = d;
    }
    seen = true;
  }
  return total + small + digit;
}

/** All numbers in `text` between `from` and `to`, left to right. */
export function findNumbers(text: string, from = 0, to = text.length): NumberToken[] {
  const slice = text.slice(from, to);
  const tokens: NumberToken[] = [];
  let taken = from;
  for (const m of boundedMatches(DIGIT_RUN, slice)) {
    const start = from + m.index;
    if (start < taken) continue; // the "500" of "2 tỷ 500 triệu"
    let end = start + (m[1] as string).length;
    let value = parseDigits(m[1] as string);
    let multiplied = false;
    let factor = 1;
    const mult = mayStartMultiplier(text, end) ? MULTIPLIER_AFTER.exec(text.slice(end, end + 12).toLowerCase()) : null;
    if (mult) {
      factor = MULTIPLIERS[mult[1] as string] as number;
      value *= factor;
      end += mult[0].length;
      multiplied = true;
      // "2 tỷ 500 triệu", "1 triệu 200 nghìn"
      const rest = SMALLER_PART.exec(text.slice(end, end + 20).toLowerCase());
      const smaller = rest ? (MULTIPLIERS[rest[2] as string] as number) : 0;
      if (rest && smaller < factor) {
        value += parseDigits(rest[1] as string) * smaller;
        end += rest[0].length;
      }
    }
    taken = end;
    if (Number.isFinite(value)) tokens.push({ start, end, value, multiplied, factor, words: false });
  }
  const lower = slice.toLowerCase();
  for (const m of boundedMatches(WORD_NUMBER_RUN, lower)) {
    const token = wordToken(m[0], from + m.index, text, tokens);
    if (token) tokens.push(token);
  }
  return tokens.sort((a, b) => a.start - b.start);
}

function wordToken(run: string, start: number, text: string, digits: NumberToken[]): NumberToken | null {
  const words = run.includes(' ') ? run.split(' ') : [run];
  // Trim words that cannot begin or end a number here ("năm" of "năm 2024").
  while (words.length > 0 && COMPOUND_ONLY.has(words[0] as string)) words.shift();
  if (words.length === 0) return null;
  const first = words[0] as string;
  if (first in MULTIPLIERS) return null; // a multiplier after digits belongs to them
  const compound = words.length > 1;
  // "một" alone is the article ("của một hợp tác xã"); plans write the number as "01".
  if (!compound && (first === 'một' || first === 'mốt')) return null;
  const s = start + run.indexOf(first);
  const joined = compound ? words.join(' ') : first;
  const e = s + joined.length;
  // Most runs are a lone word that counts nothing ("năm 2024"): turned away on the
  // characters after it before they are sliced and lower-cased.
  if (!compound && !blanksThenNoDigit(text, e)) return null;
  const after = text.slice(e, e + 24).toLowerCase();
  if (/^\s*\d/.test(after)) return null;
  if (!compound && !LONE_COUNTS.test(after)) return null;
  if (compound && !/^\s*(?:%|phần trăm|đồng|\p{L})/u.test(after)) return null;
  // A lone word is a number only before what it counts ("hai liên hiệp HTX"), never after
  // "thứ"/"lần" ("lần thứ năm"), and "năm" before a year is the word "year".
  const before = text.slice(Math.max(0, s - 8), s).toLowerCase();
  if (/(?:thứ|lần|mỗi|hằng|hàng|các|những|vài)\s$/u.test(before)) return null;
  if (digits.some((d) => d.start < e && s < d.end)) return null;
  const value = parseNumberWords(joined);
  if (value === null) return null;
  const multiplied = words.some((w) => w in MULTIPLIERS);
  const factor = Math.max(1, ...words.map((w) => MULTIPLIERS[w] ?? 1));
  return { start: s, end: e, value, multiplied, factor, words: true };
}
