import ExcelJS from 'exceljs';
import { safeCell, type CellValue } from '../output/spreadsheet-safety.js';

export interface Sheet {
  name: string;
  header: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<CellValue>>;
}

const MIN_WIDTH = 6;
// Quotes run to a few hundred characters; past this a column is wider than a laptop screen.
const MAX_WIDTH = 60;

/** A column as wide as its longest cell (header included), within bounds. */
function columnWidth(sheet: Sheet, column: number): number {
  let widest = sheet.header[column]!.length;
  for (const row of sheet.rows) {
    const cell = row[column];
    if (cell !== null && cell !== undefined) widest = Math.max(widest, String(cell).length);
  }
  return Math.min(Math.max(widest + 2, MIN_WIDTH), MAX_WIDTH);
}

/**
 * A workbook of plain tables: numbers stay numeric cells, text cells are neutralised
 * against formula injection, the header row is bold, frozen and carries the filters.
 */
export async function writeWorkbook(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'htx-targets';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.header.map((h, i) => ({ header: h, width: columnWidth(sheet, i) }));
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row.map((c) => safeCell(c)));
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + sheet.rows.length, column: sheet.header.length } };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
