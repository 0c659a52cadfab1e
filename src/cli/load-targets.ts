import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { extensionOf } from '../readers/index.js';
import { fastDocumentSchema, type DocumentRecord } from '../schema/target-file.js';
import { parseTargetFile, TargetFileError } from '../schema/io.js';
import type { RuleSet } from '../rules/rule-set.js';
import { extractBytes, extractEntry } from './extract-files.js';
import { findInputs } from './inputs.js';
import { readStream } from './read-input.js';
import { EXIT, UserError } from './io.js';

/**
 * Inputs of `diff` and `report`: target files written by `extract` (JSON, YAML, NDJSON),
 * validated against the schema, and plan documents or folders, extracted on the fly.
 */

/** Extensions read as target files when a file is named; folders are walked for plan documents only. */
export const TARGET_FILE_EXTENSIONS = ['json', 'yaml', 'yml', 'ndjson', 'jsonl'] as const;

/** Bounds YAML alias expansion ("billion laughs"). */
const MAX_YAML_ALIASES = 100;

export interface LoadOptions {
  cwd: string;
  stdin: NodeJS.ReadableStream;
  /** bytes; larger files are refused */
  maxSize: number;
  /** rules for documents extracted on the fly (default: built-in) */
  rules?: RuleSet;
  /** in folders, only / not files matching these globs */
  include?: string[];
  exclude?: string[];
}

/** An input that could not be read or extracted (a plan document); the others still count. */
export interface LoadFailure {
  path: string;
  message: string;
  error?: unknown;
}

export interface Loaded {
  documents: DocumentRecord[];
  failures: LoadFailure[];
}

function issuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(root)';
}

/** An invalid target file stops the run (exit 2): its data cannot be trusted in part. */
function invalid(source: string, message: string): UserError {
  return new UserError(`${source}: ${message}`, EXIT.usage);
}

function parseJsonText(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw invalid(source, `not valid JSON: ${(error as Error).message}`);
  }
}

/** YAML without custom tags and with bounded aliases; a tag it does not know is an error. */
function parseYamlText(text: string, source: string): unknown {
  const doc = parseDocument(text, { schema: 'core', customTags: [], uniqueKeys: true, prettyErrors: false });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const line = problem.linePos?.[0]?.line;
    throw invalid(line === undefined ? source : `${source}:${line}`, `not valid YAML: ${problem.message.split('\n')[0]}`);
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    throw invalid(source, `not valid YAML: ${(error as Error).message}`);
  }
}

/** NDJSON as `extract -f ndjson` writes it: one document record per line. */
function parseNdjsonText(text: string, source: string): DocumentRecord[] {
  const documents: DocumentRecord[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${source}:${i + 1}`;
    const result = fastDocumentSchema().safeParse(parseJsonText(line, where));
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw invalid(where, `invalid document record at ${issuePath(issue.path)}: ${issue.message}`);
    }
    documents.push(result.data);
  });
  return documents;
}

/**
 * The documents of a target file's text; `kind` from its extension. Throws a UserError
 * (exit 2) naming the file and the field path when it is not a valid target file.
 */
export function parseTargetText(text: string, source: string, kind: 'json' | 'yaml' | 'ndjson'): DocumentRecord[] {
  const body = text.replace(/^\uFEFF/, '');
  if (kind === 'ndjson') return parseNdjsonText(body, source);
  const data = kind === 'yaml' ? parseYamlText(body, source) : parseJsonText(body, source);
  try {
    return parseTargetFile(data, source).documents;
  } catch (error) {
    if (error instanceof TargetFileError) throw new UserError(error.message, EXIT.usage);
    throw error;
  }
}

function targetKind(path: string): 'json' | 'yaml' | 'ndjson' | null {
  const ext = extensionOf(path);
  if (ext === 'json') return 'json';
  if (ext === 'yaml' || ext === 'yml') return 'yaml';
  if (ext === 'ndjson' || ext === 'jsonl') return 'ndjson';
  return null;
}

async function readLimited(path: string, maxSize: number): Promise<Buffer> {
  const s = await stat(path);
  if (s.size > maxSize) throw new Error(`file is ${s.size} bytes, over the --max-size limit of ${maxSize} bytes`);
  return readFile(path);
}


/**
 * Standard input is a target file when it starts with "{" (JSON, or NDJSON when its first
 * line is a whole document record), else a plan document.
 */
async function loadStdin(options: LoadOptions): Promise<DocumentRecord[]> {
  const bytes = await readStream(options.stdin, options.maxSize, (m) => new UserError(m));
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (!text.trimStart().startsWith('{')) return [await extractBytes(bytes, '-', { rules: options.rules, explain: false })];
  return parseTargetText(text, '-', isNdjsonRecord(text.trimStart().split(/\r?\n/, 1)[0] ?? '') ? 'ndjson' : 'json');
}

/** A first line that is a whole JSON object without schemaVersion: a document record. */
function isNdjsonRecord(firstLine: string): boolean {
  try {
    const v = JSON.parse(firstLine) as unknown;
    return typeof v === 'object' && v !== null && !('schemaVersion' in v);
  } catch {
    return false; // a pretty-printed target file: its first line is "{" alone
  }
}

/**
 * Reads every input in order. Target files (.json, .yaml, .yml, .ndjson, .jsonl named
 * explicitly) are validated: an invalid one throws a UserError (exit 2) naming the file
 * and the field path. Plan documents and folders are extracted; a document that fails is
 * listed in `failures` and the others still load. "-" reads standard input.
 */
export async function loadTargets(inputs: readonly string[], options: LoadOptions): Promise<Loaded> {
  const documents: DocumentRecord[] = [];
  const failures: LoadFailure[] = [];
  for (const input of inputs) {
    if (input === '-') {
      documents.push(...(await loadStdin(options)));
      continue;
    }
    const kind = targetKind(input);
    if (kind !== null) {
      let bytes: Buffer;
      try {
        bytes = await readLimited(resolve(options.cwd, input), options.maxSize);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new UserError(`${input}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (error as Error).message}`);
      }
      documents.push(...parseTargetText(bytes.toString('utf8'), input, kind));
      continue;
    }
    const entries = await findInputs([input], { cwd: options.cwd, include: options.include, exclude: options.exclude });
    for (const entry of entries) {
      const r = await extractEntry(entry, { rules: options.rules, explain: false, maxSize: options.maxSize, cwd: options.cwd }, options.stdin);
      if (r.ok) documents.push(r.record);
      else failures.push({ path: r.path, message: r.message, error: r.error });
    }
  }
  return { documents, failures };
}
