import { placeDocument } from '../compare/columns.js';
import type { Comparison } from '../compare/comparison.js';
import { wideTable } from '../compare/tables.js';
import { formatTargetValue } from '../compare/values.js';
import type { DocumentRecord } from '../schema/target-file.js';
import { indicatorLabel } from './phrases.js';
import { writeWorkbook, type Sheet } from './xlsx.js';

/** One row per target; value, min, max, deadline and line are numbers to compute with. */
function targetsSheet(documents: readonly DocumentRecord[], comparison: Comparison): Sheet {
  const header = ['Issuer', 'Issuer name', 'Level', 'Province', 'District', 'Document', 'Issued', 'Source', 'Kind', 'Indicator', 'Label', 'Deadline', 'Comparator', 'Value', 'Min', 'Max', 'Unit', 'Per year', 'Goal', 'Quote', 'Line'];
  const rows = documents.flatMap((d) => {
    const column = placeDocument(d, comparison.grouping).column.label;
    const document = [d.documentType, d.documentNumber].filter((p) => p !== null).join(' ') || null;
    return d.targets.map((t) => [
      column,
      d.issuer.name,
      d.issuer.level,
      d.issuer.province,
      d.issuer.district,
      document,
      d.issuedDate,
      d.source,
      t.kind,
      t.indicator,
      indicatorLabel(t.indicator),
      t.deadline,
      t.comparator,
      t.value,
      t.min,
      t.max,
      t.unit,
      t.perYear,
      formatTargetValue(t),
      t.quote,
      t.location.line,
    ]);
  });
  return { name: 'Targets', header, rows };
}

function documentsSheet(documents: readonly DocumentRecord[]): Sheet {
  const header = ['Source', 'Issuer', 'Level', 'Province', 'District', 'Type', 'Number', 'Issued', 'Title', 'Basis', 'Targets', 'Baselines', 'Warnings', 'Format', 'Encoding'];
  const rows = documents.map((d) => [
    d.source,
    d.issuer.name,
    d.issuer.level,
    d.issuer.province,
    d.issuer.district,
    d.documentType,
    d.documentNumber,
    d.issuedDate,
    d.title,
    d.basedOn.join('; '),
    d.targets.filter((t) => t.kind === 'target').length,
    d.targets.filter((t) => t.kind === 'baseline').length,
    d.warnings.map((w) => w.message).join('; '),
    d.format,
    d.encoding,
  ]);
  return { name: 'Documents', header, rows };
}

/** The report as a workbook: every target, the diff's wide table, and the documents. */
export function renderXlsx(documents: readonly DocumentRecord[], comparison: Comparison): Promise<Uint8Array> {
  const wide = wideTable(comparison);
  return writeWorkbook([targetsSheet(documents, comparison), { name: 'By issuer', header: wide.header, rows: wide.rows }, documentsSheet(documents)]);
}
