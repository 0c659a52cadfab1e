import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { extract } from '../pipeline/extract.js';
import { readDocument, sniffExtension } from '../readers/index.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { DocumentRecord } from '../schema/target-file.js';
import type { InputEntry } from './inputs.js';
import { describeFsError, readStream } from './read-input.js';

export interface ExtractJob {
  rules?: RuleSet;
  explain: boolean;
  maxSize: number;
  cwd: string;
}

export type FileResult = { ok: true; record: DocumentRecord } | { ok: false; path: string; message: string; error?: unknown };



export type ReadResult = { ok: true; path: string; bytes: Uint8Array } | Extract<FileResult, { ok: false }>;

/** Reads and extracts one input; never throws for a bad file, it reports it. */
export async function extractEntry(entry: InputEntry, job: ExtractJob, stdin: NodeJS.ReadableStream): Promise<FileResult> {
  return extractRead(await readEntry(entry, job, stdin), job);
}

/** Reads one input's bytes (a file's size checked first); never throws, it reports. */
export async function readEntry(entry: InputEntry, job: Pick<ExtractJob, 'maxSize' | 'cwd'>, stdin: NodeJS.ReadableStream): Promise<ReadResult> {
  if (entry.kind === 'error') return { ok: false, path: entry.path, message: entry.message };
  const path = entry.kind === 'stdin' ? '-' : entry.path;
  try {
    if (entry.kind === 'stdin') return { ok: true, path, bytes: await readStream(stdin, job.maxSize) };
    const full = resolve(job.cwd, entry.path);
    const s = await stat(full);
    if (s.size > job.maxSize) return { ok: false, path, message: `file is ${s.size} bytes, over the --max-size limit of ${job.maxSize} bytes` };
    return { ok: true, path, bytes: await readFile(full) };
  } catch (error) {
    return { ok: false, path, message: describeFsError(error), error };
  }
}

/** Extracts what `readEntry` read; a failed read is passed on. */
export async function extractRead(read: ReadResult, job: Pick<ExtractJob, 'rules' | 'explain'>): Promise<FileResult> {
  if (!read.ok) return read;
  try {
    return { ok: true, record: await extractBytes(read.bytes, read.path, job) };
  } catch (error) {
    return { ok: false, path: read.path, message: describeFsError(error), error };
  }
}

export async function extractBytes(bytes: Uint8Array, path: string, job: Pick<ExtractJob, 'rules' | 'explain'>): Promise<DocumentRecord> {
  // Standard input has no extension: its first bytes tell an HTML page, a PDF or a .docx from text.
  const doc = await readDocument(bytes, path === '-' ? `stdin.${sniffExtension(bytes)}` : path);
  if ((doc.structure ?? (doc.format === 'text' ? 'text' : 'markdown')) === 'markdown') await import('../pipeline/markdown.js');
  return extract(doc.text, {
    source: path,
    format: doc.format,
    structure: doc.structure,
    encoding: doc.encoding,
    warnings: doc.warnings,
    rules: job.rules,
    explain: job.explain,
    pageOf: doc.pageOf,
  });
}
