// hast (an HTML tree) → markdown text the extractor parses with remark: headings as "#",
// lists as "- " / "1. ", data tables as pipe tables, paragraphs separated by blank lines.
// Emphasis is not written (the text stays as the page has it); layout tables (letterheads
// set in a two-column table) are written cell by cell as paragraphs.
import type { Element, ElementContent, Root, RootContent } from 'hast';

type Node = Root | RootContent | ElementContent;

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul', 'caption',
]);

/** Elements whose content is never text of the page. */
export const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'head', 'title', 'meta', 'link', 'input', 'select', 'textarea', 'button', 'option', 'map',
]);

export function isElement(node: Node): node is Element {
  return node.type === 'element';
}

// A line that markdown would read as a setext underline or a thematic break ("-------"
// under "TỈNH KIÊN GIANG" in a letterhead): decoration, dropped.
const RULE_LINE = /^[-=_*~.\s]{3,}$/;

function cleanParagraph(raw: string): string {
  return raw
    .split('\n')
    .map((l) => l.replace(/[ \t\f\r]+/g, ' ').trim())
    .filter((l) => l !== '' && !RULE_LINE.test(l))
    .join('\n');
}

/** Inline text of a subtree: whitespace collapsed, <br> kept as a line break. */
export function inlineText(node: Node): string {
  let out = '';
  const walk = (n: Node, pre: boolean): void => {
    if (n.type === 'text') out += pre ? n.value : n.value.replace(/[ \t\n\r\f]+/g, ' ');
    else if (isElement(n)) {
      if (SKIPPED.has(n.tagName)) return;
      if (n.tagName === 'br') out += '\n';
      else if (n.tagName === 'img') {
        const alt = n.properties?.alt;
        if (typeof alt === 'string' && alt.trim() !== '') out += ` ${alt} `;
      } else {
        if (BLOCK.has(n.tagName) && out !== '' && !out.endsWith('\n')) out += '\n';
        for (const c of n.children) walk(c, pre || n.tagName === 'pre');
        if (BLOCK.has(n.tagName) && !out.endsWith('\n')) out += '\n';
      }
    } else if (n.type === 'root') for (const c of n.children) walk(c, pre);
  };
  walk(node, false);
  return cleanParagraph(out);
}

function cellText(cell: Element): string {
  return inlineText(cell).replace(/\n+/g, ' ').replace(/\|/g, '/').trim();
}

function rowsOf(table: Element): Element[][] {
  const rows: Element[][] = [];
  const visit = (n: Element): void => {
    for (const c of n.children) {
      if (!isElement(c)) continue;
      if (c.tagName === 'tr') rows.push(c.children.filter((x): x is Element => isElement(x) && (x.tagName === 'td' || x.tagName === 'th')));
      else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') visit(c);
    }
  };
  visit(table);
  return rows;
}

function span(cell: Element, name: 'colSpan' | 'rowSpan'): number {
  const v = Number(cell.properties?.[name] ?? 1);
  return Number.isFinite(v) && v >= 1 ? Math.min(Math.floor(v), 50) : 1;
}

/** A table of data (one line per cell, several rows and columns, numbers in it), not a layout grid. */
function isDataTable(rows: Element[][]): boolean {
  if (rows.length < 2) return false;
  if (Math.max(...rows.map((r) => r.length)) < 2) return false;
  let digits = false;
  for (const row of rows) {
    for (const cell of row) {
      const t = inlineText(cell);
      if (t.includes('\n') || t.length > 300) return false;
      if (/\d/.test(t)) digits = true;
    }
  }
  return digits;
}

function renderTable(rows: Element[][]): string {
  // colspan repeats an empty cell after the spanned one; rowspan carries its text down.
  const grid: string[][] = [];
  const carried = new Map<number, { text: string; left: number }>();
  for (const row of rows) {
    const out: string[] = [];
    let col = 0;
    const place = (): void => {
      let c = carried.get(col);
      while (c) {
        out.push(c.text);
        c.left -= 1;
        if (c.left <= 0) carried.delete(col);
        col += 1;
        c = carried.get(col);
      }
    };
    for (const cell of row) {
      place();
      const text = cellText(cell);
      const cs = span(cell, 'colSpan');
      const rs = span(cell, 'rowSpan');
      for (let k = 0; k < cs; k += 1) {
        out.push(k === 0 ? text : '');
        if (rs > 1) carried.set(col, { text: k === 0 ? text : '', left: rs - 1 });
        col += 1;
      }
    }
    place();
    grid.push(out);
  }
  const width = Math.max(...grid.map((r) => r.length));
  const line = (r: string[]): string => `| ${[...r, ...Array<string>(width - r.length).fill('')].map((c) => c || ' ').join(' | ')} |`;
  return [line(grid[0] ?? []), `|${' --- |'.repeat(width)}`, ...grid.slice(1).map(line)].join('\n');
}

/** Markdown blocks of a subtree, in order. */
export function renderBlocks(node: Node): string[] {
  const blocks: string[] = [];
  let inline: Node[] = [];
  const flush = (): void => {
    if (inline.length === 0) return;
    const text = inlineText({ type: 'root', children: inline as RootContent[] });
    inline = [];
    if (text !== '') blocks.push(text);
  };
  const children: Node[] = node.type === 'root' || isElement(node) ? node.children : [];
  for (const child of children) {
    if (!isElement(child)) {
      if (child.type === 'text') inline.push(child);
      continue;
    }
    const tag = child.tagName;
    if (SKIPPED.has(tag)) continue;
    if (!BLOCK.has(tag)) {
      inline.push(child);
      continue;
    }
    flush();
    if (/^h[1-6]$/.test(tag)) {
      const text = inlineText(child).replace(/\n+/g, ' ').trim();
      if (text !== '') blocks.push(`${'#'.repeat(Number(tag[1]))} ${text}`);
    } else if (tag === 'ul' || tag === 'ol') {
      const list = renderList(child);
      if (list !== '') blocks.push(list);
    } else if (tag === 'table') {
      const rows = rowsOf(child);
      if (isDataTable(rows)) blocks.push(renderTable(rows));
      else for (const row of rows) for (const cell of row) blocks.push(...renderBlocks(cell));
    } else if (tag === 'hr') {
      continue;
    } else if (tag === 'p' || tag === 'pre' || tag === 'dt' || tag === 'caption' || tag === 'figcaption' || tag === 'summary') {
      const text = inlineText(child);
      if (text !== '') blocks.push(text);
    } else {
      blocks.push(...renderBlocks(child));
    }
  }
  flush();
  return blocks;
}

function renderList(list: Element): string {
  const ordered = list.tagName === 'ol';
  let n = Number(list.properties?.start ?? 1);
  if (!Number.isFinite(n)) n = 1;
  const items: string[] = [];
  for (const li of list.children) {
    if (!isElement(li)) continue;
    const content = li.tagName === 'li' ? renderBlocks(li) : renderBlocks({ type: 'root', children: [li] });
    if (content.length === 0) continue;
    const marker = ordered ? `${n}. ` : '- ';
    n += 1;
    const pad = ' '.repeat(marker.length);
    const body = content.map((b, i) => b.split('\n').map((l, j) => (i === 0 && j === 0 ? marker + l : pad + l)).join('\n'));
    items.push(body.join('\n\n'));
  }
  return items.join('\n');
}

/** The whole subtree as markdown text. */
export function toMarkdown(node: Node): string {
  return renderBlocks(node).join('\n\n');
}
