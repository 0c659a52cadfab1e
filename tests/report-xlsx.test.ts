import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildComparison } from '../src/compare/comparison.js';
import { parseTargetFile } from '../src/schema/io.js';
import type { DocumentRecord } from '../src/schema/target-file.js';
import { renderXlsx } from '../src/report/workbook.js';

const SEEDS = 'fixtures/report/seeds.json';
const seeds = (): DocumentRecord[] => parseTargetFile(JSON.parse(readFileSync(SEEDS, 'utf8')), SEEDS).documents;

async function workbookOf(documents: DocumentRecord[]): Promise<{ bytes: Uint8Array; book: ExcelJS.Workbook }> {
  const bytes = await renderXlsx(documents, buildComparison(documents));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return { bytes, book };
}

/** The sheet as rows of header → cell value, to find rows without counting columns. */
function records(ws: ExcelJS.Worksheet): Array<Record<string, ExcelJS.CellValue>> {
  const header = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const out: Array<Record<string, ExcelJS.CellValue>> = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const values = ws.getRow(r).values as ExcelJS.CellValue[];
    out.push(Object.fromEntries(header.map((h, i) => [h, values[i + 1] ?? null])));
  }
  return out;
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      return readdirSync(dir).includes(command);
    } catch {
      return false;
    }
  });
}

describe('xlsx report, read back with exceljs', () => {
  it('has the three sheets, each with a frozen, filtered header and bounded widths', async () => {
    const { book } = await workbookOf(seeds());
    expect(book.worksheets.map((w) => w.name)).toEqual(['Targets', 'By issuer', 'Documents']);
    for (const ws of book.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
      expect(ws.getRow(1).font?.bold).toBe(true);
      // exceljs leaves out a width equal to its default (9): the reader then reports none
      for (const c of ws.columns) {
        expect(c.width ?? 9).toBeGreaterThanOrEqual(6);
        expect(c.width ?? 9).toBeLessThanOrEqual(60);
      }
    }
    expect(book.getWorksheet('Targets')!.rowCount).toBe(1 + 41);
    expect(book.getWorksheet('Documents')!.rowCount).toBe(1 + 5);
  });

  it('keeps numbers numeric and Vietnamese text byte for byte', async () => {
    const { book } = await workbookOf(seeds());
    const targets = records(book.getWorksheet('Targets')!);
    const profit = targets.find((r) => r.Indicator === 'htx.avg_profit')!;
    expect(profit.Value).toBe(85_000_000);
    expect(profit.Deadline).toBe(2024);
    expect(profit.Goal).toBe('85 triệu đ/năm');
    const range = targets.find((r) => r.Indicator === 'htx.good_rate' && r.Comparator === 'range')!;
    expect([range.Value, range.Min, range.Max]).toEqual([null, 70, 85]);
    const cell = targets.find((r) => r.Source === 'seeds/000_231b9d49de819eb6.txt')!['Issuer name'];
    expect(Buffer.from(String(cell), 'utf8').equals(Buffer.from('Ban Thường vụ Tỉnh ủy Hải Dương', 'utf8'))).toBe(true);
    const byIssuer = records(book.getWorksheet('By issuer')!);
    const founded = byIssuer.find((r) => r.indicator === 'htx.new' && r.deadline === 2030)!;
    expect(founded['Hải Dương']).toBe(180);
    expect(byIssuer.find((r) => r.indicator === 'htx.good_rate' && r.deadline === 2030)!['Kiên Giang']).toBe('70–85%');
  });

  it('neutralises text cells that a spreadsheet would run as formulas, not numbers', async () => {
    const [first] = seeds();
    const doc: DocumentRecord = {
      ...first!,
      title: '=HYPERLINK("http://example.com","x")',
      targets: first!.targets.slice(0, 1).map((t) => ({ ...t, quote: '-2+3 HTX', value: -5 })),
    };
    const { book } = await workbookOf([doc]);
    const row = records(book.getWorksheet('Targets')!)[0]!;
    expect(row.Quote).toBe("'-2+3 HTX");
    expect(row.Value).toBe(-5);
    expect(records(book.getWorksheet('Documents')!)[0]!.Title).toBe('\'=HYPERLINK("http://example.com","x")');
  });

  // LibreOffice writes the first sheet as CSV: it must read the same cells we wrote.
  it.skipIf(!onPath('libreoffice'))('opens in LibreOffice with the same cells (skipped when libreoffice is not installed)', async () => {
    const { bytes, book } = await workbookOf(seeds());
    const dir = mkdtempSync(join(tmpdir(), 'report-lo-'));
    writeFileSync(join(dir, 'report.xlsx'), bytes);
    execFileSync('libreoffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, join(dir, 'report.xlsx')], { stdio: 'ignore', timeout: 120_000 });
    const csv = parse(readFileSync(join(dir, 'report.csv'), 'utf8'), { relax_column_count: true }) as string[][];
    const ws = book.getWorksheet('Targets')!;
    const text = (v: ExcelJS.CellValue): string => (v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v));
    const expected = Array.from({ length: ws.rowCount }, (_, r) => Array.from({ length: ws.columnCount }, (_, c) => text(ws.getRow(r + 1).getCell(c + 1).value)));
    expect(csv).toEqual(expected);
  }, 180_000);
});
