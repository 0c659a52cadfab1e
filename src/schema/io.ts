import * as z from './zod.js';
import { fastTargetFileSchema, SCHEMA_VERSION, TargetFileSchema, type DocumentRecord, type TargetFile } from './target-file.js';

/** A target file that cannot be read: names the file and the field path. */
export class TargetFileError extends Error {
  constructor(
    message: string,
    readonly source: string,
  ) {
    super(`${source}: ${message}`);
    this.name = 'TargetFileError';
  }
}

export function makeTargetFile(documents: DocumentRecord[], generator: string): TargetFile {
  return { schemaVersion: SCHEMA_VERSION, generator, documents };
}

/** Validates parsed data as a target file; errors name the field path. */
export function parseTargetFile(data: unknown, source: string): TargetFile {
  if (typeof data === 'object' && data !== null && 'schemaVersion' in data) {
    const v = (data as { schemaVersion: unknown }).schemaVersion;
    if (v !== SCHEMA_VERSION) {
      throw new TargetFileError(`schemaVersion ${JSON.stringify(v)} is not supported; this version of htx-targets reads schemaVersion ${SCHEMA_VERSION}`, source);
    }
  }
  const result = fastTargetFileSchema().safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(root)';
    throw new TargetFileError(`invalid target file at ${path}: ${issue.message}`, source);
  }
  return result.data;
}

/** The JSON Schema of a target file (draft 2020-12), generated from the zod schema. */
export function targetFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(TargetFileSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return { $id: 'https://htx-targets/schema/target-file.json', title: 'htx-targets target file', ...schema };
}
