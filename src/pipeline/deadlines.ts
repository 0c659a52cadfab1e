import type { Mask } from './masks.js';
import { firstNotBefore } from './search.js';

/**
 * Years a sentence names, each with its role: a horizon ("đến năm 2030", "giai đoạn
 * 2021-2025" → 2025, "tháng 6/2022"), an as-of date ("tính đến 30/6/2023", "từ đầu năm
 * 2022 đến nay"), or none of our business ("so với năm 2021", the date of a cited
 * resolution, the first year of a period).
 */
export type YearRole = 'horizon' | 'asof' | 'skip';

export interface YearMention {
  start: number;
  end: number;
  year: number;
  role: YearRole;
  /** "từ đầu năm 2022 đến nay": a figure as of the time of writing */
  untilNow: boolean;
  /** "Riêng năm 2023, …": dates its own sentence only */
  local: boolean;
}

const BEFORE_SKIP = /(?:(?:gap|bang) [\d.,]+ (?:lan|%)(?: so voi)?(?: nam)?|luat(?: [a-z]+){0,4} nam|so voi(?: cung ky)?(?: (?:cuoi|dau|giua))?(?: nam)?|ke tu(?: nam)?|tu (?:dau |cuoi )?nam|giai doan|thoi ky|nhiem ky|khoa)\s*$/;
const BEFORE_ASOF = /(?:tinh (?:den|toi)|den|toi|hien nay|tai thoi diem|thoi diem|het|ket thuc|luy ke den|uoc)(?: het)?(?: ngay| thang| nam)?\s*$/;
const AFTER_NOW = /^\s*(?:den|toi) (?:nay|thoi diem nay|hien nay|nay)/;
const PERIOD_END = /(?:19|20|21)\d\d\s*(?:-|–|—|den|toi)\s*(?:nam\s*)?$/;

/** Classifies the years and dated masks of a sentence. */
export function yearMentions(folded: string, masks: ReadonlyArray<Mask>): YearMention[] {
  const out: YearMention[] = [];
  for (const m of masks) {
    if (m.year === undefined) continue;
    const before = folded.slice(Math.max(0, m.start - 30), m.start);
    const after = folded.slice(m.end, m.end + 20);
    let role: YearRole = 'horizon';
    if (m.reason === 'date') {
      // A full date right after a cited document is that document's date.
      const cited = masks.some((d) => d.reason === 'document-number' && d.end <= m.start && m.start - d.end <= 12);
      if (cited) role = 'skip';
      else if (BEFORE_ASOF.test(before) || AFTER_NOW.test(after)) role = 'asof';
      else if (/(?:^|\s)ngay\s*$/.test(before) && !/(?:den|toi|truoc|trong)\s+ngay\s*$/.test(before)) role = 'skip';
    } else if (PERIOD_END.test(before)) {
      role = 'horizon';
    } else if (/^\s*(?:-|–|—|den|toi)\s*(?:nam\s*)?(?:19|20|21)\d\d/.test(after)) {
      role = 'skip'; // the first year of "2021-2025" / "từ năm 2021 đến năm 2025"
    } else if (AFTER_NOW.test(after)) {
      role = 'asof';
    } else if (BEFORE_SKIP.test(before)) {
      role = 'skip';
    } else if (/(?:tinh (?:den|toi)|uoc(?: tinh| thuc hien| dat)?)(?: het)?(?: nam)?\s*$/.test(before)) {
      role = 'asof';
    }
    // "(thành lập các năm 2019, 2021 và 2022)", "(gấp 3,8 lần năm 2013)": a remark, not a deadline;
    // "(năm 2024)" alone still dates what it follows.
    // (looked for within 60 characters: a search back through the whole text per year was quadratic)
    const near = Math.max(0, m.start - 60);
    const at = folded.slice(near, m.start).lastIndexOf('(');
    const open = at < 0 ? -1 : near + at;
    if (open >= 0 && m.start - open < 60 && !folded.slice(open, m.start).includes(')')) {
      const inside = folded.slice(open + 1, m.start);
      if (!/^\s*(?:(?:tinh|den|toi|het|nam|cuoi|dau|ket thuc|thang \d{1,2}\/?)\s*)*$/.test(inside)) role = 'skip';
    }
    out.push({ start: m.start, end: m.end, year: m.year, role, untilNow: AFTER_NOW.test(after), local: /rieng(?: trong)?(?: nam)?\s*$/.test(before) });
  }
  return out;
}

/**
 * The year a quantity is for, from its own words, then the sentence before it, then the
 * sentence after it. Returns null when the sentence names none.
 */
export function yearInSentence(
  mentions: ReadonlyArray<YearMention>,
  number: number,
  own: { start: number; end: number },
  /** true for years that date another number of the sentence ("tăng từ 31% năm 2013 lên 64%") */
  elsewhere: (m: YearMention) => boolean = () => false,
): YearMention | null {
  const usable = (m: YearMention): boolean => m.role !== 'skip' && !elsewhere(m);
  // mentions are in text order: start from the first one at or after the number
  const lo = firstNotBefore(mentions.length, (i) => mentions[i]!.end <= number);
  let before: YearMention | null = null;
  for (let i = lo - 1; i >= 0 && before === null; i -= 1) if (usable(mentions[i]!)) before = mentions[i]!;
  let after: YearMention | null = null;
  for (let i = lo; i < mentions.length && after === null; i += 1) if (usable(mentions[i]!)) after = mentions[i]!;
  const inOwn = [before, after].filter((m): m is YearMention => m !== null && m.start >= own.start && m.end <= own.end);
  if (inOwn.length > 0) return inOwn.reduce((a, b) => (Math.abs(b.start - number) < Math.abs(a.start - number) ? b : a));
  return before ?? after;
}
