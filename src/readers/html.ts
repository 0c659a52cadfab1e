// Saved web pages → markdown of the article, with the page around it (site header,
// navigation, related articles, counters, footer) kept after the article under a
// "Xem thêm" heading: the extractor marks everything under that heading as page chrome,
// so no target comes from it, while issuer detection can still read a province named
// only in the footer (and warns that it did).
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { select, selectAll } from 'hast-util-select';
import iconv from 'iconv-lite';
import type { Element, ElementContent, Root } from 'hast';
import type { Warning } from '../schema/target-file.js';
import { decodeBytes, looksBinary } from './encoding.js';
import { InputError, type ReadDocument } from './index.js';
import { SKIPPED, inlineText, isElement, renderBlocks } from './hast-markdown.js';

/** The heading put before the page chrome; a chrome-section cue of src/pipeline/structure.ts. */
export const CHROME_HEADING = 'Xem thêm';

// ---------------------------------------------------------------------------------------
// Bytes → text, honouring <meta charset> when the bytes agree with it

const CHARSET_NAMES: Record<string, string> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'windows-1258': 'windows-1258', cp1258: 'windows-1258', 'x-cp1258': 'windows-1258',
  tcvn: 'tcvn3', tcvn3: 'tcvn3', 'tcvn-5712': 'tcvn3', 'x-viet-tcvn': 'tcvn3', 'x-viet-tcvn5712': 'tcvn3', vni: 'vni', 'x-viet-vni': 'vni',
};
const LATIN = new Set(['iso-8859-1', 'latin1', 'windows-1252', 'cp1252', 'us-ascii', 'ascii', 'iso-8859-15']);

/** The charset a page declares in its first 4 KB (<meta charset>, http-equiv or an XML declaration). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

const hasHighBytes = (bytes: Uint8Array): boolean => bytes.some((b) => b >= 0x80);

export function decodeHtml(bytes: Uint8Array): { text: string; encoding: string; warnings: Warning[] } {
  const decoded = decodeBytes(bytes);
  const warn = (message: string | null): Warning[] => (message ? [{ code: 'encoding', message }] : []);
  const declared = declaredCharset(bytes);
  const bom = decoded.encoding === 'utf-8-bom' || decoded.encoding.startsWith('utf-16');
  if (declared === null || bom || !hasHighBytes(bytes)) return { text: decoded.text, encoding: decoded.encoding, warnings: warn(decoded.warning) };
  const wanted = CHARSET_NAMES[declared] ?? declared;
  if (wanted === decoded.encoding) return { text: decoded.text, encoding: decoded.encoding, warnings: [] };
  // Old sites set TCVN3 or VNI text in a "latin" page with a font: the bytes decide.
  if (LATIN.has(wanted)) return { text: decoded.text, encoding: decoded.encoding, warnings: warn(decoded.warning) };
  if (decoded.encoding === 'utf-8' || wanted === 'utf-8') {
    return {
      text: decoded.text,
      encoding: decoded.encoding,
      warnings: warn(`the page declares charset ${declared} but its bytes read as ${decoded.encoding}; read as ${decoded.encoding}${decoded.warning ? ` (${decoded.warning})` : ''}`),
    };
  }
  if (wanted === 'windows-1258' || iconv.encodingExists(wanted)) {
    const text = iconv.decode(Buffer.from(bytes), wanted === 'windows-1258' ? 'windows1258' : wanted).normalize('NFC');
    return { text, encoding: wanted, warnings: [] };
  }
  return { text: decoded.text, encoding: decoded.encoding, warnings: warn(`unknown charset ${declared} declared; ${decoded.warning ?? `read as ${decoded.encoding}`}`) };
}

// ---------------------------------------------------------------------------------------
// Finding the article

const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'form', 'menu']);
const CHROME_CLASS =
  /(?:^|[-_\s])(?:nav|navbar|navigation|menu|menus|breadcrumbs?|sidebar|side|related|lien-?quan|tin-?lien-?quan|tin-?khac|other-?news|more-?news|same-?category|cung-?chuyen-?muc|footer|banner|share|sharing|social|tags?|print|toolbar|tools|counter|views?|view-?count|luot-?xem|stats?|thong-?ke|comments?|binh-?luan|ads?|advert|quang-?cao|widget|popup|cookie|rating|vote)(?:$|[-_\s])/i;
const DISCARD_CLASS = /(?:^|[-_\s])(?:comments?|binh-?luan|fb-comments|disqus|cookie|popup|ads?|advert|quang-?cao)(?:$|[-_\s])/i;

function classAndId(el: Element): string {
  const cls = el.properties?.className;
  const id = el.properties?.id;
  return [Array.isArray(cls) ? cls.join(' ') : typeof cls === 'string' ? cls : '', typeof id === 'string' ? id : ''].join(' ').trim();
}

function isChromeElement(el: Element): boolean {
  if (CHROME_TAGS.has(el.tagName)) return true;
  const role = el.properties?.role;
  if (role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'complementary') return true;
  const names = classAndId(el);
  return names !== '' && CHROME_CLASS.test(names);
}

interface Sizes {
  text: Map<Element, number>;
  link: Map<Element, number>;
  parent: Map<Element, Element | Root>;
}

function measure(root: Root): Sizes {
  const sizes: Sizes = { text: new Map(), link: new Map(), parent: new Map() };
  const walk = (n: Element | Root, inLink: boolean): [number, number] => {
    let text = 0;
    let link = 0;
    for (const c of n.children) {
      if (c.type === 'text') {
        const len = c.value.replace(/\s+/g, ' ').trim().length;
        text += len;
        if (inLink) link += len;
      } else if (isElement(c)) {
        if (SKIPPED.has(c.tagName)) continue;
        sizes.parent.set(c, n);
        const [t, l] = walk(c, inLink || c.tagName === 'a');
        text += t;
        link += l;
      }
    }
    if (n.type === 'element') {
      sizes.text.set(n, text);
      sizes.link.set(n, link);
    }
    return [text, link];
  };
  walk(root, false);
  return sizes;
}

function insideChrome(el: Element, sizes: Sizes): boolean {
  for (let p = sizes.parent.get(el); p && p.type === 'element'; p = sizes.parent.get(p)) if (isChromeElement(p)) return true;
  return false;
}

const PARAGRAPHS = new Set(['p', 'li', 'td', 'pre', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'dd']);

/** The article: an explicit article element when there is one of some size, else the block with most paragraph text. */
function findMain(body: Element | Root, sizes: Sizes): { main: Element | null; guessed: boolean } {
  const own = (el: Element): number => (sizes.text.get(el) ?? 0) - (sizes.link.get(el) ?? 0);
  for (const selector of ['[itemprop=articleBody]', 'article', 'main', '[role=main]']) {
    const found = selectAll(selector, body).filter((el) => !insideChrome(el, sizes) && own(el) >= 200);
    if (found.length === 0) continue;
    found.sort((a, b) => own(b) - own(a));
    return { main: found[0]!, guessed: false };
  }
  const score = new Map<Element, number>();
  const add = (el: Element | Root | undefined, v: number): void => {
    if (el && el.type === 'element') score.set(el, (score.get(el) ?? 0) + v);
  };
  const visit = (n: Element | Root): void => {
    for (const c of n.children) {
      if (!isElement(c) || SKIPPED.has(c.tagName)) continue;
      let len = 0;
      if (PARAGRAPHS.has(c.tagName)) len = own(c);
      else if (c.tagName === 'div' || c.tagName === 'span') len = c.children.reduce((s, x) => s + (x.type === 'text' ? x.value.trim().length : 0), 0);
      if (len >= 25) {
        const parent = sizes.parent.get(c);
        add(parent && parent.type === 'element' ? parent : undefined, len);
        const grand = parent && parent.type === 'element' ? sizes.parent.get(parent) : undefined;
        add(grand && grand.type === 'element' ? grand : undefined, len / 2);
      }
      visit(c);
    }
  };
  visit(body);
  let best: Element | null = null;
  for (const [el, s] of score) {
    if (isChromeElement(el) || insideChrome(el, sizes)) continue;
    if (best === null || s > (score.get(best) ?? 0)) best = el;
  }
  return { main: best, guessed: true };
}

/** Takes chrome out of the article; returns what was taken (comment boxes and ads are dropped). */
function prune(main: Element, sizes: Sizes): Element[] {
  const total = sizes.text.get(main) ?? 0;
  const removed: Element[] = [];
  const walk = (el: Element): void => {
    el.children = el.children.filter((c): c is ElementContent => {
      if (!isElement(c)) return true;
      if (SKIPPED.has(c.tagName)) return false;
      const names = classAndId(c);
      if (names !== '' && DISCARD_CLASS.test(names) && (sizes.text.get(c) ?? 0) < total / 2) return false;
      // An article's own <header> holds its title and date: kept.
      if (c.tagName !== 'header' && isChromeElement(c) && (sizes.text.get(c) ?? 0) < total / 2) {
        removed.push(c);
        return false;
      }
      walk(c);
      return true;
    });
  };
  walk(main);
  return removed;
}

function dropDiscarded(root: Root | Element): void {
  root.children = root.children.filter((c) => {
    if (!isElement(c)) return true;
    if (SKIPPED.has(c.tagName)) return false;
    const names = classAndId(c);
    if (names !== '' && DISCARD_CLASS.test(names)) return false;
    dropDiscarded(c);
    return true;
  }) as typeof root.children;
}

// The chrome section keeps every piece short: a paragraph of 200 characters or more with
// a full stop counts as prose to the extractor and would end the section.
function chromeLines(blocks: string[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    for (let line of block.split('\n')) {
      line = line.replace(/^\|/, '').replace(/\|$/, '').replace(/\s*\|\s*/g, ' - ').replace(/^[\s-]*-{3,}[\s-]*$/, '').trim();
      while (line.length > 160) {
        let cut = line.lastIndexOf(' ', 150);
        if (cut < 60) cut = 150;
        out.push(line.slice(0, cut).trim());
        line = line.slice(cut).trim();
      }
      if (line !== '') out.push(line);
    }
  }
  return out;
}

export interface HtmlText {
  /** markdown: the article, then the page chrome under a "Xem thêm" heading */
  text: string;
  warnings: Warning[];
}

/** An HTML page (already decoded) → markdown of its article, page chrome appended as such. */
export function htmlToMarkdown(html: string): HtmlText {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const warnings: Warning[] = [];
  const title = select('title', tree);
  const pageTitle = title ? inlineText(title).replace(/\s+/g, ' ').trim() : '';
  const body: Root | Element = select('body', tree) ?? tree;
  dropDiscarded(body);
  const sizes = measure(tree);
  const { main, guessed } = findMain(body, sizes);
  const parts: string[] = [];
  const chrome: string[] = [];
  if (pageTitle) chrome.push(pageTitle);
  if (main === null) {
    parts.push(...renderBlocks(body));
  } else {
    if (guessed) warnings.push({ code: 'html-main-guessed', message: 'the page marks no article (<article>, <main>, itemprop=articleBody); the block with most text was taken as the article' });
    const removed = prune(main, sizes);
    const mainText = renderBlocks(main);
    // The headline often sits just outside the article element.
    if (!select('h1', main)) {
      const h1 = selectAll('h1', body).find((h) => !insideChrome(h, sizes));
      const headline = h1 ? inlineText(h1).replace(/\s+/g, ' ').trim() : '';
      if (headline) {
        parts.push(`# ${headline}`);
        const parent = sizes.parent.get(h1!);
        if (parent) parent.children = parent.children.filter((c) => c !== h1) as typeof parent.children;
      }
    }
    parts.push(...mainText);
    const parent = sizes.parent.get(main);
    if (parent) parent.children = parent.children.filter((c) => c !== main) as typeof parent.children;
    chrome.push(...renderBlocks(body));
    for (const r of removed) chrome.push(...renderBlocks({ type: 'root', children: [r] }));
  }
  const lines = chromeLines(chrome);
  let text = parts.join('\n\n');
  if (lines.length > 0) text += `\n\n## ${CHROME_HEADING}\n\n${lines.join('\n\n')}`;
  return { text: `${text}\n`, warnings };
}

export async function readHtml(bytes: Uint8Array, path: string): Promise<ReadDocument> {
  void path;
  if (bytes.length === 0) throw new InputError('empty file');
  if (looksBinary(bytes)) throw new InputError('binary file, not an HTML page');
  const decoded = decodeHtml(bytes);
  const { text, warnings } = htmlToMarkdown(decoded.text);
  if (text.trim() === '' || text.trim().startsWith(`## ${CHROME_HEADING}`)) throw new InputError('no text in the page');
  return { text, format: 'html', structure: 'markdown', encoding: decoded.encoding, warnings: [...decoded.warnings, ...warnings] };
}
