import { DOCUMENT_TYPES } from '../rules/lexicon.js';
import type { Block } from './structure.js';
import { boundedMatches, leftBounded } from './boundary.js';

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

// "Căn cứ … ban hành", "theo Kế hoạch … ban hành": the verb belongs to a cited document.
const CITING_BEFORE_VERB = /(?:can cu|thuc hien|trien khai|quan triet|(?:theo|tai|cua)\s+(?:nghi quyet|ke hoach|chuong trinh|quyet dinh|chi thi|de an|van ban|thong bao|ket luan|luat|nghi dinh))[^.;]*(?:ban hanh|thong qua|phe duyet)/;

// "ban hành Kế hoạch", "thông qua Nghị quyết", "phê duyệt Đề án"
const ISSUING = leftBounded(/(?:ban hanh|thong qua|phe duyet|ky ban hanh)\s+((?:chuong trinh|ke hoach|nghi quyet|quyet dinh|de an|chi thi))/g);

// "64-CTr/TU", "251/KH-UBND", "09/NQ-CP", "134/2025/QH15", "1318/QĐ-TTg", "20-NQ/TW"
const DOC_NUMBER = leftBounded(/(?<![\p{L}\d/])\d{1,6}[a-zA-Z]?(?:\/\d{4})?[/-](?:[\p{Lu}][\p{L}\d]{0,9})(?:[/-][\p{L}\d]{1,10}){0,4}(?![\p{L}\d])/gu);
// what every document number holds: most blocks have none, and DOC_NUMBER tries every place
const DOC_NUMBER_HINT = /\d[a-zA-Z]?[/-]/;
/** The document types, with each name as the folded text writes it. */
const TYPE_WORDS = DOCUMENT_TYPES.map(([name, code]) => ({
  name,
  code,
  folded: name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase(),
}));

function foldedIndexOfType(folded: string, at: number): { name: string; code: string } | null {
  const found = TYPE_WORDS.find((t) => folded.startsWith(t.folded, at));
  return found ? { name: found.name, code: found.code } : null;
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
  const titleNext = titleBlock ? main[main.indexOf(titleBlock) + 1] : undefined;
  const bareType = titleBlock !== null && titleNext !== undefined && /^\s*[\p{Lu}\s]{4,40}$/u.test(text.slice(titleBlock.start, titleBlock.end)) && foldedIndexOfType(folded, titleBlock.start) !== null;
  const titleSpan = titleBlock ? { start: titleBlock.start, end: bareType ? titleNext!.end : titleBlock.end } : null;

  const numbers: NumberMention[] = [];
  for (const b of main) {
    const raw = text.slice(b.start, b.end);
    if (!DOC_NUMBER_HINT.test(raw)) continue;
    for (const m of boundedMatches(DOC_NUMBER, raw)) {
      const start = b.start + m.index;
      const end = start + m[0].length;
      const before = folded.slice(Math.max(b.start, start - 80), start);
      const sentenceBefore = before.split(/[.;]\s/).pop() ?? before;
      const ownLabel = /(?:^|\s)so(?: hieu)?(?: van ban)?\s*:?\s*$/.test(before) && /^\s*(?:so|so hieu)/.test(folded.slice(b.start, start));
      const issued = /(?:ban hanh|thong qua|phe duyet)\s+[^.;]{0,40}$/.test(sentenceBefore) && !CITING_BEFORE_VERB.test(sentenceBefore);
      const cited = /(?:can cu|thuc hien|theo|tai|cua|trien khai|quan triet|nhu|va|ve viec|so)\s[^.;]{0,60}$/.test(sentenceBefore) && !issued;
      const inTitle = titleSpan !== null && start >= titleSpan.start && end <= titleSpan.end && /^\s*(?:ke hoach|chuong trinh|nghi quyet|quyet dinh|de an|chi thi|bao cao)[^.;]{0,30}$/.test(folded.slice(titleSpan.start, start));
      numbers.push({ start, end, text: m[0], own: ownLabel || issued || inTitle, cited: cited && !ownLabel && !inTitle });
    }
  }
  // "Kế hoạch số 296/KH-UBND ngày 12/01/2024 của UBND tỉnh …" opening a sentence names the plan itself.
  if (!numbers.some((n) => n.own)) {
    const opener = numbers.find((n) => {
      const block = main.find((b) => n.start >= b.start && n.start < b.end)!;
      const lastSentence = folded.slice(block.start, n.start).split(/[.!?]\s+/).pop() ?? '';
      return /^\s*(?:ke hoach|chuong trinh(?: hanh dong)?|nghi quyet|quyet dinh|de an|chi thi)(?: so)?\s*$/.test(lastSentence);
    });
    if (opener) opener.own = true;
  }
  const own = numbers.find((n) => n.own) ?? null;
  // The sentence that says the plan was issued: the one with its own number, else one with a date.
  const candidates: Array<{ start: number; end: number; type: string | null; dated: boolean }> = [];
  for (const b of main) {
    const raw = folded.slice(b.start, b.end);
    for (const m of boundedMatches(ISSUING, raw)) {
      const sStart = Math.max(0, raw.lastIndexOf('. ', m.index) + 1);
      const endRel = raw.indexOf('. ', m.index);
      const sentence = raw.slice(sStart, m.index);
      // "… của Chính phủ ban hành Chương trình …" names a cited document, not this one.
      if (/(?:can cu|thuc hien|quan triet)\s[^.;]*$/.test(sentence) || /cua\s+[^,.;]{0,60}$/.test(sentence)) continue;
      const typeAt = b.start + m.index + m[0].length - (m[1]?.length ?? 0);
      candidates.push({
        start: b.start + sStart,
        end: endRel < 0 ? b.end : b.start + endRel + 1,
        type: foldedIndexOfType(folded, typeAt)?.name ?? null,
        dated: /ngay\s+\d/.test(sentence),
      });
    }
  }
  // Of several "… ban hành …" sentences, the one about a document of this plan's own type.
  const ownType = (own ? typeFromNumber(own.text) : null) ?? (titleBlock ? (foldedIndexOfType(folded, titleBlock.start)?.name ?? null) : null);
  const sameType = ownType ? candidates.filter((c) => c.type !== null && (c.type === ownType || ownType.startsWith(c.type))) : [];
  const pool = sameType.length > 0 ? sameType : candidates;
  const chosen = pool.find((c) => own && own.start >= c.start && own.end <= c.end) ?? pool.find((c) => c.dated) ?? pool[0] ?? null;
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
  // A news page that reports no issuing carries its own date, which is the document's.
  const issuedDate = findIssuedDate(text, folded, blocks, issuingSentence, own) ?? (issuingSentence || own ? null : pageDate(text, blocks)?.date ?? null);
  const planYear = findPlanYear(folded, titleSpan, issuingSentence);
  const periodEnd = findPeriodEnd(folded, titleSpan, issuingSentence);
  const referenceYear = issuedDate ? Number(issuedDate.slice(0, 4)) : (pageDate(text, blocks)?.year ?? monthLine(text, main));
  return { title, titleSpan, documentType, documentNumber, issuedDate, basedOn, planYear, periodEnd, issuingSentence, referenceYear };
}

function typeInTitle(folded: string, span: { start: number; end: number } | null): string | null {
  if (!span) return null;
  const t = folded.slice(span.start, span.end);
  for (const { name, folded: f } of TYPE_WORDS) {
    const at = t.indexOf(f);
    // "Kế hoạch và Đầu tư" names a department, and "Nghị quyết số 20" a cited document.
    if (at >= 0 && !/^\s*(?:so\s*)?\d|^ va dau tu/.test(t.slice(at + f.length))) return name;
  }
  return null;
}

const LETTERHEAD = /^(?:uy ban nhan dan|ubnd|hoi dong nhan dan|tinh uy|thanh uy|huyen uy|ban thuong vu|ban chap hanh|dang bo|dang cong san|chinh phu|thu tuong|bo |cong hoa|doc lap|so:|so hieu|ngay ban hanh|ngay co hieu luc|loai van ban|co quan ban hanh|nguoi ky|linh vuc|[-_*=\s]+$)/;
const CAPS_PLACE = /^(?:tinh|thanh pho|huyen|thi xa|quan) /;

function findTitle(text: string, folded: string, main: ReadonlyArray<Block>): Block | null {
  for (const b of main.slice(0, 40)) {
    const raw = text.slice(b.start, b.end).trim();
    const f = folded.slice(b.start, b.end).trim();
    if (b.kind === 'table' || raw.length < 4 || !/\p{L}{2}/u.test(raw)) continue;
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
    const rest = next ? text.slice(next.start, next.end).replace(/\s+/g, ' ').trim() : '';
    if (rest && rest.length <= 300) title = `${sentenceCase(title)} ${rest === rest.toUpperCase() ? rest.toLowerCase() : rest.charAt(0).toLowerCase() + rest.slice(1)}`;
    else title = sentenceCase(title);
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

const DATE_LINE = /([\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}]*){0,3}), ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/u;

function findIssuedDate(
  text: string,
  folded: string,
  blocks: ReadonlyArray<Block>,
  issuing: { start: number; end: number } | null,
  own: { start: number; end: number } | null,
): string | null {
  const main = blocks.filter((b) => !b.chrome);
  // "Kiên Giang, ngày 20 tháng 10 năm 2023" (the line under the letterhead)
  for (const b of main.slice(0, 30)) {
    const line = text.slice(b.start, b.end);
    const m = DATE_LINE.exec(line);
    if (m && !/(?:số|ngày)\s*$/iu.test(line.slice(0, m.index))) return dateOf(m[2], m[3], m[4]);
  }
  // "Ngày ban hành 20/10/2023"
  for (const b of main.slice(0, 30)) {
    const m = /^\s*ngay ban hanh:?\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(folded.slice(b.start, b.end));
    if (m) return dateOf(m[1], m[2], m[3]);
  }
  // "Kế hoạch số 3412/KH-UBND ngày 21/8/2023"
  if (own) {
    const after = folded.slice(own.end, own.end + 40);
    const m = /^\s*(?:,\s*)?ngay\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(after) ?? /^\s*(?:,\s*)?ngay\s+(\d{1,2}) thang (\d{1,2}) nam (\d{4})/.exec(after);
    if (m) return dateOf(m[1], m[2], m[3]);
  }
  // "Ngày 07/8/2023, UBND tỉnh ban hành …", "Chiều 9/12, … thông qua …" with the year of the page's date line
  if (issuing) {
    const whole = folded.slice(issuing.start, issuing.end);
    const verb = whole.search(/ban hanh|thong qua|phe duyet/);
    const s = verb > 0 ? whole.slice(0, verb) : whole;
    const full = /(?:ngay|sang|chieu|toi|trua)\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(s) ?? /(?:^|\s)(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(s);
    if (full) return dateOf(full[1], full[2], full[3]);
    const words = /ngay\s+(\d{1,2}) thang (\d{1,2}) nam (\d{4})/.exec(s);
    if (words) return dateOf(words[1], words[2], words[3]);
    const short = /(?:ngay|sang|chieu|toi|trua)\s+(\d{1,2})[/.](\d{1,2})(?![/.\d])/.exec(s);
    const page = pageDate(text, blocks);
    if (short && page) return dateOf(short[1], short[2], String(page.year));
  }
  return null;
}

// "Hà Nội, tháng 10 năm 2025" under a letterhead: no day, but the year of the document.
function monthLine(text: string, main: ReadonlyArray<Block>): number | null {
  for (const b of main.slice(0, 30)) {
    const m = /(?:^|,\s*)tháng\s+\d{1,2}\s*(?:năm\s+|\/\s*)((?:19|20)\d\d)/iu.exec(text.slice(b.start, b.end));
    if (m) return Number(m[1]);
  }
  return null;
}

function dateOf(d: string | undefined, m: string | undefined, y: string | undefined): string | null {
  return MONTHS(Number(d), Number(m), Number(y));
}

// News pages carry their own date near the top ("Thứ Tư, 17/01/2024 - 15:20 | Lượt xem: 1.245"),
// often on a line that is otherwise page chrome.
function pageDate(text: string, blocks: ReadonlyArray<Block>): { year: number; date: string | null } | null {
  for (const b of blocks.slice(0, 12)) {
    const line = text.slice(b.start, b.end);
    if (line.length > 120) continue;
    const m = /(?:^|[\s,|])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/.exec(line);
    if (m) return { year: Number(m[3]), date: dateOf(m[1], m[2], m[3]) };
  }
  return null;
}

// "Kế hoạch phát triển KTTT năm 2024", "… trên địa bàn huyện Châu Thành năm 2024."
function findPlanYear(folded: string, title: { start: number; end: number } | null, issuing: { start: number; end: number } | null): number | null {
  for (const span of [title, issuing]) {
    if (!span) continue;
    const s = folded.slice(span.start, span.end);
    if (!/(?:ke hoach|chuong trinh|nhiem vu)/.test(s)) continue;
    // (each pattern has one way to split spaces and words: linear on a long title or sentence)
    // a year the data can hold (1900-2199): "năm 2224" in a garbled title is no plan year
    const m = /(?:^|\s)nam ((?:19|20|21)\d\d)\s*(?:[.)"”]\s*)?(?:\S+(?:\s+|$)){0,3}$/.exec(s.trim());
    const wordBefore = /(?:^|\s)(\S+)\s+nam \d{4}\s*(?:\.\s*)?$/.exec(s.trim())?.[1] ?? '';
    if (m && !/\d[/-][a-z]/.test(wordBefore)) {
      const before = s.trim().slice(0, m.index);
      if (!/(?:\d{1,6}[/-][a-z][^\s]*|ngay [\d/.]+|giai doan|den|toi)\s*$/.test(before)) return Number(m[1]);
    }
    // "… ban hành Kế hoạch số 418/KH-UBND về phát triển kinh tế tập thể năm 2024, nhằm …":
    // the year that closes the plan's subject, before a comma or "nhằm".
    const subject = /\s(?:ve|ve viec)\s[^.;]{3,160}?\snam ((?:19|20|21)\d\d)\s*(?:,|;|\.|$|\snham\s|\sde\s)/.exec(s);
    if (subject && !/(?:giai doan|den|toi|ngay)\s*$/.test(s.slice(0, subject.index + subject[0].indexOf(' nam ')))) return Number(subject[1]);
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
