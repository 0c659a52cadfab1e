import type { DocumentRecord, Target, TargetFile } from '../schema/target-file.js';
import type { CellValue } from './spreadsheet-safety.js';

/** One row per target with the document's fields repeated: the tidy table of a target file. */
export const TARGET_COLUMNS = [
  'source',
  'title',
  'documentType',
  'documentNumber',
  'issuedDate',
  'issuer',
  'level',
  'province',
  'district',
  'basedOn',
  'id',
  'kind',
  'indicator',
  'subject',
  'comparator',
  'value',
  'min',
  'max',
  'unit',
  'deadline',
  'perYear',
  'quote',
  'line',
  'column',
  'page',
  'format',
  'encoding',
  'warnings',
] as const;

export type TargetRow = Record<(typeof TARGET_COLUMNS)[number], CellValue>;

function documentCells(d: DocumentRecord): Pick<TargetRow, 'source' | 'title' | 'documentType' | 'documentNumber' | 'issuedDate' | 'issuer' | 'level' | 'province' | 'district' | 'basedOn' | 'format' | 'encoding' | 'warnings'> {
  return {
    source: d.source,
    title: d.title,
    documentType: d.documentType,
    documentNumber: d.documentNumber,
    issuedDate: d.issuedDate,
    issuer: d.issuer.name,
    level: d.issuer.level,
    province: d.issuer.province,
    district: d.issuer.district,
    basedOn: d.basedOn.join('; '),
    format: d.format,
    encoding: d.encoding,
    warnings: d.warnings.map((w) => w.message).join('; '),
  };
}

function targetCells(t: Target | null): Omit<TargetRow, keyof ReturnType<typeof documentCells>> {
  return {
    id: t?.id ?? null,
    kind: t?.kind ?? null,
    indicator: t?.indicator ?? null,
    subject: t?.subject ?? null,
    comparator: t?.comparator ?? null,
    value: t?.value ?? null,
    min: t?.min ?? null,
    max: t?.max ?? null,
    unit: t?.unit ?? null,
    deadline: t?.deadline ?? null,
    perYear: t ? t.perYear : null,
    quote: t?.quote ?? null,
    line: t?.location.line ?? null,
    column: t?.location.column ?? null,
    page: t?.location.page ?? null,
  };
}

/** A document without targets still gets one row, so that no document silently disappears. */
export function targetRows(file: TargetFile): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const d of file.documents) {
    const doc = documentCells(d);
    if (d.targets.length === 0) rows.push({ ...doc, ...targetCells(null) });
    for (const t of d.targets) rows.push({ ...doc, ...targetCells(t) });
  }
  return rows;
}
