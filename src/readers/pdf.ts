// PDF with a text layer → plain text, one line per paragraph and a blank line between
// paragraphs, through pdf.js (unpdf).
// Lines are rebuilt from positioned text items; running headers and footers (a line at
// the top or bottom of most pages) and page numbers are dropped; hard-wrapped lines are
// joined back into paragraphs; a two-column letterhead is read left column first. The
// page of every offset of the returned text is kept for `location.page`.
import type { Warning } from '../schema/target-file.js';
import { InputError, type ReadDocument } from './index.js';
import { firstNotBefore } from '../pipeline/search.js';

export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfLine {
  /** text segments: more than one when a wide gap splits the line into columns */
  segments: string[];
  x: number;
  right: number;
  y: number;
  size: number;
}

const MARKER = /^(?:[IVXL]{1,5}[.)]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][).]|[-+*•●○◦▪–—])\s/u;
const TERMINAL = /[.;:!?…]["”’)\]]*$/u;
const PAGE_NUMBER = /^(?:trang|page)?\s*[-–—]?\s*\d{1,4}\s*(?:(?:\/|của|of)\s*\d{1,4})?\s*[-–—]?$/iu;

function isCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4) return false;
  let upper = 0;
  for (const ch of letters) if (/\p{Lu}/u.test(ch)) upper += 1;
  return upper / letters.length > 0.85;
}

/** Text items of one page → lines, top to bottom. */
export function buildLines(items: PdfItem[]): PdfLine[] {
  const sorted = items.filter((i) => i.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfItem[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const ref = row?.[0];
    if (row && ref && Math.abs(ref.y - item.y) <= Math.max(1.5, 0.4 * Math.max(ref.size, item.size))) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    const segments: string[] = [];
    let text = '';
    let end = row[0]!.x;
    for (const item of row) {
      const gap = item.x - end;
      if (text !== '' && gap > 3 * item.size) {
        segments.push(text.trim());
        text = '';
      } else if (text !== '' && gap > 0.15 * item.size && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
      text += item.str;
      end = Math.max(end, item.x + item.width);
    }
    segments.push(text.trim());
    const size = Math.max(...row.map((i) => i.size));
    return { segments: segments.filter((s) => s !== ''), x: row[0]!.x, right: end, y: row[0]!.y, size };
  }).filter((l) => l.segments.length > 0);
}

const keyOf = (line: PdfLine): string => line.segments.join(' ').replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();

/** Drops running headers and footers (the same line near the top or bottom of most pages) and page numbers. */
export function dropPageFurniture(pages: PdfLine[][]): PdfLine[][] {
  const EDGE = 2;
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edge = new Set([...lines.slice(0, EDGE), ...lines.slice(-EDGE)].map(keyOf));
    for (const k of edge) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const need = Math.max(2, Math.ceil(pages.length * 0.5));
  return pages.map((lines) =>
    lines.filter((line, i) => {
      const atEdge = i < EDGE || i >= lines.length - EDGE;
      if (!atEdge) return true;
      const text = line.segments.join(' ');
      if (PAGE_NUMBER.test(text)) return false;
      return !(pages.length >= 2 && (counts.get(keyOf(line)) ?? 0) >= need);
    }),
  );
}

interface Piece {
  text: string;
  page: number;
  /** starts a paragraph of its own */
  hard: boolean;
  line: PdfLine;
}

// Rows split into columns (a letterhead: organ on the left, national motto on the right)
// are read column by column.
function columnPieces(lines: PdfLine[], page: number): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < lines.length; ) {
    if (lines[i]!.segments.length < 2) {
      out.push({ text: lines[i]!.segments[0]!, page, hard: false, line: lines[i]! });
      i += 1;
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j]!.segments.length >= 2) j += 1;
    const region = lines.slice(i, j);
    const width = Math.max(...region.map((l) => l.segments.length));
    for (let c = 0; c < width; c += 1) for (const l of region) if (l.segments[c]) out.push({ text: l.segments[c]!, page, hard: true, line: l });
    i = j;
  }
  return out;
}

/** Lines of all pages → paragraphs (one line each, blank lines between) and the page of every offset. */
export function joinLines(pages: PdfLine[][]): { text: string; pageOf: (offset: number) => number | undefined } {
  const all = pages.flatMap((lines, p) => columnPieces(lines, p + 1));
  const lefts = all.map((p) => p.line.x).sort((a, b) => a - b);
  const left = lefts[Math.floor(lefts.length * 0.2)] ?? 0;
  const right = Math.max(...all.map((p) => p.line.right));
  const gaps: number[] = [];
  for (let i = 1; i < all.length; i += 1) {
    const g = all[i - 1]!.line.y - all[i]!.line.y;
    if (all[i]!.page === all[i - 1]!.page && g > 0) gaps.push(g);
  }
  gaps.sort((a, b) => a - b);
  const lineGap = gaps[Math.floor(gaps.length / 2)] ?? 14;

  let text = '';
  const starts: Array<{ offset: number; page: number }> = [];
  let prev: Piece | null = null;
  for (const piece of all) {
    const t = piece.text;
    let join = false;
    if (prev && !piece.hard && !prev.hard) {
      const p = prev.line;
      const l = piece.line;
      const size = l.size || 10;
      const samePage = piece.page === prev.page;
      const indented = l.x - left > 1.2 * size;
      const shortBefore = right - p.right > 0.12 * (right - left);
      const wideGap = samePage && p.y - l.y > 1.45 * lineGap;
      join = !MARKER.test(t) && !isCaps(t) && !isCaps(prev.text) && !indented && !shortBefore && !wideGap;
      if (join && TERMINAL.test(prev.text) && /^\p{Lu}/u.test(t) && shortBefore) join = false;
    }
    if (join) {
      // "hyphen-\nated": a hyphen at the end of a line, right after a letter, before a lower-case letter.
      if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(t) && /[a-z]{2,}-$/.test(text.slice(-12))) text = text.slice(0, -1);
      else text += ' ';
      if (starts[starts.length - 1]!.page !== piece.page) starts.push({ offset: text.length, page: piece.page });
      text += t;
    } else {
      if (text !== '') text += '\n\n';
      starts.push({ offset: text.length, page: piece.page });
      text += t;
    }
    prev = piece;
  }
  const pageOf = (offset: number): number | undefined => {
    if (starts.length === 0 || offset < 0) return undefined;
    // the last page that starts at or before the offset (or the first page)
    const lo = Math.max(0, firstNotBefore(starts.length, (i) => starts[i]!.offset <= offset) - 1);
    return starts[lo]!.page;
  };
  return { text: `${text}\n`, pageOf };
}

interface RawTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

export async function readPdf(bytes: Uint8Array, path: string): Promise<ReadDocument> {
  void path;
  if (bytes.length === 0) throw new InputError('empty file');
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) throw new InputError('not a PDF file (no %PDF header)');
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  const warnings: Warning[] = [];
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (error) {
    const e = error as Error;
    if (e.name === 'PasswordException') throw new InputError('the PDF is password-protected');
    throw new InputError(`cannot read the PDF, it is damaged or truncated${tail.includes('%%EOF') ? '' : ' (no %%EOF at its end)'}: ${e.message}`);
  }
  const pages: PdfLine[][] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const raw of content.items as RawTextItem[]) {
        if (typeof raw.str !== 'string' || !raw.transform) continue;
        const [a = 0, b = 0, , , e = 0, f = 0] = raw.transform;
        items.push({ str: raw.str.normalize('NFC'), x: e, y: f, width: raw.width ?? 0, size: raw.height || Math.hypot(a, b) || 10 });
      }
      pages.push(buildLines(items));
      page.cleanup();
    }
  } catch (error) {
    throw new InputError(`cannot read the PDF, it is damaged or truncated: ${(error as Error).message}`);
  } finally {
    void pdf.destroy();
  }
  const letters = pages.flat().reduce((s, l) => s + l.segments.join('').replace(/\s/g, '').length, 0);
  if (letters < 20) throw new InputError(`no text layer: the PDF needs OCR first (${pages.length} page(s), no text)`);
  if (!tail.includes('%%EOF')) warnings.push({ code: 'pdf-truncated', message: 'the PDF has no %%EOF at its end: it may be truncated and text may be missing' });
  const { text, pageOf } = joinLines(dropPageFurniture(pages));
  return { text, format: 'pdf', structure: 'text', encoding: 'utf-8', warnings, pageOf };
}
