import { boundedMatches, leftBounded } from './boundary.js';
import { firstNotBefore } from './search.js';
import { LETTER } from '../rules/char-class.js';

/**
 * Spans that hold digits but no goal: dates, years, document numbers, phone numbers,
 * versions ("4.0"), ordinals, article numbers, durations, web addresses. Numbers inside
 * them are set aside with the reason (shown by `--explain`). Patterns run on folded text
 * (lower case, no diacritics), so "Ngày", "NGÀY" and "ngay" are one case.
 */
export interface Mask {
  start: number;
  end: number;
  reason: MaskReason;
  /** for years and dates: the year they name */
  year?: number;
}

export type MaskReason =
  | 'date'
  | 'year'
  | 'document-number'
  | 'phone'
  | 'version'
  | 'ordinal'
  | 'duration'
  | 'address'
  | 'time';

/**
 * The hints of the mask patterns, one bit each; each is named for what it looks for in the
 * sentence (folded text), written as the regex it stands for.
 */
export const HINT = {
  /** `\d[a-z]?[/-]` */
  digitThenSlash: 1 << 0,
  /** a last word of DOCUMENT_WORDS, or "so", then `:? \d` */
  documentWordThenDigit: 1 << 1,
  /** `so:? ?\d` */
  soThenDigit: 1 << 2,
  /** `\d[/.-]\d` */
  digitSeparatorDigit: 1 << 3,
  /** `\d thang \d` */
  digitThangDigit: 1 << 4,
  /** `ngay \d` */
  ngayThenDigit: 1 << 5,
  /** `(?:sang|chieu|trua) \d` */
  timeOfDayThenDigit: 1 << 6,
  /** `(?:thang|quy) \d` */
  monthOrQuarterThenDigit: 1 << 7,
  /** `\d\/[12]\d` */
  digitSlashYear: 1 << 8,
  /** `\d\/\d` */
  digitSlashDigit: 1 << 9,
  /** `\d[:h]\d` */
  digitColonDigit: 1 << 10,
  /** `\(\d` */
  parenThenDigit: 1 << 11,
  /** `(?:\+84|0)\d` */
  zeroThenDigit: 1 << 12,
  /** `\d\.\d` */
  digitDotDigit: 1 << 13,
  /** a last word of ORDINAL_WORDS, then ` \d` */
  ordinalWordThenDigit: 1 << 14,
  /** `\d [tnqg]` */
  digitThenUnitWord: 1 << 15,
  /** `\)` */
  closeParen: 1 << 16,
  /** `\p{L}-\d` */
  letterDashDigit: 1 << 17,
  /** `https?:|www\.|@` */
  address: 1 << 18,
} as const;

/** What `hintsIn` answers for a span without a digit: no pattern can match there. */
export const NO_DIGIT = 0;

/** Words before the number of a document ("nghị quyết 20"), folded; a longer form first. */
export const DOCUMENT_WORDS = ['nghi quyet', 'quyet dinh', 'ke hoach', 'chuong trinh hanh dong', 'chuong trinh', 'chi thi', 'de an', 'thong bao', 'ket luan', 'nghi dinh', 'thong tu', 'cong van', 'luat', 'bao cao', 'van ban', 'to trinh', 'so hieu', 'so ky hieu'];
/** Words before an ordinal or an article number ("lần thứ 5", "điều 3", "phụ lục 1"), folded. */
export const ORDINAL_WORDS = ['lan thu', 'thu', 'khoa', 'dieu', 'khoan', 'chuong', 'muc', 'phu luc', 'bieu', 'trang', 'stt', 'phan', 'nhom', 'tieu muc'];
const lastWords = (phrases: readonly string[]): Set<string> => new Set(phrases.map((p) => p.slice(p.lastIndexOf(' ') + 1)));
/** the word right before ":? " and a document's number: a last word of a document word, or "so" */
const BEFORE_DOCUMENT_NUMBER = new Set([...lastWords(DOCUMENT_WORDS), 'so']);
const BEFORE_ORDINAL_NUMBER = lastWords(ORDINAL_WORDS);

const YEAR = '(?:19[5-9]\\d|20\\d\\d|21\\d\\d)';

// Each pattern comes with a hint: a cheap test that every match passes (a sentence without
// a "/" holds no "16/6/2022"), so most of the twenty patterns never scan most sentences. The
// hints are found together in one pass over the sentence (`hintsIn`): one regex test per hint
// and sentence cost half of the time of the masks.
export const MASK_PATTERNS: ReadonlyArray<readonly [RegExp, MaskReason, number]> = [
  // "20-nq/tw", "251/kh-ubnd", "134/2025/qh15", "1318/qd-ttg", "09/2023/nd-cp"
  [/(?<![\p{L}\d])\d{1,6}[a-z]?(?:\/\d{4})?[/-][a-z][a-z0-9]{0,9}(?:[/-][a-z0-9]{1,10}){0,4}(?![\p{L}\d])/gu, 'document-number', HINT.digitThenSlash],
  // "nghị quyết số 20", "kế hoạch 96", "số: 251", "luật số 23"
  [new RegExp(`(?<![\\p{L}])(?:${DOCUMENT_WORDS.join('|')})(?: so)?:? \\d{1,6}(?![\\d.,%])`, 'gu'), 'document-number', HINT.documentWordThenDigit],
  [/(?<![\p{L}])so:? ?\d{1,6}(?=[/-]|\s*$)/gmu, 'document-number', HINT.soThenDigit],
  // "16/6/2022", "16.6.2022", "16-6-2022"
  [/(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\d])/g, 'date', HINT.digitSeparatorDigit],
  // "ngày 20 tháng 10 năm 2023", "20 tháng 10"
  [new RegExp(`(?<!\\d)\\d{1,2} thang \\d{1,2}(?: nam ${YEAR})?(?!\\d)`, 'g'), 'date', HINT.digitThangDigit],
  // "ngày 17.1", "ngày 8/6", "sáng 8/6"
  [/(?<![\p{L}])ngay \d{1,2}(?:[/.]\d{1,2})?(?![\d])/gu, 'date', HINT.ngayThenDigit],
  [/(?<![\p{L}])(?:sang|chieu|trua) \d{1,2}[/.]\d{1,2}(?![\d])/gu, 'date', HINT.timeOfDayThenDigit],
  // "tháng 6/2022", "tháng 6", "quý 3/2023", "quý III"
  [new RegExp(`(?<![\\p{L}])(?:thang|quy) \\d{1,2}(?:\\s*[/.-]\\s*${YEAR})?(?![\\d])`, 'gu'), 'date', HINT.monthOrQuarterThenDigit],
  // "6/2022", "30/6", "8/6"
  [new RegExp(`(?<![\\d.,])(?:0?[1-9]|1[0-2])/${YEAR}(?![\\d])`, 'g'), 'date', HINT.digitSlashYear],
  [/(?<![\d.,/])(?:0?[1-9]|[12]\d|3[01])\/(?:0?[1-9]|1[0-2])(?![\d/%])/g, 'date', HINT.digitSlashDigit],
  // "16:29", "8h30"
  [/(?<!\d)\d{1,2}(?::|h)\d{2}(?!\d)/g, 'time', HINT.digitColonDigit],
  // "(0299) 3 834 570", "0299.3834570", "+84 ..."
  [/\(\d{2,5}\)[\d .-]{5,16}\d/g, 'phone', HINT.parenThenDigit],
  [/(?<![\d.,])(?:\+84|0)\d{2,3}[ .-]?\d{3}[ .-]?\d{3,4}(?![\d])/g, 'phone', HINT.zeroThenDigit],
  // "4.0", "1.0" outside a percentage
  [/(?<![\d.,])\d{1,2}\.\d(?![\d%])(?!\s*%)/g, 'version', HINT.digitDotDigit],
  // "lần thứ 5", "thứ 2", "khóa 13", "điều 3", "khoản 2", "chương 4", "mục 2", "phụ lục 1", "điểm 3" (of a list)
  [new RegExp(`(?<![\\p{L}])(?:${ORDINAL_WORDS.join('|')}) \\d{1,3}(?!\\d|%|[.,]\\d)`, 'gu'), 'ordinal', HINT.ordinalWordThenDigit],
  // "6 tháng cuối năm", "5 năm qua", "10 ngày"
  [/(?<![\d.,])\d{1,3} (?:thang|nam|quy|tuan|ngay|gio)(?![\p{L}])(?! \d)/gu, 'duration', HINT.digitThenUnitWord],
  // enumerations inside a sentence: "(1) …; (2) …", "1) …"
  [/\(\s*\d{1,2}\s*\)|(?<![\d.,/])\d{1,2}\)(?=\s+\p{L})/gu, 'ordinal', HINT.closeParen],
  // names with a number: "Covid-19", "QL-1A", "H5N1"
  [/(?<![\p{L}\d])\p{L}{2,}-\d+[a-z]?(?!\d|%|[.,]\d)/gu, 'ordinal', HINT.letterDashDigit],
  // web and mail addresses (a mail address starts a word and has one "@": linear on long
  // runs without spaces, where "\S+@\S+" would backtrack over every "@")
  [/(?:https?:\/\/|www\.)\S+|(?<!\S)[^\s@]+@[^\s@]+\.\S+/g, 'address', HINT.address],
];

// "năm 2024", "giai đoạn 2021-2025", "2030": four-digit years, unless they count something
// ("2000 HTX") or are a percentage.
const YEAR_RE = new RegExp(`(?<![\\d.,])${YEAR}(?![\\d.,]\\d)(?!\\s*%)`, 'g');
const BOUNDED = MASK_PATTERNS.map(([re, reason, hint]) => [leftBounded(re), reason, hint] as const);
const YEARS = leftBounded(YEAR_RE);
const COUNTED_AFTER = /^\s*(?:tổ hợp tác|hợp tác xã|htx|tht|liên hiệp|thành viên|người|cán bộ)/iu;

export function findMasks(folded: string, text: string, from: number, to: number): Mask[] {
  const masks: Mask[] = [];
  const hints = hintsIn(folded, from, to);
  if (hints === NO_DIGIT) return masks;
  const slice = folded.slice(from, to);
  for (const [re, reason, hint] of BOUNDED) {
    if ((hints & hint) === 0) continue;
    for (const m of boundedMatches(re, slice)) {
      const mask: Mask = { start: from + m.index, end: from + m.index + m[0].length, reason };
      if (reason === 'date') {
        const y = /(?:19|20|21)\d\d(?!\d)/.exec(m[0]);
        if (y) mask.year = Number(y[0]);
      }
      masks.push(mask);
    }
  }
  for (const m of boundedMatches(YEARS, slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (COUNTED_AFTER.test(text.slice(end, end + 20))) continue;
    masks.push({ start, end, reason: 'year', year: Number(m[0]) });
  }
  return mergeOverlaps(masks.sort((a, b) => a.start - b.start || b.end - a.end));
}

// "ngày 16.6" and "16.6.2022" are one date; "Chương trình số 64" and "64-CTr/TU" one number.
function mergeOverlaps(sorted: Mask[]): Mask[] {
  const out: Mask[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      const longer = m.end - m.start > last.end - last.start ? m : last;
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, m.end), reason: longer.reason, ...(last.year ?? m.year ? { year: (last.year ?? m.year)! } : {}) };
    } else out.push({ ...m });
  }
  return out;
}

/**
 * The first mask that overlaps [start, end), if any, in masks as `findMasks` returns them:
 * sorted and disjoint, so their ends ascend and a binary search finds it (a sentence with
 * thousands of numbers and masks stays fast).
 */
export function maskAt(masks: ReadonlyArray<Mask>, start: number, end: number): Mask | undefined {
  const m = masks[firstNotBefore(masks.length, (i) => masks[i]!.end <= start)];
  return m && m.start < end ? m : undefined;
}

const SLASH = 0x2f;
const DASH = 0x2d;
const DOT = 0x2e;
const COLON = 0x3a;
const SPACE = 0x20;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const AT_SIGN = 0x40;
const ZERO = 0x30;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/**
 * The hints (`HINT` bits) found in `t` between `from` and `to`, as the regexes they stand
 * for would find them in `t.slice(from, to)`; `NO_DIGIT` when the span holds no digit.
 */
export function hintsIn(t: string, from: number, to: number): number {
  let hints = 0;
  let digit = false;
  for (let i = from; i < to; i += 1) {
    const c = t.charCodeAt(i);
    if (isDigit(c)) {
      digit = true;
      hints |= hintsAtDigit(t, i, from, to);
    } else if (c === CLOSE_PAREN) hints |= HINT.closeParen;
    else if (c === AT_SIGN || (c === 0x77 && startsAt(t, i, to, 'www.')) || (c === 0x68 && (startsAt(t, i, to, 'http:') || startsAt(t, i, to, 'https:')))) {
      hints |= HINT.address;
    }
  }
  return digit ? hints : NO_DIGIT;
}

/** The hints of the digit at `i`: what stands right before and after it, within the span. */
function hintsAtDigit(t: string, i: number, from: number, to: number): number {
  const at = (k: number): number => (k >= from && k < to ? t.charCodeAt(k) : -1);
  const before = (word: string): boolean => endsAt(t, i, from, word);
  const p1 = at(i - 1);
  const p2 = at(i - 2);
  const n1 = at(i + 1);
  const n2 = at(i + 2);
  let h = 0;
  if (n1 === SLASH || n1 === DASH || (isLower(n1) && (n2 === SLASH || n2 === DASH))) h |= HINT.digitThenSlash;
  if (p1 === SPACE && isLower(p2)) {
    const word = lettersEndingAt(t, i - 1, from);
    if (BEFORE_DOCUMENT_NUMBER.has(word)) h |= HINT.documentWordThenDigit;
    if (BEFORE_ORDINAL_NUMBER.has(word)) h |= HINT.ordinalWordThenDigit;
  } else if (p1 === SPACE && p2 === COLON && BEFORE_DOCUMENT_NUMBER.has(lettersEndingAt(t, i - 2, from))) h |= HINT.documentWordThenDigit;
  // the words before a digit, tried by their last character
  if (p1 === SPACE) {
    if ((p2 === 0x6f && before('so ')) || (p2 === COLON && before('so: '))) h |= HINT.soThenDigit;
    else if (p2 === 0x79 && before('ngay ')) h |= HINT.ngayThenDigit;
    else if ((p2 === 0x67 && before('sang ')) || (p2 === 0x75 && before('chieu ')) || (p2 === 0x61 && before('trua '))) h |= HINT.timeOfDayThenDigit;
    if ((p2 === 0x67 && before('thang ')) || (p2 === 0x79 && before('quy '))) h |= HINT.monthOrQuarterThenDigit;
  } else if ((p1 === 0x6f && before('so')) || (p1 === COLON && before('so:'))) h |= HINT.soThenDigit;
  if ((n1 === SLASH || n1 === DOT || n1 === DASH) && isDigit(n2)) h |= HINT.digitSeparatorDigit;
  if (n1 === SPACE && startsAt(t, i + 1, to, ' thang ') && isDigit(at(i + 8))) h |= HINT.digitThangDigit;
  if (n1 === SLASH && (n2 === 0x31 || n2 === 0x32) && isDigit(at(i + 3))) h |= HINT.digitSlashYear;
  if (n1 === SLASH && isDigit(n2)) h |= HINT.digitSlashDigit;
  if ((n1 === COLON || n1 === 0x68) && isDigit(n2)) h |= HINT.digitColonDigit;
  if (p1 === OPEN_PAREN) h |= HINT.parenThenDigit;
  if (p1 === ZERO || (p1 === 0x34 && before('+84'))) h |= HINT.zeroThenDigit;
  if (n1 === DOT && isDigit(n2)) h |= HINT.digitDotDigit;
  if (n1 === SPACE && (n2 === 0x74 || n2 === 0x6e || n2 === 0x71 || n2 === 0x67)) h |= HINT.digitThenUnitWord;
  if (p1 === DASH && letterEndsAt(t, i - 1, from)) h |= HINT.letterDashDigit;
  return h;
}

/** The run of letters a-z that ends at `end`, within the span. */
function lettersEndingAt(t: string, end: number, from: number): string {
  let k = end;
  while (k > from && isLower(t.charCodeAt(k - 1))) k -= 1;
  return t.slice(k, end);
}

function startsAt(t: string, i: number, to: number, word: string): boolean {
  return i + word.length <= to && t.startsWith(word, i);
}

function endsAt(t: string, end: number, from: number, word: string): boolean {
  return end - word.length >= from && t.startsWith(word, end - word.length);
}

/** Whether the character that ends at `end` (a surrogate pair whole) is a letter, within the span. */
function letterEndsAt(t: string, end: number, from: number): boolean {
  const k = end - 1;
  if (k < from) return false;
  const unit = t.charCodeAt(k);
  const pair = unit >= 0xdc00 && unit <= 0xdfff && k - 1 >= from && t.charCodeAt(k - 1) >= 0xd800 && t.charCodeAt(k - 1) <= 0xdbff;
  return LETTER.widthAt(t, pair ? k - 1 : k) > 0;
}
