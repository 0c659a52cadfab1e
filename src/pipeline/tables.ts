import type { Kind } from '../schema/target-file.js';
import type { Block, Cell } from './structure.js';
import { cueView } from './cue-view.js';

/**
 * Tables of targets: columns are years ("2023 | 2024 | 2025", "TH 2023 | KH 2025") and
 * rows indicators, or the other way round. Each cell is read as a sentence whose lead is
 * its row's label (and unit column), with the column's year as its deadline.
 */
export interface TableCell {
  cell: Cell;
  /** the row label or column header that says what the cell measures */
  label: Cell;
  /** the unit column ("%", "HTX", "người", "triệu đồng"), if any */
  unit: Cell | null;
  year: number;
  kind: Kind | null;
}

const YEAR_IN_HEADER = /(?:^|[^\d])((?:19|20)\d\d)(?![\d])/;
const BASELINE_HEADER = /(?:^|\s)(?:th|thuc hien|uoc|uoc th|hien trang|ket qua|nam truoc|da dat)(?:\s|$)/;
const TARGET_HEADER = /(?:^|\s)(?:kh|ke hoach|muc tieu|chi tieu|phan dau|du kien)(?:\s|$)/;
const UNIT_HEADER = /^\s*(?:don vi(?: tinh)?|dvt)\s*$/;
const INDEX_HEADER = /^\s*(?:stt|tt|so tt|so thu tu)\s*$/;

function headerInfo(folded: string, c: Cell): { year: number | null; kind: Kind | null } {
  const view = cueView(folded, c.start, c.end);
  const y = YEAR_IN_HEADER.exec(folded.slice(c.start, c.end));
  const kind: Kind | null = BASELINE_HEADER.test(view) ? 'baseline' : TARGET_HEADER.test(view) ? 'target' : null;
  return { year: y ? Number(y[1]) : null, kind };
}

export function tableCells(folded: string, block: Block): TableCell[] {
  const rows = block.rows ?? [];
  if (rows.length < 2) return [];
  const header = rows[0]!;
  const infos = header.map((c) => headerInfo(folded, c));
  const unitCol = header.findIndex((c) => UNIT_HEADER.test(cueView(folded, c.start, c.end)));
  const yearCols = infos.map((h, i) => (h.year !== null ? i : -1)).filter((i) => i >= 0);
  const out: TableCell[] = [];
  if (yearCols.length > 0) {
    const labelCol = header.findIndex((c, i) => !yearCols.includes(i) && i !== unitCol && !INDEX_HEADER.test(cueView(folded, c.start, c.end)));
    for (const row of rows.slice(1)) {
      const label = row[labelCol];
      if (!label) continue;
      for (const i of yearCols) {
        const cell = row[i];
        if (!cell || cell.end <= cell.start) continue;
        out.push({ cell, label, unit: unitCol >= 0 ? (row[unitCol] ?? null) : null, year: infos[i]!.year!, kind: infos[i]!.kind });
      }
    }
    return out;
  }
  // Years down the first column, indicators across.
  for (const row of rows.slice(1)) {
    const first = row[0];
    if (!first) continue;
    const info = headerInfo(folded, first);
    if (info.year === null) continue;
    row.slice(1).forEach((cell, j) => {
      const label = header[j + 1];
      if (label && cell.end > cell.start) out.push({ cell, label, unit: null, year: info.year!, kind: info.kind });
    });
  }
  return out;
}
