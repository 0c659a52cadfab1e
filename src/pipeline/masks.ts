import { boundedMatches, leftBounded } from './boundary.js';
import { firstNotBefore } from './search.js';

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

const YEAR = '(?:19[5-9]\\d|20\\d\\d|21\\d\\d)';

// Each pattern comes with a hint: a cheap test that every match passes (a sentence without
// a "/" holds no "16/6/2022"), so most of the twenty patterns never scan most sentences.
const PATTERNS: ReadonlyArray<readonly [RegExp, MaskReason, RegExp]> = [
  // "20-nq/tw", "251/kh-ubnd", "134/2025/qh15", "1318/qd-ttg", "09/2023/nd-cp"
  [/(?<![\p{L}\d])\d{1,6}[a-z]?(?:\/\d{4})?[/-][a-z][a-z0-9]{0,9}(?:[/-][a-z0-9]{1,10}){0,4}(?![\p{L}\d])/gu, 'document-number', /\d[a-z]?[/-]|\d\/\d{4}[/-]/],
  // "nghị quyết số 20", "kế hoạch 96", "số: 251", "luật số 23"
  [/(?<![\p{L}])(?:nghi quyet|quyet dinh|ke hoach|chuong trinh(?: hanh dong)?|chi thi|de an|thong bao|ket luan|nghi dinh|thong tu|cong van|luat|bao cao|van ban|to trinh|so hieu|so ky hieu)(?: so)?:? \d{1,6}(?![\d.,%])/gu, 'document-number', /[a-z]:? \d/],
  [/(?<![\p{L}])so:? ?\d{1,6}(?=[/-]|\s*$)/gmu, 'document-number', /so:? ?\d/],
  // "16/6/2022", "16.6.2022", "16-6-2022"
  [/(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\d])/g, 'date', /\d[/.-]\d/],
  // "ngày 20 tháng 10 năm 2023", "20 tháng 10"
  [new RegExp(`(?<!\\d)\\d{1,2} thang \\d{1,2}(?: nam ${YEAR})?(?!\\d)`, 'g'), 'date', /\d thang \d/],
  // "ngày 17.1", "ngày 8/6", "sáng 8/6"
  [/(?<![\p{L}])ngay \d{1,2}(?:[/.]\d{1,2})?(?![\d])/gu, 'date', /ngay \d/],
  [/(?<![\p{L}])(?:sang|chieu|trua) \d{1,2}[/.]\d{1,2}(?![\d])/gu, 'date', /(?:sang|chieu|trua) \d/],
  // "tháng 6/2022", "tháng 6", "quý 3/2023", "quý III"
  [new RegExp(`(?<![\\p{L}])(?:thang|quy) \\d{1,2}(?:\\s*[/.-]\\s*${YEAR})?(?![\\d])`, 'gu'), 'date', /(?:thang|quy) \d/],
  // "6/2022", "30/6", "8/6"
  [new RegExp(`(?<![\\d.,])(?:0?[1-9]|1[0-2])/${YEAR}(?![\\d])`, 'g'), 'date', /\d\/[12]\d/],
  [/(?<![\d.,/])(?:0?[1-9]|[12]\d|3[01])\/(?:0?[1-9]|1[0-2])(?![\d/%])/g, 'date', /\d\/\d/],
  // "16:29", "8h30"
  [/(?<!\d)\d{1,2}(?::|h)\d{2}(?!\d)/g, 'time', /\d[:h]\d/],
  // "(0299) 3 834 570", "0299.3834570", "+84 ..."
  [/\(\d{2,5}\)[\d .-]{5,16}\d/g, 'phone', /\(\d/],
  [/(?<![\d.,])(?:\+84|0)\d{2,3}[ .-]?\d{3}[ .-]?\d{3,4}(?![\d])/g, 'phone', /(?:\+84|0)\d/],
  // "4.0", "1.0" outside a percentage
  [/(?<![\d.,])\d{1,2}\.\d(?![\d%])(?!\s*%)/g, 'version', /\d\.\d/],
  // "lần thứ 5", "thứ 2", "khóa 13", "điều 3", "khoản 2", "chương 4", "mục 2", "phụ lục 1", "điểm 3" (of a list)
  [/(?<![\p{L}])(?:lan thu|thu|khoa|dieu|khoan|chuong|muc|phu luc|bieu|trang|stt|phan|nhom|tieu muc) \d{1,3}(?!\d|%|[.,]\d)/gu, 'ordinal', /[a-z] \d/],
  // "6 tháng cuối năm", "5 năm qua", "10 ngày"
  [/(?<![\d.,])\d{1,3} (?:thang|nam|quy|tuan|ngay|gio)(?![\p{L}])(?! \d)/gu, 'duration', /\d [tnqg]/],
  // enumerations inside a sentence: "(1) …; (2) …", "1) …"
  [/\(\s*\d{1,2}\s*\)|(?<![\d.,/])\d{1,2}\)(?=\s+\p{L})/gu, 'ordinal', /\)/],
  // names with a number: "Covid-19", "QL-1A", "H5N1"
  [/(?<![\p{L}\d])\p{L}{2,}-\d+[a-z]?(?!\d|%|[.,]\d)/gu, 'ordinal', /\p{L}-\d/u],
  // web and mail addresses (a mail address starts a word and has one "@": linear on long
  // runs without spaces, where "\S+@\S+" would backtrack over every "@")
  [/(?:https?:\/\/|www\.)\S+|(?<!\S)[^\s@]+@[^\s@]+\.\S+/g, 'address', /https?:|www\.|@/],
];

// "năm 2024", "giai đoạn 2021-2025", "2030": four-digit years, unless they count something
// ("2000 HTX") or are a percentage.
const YEAR_RE = new RegExp(`(?<![\\d.,])${YEAR}(?![\\d.,]\\d)(?!\\s*%)`, 'g');
const BOUNDED = PATTERNS.map(([re, reason, hint]) => [leftBounded(re), reason, hint] as const);
const YEARS = leftBounded(YEAR_RE);
const COUNTED_AFTER = /^\s*(?:tổ hợp tác|hợp tác xã|htx|tht|liên hiệp|thành viên|người|cán bộ)/iu;

export function findMasks(folded: string, text: string, from: number, to: number): Mask[] {
  const slice = folded.slice(from, to);
  const masks: Mask[] = [];
  if (!/\d/.test(slice)) return masks;
  for (const [re, reason, hint] of BOUNDED) {
    if (!hint.test(slice)) continue;
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
