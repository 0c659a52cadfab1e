/**
 * OWASP CSV injection: a text cell that begins with =, +, -, @, tab or carriage return
 * could run as a formula in Excel or LibreOffice; a leading apostrophe makes it text.
 * Numbers are written as numbers and never touched.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export type CellValue = string | number | boolean | null;

export function safeCell(value: CellValue): CellValue {
  return typeof value === 'string' ? neutralise(value) : value;
}
