import { hash } from 'node:crypto';
import { DocumentSchema, isDocumentRecord, type Comparator, type DocumentRecord, type Format, type Kind, type RejectedNumber, type Target, type Unit, type Warning } from '../schema/target-file.js';
import type { HeadClassName, Measure } from '../schema/rules.js';
import { builtinRules, type CompiledRule, type RuleSet } from '../rules/rule-set.js';
import { fold, makeLocator, normalise } from './normalise.js';
import { segmentSentences, structureMarkdown, structureText, type Block, type Sentence } from './structure.js';
import { findQuantities, hasPerYearCue, headAtStart, lastHeadIn, measureOf, type Quantity } from './quantities.js';
import { cueIndex, cueView } from './cue-view.js';
import { matchIndicator, type IndicatorMatch, type Scope } from './indicators.js';
import { yearInSentence, yearMentions, type YearMention } from './deadlines.js';
import { findKindCues, kindFromCues, kindOfHeading } from './kind.js';
import { readDocumentFields, type DocumentFields } from './document-fields.js';
import { detectIssuer } from './issuer.js';
import { tableCells } from './tables.js';
import { findProvinceMentions } from '../rules/gazetteer.js';
import { refineTargets, type Draft } from './refine.js';
import { firstNotBefore } from './search.js';
import { boundedMatches, leftBounded } from './boundary.js';

export interface ExtractOptions {
  /** path or name of the input, copied into the record */
  source?: string;
  /** how to read the structure: markdown through remark, or plain-text markers */
  format?: Format;
  /** how to parse blocks: remark (markdown) or plain-text markers; markdown by default for markdown, html and docx */
  structure?: 'text' | 'markdown';
  /** the encoding the reader detected, recorded as is */
  encoding?: string;
  /** indicator rules; the built-in set by default */
  rules?: RuleSet;
  /** add the rule and cues of each target, and the numbers that were not taken */
  explain?: boolean;
  /** warnings from the reader (encoding guesses, footers), carried into the record */
  warnings?: Warning[];
  /** page of each normalised offset, for paged formats */
  pageOf?: (originalOffset: number) => number | undefined;
  /** milliseconds spent per stage are added here (for the benchmark) */
  profile?: Record<string, number>;
}

export const STAGES = ['normalise', 'structure', 'quantities', 'indicators', 'deadlines', 'document', 'validate'] as const;

const SUBJECTS = new Set<HeadClassName>(['tht', 'htx', 'lhhtx', 'ktt']);

interface Context {
  rank: number;
  year: number | null;
  kind: Kind | null;
}

/**
 * Reads one plan and returns its record: document fields, issuer, and every numeric
 * target and baseline with value, comparator, unit, deadline, indicator, quote and
 * location. Pure: same input, same output.
 */
export function extract(input: string, options: ExtractOptions = {}): DocumentRecord {
  const profile = options.profile;
  let t = profile ? performance.now() : 0;
  const lap = (stage: (typeof STAGES)[number]): void => {
    if (!profile) return;
    const now = performance.now();
    profile[stage] = (profile[stage] ?? 0) + now - t;
    t = now;
  };
  const rules = options.rules ?? builtinRules();
  const format: Format = options.format ?? 'text';
  const markdown = (options.structure ?? (format === 'markdown' || format === 'html' || format === 'docx' ? 'markdown' : 'text')) === 'markdown';
  const norm = normalise(input);
  // Markdown emphasis would sit between a comparator and its number ("trên **70%**").
  const plain = markdown ? norm.text.replace(/[*_`]/g, ' ') : norm.text;
  const folded = markdown ? fold(plain) : norm.folded;
  lap('normalise');
  const outline = markdown ? markdownOutline(plain) : { blocks: structureText(plain), warning: null };
  const blocks = outline.blocks;
  lap('structure');

  const warnings: Warning[] = [...(options.warnings ?? []), ...(outline.warning ? [outline.warning] : [])];
  const fields = readDocumentFields(norm.text, folded, blocks);
  const issuer = detectIssuer({ text: norm.text, folded, blocks, issuingSentence: fields.issuingSentence, title: fields.titleSpan }, warnings);
  lap('document');

  const drafts: Draft[] = [];
  const rejected: Array<{ start: number; end: number; reason: string }> = [];
  const stack: Context[] = [];
  const title = fields.titleSpan ? kindOfHeading(cueView(folded, fields.titleSpan.start, fields.titleSpan.end)) : null;
  const documentKind = title === 'baseline' ? title : null;
  const otherPlaces = placesOtherThan(norm.text, folded, issuer);
  // A zero cue that the document's words never hold is in none of its clauses: most plans
  // state no zero, and every clause would be searched for every cue.
  const words = cueIndex(folded).words;
  const zeroRules = rules.withZero.map((r) => ({ ...r, zero: r.zero.filter((z) => words.includes(z.folded)) })).filter((r) => r.zero.length > 0);
  // the last framing year of the paragraphs since the last heading, not after the document's
  // own year, for results stated without one ("Hạn chế: … chỉ có 07 …")
  let sectionPast: YearMention | null = null;
  const ref = fields.referenceYear;
  for (const block of blocks) {
    while (stack.length > 0 && stack[stack.length - 1]!.rank >= block.rank) stack.pop();
    if (block.chrome) {
      if (options.explain) for (const m of numbersIn(plain, block)) rejected.push({ ...m, reason: 'page chrome (navigation, counters, related articles)' });
      continue;
    }
    if (block.kind === 'table') {
      // one by one: a spread of a table of a million rows would overflow the stack
      for (const d of readTable(plain, folded, block, stack, fields, rules)) drafts.push(d);
      continue;
    }
    const sentences = segmentSentences(plain, block.start, block.end);
    // Kept as the last ones seen, not as lists searched per number: a block of thousands of
    // dated sentences stays linear.
    const carried: CarriedYears = { horizon: null, horizonOrAsOf: null };
    let blockYear: number | null = null;
    if (block.kind === 'heading') sectionPast = null;
    let framingPast: YearMention | null = null;
    let paragraphKind: Kind | null = null;
    for (const sentence of sentences) {
      const found = readSentence(plain, folded, sentence, { stack, carried, sectionPast, fields, rules, zeroRules, lap, documentKind, otherPlaces, paragraphKind });
      paragraphKind = found.lastKind ?? paragraphKind;
      for (const d of found.drafts) drafts.push(d);
      for (const r of found.rejected) rejected.push(r);
      for (const m of found.mentions) {
        if (m.local) continue;
        if (m.role === 'horizon') carried.horizon = m;
        if (m.role === 'horizon' || m.role === 'asof') carried.horizonOrAsOf = m;
        if (m.role !== 'skip' && m.start - sentence.start < 30 && (ref === null || m.year <= ref)) framingPast = m;
      }
      // A section names the year it is about, a goal's or a result's ("Ước thực hiện năm 2023").
      blockYear ??= found.mentions.find((m) => m.role !== 'skip')?.year ?? null;
    }
    // Only a paragraph's framing year ("Đến hết năm 2022, toàn huyện có …") carries on.
    if (block.kind === 'paragraph' && framingPast) sectionPast = framingPast;
    if (block.kind === 'heading' || block.leadIn) {
      stack.push({ rank: block.rank, year: blockYear, kind: kindOfHeading(cueView(folded, block.start, block.end)) });
    }
  }
  const locator = makeLocator(norm);
  const targets = refineTargets(drafts).map((d) => toTarget(d, norm.text, locator, options));
  lap('deadlines');

  const record: DocumentRecord = {
    source: options.source ?? '-',
    format,
    encoding: options.encoding ?? 'utf-8',
    title: fields.title,
    documentType: fields.documentType,
    documentNumber: fields.documentNumber,
    issuedDate: fields.issuedDate,
    issuer,
    basedOn: fields.basedOn,
    targets,
    warnings,
  };
  if (options.explain) {
    record.rejected = rejected
      .sort((a, b) => a.start - b.start)
      .map((r): RejectedNumber => ({ text: norm.text.slice(r.start, r.end), reason: r.reason, location: locator.locate(r.start) }));
  }
  const valid = isDocumentRecord(record);
  lap('validate');
  if (!valid) throw new Error(`internal error: the record of ${options.source ?? '-'} fails the schema: ${DocumentSchema.safeParse(record).error?.issues[0]?.message}`);
  return record;
}

/**
 * Provinces named in the text that are not the issuer's: figures in a sentence about one of
 * them ("Phó Chủ tịch UBND tỉnh Đồng Tháp cho biết, tỉnh hiện có 216 hợp tác xã") are that
 * province's, not the issuer's. For a national issuer every province is another place. The
 * place of an event ("tại Hà Nội") is not.
 */
function placesOtherThan(text: string, folded: string, issuer: DocumentRecord['issuer']): Array<{ start: number; province: string }> {
  const own = issuer.province;
  if (issuer.level !== 'national' && own === null) return [];
  return findProvinceMentions(text)
    .filter((m) => issuer.level === 'national' || m.province !== own)
    .filter((m) => !/(?:tai|o|den|cua)\s+(?:(?:tinh|thanh pho|tp)\.?\s+)?$/.test(folded.slice(Math.max(0, m.start - 16), m.start)))
    .map((m) => ({ start: m.start, province: m.province }))
    .sort((a, b) => a.start - b.start);
}

// The first place named in [from, to), by binary search: the list is the whole document's
// (sorted by position), and a scan per quantity made long documents quadratic.
function placeBetween<P extends { start: number }>(places: ReadonlyArray<P>, from: number, to: number): P | undefined {
  const p = places[firstNotBefore(places.length, (i) => places[i]!.start < from)];
  return p && p.start < to ? p : undefined;
}

// The Markdown parser takes time quadratic in the depth of nesting, and recurses once per
// level: thousands of nested list items or quotes ("1. 1. 1. …", "> > > …") take minutes or
// overflow the stack. Such a text is read as plain text.
const DEEP_NESTING = /^[ \t]*(?:>[ \t]*|(?:[-+*]|\d{1,9}[.)])[ \t]+){16}/m;

function markdownOutline(text: string): { blocks: Block[]; warning: Warning | null } {
  const warning: Warning = { code: 'markdown-too-deep', message: 'the Markdown nests too deeply to parse; read as plain text' };
  if (DEEP_NESTING.test(text)) return { blocks: structureText(text), warning };
  try {
    return { blocks: structureMarkdown(text), warning: null };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { blocks: structureText(text), warning };
  }
}

function numbersIn(plain: string, block: Block): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of plain.slice(block.start, block.end).matchAll(/\d[\d.,]*/g)) out.push({ start: block.start + m.index, end: block.start + m.index + m[0].length });
  return out;
}

/** The last year mentions of a block's earlier sentences that a later number may take. */
interface CarriedYears {
  /** the last deadline ("Đến năm 2030, …") */
  horizon: YearMention | null;
  /** the last deadline or as-of date ("Tính đến 31/12/2023, …"), for a baseline */
  horizonOrAsOf: YearMention | null;
}

interface SentenceEnv {
  stack: ReadonlyArray<Context>;
  /** the mode of the paragraph so far: "Tính đến …, toàn tỉnh có …. Khoảng 57% …" */
  paragraphKind: Kind | null;
  /** the section's last framing year not after the document's own */
  sectionPast: YearMention | null;
  otherPlaces: ReadonlyArray<{ start: number; province: string }>;
  /** a report or a review ("Sơ kết 02 năm …") states results unless it says otherwise */
  documentKind: Kind | null;
  carried: Readonly<CarriedYears>;
  fields: DocumentFields;
  rules: RuleSet;
  /** the rules with zero cues, each with only the cues the document's words hold */
  zeroRules: ReadonlyArray<CompiledRule>;
  lap: (stage: (typeof STAGES)[number]) => void;
}

function readSentence(
  plain: string,
  folded: string,
  sentence: Sentence,
  env: SentenceEnv,
): { drafts: Draft[]; rejected: Array<{ start: number; end: number; reason: string }>; mentions: YearMention[]; lastKind: Kind | null } {
  const found = findQuantities(plain, folded, sentence);
  const mentions = yearMentions(folded, found.masks);
  env.lap('quantities');
  const rejected = found.rejected.map((r) => ({ ...r, reason: REASONS[r.reason] ?? r.reason }));
  const kindCues = findKindCues(folded, sentence.start, sentence.end);
  // "31% năm 2013", "0,6 tỷ đồng năm 2013", "48% (năm 2020)": a year right after a number dates it.
  const attached = new Map<YearMention, Quantity>();
  let qi = 0;
  for (const m of mentions) {
    while (qi + 1 < found.quantities.length && found.quantities[qi + 1]!.numEnd <= m.start) qi += 1;
    const q = found.quantities[qi];
    if (q && m.start >= q.numEnd && m.start - q.numEnd < 12 && /^\s*\(?\s*(?:nam\s*)?$/.test(folded.slice(q.numEnd, m.start))) attached.set(m, q);
  }
  const sentenceView = cueView(folded, sentence.start, sentence.end);
  const drafts: Draft[] = [];
  const leads: string[] = [];
  sentence.clauses.forEach((clause, c) => {
    const qs = found.quantities.filter((q) => q.clause === c);
    const leadEnd = qs[0]?.start ?? clause.end;
    const lead = cueView(folded, clause.start, leadEnd);
    // "…; 700 hợp tác xã với 100.000 thành viên" continues the list of the clause before.
    leads[c] = lead.trim() === '' && c > 0 ? (leads[c - 1] ?? lead) : lead;
  });
  const accepted: ListItem[] = [];
  const bounds = ownBounds(folded, found.quantities, sentence);
  found.quantities.forEach((q, i) => {
    const clause = sentence.clauses[q.clause]!;
    const { start: ownStart, end: ownEnd } = bounds[i]!;
    const elsewhere = placeBetween(env.otherPlaces, sentence.start, q.start);
    if (elsewhere) {
      rejected.push({ start: q.numStart, end: q.numEnd, reason: `a figure of another place (${elsewhere.province})` });
      return;
    }
    const nearView = cueView(folded, q.numEnd, Math.min(q.tailEnd, ownEnd));
    const wideView = cueView(folded, Math.max(sentence.start, q.start - 80), Math.min(q.tailEnd, ownEnd));
    const notOurs = NOT_A_GOAL.find(([re, , near]) => re.test(near ? nearView : wideView));
    if (notOurs) {
      rejected.push({ start: q.numStart, end: q.numEnd, reason: notOurs[1] });
      return;
    }
    // looked for near the number: a search back through the text per number is quadratic
    const paren = openParenBefore(folded, Math.max(sentence.start, q.start - 200), q.start);
    let total: Quantity | undefined;
    for (let k = i - 1; k >= 0 && paren >= 0; k -= 1) {
      if (found.quantities[k]!.numEnd < paren) {
        total = found.quantities[k];
        break;
      }
    }
    const counts = (x: Quantity): boolean => x.measure === 'count' || x.measure === 'person' || x.measure === null;
    if (paren >= 0 && total && paren - total.tailEnd <= 2 && counts(total) && counts(q)) {
      rejected.push({ start: q.numStart, end: q.numEnd, reason: 'a breakdown in parentheses ("25 hợp tác xã (24 … nông nghiệp, 01 … vận tải)")' });
      return;
    }
    const resolved = resolveHead(folded, q, ownStart);
    const before = cueView(folded, ownStart, q.start);
    const prevStart = i > 0 && found.quantities[i - 1]!.clause === q.clause ? bounds[i - 1]!.start : ownStart;
    // "11 hợp tác xã hoạt động hiệu quả, chiếm 40,7%": a share stated right after the item it measures.
    const coreStart = (resolved.measure === 'percent' && RATIO_ONLY.test(before)) || RESTATED.test(before) ? prevStart : ownStart;
    const tailEnd = Math.min(Math.max(q.tailEnd, q.numEnd), ownEnd);
    const lead = leads[q.clause] ?? '';
    // A bullet that is only a list of counts ("a) Không ít hơn 1.500 tổ hợp tác; 400 hợp tác
    // xã …") states how many there will be, as if it said "có".
    const bare = lead.trim() === '' && SUBJECTS.has(resolved.head as HeadClassName) && q.start - clause.start < 60 && ONLY_SEPARATORS.test(cueView(folded, clause.start, q.start));
    const scope: Scope = {
      core: cueView(folded, coreStart, tailEnd) + (bare ? 'co ' : ''),
      after: cueView(folded, tailEnd, ownEnd),
      lead,
      sentence: sentenceView,
      // up to a "trong đó", whose words qualify the items after it
      beyond: STRONG_AT_START.test(folded.slice(ownEnd, ownEnd + 12)) ? '' : cueView(folded, ownEnd, Math.min(clause.end, ownEnd + 300)),
    };
    // "có thêm 50 tổ hợp tác được thành lập" is a count of new ones, not a change.
    const newlyFounded = / thanh lap /.test(cueView(folded, ownStart, Math.min(ownEnd, q.tailEnd + 40)));
    if (q.delta && !newlyFounded && resolved.measure !== 'percent' && resolved.measure !== 'growth') {
      rejected.push({ start: q.numStart, end: q.numEnd, reason: 'a change ("tăng 20 HTX"), not a level' });
      return;
    }
    if (resolved.head === 'fee') {
      rejected.push({ start: q.numStart, end: q.numEnd, reason: 'a share of a cost or fee, not of organisations' });
      return;
    }
    const owner = resolved.head === 'member' ? ownerOf(folded, found.quantities, i, ownStart, q.start) : 'none';
    const match = matchIndicator({ measure: resolved.measure, of: resolved.head as HeadClassName, owner }, scope, env.rules);
    if (!match) {
      rejected.push({ start: q.numStart, end: q.numEnd, reason: 'no domain indicator' });
      return;
    }
    const datesAnother = (m: YearMention): boolean => {
      const owner = attached.get(m);
      return owner !== undefined && owner !== q;
    };
    const draft = makeDraft(q, match, resolved.unit, { folded, plain, sentence, clause, ownStart, ownEnd, mentions, kindCues, env, lead: scope.lead, datesAnother });
    const first = accepted.length === 0 || accepted[accepted.length - 1]!.q.clause !== q.clause;
    const clauseBefore = cueView(folded, Math.max(clause.start, q.start - 60), q.start);
    const continues = q.clause > 0 && q.start - clause.start < 60 && ONLY_SEPARATORS.test(clauseBefore);
    const words = clauseBefore.trim();
    accepted.push({ q, draft, first, continues, verb: words.slice(words.lastIndexOf(' ') + 1) });
  });
  env.lap('indicators');
  distributeComparators(accepted);
  drafts.push(...accepted.map((a) => a.draft));
  drafts.push(...zeroTargets(folded, sentence, mentions, kindCues, env));
  env.lap('deadlines');
  const lastKind = kindCues.findLast((c) => !c.weak)?.kind ?? null;
  return { drafts, rejected, mentions, lastKind };
}

const REASONS: Record<string, string> = {
  date: 'date',
  year: 'year',
  'document-number': 'document number',
  phone: 'phone number',
  version: 'version or decimal without unit ("4.0")',
  ordinal: 'ordinal or article number',
  duration: 'duration ("6 tháng", "5 năm")',
  address: 'web or mail address',
  time: 'time of day',
};

// Numbers near these words are someone else's or a policy's, not the plan's goals.
// (The third field: look only at the number's own noun phrase.)
const NOT_A_GOAL: ReadonlyArray<readonly [RegExp, string, boolean]> = [
  [/ (?:the gioi|toan cau|quoc te|cac nuoc) /, 'a figure of the world or other countries', false],
  [/ chua /, 'a negated figure ("30% hợp tác xã chưa có giám đốc được đào tạo")', true],
  [/ (?:ho tro|cho) moi (?:hop tac xa|htx|to hop tac|thanh vien|don vi) /, 'a per-cooperative allowance of a support policy', false],
];

// Words that separate the items of a list: each item owns the words up to the next one.
// searched with boundedMatches, not matchAll: matchAll copies its pattern at every call, which
// cost more than the search itself on the short gaps between two numbers
const SEPARATOR = leftBounded(/[,;]|(?<![a-z])(?:va|voi|trong do|dong thoi|gom|bao gom)(?![a-z])/g);
const STRONG_SEPARATOR = leftBounded(/;|(?<![a-z])(?:trong do|dong thoi|song)(?![a-z])/g);
const STRONG_AT_START = /^[\s,]*(?:;|trong do|dong thoi|song)(?![a-z])/;
const ONLY_SEPARATORS = /^\s*(?:(?:va|voi|cung|gom|bao gom|con|hon|tren|khoang|gan|toi thieu|it nhat|tu)\s+)*$/;
const RATIO_ONLY = /^\s*(?:(?:chiem|dat|la|bang|tuong duong|tuong ung|khoang|tren|duoi|gan|hon|ty le|ti le)\s+)+$/;
// "35% hợp tác xã … (tương đương khoảng 320 hợp tác xã)": the same population, counted.
const RESTATED = /^\s*(?:tuong duong|tuong ung|tuc la|hay)(?:\s+(?:voi|khoang|gan|tren|hon|la))*\s*$/;

/**
 * Splits a clause among its numbers: each owns the words from the separator before it to
 * the separator before the next ("Khoảng 75% số HTX … hoạt động có hiệu quả | , trong đó
 * có ít nhất 60% đạt loại tốt, khá").
 */
function ownBounds(folded: string, qs: ReadonlyArray<Quantity>, sentence: Sentence): Array<{ start: number; end: number }> {
  const cuts: number[] = [];
  qs.forEach((q, i) => {
    const next = qs[i + 1];
    if (!next || next.clause !== q.clause) return;
    // The last strong break (";", "trong đó") if there is one; else a "và", "với" or comma
    // right before the next item ("… cao đẳng, đại học và 30 cán bộ"); else the first comma
    // ("… đạt 62%, thu nhập bình quân của thành viên, người lao động … 7,5 triệu").
    const gap = folded.slice(q.numEnd, next.start);
    let cut = -1;
    for (const m of boundedMatches(STRONG_SEPARATOR, gap)) cut = q.numEnd + m.index;
    if (cut < 0) {
      const all = boundedMatches(SEPARATOR, gap);
      const last = all[all.length - 1];
      const close = last && gap.slice(last.index + last[0].length).trim().split(/\s+/).filter(Boolean).length <= 3;
      const chosen = close ? last : all[0];
      if (chosen) cut = q.numEnd + chosen.index;
    }
    cuts[i] = cut >= 0 ? cut : Math.min(q.tailEnd, next.start);
  });
  return qs.map((q, i) => {
    const clause = sentence.clauses[q.clause]!;
    const prevCut = i > 0 && qs[i - 1]!.clause === q.clause ? cuts[i - 1]! : clause.start;
    return { start: prevCut, end: cuts[i] ?? clause.end };
  });
}

/** The head noun nearest before `to` (the longest one where names nest: "liên hiệp hợp tác xã"). */
/** The "(" still open at `to`, looking back no further than `from`; -1 when there is none. */
function openParenBefore(folded: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k -= 1) {
    const c = folded[k];
    if (c === ')') return -1;
    if (c === '(') return k;
  }
  return -1;
}

/** The head noun a phrase starts with, and how many words follow it. */
function headOf(phrase: string): { cls: HeadClassName; wordsAfter: number } | null {
  const view = ` ${phrase.trim()} `;
  const found = headAtStart(view);
  if (!found) return null;
  const rest = view.slice(found.noun.length + 1).trim();
  return { cls: found.cls as HeadClassName, wordsAfter: rest === '' ? 0 : rest.split(' ').length };
}

function nearestHead(folded: string, from: number, to: number, only?: ReadonlySet<HeadClassName>): HeadClassName | null {
  return nearestHeadMatch(folded, from, to, only)?.cls ?? null;
}

function nearestHeadMatch(folded: string, from: number, to: number, only?: ReadonlySet<HeadClassName>): { cls: HeadClassName; wordsAfter: number } | null {
  const view = cueView(folded, from, to);
  const found = lastHeadIn(view, only);
  if (!found) return null;
  const rest = view.slice(found.end).trim();
  return { cls: found.cls as HeadClassName, wordsAfter: rest === '' ? 0 : rest.split(' ').length };
}

const FEE_AFTER = /^\s*(?:hoc phi|kinh phi|chi phi|von|lai suat|gia tri hop dong|tong muc|du toan|phi|tien)(?![a-z])/;
const PERSON_ROLES = new Set<HeadClassName>(['member', 'manager', 'director']);

/**
 * What a number counts when the noun after it does not say: a percentage is of the
 * organisations named before it ("Tỷ lệ HTX … đạt 50%"); "người" after members or managers
 * counts them ("tổng số thành viên HTX là 108.640 người"); a bare number after a "số …"
 * phrase counts that noun ("Số liên hiệp hợp tác xã ước đạt 135").
 */
function resolveHead(folded: string, q: Quantity, ownStart: number): { head: HeadClassName | 'fee'; measure: Measure | null; unit: Unit | null } {
  let head: HeadClassName = q.head;
  let measure = q.measure;
  let unit = q.unit;
  const from = Math.max(ownStart, q.start - 80);
  if (measure === 'percent') {
    if (FEE_AFTER.test(folded.slice(q.numEnd, q.numEnd + 24))) return { head: 'fee', measure, unit };
    if (head === 'none') head = nearestHead(folded, ownStart, q.start) ?? 'none';
  } else if (head === 'person') {
    const role = nearestHead(folded, from, q.start, PERSON_ROLES);
    if (role) head = role;
  } else if (measure === null) {
    const phrase = cueView(folded, from, q.start);
    // "tổng số thành viên hợp tác xã khoảng 64.800": the noun after "số" is what is counted.
    const counted = / (?:tong so|so luong|so) (.*)$/.exec(phrase);
    const noun = (counted ? headOf(counted[1]!) : null) ?? nearestHeadMatch(folded, from, q.start);
    // The noun must stand close: "Số liên hiệp hợp tác xã ước đạt 135", not "một số HTX … Covid-19".
    if (noun && noun.wordsAfter <= 4 && (/ (?:so|tong so|so luong) /.test(phrase) || /:\s*$/.test(folded.slice(from, q.start)))) {
      head = noun.cls;
      measure = measureOf(null, head);
      unit = measure === 'person' ? 'person' : measure === 'count' ? 'count' : null;
    }
  }
  return { head, measure, unit };
}

// Whose members: the item just before ("3.000 tổ hợp tác với 63.000 thành viên"), else
// the nearest organisation named before the number.
function ownerOf(folded: string, qs: ReadonlyArray<Quantity>, i: number, ownStart: number, at: number): HeadClassName {
  // "70.000 thành viên hợp tác xã": the noun after says whose.
  const q = qs[i]!;
  const after = /^\s*(?:thanh vien|xa vien)\s+(?:cua\s+(?:cac\s+)?)?(to hop tac|tht|hop tac xa|htx|lien hiep|to chuc kinh te tap the)/.exec(folded.slice(q.numEnd, q.numEnd + 48));
  if (after) return after[1] === 'to hop tac' || after[1] === 'tht' ? 'tht' : after[1] === 'lien hiep' ? 'lhhtx' : after[1] === 'to chuc kinh te tap the' ? 'ktt' : 'htx';
  const prev = qs[i - 1];
  if (prev && SUBJECTS.has(prev.head) && at - prev.numEnd < 60 && /(?:voi|co|gom|thu hut|,)/.test(folded.slice(prev.numEnd, at))) return prev.head;
  const near = nearestHead(folded, Math.max(0, ownStart - 80), at);
  return near && SUBJECTS.has(near) ? near : 'none';
}

interface DraftEnv {
  folded: string;
  plain: string;
  sentence: Sentence;
  clause: { start: number; end: number };
  ownStart: number;
  ownEnd: number;
  mentions: YearMention[];
  kindCues: ReturnType<typeof findKindCues>;
  env: SentenceEnv;
  lead: string;
  /** true for years that date other numbers of the sentence */
  datesAnother: (m: YearMention) => boolean;
}

function makeDraft(q: Quantity, match: IndicatorMatch, unit: Unit | null, d: DraftEnv): Draft {
  const rule = match.rule.rule;
  const { kind, kindFrom, when } = decideKind(q.numStart, { start: d.ownStart, end: d.ownEnd }, d.clause.end, d.kindCues, d.mentions, d.env, d.datesAnother);
  const perYear = (q.measure === 'count' || q.measure === 'person') && (q.perYear || hasPerYearCue(d.folded, d.ownStart, d.ownEnd) || hasPerYearCue(d.folded, d.clause.start, q.start));
  return {
    kind,
    indicator: rule.key,
    subject: rule.subject,
    ...amountOf(q, rule.unit, unit),
    deadline: when.year,
    deadlineFrom: when.from,
    perYear,
    quoteStart: quoteStart(d.plain, d.ownStart, q.start),
    quoteEnd: q.tailEnd,
    numStart: q.numStart,
    numEnd: q.numEnd,
    sentenceStart: d.sentence.start,
    rule: rule.key,
    cues: match.cues,
    kindFrom,
  };
}

/** The amount of a quantity as a draft states it, in the unit of its indicator. */
function amountOf(q: Quantity, ruleUnit: Unit, stated: Unit | null): Pick<Draft, 'comparator' | 'comparatorCue' | 'explicitComparator' | 'value' | 'min' | 'max' | 'unit'> {
  return { comparator: q.comparator, comparatorCue: q.comparatorCue, explicitComparator: q.comparatorCue !== null, value: q.value, min: q.min, max: q.max, unit: targetUnit(ruleUnit, stated) };
}

function targetUnit(ruleUnit: Unit, stated: Unit | null): Unit {
  if (stated === 'vnd_per_month') return stated;
  return ruleUnit;
}

function quoteStart(plain: string, ownStart: number, start: number): number {
  let s = ownStart;
  while (s < start && /[\s,;:.\-–)(]/.test(plain[s] as string)) s += 1;
  if (start - s > 140) {
    s = start - 80;
    while (s < start && !/\s/.test(plain[s - 1] as string)) s += 1;
  }
  return s;
}

type DeadlineFrom = Draft['deadlineFrom'];

/**
 * Target or baseline, and the year it is for. A cue in the sentence decides; else the
 * section (or, for a report or a review, the document) gives a first guess, with which the
 * year is looked up; a year before the document's own, or an as-of date ("tính đến",
 * "đến hết tháng 6/2024"), then makes it a figure already reached.
 */
function decideKind(
  at: number,
  own: { start: number; end: number },
  clauseEnd: number,
  cues: ReturnType<typeof findKindCues>,
  mentions: ReadonlyArray<YearMention>,
  env: SentenceEnv,
  datesAnother: (m: YearMention) => boolean = () => false,
): { kind: Kind; kindFrom: string | null; when: { year: number | null; from: DeadlineFrom; asOf: boolean } } {
  const cue = kindFromCues(cues, at, clauseEnd);
  const section = env.paragraphKind ?? env.stack.findLast((s) => s.kind !== null)?.kind ?? env.documentKind;
  let kind: Kind = cue?.kind ?? section ?? 'target';
  let kindFrom: string | null = cue?.cue ?? (section ? 'section heading' : null);
  const present = cue !== null && /^(?:hiện|đến nay|tới nay)/u.test(cue.cue);
  const when = resolveDeadline(at, own, kind, mentions, env, present, datesAnother);
  if (!cue || cue.weak) {
    const ref = env.fields.referenceYear;
    if (!cue && kind === 'baseline' && when.year !== null && ref !== null && when.year > ref) {
      kind = 'target';
      kindFrom = `year ${when.year} after the document (${ref})`;
    } else if (when.year !== null && ref !== null && when.year < ref && when.from !== 'document') {
      kind = 'baseline';
      kindFrom = `year ${when.year} before the document (${ref})`;
    } else if (when.asOf && kind === 'target' && (when.from === 'clause' || when.from === 'sentence')) {
      kind = 'baseline';
      kindFrom = 'an as-of date';
    }
  }
  return { kind, kindFrom, when };
}

function resolveDeadline(
  at: number,
  own: { start: number; end: number },
  kind: Kind,
  mentions: ReadonlyArray<YearMention>,
  env: SentenceEnv,
  present = false,
  datesAnother: (m: YearMention) => boolean = () => false,
): { year: number | null; from: DeadlineFrom; asOf: boolean } {
  // "từ tháng 6/2022 đến nay": the figure is as of the document's own year.
  const yearOf = (m: YearMention): number => (m.untilNow && env.fields.referenceYear !== null ? Math.max(m.year, env.fields.referenceYear) : m.year);
  const here = yearInSentence(mentions, at, own, datesAnother);
  if (here) return { year: yearOf(here), from: here.start >= own.start && here.end <= own.end ? 'clause' : 'sentence', asOf: here.role === 'asof' };
  const before = kind === 'baseline' ? env.carried.horizonOrAsOf : env.carried.horizon;
  if (before) return { year: yearOf(before), from: 'context', asOf: false };
  const heading = env.stack.findLast((s) => s.year !== null);
  const ref = env.fields.referenceYear;
  // "Hiện nay …", "… đến nay": as of the time of writing.
  if (kind === 'baseline' && present && ref !== null) return { year: ref, from: 'document', asOf: false };
  if (kind === 'baseline' && env.sectionPast) return { year: yearOf(env.sectionPast), from: 'context', asOf: false };
  if (heading) return { year: heading.year, from: 'heading', asOf: false };
  if (env.fields.planYear !== null) return { year: env.fields.planYear, from: 'document', asOf: false };
  if (env.fields.periodEnd !== null && kind === 'target') return { year: env.fields.periodEnd, from: 'period', asOf: false };
  if (kind === 'baseline' && env.fields.referenceYear !== null) return { year: env.fields.referenceYear, from: 'document', asOf: false };
  return { year: null, from: 'none', asOf: false };
}

// A comparator before the first item of a list covers the list to the end of the sentence
// ("có khoảng 3.000 tổ hợp tác với 63.000 thành viên; 700 hợp tác xã …"); one on a later
// item ("738 HTX với hơn 64.000 thành viên") is that item's alone. 100% is never "more than".
interface ListItem {
  q: Quantity;
  draft: Draft;
  /** first number of its clause */
  first: boolean;
  /** its clause starts with the number itself ("…; 700 hợp tác xã với …") */
  continues: boolean;
  /** the word just before the number or its comparator ("đạt") */
  verb: string;
}

// A clause with words of its own before its first number starts a new list ("…đạt ít nhất
// 29%; Giám đốc … là 80%"), unless it repeats the verb the list's comparator follows
// ("Số tổ hợp tác đạt khoảng 140 nghìn…; số hợp tác xã đạt 45 nghìn…").
function distributeComparators(accepted: ListItem[]): void {
  let active: { comparator: Comparator; cue: string; verb: string } | null = null;
  for (const { draft, first, continues, verb } of accepted) {
    if (first && !continues && active && active.verb !== verb) active = null;
    if (draft.explicitComparator) {
      if (first) active = draft.comparator === 'range' || draft.comparator === 'eq' ? null : { comparator: draft.comparator, cue: draft.comparatorCue ?? '', verb };
      continue;
    }
    if (!active || draft.comparator !== 'eq') continue;
    if (draft.unit === 'percent' && draft.value === 100 && (active.comparator === 'gt' || active.comparator === 'gte')) continue;
    draft.comparator = active.comparator;
    draft.comparatorCue = `${active.cue} (shared by the list)`;
  }
}

// "không có HTX hoạt động yếu kém": a goal of zero, stated without a digit.
function zeroTargets(
  folded: string,
  sentence: Sentence,
  mentions: ReadonlyArray<YearMention>,
  kindCues: ReturnType<typeof findKindCues>,
  env: SentenceEnv,
): Draft[] {
  const out: Draft[] = [];
  for (const clause of sentence.clauses) {
    const view = cueView(folded, clause.start, clause.end);
    for (const { rule, zero, cues } of env.zeroRules) {
      for (const z of zero) {
        const at = view.indexOf(z.needle);
        if (at < 0) continue;
        const after = view.slice(at + z.folded.length + 1);
        if (!/ (?:htx|hop tac xa|to hop tac|lien hiep|to chuc) /.test(after.slice(0, 40))) continue;
        const groups = cues.map((g) => g.find((c) => after.includes(c.needle)));
        if (groups.some((g) => g === undefined)) continue;
        const raw = folded.slice(clause.start, clause.end);
        const zAt = clause.start + raw.search(new RegExp(z.folded.replace(/ /g, '[^a-z0-9]+')));
        const lastCue = groups[groups.length - 1]!.folded;
        const cueAt = folded.indexOf(lastCue.split(' ')[0] as string, zAt);
        const end = Math.min(clause.end, cueAt + lastCue.length);
        const kindCue = kindFromCues(kindCues, zAt, clause.end);
        const kind = kindCue?.kind ?? 'target';
        const when = resolveDeadline(zAt, clause, kind, mentions, env);
        out.push({
          kind,
          indicator: rule.key,
          subject: rule.subject,
          comparator: 'eq',
          comparatorCue: z.folded,
          explicitComparator: true,
          value: 0,
          min: null,
          max: null,
          unit: rule.unit,
          deadline: when.year,
          deadlineFrom: when.from,
          perYear: false,
          quoteStart: zAt,
          quoteEnd: end,
          numStart: zAt,
          numEnd: end,
          sentenceStart: sentence.start,
          rule: rule.key,
          cues: groups.map((g) => g!.text),
          kindFrom: kindCue?.cue ?? null,
        });
        break;
      }
    }
  }
  return out;
}

function readTable(plain: string, folded: string, block: Block, stack: ReadonlyArray<Context>, fields: DocumentFields, rules: RuleSet): Draft[] {
  const out: Draft[] = [];
  for (const tc of tableCells(folded, block)) {
    const sentence: Sentence = { start: tc.cell.start, end: tc.cell.end, clauses: [{ start: tc.cell.start, end: tc.cell.end }] };
    const found = findQuantities(plain, folded, sentence);
    const q = found.quantities[0];
    if (!q) continue;
    const labelView = cueView(folded, tc.label.start, tc.label.end);
    const unitView = tc.unit ? cueView(folded, tc.unit.start, tc.unit.end) : '';
    let unit = q.unit;
    let head = q.head;
    if (unit === null && /%/.test(unitView + folded.slice(tc.label.start, tc.label.end))) unit = 'percent';
    // The unit column scales the cells: "triệu đồng/năm", "tỷ đồng", "triệu người", "nghìn HTX".
    const mult = / trieu /.test(unitView) ? 1e6 : / (?:ty|ti) /.test(unitView) ? 1e9 : / (?:nghin|ngan) /.test(unitView) ? 1e3 : 1;
    if (unit === null && / dong /.test(unitView)) {
      scale(q, mult);
      unit = / thang /.test(unitView + labelView) ? 'vnd_per_month' : / nam /.test(unitView + labelView) ? 'vnd_per_year' : 'vnd';
    } else if (unit === null && mult > 1) {
      scale(q, mult);
    }
    // The row says what is counted ("Tổng số thành viên hợp tác xã"); the unit column may only say "Người".
    const labelHead = nearestHead(folded, tc.label.start, tc.label.end);
    const labelRole = nearestHead(folded, tc.label.start, tc.label.end, PERSON_ROLES);
    const unitHead = tc.unit ? nearestHead(folded, tc.unit.start, tc.unit.end) : null;
    if (head === 'none') head = (unitHead === 'person' && labelRole ? labelRole : (unitHead ?? labelHead)) ?? 'none';
    const measure = measureOf(unit, head) ?? measureOf(null, head);
    if (unit === null) unit = measure === 'person' ? 'person' : measure === 'count' ? 'count' : null;
    const owner = head === 'member' ? (nearestHead(folded, tc.label.start, tc.label.end) === 'tht' ? 'tht' : 'none') : 'none';
    const scope: Scope = { core: `${labelView}${unitView}`, after: '', lead: labelView, sentence: labelView, beyond: '' };
    const percentOf = measure === 'percent' ? (nearestHead(folded, tc.label.start, tc.label.end) ?? 'none') : head;
    const match = matchIndicator({ measure, of: percentOf, owner }, scope, rules);
    if (!match) continue;
    const ref = fields.referenceYear;
    const kind: Kind = tc.kind ?? (ref !== null && tc.year < ref ? 'baseline' : (stack.findLast((s) => s.kind !== null)?.kind ?? 'target'));
    out.push({
      kind,
      indicator: match.rule.rule.key,
      subject: match.rule.rule.subject,
      ...amountOf(q, match.rule.rule.unit, unit),
      deadline: tc.year,
      deadlineFrom: 'heading',
      perYear: false,
      quoteStart: tc.cell.start,
      quoteEnd: tc.cell.end,
      numStart: q.numStart,
      numEnd: q.numEnd,
      sentenceStart: tc.cell.start,
      rule: match.rule.rule.key,
      cues: match.cues,
      kindFrom: tc.kind ? 'column header' : null,
    });
  }
  return out;
}

function scale(q: Quantity, factor: number): void {
  if (q.value !== null) q.value *= factor;
  if (q.min !== null) q.min *= factor;
  if (q.max !== null) q.max *= factor;
}

function toTarget(d: Draft, text: string, locator: ReturnType<typeof makeLocator>, options: ExtractOptions): Target {
  const location = locator.locate(d.numStart);
  const page = options.pageOf?.(location.offset);
  const quote = text.slice(d.quoteStart, d.quoteEnd).trim() || text.slice(d.numStart, d.numEnd);
  // one-shot `hash`: half the cost of a Hash object per target
  // (a template, not a join: nulls written as '' as join writes them, so ids stay the same)
  const id = hash('sha1', `${d.indicator}|${d.kind}|${d.deadline ?? ''}|${d.comparator}|${d.value ?? ''}|${d.min ?? ''}|${d.max ?? ''}|${d.numStart}|${quote}`, 'hex').slice(0, 16);
  const target: Target = {
    id,
    kind: d.kind,
    indicator: d.indicator,
    subject: d.subject,
    comparator: d.comparator,
    value: d.value,
    min: d.min,
    max: d.max,
    unit: d.unit,
    deadline: d.deadline,
    perYear: d.perYear,
    quote,
    location: page ? { ...location, page } : location,
  };
  if (options.explain) {
    target.explain = { rule: d.rule, cues: d.cues, comparatorFrom: d.comparatorCue, deadlineFrom: d.deadlineFrom, kindFrom: d.kindFrom };
  }
  return target;
}

export type { Draft };
