import { CHROME_COUNTER_CUES, CHROME_FOOTER_CUES, CHROME_LABEL_CUES, CHROME_SECTION_CUES } from '../rules/lexicon.js';
import { foldCue } from '../rules/rule-set.js';
import { fold } from './normalise.js';
import { cueView } from './cue-view.js';
import { groupBy } from '../rules/group-by.js';
import { CharClass, LETTER } from '../rules/char-class.js';

/**
 * The outline of a plan: headings, list items, paragraphs and tables, each with a rank
 * (smaller is higher: a heading "a) Đến năm 2030:" outranks the bullets under it), so
 * later stages can inherit a deadline or a kind from what encloses a sentence.
 */
export type BlockKind = 'heading' | 'paragraph' | 'item' | 'table';

export interface Cell {
  start: number;
  end: number;
}

export interface Block {
  kind: BlockKind;
  rank: number;
  /** content span, after any list marker */
  start: number;
  end: number;
  /** ends with ":" and so governs the blocks below it */
  leadIn: boolean;
  /** navigation, counters, related articles, footers: not the plan's own text */
  chrome: boolean;
  rows?: Cell[][];
}

export interface Sentence {
  start: number;
  end: number;
  clauses: Array<{ start: number; end: number }>;
}

// Ranks: markdown headings use their depth (1-6); plain-text markers map onto the same scale.
const RANK_CAPS = 1;
const RANK_ROMAN = 2;
const RANK_ARABIC = 3;
const RANK_ARABIC_SUB = 4;
const RANK_LETTER = 5;
const RANK_PARAGRAPH = 7;
const RANK_ITEM = 8;

// "II. MỤC TIÊU", "1. Mục đích", "1.2. ...", "a) Đến năm 2030:", "- Toàn tỉnh có ...", "+ ..."
const MARKERS: ReadonlyArray<readonly [RegExp, BlockKind, number]> = [
  [/^[ \t]*(?:[IVXL]{1,5})[.)](?=[ \t])[ \t]*/, 'heading', RANK_ROMAN],
  [/^[ \t]*\d{1,2}\.\d{1,2}\.?(?:\d{1,2}\.?)?(?=[ \t])[ \t]*/, 'heading', RANK_ARABIC_SUB],
  [/^[ \t]*\d{1,2}[.)](?=[ \t])[ \t]*/, 'heading', RANK_ARABIC],
  [/^[ \t]*[a-zđ][).](?=[ \t])[ \t]*/, 'heading', RANK_LETTER],
  [/^[ \t]*\((?:\d{1,2}|[a-zđ])\)[ \t]+/, 'item', RANK_ITEM],
  [/^[ \t]*[-+*•●○◦▪–—][ \t]+/, 'item', RANK_ITEM],
];

/** what a marker can start with, after spaces and tabs: most lines start a sentence instead */
const MARKER_START = /^[IVXL\da-zđ(\-+*•●○◦▪–—]$/;

function firstMarkChar(line: string): string {
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i += 1;
  return line.charAt(i);
}

const TERMINAL = /[.;:!?…]["”’)\]]*\s*$/u;
const LOWER = /\p{Ll}/u;
const UPPER_LETTER = new CharClass(/^\p{Lu}$/u);

function isCapsLine(s: string): boolean {
  if (s.length > 160) return false;
  let letters = 0;
  let upper = 0;
  // by code points: a letter beyond the BMP is one letter, two code units
  for (let i = 0; i < s.length; i += 1) {
    const width = LETTER.widthAt(s, i);
    if (width === 0) continue;
    letters += 1;
    if (UPPER_LETTER.widthAt(s, i) > 0) upper += 1;
    i += width - 1;
  }
  return letters >= 4 && upper / letters > 0.85;
}

function isTableLine(s: string): boolean {
  return twice(s, '|') || twice(s, '\t');
}

function twice(s: string, ch: string): boolean {
  const first = s.indexOf(ch);
  return first >= 0 && s.indexOf(ch, first + 1) >= 0;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      lines.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return lines;
}

/** Plain-text outline: markers, caps headings, tables, paragraphs; hard-wrapped lines rejoined. */
export function structureText(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let currentLast = '';
  let table: Block | null = null;
  const flush = (): void => {
    if (current) blocks.push(current);
    current = null;
  };
  const lines = splitLines(text);
  // a header's runs need gaps wider than one space: a text without any has no such table
  const aligned = WIDE_GAP_IN_A_LINE.test(text) ? alignedTables(lines) : new Map<number, { block: Block; lastLine: number }>();
  // Bullet styles nest in the order a plan first uses them: "* Đến năm 2030:" then "• …"
  // under it, or "-" then "+".
  const bulletLevels = new Map<string, number>();
  for (let li = 0; li < lines.length; li += 1) {
    const line = lines[li]!;
    const fixed = aligned.get(li);
    if (fixed) {
      flush();
      table = null;
      blocks.push(fixed.block);
      li = fixed.lastLine;
      continue;
    }
    const trimmed = line.text.trim();
    if (trimmed === '') {
      flush();
      table = null;
      continue;
    }
    // Once a table is open, a row with fewer cells (a group row "1\tTổ hợp tác") stays in it.
    if (isTableLine(line.text) || (table && /[\t|]/.test(line.text))) {
      flush();
      if (/^[\s|:\-+]+$/.test(trimmed)) continue; // markdown-style separator row
      const row = tableCells(line);
      if (!table) {
        table = { kind: 'table', rank: RANK_ITEM, start: line.start, end: line.end, leadIn: false, chrome: false, rows: [] };
        blocks.push(table);
      }
      table.rows!.push(row);
      table.end = line.end;
      continue;
    }
    table = null;
    const marker = MARKER_START.test(firstMarkChar(line.text)) ? MARKERS.find(([re]) => re.test(line.text)) : undefined;
    const caps = !marker && isCapsLine(trimmed);
    // A hard-wrapped line (PDF copy) continues the block above it.
    if (current && !marker && !caps && continues(currentLast, trimmed) && !isChromeLine(trimmed, foldCue(trimmed))) {
      const c: Block = current;
      c.end = line.end;
      currentLast = trimmed;
      c.leadIn = /:\s*$/.test(trimmed);
      continue;
    }
    flush();
    let start = line.start + (line.text.length - line.text.trimStart().length);
    let kind: BlockKind = 'paragraph';
    let rank = RANK_PARAGRAPH;
    if (marker) {
      const m = marker[0].exec(line.text)!;
      start = line.start + m[0].length;
      kind = marker[1];
      rank = marker[2];
      if (kind === 'item') {
        const style = `${m[0].trim()}${/^\s*/.exec(line.text)![0].length > 1 ? ' indented' : ''}`;
        if (!bulletLevels.has(style)) bulletLevels.set(style, bulletLevels.size);
        rank = RANK_ITEM + bulletLevels.get(style)!;
      }
    } else if (caps) {
      kind = 'heading';
      rank = RANK_CAPS;
    }
    const end = line.start + line.text.trimEnd().length;
    current = { kind, rank, start, end, leadIn: /:\s*$/.test(trimmed), chrome: false };
    currentLast = trimmed;
    if (caps) flush();
  }
  flush();
  return markChrome(text, blocks);
}

interface Run {
  start: number;
  end: number;
}

/** Runs of text separated by two or more spaces: the cells of a column-aligned line. */
function runsOf(line: Line): Run[] {
  const runs: Run[] = [];
  for (const m of line.text.matchAll(/\S+(?: \S+)*/g)) runs.push({ start: m.index, end: m.index + m[0].length });
  return runs;
}

const WIDE_GAP = /\s\s|[^\S ]/;
/** WIDE_GAP within some line of a text: two spaces, or a blank other than a space or a line break */
const WIDE_GAP_IN_A_LINE = / {2}|[^\S \n]/;
const YEAR_CELL = /^(?:\p{L}+\s+){0,3}(?:19|20)\d\d$/u;

/**
 * Tables laid out with spaces (a PDF or Word table copied as text): a header row with two
 * or more years in their own columns, then rows whose cells line up under it. A row whose
 * label wraps onto the next line is joined with it.
 */
function alignedTables(lines: ReadonlyArray<Line>): Map<number, { block: Block; lastLine: number }> {
  const found = new Map<number, { block: Block; lastLine: number }>();
  for (let i = 0; i < lines.length; i += 1) {
    const header = lines[i]!;
    if (header.text.includes('|') || header.text.includes('\t')) continue;
    // three runs need two gaps that are not a single space
    if (!WIDE_GAP.test(header.text)) continue;
    const headRuns = runsOf(header);
    if (headRuns.length < 3) continue;
    const years = headRuns.filter((r) => YEAR_CELL.test(header.text.slice(r.start, r.end))).length;
    if (years < 2) continue;
    const spans = headRuns.map((r, k) => ({ from: k === 0 ? 0 : r.start, to: headRuns[k + 1]?.start ?? Infinity }));
    const column = (r: Run): number => {
      let best = 0;
      let overlap = -1;
      spans.forEach((s, k) => {
        const o = Math.min(r.end, s.to) - Math.max(r.start, s.from);
        if (o > overlap) {
          overlap = o;
          best = k;
        }
      });
      return best;
    };
    const toCells = (line: Line): Array<Cell | null> => {
      const cells: Array<Cell | null> = spans.map(() => null);
      for (const r of runsOf(line)) {
        const k = column(r);
        const prev = cells[k];
        cells[k] = prev ? { start: prev.start, end: line.start + r.end } : { start: line.start + r.start, end: line.start + r.end };
      }
      return cells;
    };
    const rows: Cell[][] = [headRuns.map((r) => ({ start: header.start + r.start, end: header.start + r.end }))];
    let last = i;
    let pending: Array<Cell | null> | null = null;
    for (let j = i + 1; j < lines.length; j += 1) {
      const line = lines[j]!;
      if (line.text.trim() === '') break;
      const cells = toCells(line);
      const values = cells.slice(1).filter((c, k) => c !== null && years > 0 && k + 1 >= spans.length - years).length;
      if (values === 0) {
        // A wrapped label: keep it for the row below.
        pending = pending ? pending.map((c, k) => c ?? cells[k] ?? null) : cells;
        last = j;
        continue;
      }
      if (pending) {
        cells.forEach((c, k) => {
          const p = pending![k];
          if (p) cells[k] = c ? { start: p.start, end: c.end } : p;
        });
        pending = null;
      }
      rows.push(cells.map((c) => c ?? { start: line.end, end: line.end }));
      last = j;
    }
    if (rows.length < 2) continue;
    found.set(i, { block: { kind: 'table', rank: RANK_ITEM, start: header.start, end: lines[last]!.end, leadIn: false, chrome: false, rows }, lastLine: last });
    i = last;
  }
  return found;
}

function continues(previous: string, next: string): boolean {
  if (/[.:!?…]["”’)\]]*\s*$/u.test(previous) || isCapsLine(previous)) return false;
  // A line that starts in lower case carries on the sentence above, even after ";" or ",".
  if (LOWER.test(next[0] ?? '')) return true;
  if (TERMINAL.test(previous)) return false;
  // Lines cut at a typical page width before a capitalised word ("HTX", a place name) are
  // wrapped too; a very long line is a paragraph of its own.
  return previous.length >= 60 && previous.length <= 130 && !/^[|]/.test(next);
}

function tableCells(line: Line): Cell[] {
  const sep = line.text.includes('|') ? '|' : '\t';
  const cells: Cell[] = [];
  let start = line.start;
  const parts = line.text.split(sep);
  parts.forEach((part, i) => {
    const lead = part.length - part.trimStart().length;
    const cell = { start: start + lead, end: start + part.trimEnd().length };
    const edge = (i === 0 || i === parts.length - 1) && part.trim() === '' && sep === '|';
    if (!edge) cells.push(cell);
    start += part.length + 1;
  });
  return cells;
}

export interface MdNode {
  type: string;
  depth?: number;
  ordered?: boolean | null;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

// remark loads only for Markdown, HTML and Word inputs (src/pipeline/markdown.ts registers it):
// reading a plain-text plan never pays for it.
let parseMarkdownTree: ((text: string) => MdNode) | null = null;

export function registerMarkdownParser(parse: (text: string) => MdNode): void {
  parseMarkdownTree = parse;
}

const LEADING_MARKER = /[ \t]*(?:\d{1,9}[.)]|[-+*>])[ \t]+/y;
const MAX_NESTING = 3;

/**
 * A line that opens more than a few lists or quotes at once ("1. 1. 1. 1. …") makes remark
 * build one nested container per marker, which grows out of hand on hostile input. Markers
 * past the third are blanked (same length, so offsets hold); no plan nests that deep.
 */
function defuseDeepNesting(text: string): string {
  let out = '';
  let last = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let pos = lineStart;
    let count = 0;
    LEADING_MARKER.lastIndex = pos;
    let m = LEADING_MARKER.exec(text);
    while (m) {
      count += 1;
      if (count > MAX_NESTING) {
        out += text.slice(last, pos) + m[0].replace(/[.)\-+*>]/g, ' ');
        last = pos + m[0].length;
      }
      pos += m[0].length;
      LEADING_MARKER.lastIndex = pos;
      m = LEADING_MARKER.exec(text);
    }
    const next = text.indexOf('\n', pos);
    if (next < 0) break;
    lineStart = next + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Markdown outline through remark (GFM tables included). */
export function structureMarkdown(text: string): Block[] {
  if (!parseMarkdownTree) throw new Error('Markdown support is not loaded: import "htx-targets" or src/pipeline/markdown.ts before extracting Markdown');
  const tree = parseMarkdownTree(defuseDeepNesting(text));
  const blocks: Block[] = [];
  const visit = (node: MdNode, listDepth: number, ordered = false): void => {
    const s = node.position?.start.offset ?? 0;
    const e = node.position?.end.offset ?? s;
    switch (node.type) {
      case 'heading': {
        const hashes = /^#{1,6}\s*/.exec(text.slice(s, e));
        blocks.push({ kind: 'heading', rank: node.depth ?? 1, start: s + (hashes?.[0].length ?? 0), end: e, leadIn: /:\s*$/.test(text.slice(s, e)), chrome: false });
        return;
      }
      case 'paragraph':
      case 'code':
      case 'html': {
        // "**2. Chỉ tiêu năm 2026**" reads as an ordered list to remark, but a short line
        // without a full stop in such a list is a numbered heading.
        const raw = text.slice(s, e).trim();
        const numbered = ordered && raw.length <= 80 && !/[.;,]$/.test(raw);
        const kind: BlockKind = numbered ? 'heading' : listDepth > 0 ? 'item' : 'paragraph';
        // below the Markdown headings around it ('### KẾT QUẢ …' then '**1. Về số lượng**')
        const rank = numbered ? RANK_ARABIC_SUB + 0.5 : listDepth > 0 ? RANK_ITEM + listDepth - 1 : RANK_PARAGRAPH;
        // Plain-text conventions inside markdown paragraphs ("a) Đến năm 2030:") still count.
        for (const b of structureText(text.slice(s, e))) {
          const shifted = { ...b, start: b.start + s, end: b.end + s };
          if (b.kind === 'paragraph') Object.assign(shifted, { kind, rank });
          if (b.rows) shifted.rows = b.rows.map((r) => r.map((c) => ({ start: c.start + s, end: c.end + s })));
          blocks.push(shifted);
        }
        return;
      }
      case 'table': {
        const rows = (node.children ?? []).map((row) =>
          (row.children ?? []).map((cell) => {
            const cs = cell.position?.start.offset ?? 0;
            const ce = cell.position?.end.offset ?? cs;
            const raw = text.slice(cs, ce);
            const lead = raw.length - raw.replace(/^[\s|]+/, '').length;
            // counted from the end: /[\s|]+$/ retried at every space of a long cell (quadratic)
            let trail = 0;
            while (trail < raw.length && /[\s|]/.test(raw[raw.length - 1 - trail] as string)) trail += 1;
            return { start: cs + lead, end: Math.max(cs + lead, ce - trail) };
          }),
        );
        blocks.push({ kind: 'table', rank: RANK_ITEM, start: s, end: e, leadIn: false, chrome: false, rows });
        return;
      }
      case 'list':
        for (const child of node.children ?? []) visit(child, listDepth + 1, node.ordered === true);
        return;
      default:
        for (const child of node.children ?? []) visit(child, listDepth, ordered);
    }
  };
  visit(tree, 0);
  return markChrome(text, blocks);
}

const COUNTER_CUES = CHROME_COUNTER_CUES.map(foldCue);
/** by their first word, each with the forms looked for: alone, or followed by more words */
const LABEL_CUES = groupBy(
  CHROME_LABEL_CUES.map(foldCue).map((c) => ({ cue: c, then: `${c} ` })),
  (c) => firstWord(c.cue),
);
/** one test for the footer cues, each a whole-word phrase of a padded cue view */
const FOOTER_CUES = new RegExp(` (?:${CHROME_FOOTER_CUES.map(foldCue).join('|')}) `);
/**
 * Section headings, by their first word (a cue alone, or followed by more words) and by their
 * last word (a cue that ends a line): two lookups per line instead of a test of every cue.
 */
const SECTIONS_BY_FIRST = groupBy(CHROME_SECTION_CUES.map(foldCue), firstWord);
const SECTIONS_BY_LAST = groupBy(CHROME_SECTION_CUES.map(foldCue), lastWord);

/** A line that opens a section of related articles ("Tin liên quan"): a section cue alone, or at its start or end. */
function isSectionHeading(cue: string): boolean {
  return (
    (SECTIONS_BY_FIRST.get(firstWord(cue)) ?? []).some((c) => cue === c || (cue.startsWith(c) && cue.charCodeAt(c.length) === 0x20)) ||
    (SECTIONS_BY_LAST.get(lastWord(cue)) ?? []).some((c) => cue.endsWith(c) && cue.charCodeAt(cue.length - c.length - 1) === 0x20)
  );
}

/** `padded` is the cue with a space on each side (a cue view, when the caller has one). */
function isChromeLine(raw: string, cue: string, padded = ` ${cue} `): boolean {
  if (/^\(?\d+\)?\s*(?:bình luận|lượt)/iu.test(raw)) return true;
  if (COUNTER_CUES.some((c) => cue.startsWith(c) && /^[\s\d]*$/.test(cue.slice(c.length)))) return true;
  // "Thứ Tư, 17/01/2024 - 15:20 | Lượt xem: 1.245", "2.318 lượt đọc"
  if (raw.length < 160 && cue.includes('luot ') && /(?:^| )(?:luot xem|luot doc|luot truy cap|luot thich|luot chia se)(?: |$)/.test(cue)) return true;
  // a label and the line it opens share their first word
  const labelled = (LABEL_CUES.get(firstWord(cue)) ?? []).some((c) => (cue === c.cue || cue.startsWith(c.then)) && (raw.length <= 60 || /^[^:]{0,30}:/.test(raw)));
  if (labelled || raw.length >= 240) return labelled;
  return FOOTER_CUES.test(padded);
}

function firstWord(cue: string): string {
  const space = cue.indexOf(' ');
  return space < 0 ? cue : cue.slice(0, space);
}

function lastWord(cue: string): string {
  return cue.slice(cue.lastIndexOf(' ') + 1);
}

/**
 * Marks the web page around a plan: counters, "Tin liên quan" lists, footers. A section
 * heading such as "Bài viết cùng chuyên mục" makes what follows chrome until a long
 * paragraph of prose shows the article again.
 */
function markChrome(text: string, blocks: Block[]): Block[] {
  let inSection = false;
  const folded = blocks.length > 0 ? fold(text) : '';
  for (const b of blocks) {
    const raw = text.slice(b.start, b.end).trim();
    // the text is NFC already: its words, folded once, give foldCue of every block
    const view = cueView(folded, b.start, b.end);
    const cue = view.trim();
    const prose = raw.length >= 200 && /[.;]\s/.test(raw);
    if (prose) inSection = false;
    if (raw.length <= 90 && isSectionHeading(cue)) inSection = true;
    b.chrome = inSection || (!prose && isChromeLine(raw, cue, view));
  }
  return blocks;
}

const DOT = 0x2e;
const BANG = 0x21;
const QUESTION = 0x3f;
const ELLIPSIS = 0x2026;
const SEMICOLON = 0x3b;
const COLON = 0x3a;

const ABBREVIATION = /(?:^|[\s(])(?:TP|Tp|tp|TS|ThS|PGS|GS|BS|KS|Th\.S|v\.v|St|Mr|Ms|Dr|Q|P|H|X)\.$/u;

/**
 * Sentences and their clauses within a block. A sentence ends at ".", "!", "?" before a
 * capital, a digit or the end; clauses split at ";" and at a colon that opens a list
 * ("như sau: Phấn đấu …").
 */
export function segmentSentences(text: string, start: number, end: number): Sentence[] {
  const sentences: Sentence[] = [];
  let s = start;
  for (let i = start; i < end; i += 1) {
    // code units: `text[i]` makes a string for every character beyond Latin-1
    const code = text.charCodeAt(i);
    if (code !== DOT && code !== BANG && code !== QUESTION && code !== ELLIPSIS) continue;
    const ch = text[i]!;
    let j = i + 1;
    while (j < end && /["”’)\]]/u.test(text[j] as string)) j += 1;
    if (j < end && !/\s/.test(text[j] as string)) continue;
    let k = j;
    while (k < end && /\s/.test(text[k] as string)) k += 1;
    if (k < end && !/[\p{Lu}\d"“(\-–•+]/u.test(text[k] as string)) continue;
    if (ch === '.' && ABBREVIATION.test(text.slice(Math.max(start, i - 6), i + 1))) continue;
    sentences.push(...capped(text, s, j));
    s = k;
    i = k - 1;
  }
  if (s < end && text.slice(s, end).trim() !== '') sentences.push(...capped(text, s, end));
  return sentences;
}

// A digit, then only spaces, right before `i` (and not before `from`): "Số HTX: 30" is no list.
// Scanning back from `i` keeps a line of many colons linear (a regex on the slice was not).
function digitBefore(text: string, from: number, i: number): boolean {
  let k = i - 1;
  while (k >= from && /\s/.test(text[k] as string)) k -= 1;
  return k >= from && /\d/.test(text[k] as string);
}

// Real sentences stay well under this (the longest in the corpus has 900 characters). A
// longer run without a full stop (a table flattened into one line, garbage) is read in
// pieces cut at a space, so that work per sentence stays bounded and the whole is linear.
const MAX_SENTENCE = 2_000;

function capped(text: string, start: number, end: number): Sentence[] {
  const out: Sentence[] = [];
  let s = start;
  while (end - s > MAX_SENTENCE) {
    let cut = text.lastIndexOf(' ', s + MAX_SENTENCE);
    if (cut <= s + MAX_SENTENCE / 2) cut = s + MAX_SENTENCE;
    out.push(makeSentence(text, s, cut));
    s = cut;
  }
  out.push(makeSentence(text, s, end));
  return out;
}

function makeSentence(text: string, start: number, end: number): Sentence {
  const clauses: Array<{ start: number; end: number }> = [];
  let s = start;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    const boundary = code === SEMICOLON || (code === COLON && /^\s+\p{Lu}/u.test(text.slice(i + 1, i + 4)) && !digitBefore(text, s, i));
    if (boundary) {
      clauses.push({ start: s, end: i + 1 });
      s = i + 1;
    }
  }
  if (s < end) clauses.push({ start: s, end });
  return { start, end, clauses };
}
