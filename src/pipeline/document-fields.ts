import { DOCUMENT_TYPES } from '../rules/lexicon.js';
import type { Block } from './structure.js';

/**
 * The plan's own particulars: title, type, number, date of issue, the documents it
 * implements (basedOn), and the years it speaks for as a whole (a one-year plan, a
 * period). The plan's own number stands in "Số: 251/KH-UBND", "Số hiệu …", or "ban
 * hành Kế hoạch số 532/KH-UBND"; the numbers after "Căn cứ", "Thực hiện", "theo", "của"
 * are documents it cites.
 */
export interface DocumentFields {
  title: string | null;
  titleSpan: { start: number; end: number } | null;
  documentType: string | null;
  documentNumber: string | null;
  issuedDate: string | null;
  basedOn: string[];
  /** "Kế hoạch … năm 2024": the year goals without their own year are for */
  planYear: number | null;
  /** "giai đoạn 2021-2025" in the title: the end of the plan's period */
  periodEnd: number | null;
  /** the sentence that says who issued the plan */
  issuingSentence: { start: number; end: number } | null;
  /** the year of the document, for telling past figures from goals */
  referenceYear: number | null;
}

// "64-CTr/TU", "251/KH-UBND", "09/NQ-CP", "134/2025/QH15", "1318/QĐ-TTg", "20-NQ/TW"
const DOC_NUMBER = /(?<![\p{L}\d/])\d{1,6}[a-zA-Z]?(?:\/\d{4})?[/-](?:[\p{Lu}][\p{L}\d]{0,9})(?:[/-][\p{L}\d]{1,10}){0,4}(?![\p{L}\d])/gu;
const TYPE_WORDS = DOCUMENT_TYPES.map(([name, code]) => ({ name, code, folded: name.toLowerCase() }));

function foldedIndexOfType(folded: string, at: number): { name: string; code: string } | null {
  const rest = folded.slice(at);
  for (const t of DOCUMENT_TYPES) {
    const f = t[0]
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase();
    if (rest.startsWith(f)) return { name: t[0], code: t[1] };
  }
  return null;
}

function typeFromNumber(num: string): string | null {
  const code = /[/-]([\p{L}]+)/u.exec(num)?.[1] ?? '';
  const found = TYPE_WORDS.find((t) => t.code.toLowerCase() === code.toLowerCase());
  if (!found) return null;
  return found.code === 'CTr' ? 'Chương trình hành động' : found.name;
}

interface NumberMention {
  start: number;
  end: number;
  text: string;
  own: boolean;
  cited: boolean;
}

export function readDocumentFields(text: string, folded: string, blocks: ReadonlyArray<Block>): DocumentFields {
  const main = blocks.filter((b) => !b.chrome);
  const titleBlock = findTitle(text, folded, main);
  const title = titleBlock ? titleText(text, main, titleBlock) : null;
  const titleSpan = titleBlock ? { start: titleBlock.start, end: titleBlock.end } : null;

  const numbers: NumberMention[] = [];
  for (const b of main) {
    const raw = text.slice(b.start, b.end);
    for (const m of raw.matchAll(DOC_NUMBER)) {
      const start = b.start + m.index;
      const end = start + m[0].length;
      const before = folded.slice(Math.max(b.start, start - 80), start);
      const sentenceBefore = before.split(/[.;]\s/).pop() ?? before;
      const ownLabel = /(?:^|\s)so(?: hieu)?(?: van ban)?\s*:?\s*$/.test(before) && /^\s*(?:so|so hieu)/.test(folded.slice(b.start, start));
      const issued = /ban hanh\s+[^.;]{0,40}$/.test(sentenceBefore) && !/(?:can cu|thuc hien|theo|tai|cua|trien khai)[^.;]*ban hanh/.test(sentenceBefore);
      const cited = /(?:can cu|thuc hien|theo|tai|cua|trien khai|quan triet|nhu|va|ve viec|so)\s[^.;]{0,60}$/.test(sentenceBefore) && !issued;
      const inTitle = titleSpan !== null && start >= titleSpan.start && end <= titleSpan.end && /^\s*(?:ke hoach|chuong trinh|nghi quyet|quyet dinh|de an|chi thi|bao cao)[^.;]{0,30}$/.test(folded.slice(titleSpan.start, start));
      numbers.push({ start, end, text: m[0], own: ownLabel || issued || inTitle, cited: cited && !ownLabel && !inTitle });
    }
  }
  const own = numbers.find((n) => n.own) ?? null;
  // The sentence that says the plan was issued: the one with its own number, else one with a date.
  const candidates: Array<{ start: number; end: number; type: string | null; dated: boolean }> = [];
  for (const b of main) {
    const raw = folded.slice(b.start, b.end);
    for (const m of raw.matchAll(/ban hanh\s+(?:chuong trinh|ke hoach|nghi quyet|quyet dinh|de an|chi thi)/g)) {
      const sStart = Math.max(0, raw.lastIndexOf('. ', m.index) + 1);
      const endRel = raw.indexOf('. ', m.index);
      const sentence = raw.slice(sStart, m.index);
      if (/(?:can cu|thuc hien|quan triet|theo|cua)\s[^.;]*$/.test(sentence) && !/ngay \d/.test(sentence)) continue;
      const typeAt = b.start + m.index + 'ban hanh '.length;
      candidates.push({
        start: b.start + sStart,
        end: endRel < 0 ? b.end : b.start + endRel + 1,
        type: foldedIndexOfType(folded, typeAt)?.name ?? null,
        dated: /ngay\s+\d/.test(sentence),
      });
    }
  }
  const chosen = candidates.find((c) => own && own.start >= c.start && own.end <= c.end) ?? candidates.find((c) => c.dated) ?? candidates[0] ?? null;
  const issuingSentence = chosen ? { start: chosen.start, end: chosen.end } : null;
  const issuingType = chosen?.type ?? null;
  const documentNumber = own?.text ?? null;
  const basedOn: string[] = [];
  for (const n of numbers) {
    if (n.text === documentNumber) continue;
    if (!basedOn.includes(n.text)) basedOn.push(n.text);
  }
  const titleType = titleBlock ? foldedIndexOfType(folded, titleBlock.start)?.name ?? null : null;
  const documentType = (documentNumber ? typeFromNumber(documentNumber) : null) ?? issuingType ?? titleType ?? typeInTitle(folded, titleSpan);
  const issuedDate = findIssuedDate(text, folded, main, issuingSentence);
  const planYear = findPlanYear(folded, titleSpan, issuingSentence);
  const periodEnd = findPeriodEnd(folded, titleSpan, issuingSentence);
  const referenceYear = issuedDate ? Number(issuedDate.slice(0, 4)) : null;
  return { title, titleSpan, documentType, documentNumber, issuedDate, basedOn, planYear, periodEnd, issuingSentence, referenceYear };
}

function typeInTitle(folded: string, span: { start: number; end: number } | null): string | null {
  if (!span) return null;
  const t = folded.slice(span.start, span.end);
  for (const [name] of DOCUMENT_TYPES) {
    const f = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
    const at = t.indexOf(f);
    if (at >= 0 && !/^\s*(?:so\s*)?\d/.test(t.slice(at + f.length))) return name;
  }
  return null;
}

const LETTERHEAD = /^(?:uy ban nhan dan|ubnd|hoi dong nhan dan|tinh uy|thanh uy|huyen uy|ban thuong vu|ban chap hanh|dang bo|dang cong san|chinh phu|thu tuong|bo |cong hoa|doc lap|so:|so hieu|ngay ban hanh|ngay co hieu luc|loai van ban|co quan ban hanh|nguoi ky|linh vuc|[-_*=\s]+$)/;
const CAPS_PLACE = /^(?:tinh|thanh pho|huyen|thi xa|quan) /;

function findTitle(text: string, folded: string, main: ReadonlyArray<Block>): Block | null {
  for (const b of main.slice(0, 40)) {
    const raw = text.slice(b.start, b.end).trim();
    const f = folded.slice(b.start, b.end).trim();
    if (raw.length < 4 || !/\p{L}{2}/u.test(raw)) continue;
    if (LETTERHEAD.test(f) && raw.length < 80) continue;
    if (CAPS_PLACE.test(f) && raw === raw.toUpperCase() && raw.length < 60) continue;
    if (/^[\d/:.\s-]+$/.test(raw)) continue;
    if (/^(?:[\p{L}\s]+,\s*)?ngay \d/u.test(f)) continue;
    return b;
  }
  return null;
}

// A formal plan's title is its type in capitals ("KẾ HOẠCH") and the line after it.
function titleText(text: string, main: ReadonlyArray<Block>, b: Block): string {
  let title = text.slice(b.start, b.end).replace(/\s+/g, ' ').trim();
  if (title.length <= 40 && title === title.toUpperCase()) {
    const next = main[main.indexOf(b) + 1];
    if (next && next.kind === 'heading') title = `${title} ${text.slice(next.start, next.end).replace(/\s+/g, ' ').trim()}`;
    title = sentenceCase(title);
  }
  return title.length > 300 ? `${title.slice(0, 297)}…` : title;
}

function sentenceCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  const lower = s.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

const MONTHS = (d: number, m: number, y: number): string | null =>
  d >= 1 && d <= 31 && m >= 1 && m <= 12 && y >= 1945 && y <= 2100 ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : null;

function findIssuedDate(
  text: string,
  folded: string,
  main: ReadonlyArray<Block>,
  issuing: { start: number; end: number } | null,
): string | null {
  // "Kiên Giang, ngày 20 tháng 10 năm 2023" (the line under the letterhead)
  for (const b of main.slice(0, 30)) {
    const f = folded.slice(b.start, b.end);
    const m = /^[\p{L} .]{2,40}, ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})/u.exec(f.trim());
    if (m) return MONTHS(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  // "Ngày ban hành 20/10/2023"
  for (const b of main.slice(0, 30)) {
    const m = /^\s*ngay ban hanh:?\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(folded.slice(b.start, b.end));
    if (m) return MONTHS(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  // "Ngày 07/8/2023, UBND tỉnh ban hành …", "Ngày 17.1, …" with the year of the page's date line
  if (issuing) {
    const whole = folded.slice(issuing.start, issuing.end);
    const verb = whole.search(/ban hanh/);
    const s = verb > 0 ? whole.slice(0, verb) : whole;
    const full = /ngay\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(s) ?? /(?:^|\s)(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(s);
    if (full) return MONTHS(Number(full[1]), Number(full[2]), Number(full[3]));
    const words = /ngay\s+(\d{1,2}) thang (\d{1,2}) nam (\d{4})/.exec(s);
    if (words) return MONTHS(Number(words[1]), Number(words[2]), Number(words[3]));
    const short = /^\s*(?:\S+\s+){0,2}?ngay\s+(\d{1,2})[/.](\d{1,2})(?![/.\d])/.exec(s);
    if (short) {
      const dateline = pageDate(text, main);
      if (dateline) return MONTHS(Number(short[1]), Number(short[2]), dateline.year);
    }
  }
  return null;
}

// News pages carry their own date ("17/01/2023 16:29") near the top.
function pageDate(text: string, main: ReadonlyArray<Block>): { year: number } | null {
  for (const b of main.slice(0, 8)) {
    const m = /(?:^|\s)\d{1,2}\/\d{1,2}\/(\d{4})(?:\s+\d{1,2}:\d{2})?\s*$/.exec(text.slice(b.start, b.end));
    if (m) return { year: Number(m[1]) };
  }
  return null;
}

// "Kế hoạch phát triển KTTT năm 2024", "… trên địa bàn huyện Châu Thành năm 2024."
function findPlanYear(folded: string, title: { start: number; end: number } | null, issuing: { start: number; end: number } | null): number | null {
  for (const span of [title, issuing]) {
    if (!span) continue;
    const s = folded.slice(span.start, span.end);
    if (!/(?:ke hoach|chuong trinh|nhiem vu)/.test(s)) continue;
    const m = /(?:^|\s)nam (\d{4})\s*[.)"”]?\s*(?:(?:\S+\s*){0,3})$/.exec(s.trim());
    if (m && !/\d[/-][a-z]+[^\s]*\s+nam \d{4}\s*[.]?\s*$/.test(s.trim())) {
      const before = s.trim().slice(0, m.index);
      if (!/(?:\d{1,6}[/-][a-z][^\s]*|ngay [\d/.]+|giai doan|den|toi)\s*$/.test(before)) return Number(m[1]);
    }
  }
  return null;
}

function findPeriodEnd(folded: string, title: { start: number; end: number } | null, issuing: { start: number; end: number } | null): number | null {
  for (const span of [title, issuing]) {
    if (!span) continue;
    const s = folded.slice(span.start, span.end);
    const period = /giai doan (?:19|20)\d\d\s*[-–—]\s*((?:19|20)\d\d)/.exec(s);
    if (period) return Number(period[1]);
    const horizon = /(?:den|toi) nam ((?:19|20)\d\d)/.exec(s);
    if (horizon) return Number(horizon[1]);
  }
  return null;
}
