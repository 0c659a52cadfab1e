import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildComparison,
  cellText,
  compareVersions,
  formatNumber,
  formatTargetValue,
  longTable,
  parseDeadlines,
  placeDocument,
  wideTable,
  type Comparison,
} from '../src/compare/index.js';
import { PROVINCE_ENTRIES } from '../src/rules/gazetteer.js';
import { parseTargetFile } from '../src/schema/io.js';
import type { DocumentRecord, Target } from '../src/schema/target-file.js';

const seeds = parseTargetFile(JSON.parse(readFileSync('fixtures/diff/seeds.json', 'utf8')), 'seeds.json').documents;

function target(over: Partial<Target>): Target {
  return {
    id: 't',
    kind: 'target',
    indicator: 'htx.new',
    subject: 'htx',
    comparator: 'eq',
    value: 10,
    min: null,
    max: null,
    unit: 'count',
    deadline: 2030,
    perYear: false,
    quote: 'q',
    location: { line: 1, column: 1, offset: 0 },
    ...over,
  };
}

function doc(province: string | null, targets: Target[], over: Partial<DocumentRecord['issuer']> = {}): DocumentRecord {
  return {
    source: `${province ?? 'x'}.txt`,
    format: 'text',
    encoding: 'utf-8',
    title: null,
    documentType: null,
    documentNumber: null,
    issuedDate: null,
    issuer: { name: province ? `UBND tỉnh ${province}` : null, level: province ? 'province' : null, province, district: null, inferred: false, ...over },
    basedOn: [],
    targets,
    warnings: [],
  };
}

/** The cell text of (indicator, deadline, kind) under the column labelled `column`. */
function cell(c: Comparison, indicator: string, deadline: number, column: string, kind = 'target'): string | null {
  const row = c.rows.find((r) => r.indicator === indicator && r.deadline === deadline && r.kind === kind);
  const i = c.columns.findIndex((col) => col.label === column);
  const x = row && i >= 0 ? row.cells[i] : null;
  return x ? cellText(x) : null;
}

describe('values as people read them', () => {
  it('writes numbers the Vietnamese way', () => {
    expect(formatNumber(3000)).toBe('3.000');
    expect(formatNumber(100000)).toBe('100.000');
    expect(formatNumber(2.4)).toBe('2,4');
    expect(formatNumber(1234567.25)).toBe('1.234.567,25');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-1500)).toBe('-1.500');
  });

  it('puts comparator and unit around the value', () => {
    expect(formatTargetValue(target({ comparator: 'gt', value: 70, unit: 'percent' }))).toBe('> 70%');
    expect(formatTargetValue(target({ comparator: 'range', value: null, min: 70, max: 85, unit: 'percent' }))).toBe('70–85%');
    expect(formatTargetValue(target({ comparator: 'approx', value: 3000 }))).toBe('≈ 3.000');
    expect(formatTargetValue(target({ comparator: 'gte', value: 35 }))).toBe('≥ 35');
    expect(formatTargetValue(target({ value: 85_000_000, unit: 'vnd_per_year' }))).toBe('85 triệu đ/năm');
    expect(formatTargetValue(target({ comparator: 'lte', value: 2_400_000_000, unit: 'vnd' }))).toBe('≤ 2,4 tỷ đ');
    expect(formatTargetValue(target({ comparator: 'lt', value: 5, unit: 'vnd_per_month' }))).toBe('< 5 đ/tháng');
    expect(formatTargetValue(target({ value: 6, unit: 'percent_per_year' }))).toBe('6%/năm');
    expect(formatTargetValue(target({ comparator: 'gte', value: 20, perYear: true }))).toBe('≥ 20/năm');
  });
});

describe('buildComparison on the seeds', () => {
  const c = buildComparison(seeds);

  it('has one column per issuer, provinces by name before districts', () => {
    expect(c.columns.map((col) => col.label)).toEqual(['Bắc Kạn', 'Hải Dương', 'Kiên Giang', 'Quảng Ninh', 'Châu Thành (Sóc Trăng)']);
  });

  it('shows the acceptance values', () => {
    expect(cell(c, 'htx.new', 2024, 'Bắc Kạn')).toBe('≥ 35');
    expect(cell(c, 'htx.good_rate', 2030, 'Hải Dương')).toBe('> 70%');
    expect(cell(c, 'htx.good_rate', 2030, 'Kiên Giang')).toBe('70–85%');
    expect(cell(c, 'htx.avg_profit', 2024, 'Bắc Kạn')).toBe('85 triệu đ/năm');
    expect(cell(c, 'tht.total', 2030, 'Kiên Giang')).toBe('≈ 3.000');
  });

  it('keeps targets and baselines in separate rows, with Vietnamese labels', () => {
    expect(cell(c, 'htx.new', 2023, 'Bắc Kạn', 'baseline')).toBe('36');
    expect(c.rows.find((r) => r.indicator === 'htx.new')?.label).toMatch(/thành lập mới/);
  });

  it('marks the highest and lowest value of a row', () => {
    const row = c.rows.find((r) => r.indicator === 'htx.good_rate' && r.deadline === 2030)!;
    const kg = c.columns.findIndex((col) => col.label === 'Kiên Giang');
    const hd = c.columns.findIndex((col) => col.label === 'Hải Dương');
    expect(row.cells[kg]).toMatchObject({ highest: true, lowest: false });
    expect(row.cells[hd]).toMatchObject({ highest: false, lowest: true });
  });
});

describe('two goals of one issuer in one cell', () => {
  it('shows both, never one', () => {
    const c = buildComparison([doc('Kiên Giang', [target({ comparator: 'gte', value: 50, unit: 'percent' }), target({ comparator: 'approx', value: 50, unit: 'percent' })])]);
    expect(cellText(c.rows[0]!.cells[0]!)).toBe('≥ 50%; ≈ 50%');
    expect(longTable(c).rows).toHaveLength(2);
  });

  it('shows a goal stated twice once, keeping both sources', () => {
    const c = buildComparison([doc('Kiên Giang', [target({}), target({ id: 'u' })])]);
    expect(c.rows[0]!.cells[0]!.entries).toHaveLength(1);
    expect(c.rows[0]!.cells[0]!.entries[0]!.sources).toHaveLength(2);
  });
});

describe('--by province-2025', () => {
  it('gives the seeds the 2025 provinces as columns, each cell naming the old unit', () => {
    const c = buildComparison(seeds, { grouping: 'province-2025' });
    expect(c.columns.map((col) => col.label).sort()).toEqual(['An Giang', 'Cần Thơ', 'Hải Phòng', 'Quảng Ninh', 'Thái Nguyên'].sort());
    expect(cell(c, 'htx.new', 2024, 'Thái Nguyên')).toBe('≥ 35 (Bắc Kạn)');
    expect(cell(c, 'htx.good_rate', 2030, 'Hải Phòng')).toBe('> 70% (Hải Dương)');
    expect(cell(c, 'htx.good_rate', 2024, 'Cần Thơ')).toBe('≥ 30% (Châu Thành, Sóc Trăng)');
  });

  it('puts every one of the 63 provinces in its 2025 column', () => {
    expect(PROVINCE_ENTRIES).toHaveLength(63);
    const docs = PROVINCE_ENTRIES.map((p, i) => doc(p.name, [target({ value: i + 1 })]));
    const c = buildComparison(docs, { grouping: 'province-2025' });
    expect(c.columns).toHaveLength(34);
    const row = c.rows[0]!;
    PROVINCE_ENTRIES.forEach((p, i) => {
      const col = c.columns.findIndex((x) => x.label === p.unit2025);
      const entry = row.cells[col]?.entries.find((e) => e.sources[0]!.target.value === i + 1);
      expect(entry, `${p.name} → ${p.unit2025}`).toBeDefined();
      expect(entry!.origin).toBe(p.name);
      expect(entry!.showOrigin).toBe(p.name !== p.unit2025);
    });
  });

  it('places national issuers and unknown provinces in columns of their own', () => {
    expect(placeDocument(doc(null, [], { level: 'national', name: 'Chính phủ' }), 'province-2025').column.label).toBe('Toàn quốc');
    expect(placeDocument(doc('Atlantis', []), 'province-2025').column.label).toBe('Atlantis');
  });
});

describe('filters', () => {
  it('selects by indicator glob, deadline, kind, level and issuer', () => {
    const labels = (f: Parameters<typeof buildComparison>[1]) => {
      const c = buildComparison(seeds, f);
      return { columns: c.columns.map((x) => x.label), indicators: [...new Set(c.rows.map((r) => r.indicator))] };
    };
    expect(labels({ filter: { indicator: ['htx.*'] } }).indicators.every((i) => i.startsWith('htx.'))).toBe(true);
    expect(buildComparison(seeds, { filter: { deadline: [2024] } }).rows.every((r) => r.deadline === 2024)).toBe(true);
    expect(buildComparison(seeds, { filter: { kind: ['baseline'] } }).rows.every((r) => r.kind === 'baseline')).toBe(true);
    expect(labels({ filter: { level: ['district'] } }).columns).toEqual(['Châu Thành (Sóc Trăng)']);
    expect(labels({ filter: { issuer: ['bac kan'] } }).columns).toEqual(['Bắc Kạn']);
    expect(labels({ filter: { issuer: ['Cần Thơ'] } }).columns).toEqual(['Châu Thành (Sóc Trăng)']);
  });

  it('reads deadlines as years, lists, ranges and none', () => {
    expect(parseDeadlines('2030')).toEqual([2030]);
    expect(parseDeadlines('2025,2030')).toEqual([2025, 2030]);
    expect(parseDeadlines('2024-2026')).toEqual([2024, 2025, 2026]);
    expect(parseDeadlines('none')).toEqual([null]);
    expect(parseDeadlines('soon')).toBeNull();
  });
});

describe('tables', () => {
  it('writes a single exact goal as a number in the wide table, the rest as text', () => {
    const t = wideTable(buildComparison(seeds));
    const col = t.header.indexOf('Bắc Kạn');
    const profit = t.rows.find((r) => r[0] === 'htx.avg_profit')!;
    expect(profit[col]).toBe(85_000_000);
    expect(t.rows.find((r) => r[0] === 'htx.new' && r[2] === 2024)![col]).toBe('≥ 35');
    expect(wideTable(buildComparison(seeds), { numbers: false }).rows.find((r) => r[0] === 'htx.avg_profit')![col]).toBe('85 triệu đ/năm');
  });
});

describe('compareVersions', () => {
  it('finds added, removed and changed goals by issuer, indicator, deadline and kind, in table order', () => {
    const before = [doc('Bắc Kạn', [target({ value: 10 }), target({ indicator: 'tht.new', value: 5 }), target({ indicator: 'lhhtx.new', value: 1 })])];
    const after = [doc('Bắc Kạn', [target({ value: 12 }), target({ indicator: 'tht.new', value: 5 }), target({ indicator: 'htx.pilot', value: 3 })])];
    const d = compareVersions(before, after);
    expect(d.unchanged).toBe(1);
    expect(d.changes.map((c) => [c.status, c.indicator, c.before, c.after])).toEqual([
      ['changed', 'htx.new', ['10'], ['12']],
      ['removed', 'lhhtx.new', ['1'], []],
      ['added', 'htx.pilot', [], ['3']],
    ]);
  });

  it('finds nothing between equal versions', () => {
    expect(compareVersions(seeds, structuredClone(seeds)).changes).toEqual([]);
  });
});
