import type { Comparator, Unit } from '../schema/target-file.js';
import type { HeadClassName, Measure } from '../schema/rules.js';
import { COMPARATOR_CUES, HEAD_NOUNS, PER_YEAR_CUES, RANGE_JOINERS, TRAILING_COMPARATOR_CUES } from '../rules/lexicon.js';
import { foldCue } from '../rules/rule-set.js';
import { findNumbers, type NumberToken } from './numbers.js';
import { findMasks, maskAt, type Mask } from './masks.js';
import { cueView } from './cue-view.js';
import { groupBy } from '../rules/group-by.js';
import { WHITESPACE } from '../rules/char-class.js';

/**
 * Quantities: numbers with their comparator, range, unit and the noun they count,
 * found clause by clause. A quantity is a candidate; the indicator stage decides whether
 * it measures anything in the domain.
 */
export interface Quantity {
  /** where the statement starts (comparator words included) */
  start: number;
  numStart: number;
  /** end of the number, range and unit */
  numEnd: number;
  value: number | null;
  min: number | null;
  max: number | null;
  comparator: Comparator;
  comparatorCue: string | null;
  unit: Unit | null;
  measure: Measure | null;
  head: HeadClassName;
  /** end of the noun phrase after the number */
  tailEnd: number;
  perYear: boolean;
  clause: number;
  /** a change ("tăng 1.926 hợp tác xã so với năm 2022"), not a level */
  delta: boolean;
}

export interface Rejected {
  start: number;
  end: number;
  reason: string;
}

export interface SentenceQuantities {
  quantities: Quantity[];
  rejected: Rejected[];
  masks: Mask[];
}

type ComparatorCue = readonly [folded: string, comparator: Comparator, written: string, spaced: string, firstWord: string];
/** Comparator cues by their last folded word, longest first: the words before a number are
 * looked up by their last word instead of tried against every cue. */
const COMPARATORS = groupBy(
  [...COMPARATOR_CUES]
    .map(([cue, cmp]): ComparatorCue => {
      const folded = foldCue(cue);
      return [folded, cmp, cue, ` ${folded}`, folded.split(' ')[0]!];
    })
    .sort((a, b) => b[0].length - a[0].length),
  (entry) => entry[0].slice(entry[0].lastIndexOf(' ') + 1),
);
const TRAILING = TRAILING_COMPARATOR_CUES.map(([cue, cmp]) => {
  const folded = foldCue(cue);
  return [folded, cmp, ` ${folded} `] as const;
});
/** Head nouns folded, longest first ("liên hiệp hợp tác xã" before "hợp tác xã"), and
 * padded for a whole-word search. */
export const HEADS = [...HEAD_NOUNS]
  .map(([n, c]) => {
    const noun = foldCue(n);
    return { noun, cls: c, padded: ` ${noun} ` } as const;
  })
  .sort((a, b) => b.noun.length - a.noun.length);
/** the head nouns by their first word, each list longest first */
const HEADS_BY_FIRST = groupBy(HEADS, (h) => h.noun.split(' ')[0]!);

/** The longest head noun that a padded cue view starts with (" hợp tác xã nông nghiệp "). */
export function headAtStart(view: string): (typeof HEADS)[number] | undefined {
  const space = view.indexOf(' ', 1);
  const first = view.slice(1, space < 0 ? view.length : space);
  return HEADS_BY_FIRST.get(first)?.find((h) => view.startsWith(h.padded));
}

/** the head nouns by their last word, in the order of HEADS */
const HEADS_BY_LAST = groupBy(HEADS, (h) => h.noun.slice(h.noun.lastIndexOf(' ') + 1));

/**
 * The head noun that ends last in a padded view (the longer one of two that end at one place),
 * and where it ends: the view is read from its end, word by word, and only the nouns with
 * that last word are tried.
 */
export function lastHeadIn(view: string, only?: ReadonlySet<HeadClassName>): { cls: string; end: number } | null {
  for (let end = view.lastIndexOf(' '); end > 0; end = view.lastIndexOf(' ', end - 1)) {
    const heads = HEADS_BY_LAST.get(view.slice(view.lastIndexOf(' ', end - 1) + 1, end));
    let best: (typeof HEADS)[number] | null = null;
    for (const h of heads ?? []) {
      if (only && !only.has(h.cls as HeadClassName)) continue;
      const at = end - h.noun.length - 1;
      if (at >= 0 && view.startsWith(h.padded, at) && (best === null || h.noun.length > best.noun.length)) best = h;
    }
    if (best) return { cls: best.cls, end };
  }
  return null;
}

/** whole-word phrases of a padded cue view */
const PER_YEAR = new RegExp(` (?:${PER_YEAR_CUES.filter((c) => !c.startsWith('/')).map(foldCue).join('|')}) `);
const SYMBOLS = { '≥': 'gte', '≤': 'lte', '>': 'gt', '<': 'lt' } as const;
const FILLERS = new Set(['la', 'dat', 'muc', 'moc', 'nguong', 'o', 'co', 'duoc', 'con', 'len', 'chiem']);
const JOINERS = RANGE_JOINERS.map((j) => foldCue(j) || j);
// One optional "%" between the spaces: "\s*(%)?\s*" would backtrack quadratically on a long gap.
const RANGE_GAP = new RegExp(`^\\s*(?:(%)\\s*)?(?:${JOINERS.map((j) => j.replace(/[-\\/^$*+?.()|[\]{}]/g, '\\$&')).join('|')})\\s*$`);
// Words that may stand between a number and the noun it counts: "70% số HTX", "50% các HTX".
const HEAD_FILLER = /^\s*(?:(?:tren |trong )?tong so |so luong |so |cac |nhung |moi )?/;
const PERCENT = /^\s*(?:%|phan tram)/;
const FROM_TO = /^[^;.]*?\s(?:len|xuong|thanh)\s+(?:muc\s+|con\s+)?\d/;
// "tăng 1.926 hợp tác xã", "giảm thêm 20 HTX", "tăng được 15 HTX": the number is a change.
const DELTA_BEFORE = /(?:^|[^a-z])(?:(?:tang|giam)(?: them| duoc| len)?|(?:co|duoc|phat trien) them|them)\s*$/;
const PER_YEAR_AFTER = /^\s*(?:\/\s*(?:nam|1 nam)|moi nam|hang nam|mot nam)(?![a-z])/;
const MONEY = /^\s*(?:dong|vnd|vnđ|d)(?![a-z0-9])/;
const MONEY_RATE = /^\s*\/\s*(?:(?:nguoi|thanh vien|lao dong|ld|tv|htx|hop tac xa|ho|xa vien)\s*\/\s*)?(nam|thang)(?![a-z])|^\s*(?:moi|mot|hang) (nam|thang)(?![a-z])/;

/** Finds the quantities of one sentence. */
export function findQuantities(
  plain: string,
  folded: string,
  sentence: { start: number; end: number; clauses: ReadonlyArray<{ start: number; end: number }> },
): SentenceQuantities {
  const masks = findMasks(folded, plain, sentence.start, sentence.end);
  const rejected: Rejected[] = [];
  const numbers: NumberToken[] = [];
  const reported = new Set<number>();
  for (const n of findNumbers(plain, sentence.start, sentence.end)) {
    const mask = maskAt(masks, n.start, n.end);
    // A date or a document number is reported once, whole ("16.6.2022", "20-NQ/TW").
    if (mask && !reported.has(mask.start)) {
      reported.add(mask.start);
      rejected.push({ start: mask.start, end: mask.end, reason: mask.reason });
    } else if (!mask) numbers.push(n);
  }
  const quantities: Quantity[] = [];
  let clause = 0;
  for (let i = 0; i < numbers.length; i += 1) {
    let a = numbers[i] as NumberToken;
    const b = numbers[i + 1];
    let last = a;
    let range = false;
    if (b) {
      const gap = RANGE_GAP.exec(folded.slice(a.end, b.start));
      // "80 đến 90 triệu đồng": the multiplier written once scales both ends
      const low = !a.multiplied && b.multiplied ? a.value * b.factor : a.value;
      if (gap && low <= b.value && (gap[1] === undefined || PERCENT.test(folded.slice(b.end, b.end + 12)))) {
        range = true;
        last = b;
        if (low !== a.value) a = { ...a, value: low, multiplied: true, factor: b.factor };
        i += 1;
      }
    }
    while (clause < sentence.clauses.length - 1 && a.start >= sentence.clauses[clause]!.end) clause += 1;
    quantities.push(buildQuantity(plain, folded, a, last, range, clause, sentence));
  }
  linkTails(folded, quantities, sentence);
  return { quantities, rejected, masks };
}

function buildQuantity(
  plain: string,
  folded: string,
  first: NumberToken,
  last: NumberToken,
  range: boolean,
  clause: number,
  sentence: { start: number; end: number; clauses: ReadonlyArray<{ start: number; end: number }> },
): Quantity {
  let end = last.end;
  let unit: Unit | null = null;
  const after = (): string => folded.slice(end, Math.min(sentence.end, end + 60));
  const pct = PERCENT.exec(after());
  if (pct) {
    end += pct[0].length;
    unit = 'percent';
    const py = PER_YEAR_AFTER.exec(after());
    if (py) {
      end += py[0].length;
      unit = 'percent_per_year';
    }
  } else {
    const money = MONEY.exec(after());
    const rateOnly = last.multiplied && MONEY_RATE.exec(after());
    if (money || rateOnly) {
      if (money) end += money[0].length;
      unit = 'vnd';
      const rate = MONEY_RATE.exec(after());
      if (rate) {
        end += rate[0].length;
        unit = (rate[1] ?? rate[2]) === 'thang' ? 'vnd_per_month' : 'vnd_per_year';
      }
    }
  }
  let head: HeadClassName = 'none';
  let headEnd = end;
  if (unit === null || unit === 'percent') {
    const rest = after();
    const filler = HEAD_FILLER.exec(rest)?.[0] ?? '';
    const view = cueView(folded, end + filler.length, Math.min(sentence.end, end + 60));
    const found = headAtStart(view);
    if (found) {
      head = found.cls as HeadClassName;
      headEnd = end + filler.length + (rest.slice(filler.length).length - rest.slice(filler.length).trimStart().length) + found.noun.length;
    }
  }
  if (unit === null && !first.multiplied && head !== 'none') {
    unit = ['member', 'manager', 'director', 'person'].includes(head) ? 'person' : 'count';
  }
  if (unit === null && first.multiplied && head === 'none' && first.value >= 1e6) unit = 'vnd';
  const value = range ? null : first.value;
  const read = readComparator(plain, folded, first.start, sentence.start, range);
  const { cue, start } = read;
  let comparator = read.comparator;
  // "tăng từ 31% năm 2013 lên 64% năm 2023": the first is where it started, not a bound.
  const fromTo = cue === 'tu' && FROM_TO.test(folded.slice(end, Math.min(sentence.end, end + 40)));
  if (fromTo) comparator = 'eq';
  const delta = !fromTo && DELTA_BEFORE.test(folded.slice(Math.max(sentence.start, start - 24), start));
  return {
    start,
    numStart: first.start,
    numEnd: end,
    value,
    min: range ? first.value : null,
    max: range ? last.value : null,
    comparator,
    comparatorCue: fromTo ? null : cue,
    unit,
    measure: measureOf(unit, head),
    head,
    tailEnd: headEnd,
    perYear: false,
    clause,
    delta,
  };
}

export function measureOf(unit: Unit | null, head: HeadClassName): Measure | null {
  switch (unit) {
    case 'percent':
      return 'percent';
    case 'percent_per_year':
      return 'growth';
    case 'vnd':
    case 'vnd_per_year':
    case 'vnd_per_month':
      return 'money';
    case 'person':
      return 'person';
    case 'count':
      return 'count';
    default:
      return head === 'none' ? null : ['member', 'manager', 'director', 'person'].includes(head) ? 'person' : 'count';
  }
}

function readComparator(
  plain: string,
  folded: string,
  numStart: number,
  floor: number,
  range: boolean,
): { comparator: Comparator; cue: string | null; start: number } {
  const from = Math.max(floor, numStart - 40);
  // "≥42", "> 70%" in tables and copied text
  let k = numStart - 1;
  while (k >= from && WHITESPACE.widthAt(folded, k) > 0) k -= 1;
  const symbol = k >= from ? SYMBOLS[folded[k] as keyof typeof SYMBOLS] : undefined;
  if (symbol && !range) return { comparator: symbol, cue: folded[k]!, start: k };
  // " " and the words before the number; a filler word ("là", "đạt") is stripped at most twice
  let tail = cueView(folded, from, numStart).slice(0, -1);
  for (let strip = 0; strip <= 2; strip += 1) {
    const cut = tail.lastIndexOf(' ');
    const lastWord = tail.slice(cut + 1);
    for (const [cue, cmp, written, spaced, firstWord] of COMPARATORS.get(lastWord) ?? []) {
      if (tail.endsWith(spaced)) {
        const at = folded.lastIndexOf(firstWord, numStart);
        const start = at >= from ? at : numStart;
        // Folding merges words: "điện tử" ends in "tu" like "từ"; the text must say the cue
        // itself, or be written without diacritics altogether.
        const said = plain.slice(start, start + written.length).toLowerCase();
        if (at >= from && said !== written && said !== cue) continue;
        if (range) return { comparator: 'range', cue, start };
        return { comparator: cmp, cue, start };
      }
    }
    if (!FILLERS.has(lastWord)) break;
    tail = tail.slice(0, cut);
  }
  return { comparator: range ? 'range' : 'eq', cue: null, start: numStart };
}

// The noun phrase after a number runs to the next comma, semicolon or number; "trở lên"
// and "mỗi năm" found there belong to the number.
function linkTails(
  folded: string,
  quantities: Quantity[],
  sentence: { start: number; end: number; clauses: ReadonlyArray<{ start: number; end: number }> },
): void {
  quantities.forEach((q, i) => {
    const next = quantities[i + 1];
    const clause = sentence.clauses[q.clause] ?? sentence;
    const limit = Math.min(next && next.clause === q.clause ? next.start : clause.end, clause.end);
    const stop = folded.slice(q.numEnd, limit).search(/[,;.:(]| va | voi | trong do /);
    q.tailEnd = Math.max(q.tailEnd, stop < 0 ? limit : q.numEnd + stop);
    const tail = cueView(folded, q.numEnd, q.tailEnd);
    for (const [cue, cmp, padded] of TRAILING) {
      if (tail.includes(padded) && q.comparator !== 'range') {
        q.comparator = cmp;
        q.comparatorCue = q.comparatorCue ? `${q.comparatorCue} … ${cue}` : cue;
      }
    }
    if (q.measure === 'count' || q.measure === 'person') {
      if (PER_YEAR_AFTER.test(folded.slice(q.numEnd, q.tailEnd)) || /\/\s*nam(?![a-z])/.test(folded.slice(q.numEnd, q.tailEnd))) q.perYear = true;
    }
  });
}

/** Per-year cues in a span ("mỗi năm thành lập mới 20 HTX"). */
export function hasPerYearCue(folded: string, start: number, end: number): boolean {
  const view = cueView(folded, start, end);
  return PER_YEAR.test(view);
}

export { maskAt };
