// Word .docx → markdown through mammoth's HTML: heading styles become "#" headings,
// numbered and bulleted lists "1. " / "- " items, tables pipe tables (layout tables, such
// as a letterhead set in two columns, become paragraphs cell by cell).
import mammoth from 'mammoth';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Root } from 'hast';
import type { Warning } from '../schema/target-file.js';
import { InputError, type ReadDocument } from './index.js';
import { toMarkdown } from './hast-markdown.js';

export async function readDocx(bytes: Uint8Array, path: string): Promise<ReadDocument> {
  void path;
  if (bytes.length === 0) throw new InputError('empty file');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.subarray(0, 4).toString('latin1') !== 'PK\x03\x04') {
    const legacy = buffer.subarray(0, 4).toString('hex') === 'd0cf11e0';
    throw new InputError(legacy ? 'this is a legacy Word .doc file named .docx; save it as .docx or .txt' : 'not a .docx file (no zip container)');
  }
  let html: string;
  let messages: Array<{ type: string; message: string }>;
  try {
    ({ value: html, messages } = await mammoth.convertToHtml({ buffer }));
  } catch (error) {
    throw new InputError(`cannot read the .docx file: ${(error as Error).message}`);
  }
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
  const text = toMarkdown(tree);
  if (text.trim() === '') throw new InputError('no text in the document');
  const errors = messages.filter((m) => m.type === 'error');
  const warnings: Warning[] = errors.length > 0 ? [{ code: 'docx', message: `the .docx reader reported ${errors.length} error(s), first: ${errors[0]!.message}` }] : [];
  return { text: `${text}\n`, format: 'docx', structure: 'markdown', encoding: 'utf-8', warnings };
}
