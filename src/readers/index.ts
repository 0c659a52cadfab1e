import type { Format, Warning } from '../schema/target-file.js';
import { decodeBytes, looksBinary } from './encoding.js';

/**
 * Turns the bytes of an input file into text the extractor reads, whatever the container.
 * Each reader says which format it read and which encoding it found; readers for heavy
 * formats are loaded only when such a file comes along.
 */
export interface ReadDocument {
  text: string;
  format: Format;
  encoding: string;
  warnings: Warning[];
  /** page of an offset in `text`, for paged formats */
  pageOf?: (offset: number) => number | undefined;
  /** how the extractor should parse `text`: markdown (headings, lists, tables) or plain text */
  structure?: 'text' | 'markdown';
}

export class UnsupportedFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedFormatError';
  }
}

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export type Reader = (bytes: Uint8Array, path: string) => Promise<ReadDocument>;

const TEXT_EXTENSIONS = new Set(['txt', 'text', '']);
const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown']);

/** Extensions a folder walk picks up. */
export const DOCUMENT_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'pdf'] as const;

const UNSUPPORTED: Record<string, string> = {
  doc: 'legacy Word .doc files cannot be read; save it as .docx or .txt',
  xls: 'spreadsheets are not plan documents',
  xlsx: 'spreadsheets are not plan documents; a target file is .json, .yaml or .ndjson',
  png: 'an image needs OCR first; convert it to text or a PDF with a text layer',
  jpg: 'an image needs OCR first; convert it to text or a PDF with a text layer',
  jpeg: 'an image needs OCR first; convert it to text or a PDF with a text layer',
  tif: 'an image needs OCR first; convert it to text or a PDF with a text layer',
  tiff: 'an image needs OCR first; convert it to text or a PDF with a text layer',
  gif: 'an image needs OCR first',
  zip: 'archives are not read; unpack it first',
  rtf: 'RTF is not read; save it as .docx or .txt',
  odt: 'OpenDocument text is not read; save it as .docx or .txt',
};

export function extensionOf(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

function readPlain(format: Format): Reader {
  return async (bytes) => {
    if (bytes.length === 0) throw new InputError('empty file');
    if (looksBinary(bytes)) throw new InputError('binary file, not text');
    const decoded = decodeBytes(bytes);
    const warnings: Warning[] = decoded.warning ? [{ code: 'encoding', message: decoded.warning }] : [];
    if (decoded.text.trim() === '') throw new InputError('no text in the file');
    return { text: decoded.text, format, encoding: decoded.encoding, warnings };
  };
}

const READERS: Record<string, () => Promise<Reader>> = {
  html: async () => (await import('./html.js')).readHtml,
  htm: async () => (await import('./html.js')).readHtml,
  docx: async () => (await import('./docx.js')).readDocx,
  pdf: async () => (await import('./pdf.js')).readPdf,
};

/** The reader for a path, by extension (plain text when there is none). */
export async function readerFor(path: string): Promise<Reader> {
  const ext = extensionOf(path);
  if (TEXT_EXTENSIONS.has(ext)) return readPlain('text');
  if (MARKDOWN_EXTENSIONS.has(ext)) return readPlain('markdown');
  const load = READERS[ext];
  if (load) return load();
  throw new UnsupportedFormatError(`unsupported format .${ext}${UNSUPPORTED[ext] ? `: ${UNSUPPORTED[ext]}` : ''}`);
}

/**
 * The extension standard input should be read as, from its first bytes: a PDF, a zip
 * (taken as .docx), an HTML page, else plain text.
 */
export function sniffExtension(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('PK\x03\x04')) return 'docx';
  const start = head.replace(/^(?:\xef\xbb\xbf|\xff\xfe|\xfe\xff|\0)*/, '').replace(/\0/g, '').trimStart().toLowerCase();
  if (/^<(?:!doctype html|html[\s>]|head[\s>]|body[\s>]|meta[\s>]|article[\s>])/.test(start)) return 'html';
  if (start.startsWith('<!--') && /<(?:html|body|article|div|p)[\s>]/.test(start)) return 'html';
  return 'txt';
}

export async function readDocument(bytes: Uint8Array, path: string): Promise<ReadDocument> {
  return (await readerFor(path))(bytes, path);
}
