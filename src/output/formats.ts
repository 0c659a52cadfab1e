import { stringify as stringifyCsv } from 'csv-stringify/sync';
import type { DocumentRecord, TargetFile } from '../schema/target-file.js';
import { TARGET_COLUMNS, targetRows } from './rows.js';
import { safeCell, type CellValue } from './spreadsheet-safety.js';

export const OUTPUT_FORMATS = ['json', 'yaml', 'csv', 'tsv', 'ndjson'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const BOM = '\uFEFF';

/** The format an output path implies ("targets.csv" → csv), or null. */
export function formatFromPath(path: string): OutputFormat | null {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === 'yml') return 'yaml';
  if (ext === 'jsonl') return 'ndjson';
  return (OUTPUT_FORMATS as readonly string[]).includes(ext ?? '') ? (ext as OutputFormat) : null;
}

/** Delimited text, RFC 4180 quoting, spreadsheet-safe text cells, numbers as numbers. */
export function delimited(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<CellValue>>, delimiter: ',' | '\t', bom: boolean): string {
  const body = stringifyCsv([header.map((h) => safeCell(h)), ...rows.map((r) => r.map((c) => safeCell(c)))], {
    delimiter,
    record_delimiter: '\r\n',
    cast: { boolean: (b) => (b ? 'true' : 'false') },
    quoted_match: delimiter === '\t' ? /[\t\r\n"]/ : undefined,
  });
  return (bom ? BOM : '') + body;
}

/** The text of a target file in a format (async: the YAML writer loads only when asked for). */
export async function formatTargetFile(file: TargetFile, format: OutputFormat, options: { bom?: boolean } = {}): Promise<string> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(file, null, 2)}\n`;
    case 'yaml': {
      const { toYaml } = await import('./yaml.js');
      return toYaml(file);
    }
    case 'ndjson':
      return file.documents.map((d) => formatNdjsonLine(d)).join('');
    case 'csv':
    case 'tsv': {
      const rows = targetRows(file).map((r) => TARGET_COLUMNS.map((c) => r[c]));
      return delimited(TARGET_COLUMNS, rows, format === 'csv' ? ',' : '\t', options.bom ?? false);
    }
  }
}

/** One document per line: the streaming form. Each line is a document record. */
export function formatNdjsonLine(d: DocumentRecord): string {
  return `${JSON.stringify(d)}\n`;
}
