import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/io.js';
import { buildComparison } from '../src/compare/comparison.js';
import { parseTargetFile } from '../src/schema/io.js';
import type { DocumentRecord, Target } from '../src/schema/target-file.js';
import { chartSvg, markKind, niceCeiling } from '../src/report/chart.js';
import { indicatorCharts } from '../src/report/charts.js';
import { escapeHtml, escapeMarkdown } from '../src/report/escape.js';
import { renderHtml } from '../src/report/html.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { buildReport, documentSection } from '../src/report/model.js';
import { gap, targetSentence } from '../src/report/phrases.js';
import { renderText } from '../src/report/text.js';

const SEEDS = 'fixtures/report/seeds.json';
const seeds = (): DocumentRecord[] => parseTargetFile(JSON.parse(readFileSync(SEEDS, 'utf8')), SEEDS).documents;

function target(over: Partial<Target>): Target {
  return {
    id: 'x',
    kind: 'target',
    indicator: 'htx.new',
    subject: 'htx',
    comparator: 'eq',
    value: 1,
    min: null,
    max: null,
    unit: 'count',
    deadline: 2024,
    perYear: false,
    quote: 'q',
    location: { line: 1, column: 1, offset: 0 },
    ...over,
  };
}

function doc(targets: Target[], over: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    source: 'plan.txt',
    format: 'text',
    encoding: 'utf-8',
    title: 'Kế hoạch phát triển kinh tế tập thể',
    documentType: 'Kế hoạch',
    documentNumber: '1/KH-UBND',
    issuedDate: '2024-01-02',
    issuer: { name: 'UBND tỉnh Bắc Kạn', level: 'province', province: 'Bắc Kạn', district: null, inferred: false },
    basedOn: ['20-NQ/TW'],
    targets,
    warnings: [],
    ...over,
  };
}

describe('baselines beside their targets', () => {
  it('pairs a target with the latest baseline of its indicator reached by its deadline', () => {
    const old = target({ id: 'b1', kind: 'baseline', value: 20, deadline: 2021 });
    const recent = target({ id: 'b2', kind: 'baseline', value: 36, deadline: 2023 });
    const later = target({ id: 'b3', kind: 'baseline', value: 50, deadline: 2025 });
    const other = target({ id: 'b4', kind: 'baseline', indicator: 'htx.total', value: 371, deadline: 2023 });
    const goal = target({ id: 't', comparator: 'gte', value: 35, deadline: 2024 });
    const s = documentSection(doc([old, recent, later, other, goal]));
    expect(s.groups).toEqual([{ deadline: 2024, lines: [{ target: goal, baseline: recent }] }]);
    expect(s.baselines).toEqual([old, later, other]);
  });

  it('says the gap in the unit of the goal, percentages in points', () => {
    const line = { target: target({ comparator: 'gte', value: 35 }), baseline: target({ kind: 'baseline', value: 36, deadline: 2023 }) };
    expect(targetSentence(line)).toBe('HTX thành lập mới: 36 in 2023 (baseline) → ≥ 35 in 2024 (gap −1)');
    const rate = { target: target({ indicator: 'htx.good_rate', unit: 'percent', value: 80 }), baseline: target({ kind: 'baseline', indicator: 'htx.good_rate', unit: 'percent', value: 62.5, deadline: 2023 }) };
    expect(gap(rate)).toBe('gap +17,5 pp');
    const money = { target: target({ unit: 'vnd_per_year', value: 85e6 }), baseline: target({ kind: 'baseline', unit: 'vnd_per_year', value: 60e6, deadline: 2023 }) };
    expect(gap(money)).toBe('gap +25 triệu đ/năm');
    const range = { target: target({ comparator: 'range', value: null, min: 70, max: 85 }), baseline: target({ kind: 'baseline', deadline: 2023 }) };
    expect(gap(range)).toBeNull();
  });

  it('groups targets by deadline, goals without a year last', () => {
    const s = documentSection(doc([target({ deadline: null }), target({ deadline: 2030 }), target({ deadline: 2025 })]));
    expect(s.groups.map((g) => g.deadline)).toEqual([2025, 2030, null]);
  });
});

describe('report model', () => {
  it('counts the seeds and orders issuers as the comparison orders its columns', () => {
    const documents = seeds();
    const model = buildReport(documents);
    expect(model.summary).toEqual({ documents: 5, issuers: 5, targets: 35, baselines: 6, warnings: 1, indicators: 23, firstDeadline: 2022, lastDeadline: 2030 });
    expect(model.issuers.map((i) => i.column.label)).toEqual(buildComparison(documents).columns.map((c) => c.label));
  });

  it('puts two issuers of one province in one section, as the comparison puts them in one column', () => {
    const a = doc([target({})]);
    const b = doc([target({})], { issuer: { name: 'Ban Thường vụ Tỉnh ủy Bắc Kạn', level: 'province', province: 'Bắc Kạn', district: null, inferred: false } });
    expect(buildReport([a, b]).issuers).toHaveLength(1);
  });
});

describe('charts', () => {
  it('draws values as bars, ranges as intervals and bounds as marks', () => {
    expect(['eq', 'approx', 'range', 'gt', 'gte', 'lt', 'lte'].map((c) => markKind(c as Target['comparator']))).toEqual(['bar', 'bar', 'interval', 'floor', 'floor', 'ceiling', 'ceiling']);
  });

  it('ends axes at round numbers', () => {
    expect([0, 3, 180, 671, 3000, 100000, 85e6].map(niceCeiling)).toEqual([1, 5, 200, 1000, 5000, 100000, 100e6]);
  });

  it('makes one chart per indicator of the seeds, one mark per goal', () => {
    const documents = seeds();
    const charts = indicatorCharts(buildComparison(documents));
    expect(charts.map((c) => c.indicator).sort()).toEqual([...new Set(documents.flatMap((d) => d.targets.map((t) => t.indicator)))].sort());
    const chart = charts.find((c) => c.indicator === 'htx.good_rate')!;
    expect(chart.rows.map((r) => [r.label, r.mark, r.from, r.to, r.text])).toEqual([
      ['Châu Thành (Sóc Trăng) · 2024', 'floor', 30, 30, '≥ 30%'],
      ['Hải Dương · 2030', 'floor', 70, 70, '> 70%'],
      ['Kiên Giang · 2030', 'interval', 70, 85, '70–85%'],
    ]);
    const svg = chartSvg(chart, String);
    expect(svg.match(/class="(bar|interval|floor|ceiling) /g)).toHaveLength(3);
    expect(svg).toContain('viewBox="0 0 480 ');
  });

  it('reads a share against 0–100% and a growth rate against its own scale', () => {
    const row = { label: 'Bắc Kạn · 2025', kind: 'target' as const, mark: 'bar' as const, from: 0, to: 6, text: '6%' };
    const ticks = (unit: Target['unit']): string[] => [...chartSvg({ indicator: 'k', title: 't', unit, rows: [row] }, String).matchAll(/class="tick"[^>]*>([^<]*)</g)].map((m) => m[1]!);
    expect(ticks('percent')).toEqual(['0', '25', '50', '75', '100']);
    expect(ticks('percent_per_year')).toEqual(['0', '2.5', '5', '7.5', '10']);
  });

  it('escapes labels and names in SVG and HTML', () => {
    expect(escapeHtml(`<b a="1">&'`)).toBe('&lt;b a=&quot;1&quot;&gt;&amp;&#39;');
    const d = doc([target({})], { issuer: { name: 'UBND <script>', level: null, province: null, district: null, inferred: false }, title: '</title><img src=x>' });
    const html = renderHtml(buildReport([d]), buildComparison([d]), { generator: 'test' });
    expect(html).not.toContain('UBND <script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('UBND &lt;script&gt;');
  });
});

describe('markdown escaping', () => {
  it('keeps "> 70%" and "< 10%" legible but stops emphasis, links and HTML', () => {
    expect(escapeMarkdown('> 70% và < 10%')).toBe('> 70% và < 10%');
    expect(escapeMarkdown('*a* _b_ [c](d) <img> a|b')).toBe('\\*a\\* \\_b\\_ \\[c\\](d) \\<img> a\\|b');
  });
});

describe('html page', () => {
  const documents = seeds();
  const html = renderHtml(buildReport(documents), buildComparison(documents), { generator: 'htx-targets test' });

  it('is one file that fetches nothing', () => {
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).toContain('@media print');
    expect(html).toContain('name="viewport"');
  });

  it('lists every target with its quote, and every document', () => {
    const rows = html.match(/<tr data-kind=/g) ?? [];
    expect(rows).toHaveLength(41);
    expect(html).toContain('Thành lập mới từ 35 HTX trở lên');
    expect(html.match(/<article class="document"/g)).toHaveLength(5);
  });
});

describe('text and markdown reports of the seeds (golden)', () => {
  const documents = seeds();
  const model = buildReport(documents);
  const comparison = buildComparison(documents);
  const cases: Array<[string, string]> = [
    ['fixtures/report/seeds.txt', renderText(model, comparison)],
    ['fixtures/report/seeds.md', renderMarkdown(model, comparison)],
  ];
  it.each(cases)('%s', (path, actual) => {
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, actual);
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });
});

// ---------------------------------------------------------------------------------------
// The command, in process.

function sink(isTTY: boolean): Writable & { isTTY: boolean; text: () => string; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const w = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return Object.assign(w, { isTTY, text: () => Buffer.concat(chunks).toString('utf8'), bytes: () => Buffer.concat(chunks) });
}

async function run(args: string[], tty = false, ttyErr = false): Promise<{ code: number; out: string; err: string; bytes: Buffer }> {
  const stdout = sink(tty);
  const stderr = sink(ttyErr);
  const io: Io = { stdout, stderr, stdin: new PassThrough(), env: { NO_COLOR: '1' }, cwd: process.cwd() };
  const code = await main(['report', ...args], io);
  return { code, out: stdout.text(), err: stderr.text(), bytes: stdout.bytes() };
}

describe('htx-targets report', () => {
  it('writes Markdown when piped and text on a terminal', async () => {
    const piped = await run([SEEDS]);
    expect(piped.code).toBe(0);
    expect(piped.out).toBe(readFileSync('fixtures/report/seeds.md', 'utf8'));
    const tty = await run([SEEDS], true);
    expect(tty.out).toBe(readFileSync('fixtures/report/seeds.txt', 'utf8'));
  });

  it('takes the format from the output extension, and writes the file whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    for (const [name, start] of [
      ['r.html', '<!DOCTYPE html>'],
      ['r.txt', 'Collective-economy targets: report\n='],
      ['r.md', '# Collective-economy targets'],
      ['r.xlsx', 'PK'],
    ] as const) {
      const r = await run([SEEDS, '-o', join(dir, name)]);
      expect(r.code).toBe(0);
      expect(r.err).toBe(`5 documents, 35 targets → ${join(dir, name)}\n`);
      expect(readFileSync(join(dir, name)).subarray(0, start.length).toString('utf8')).toBe(start);
    }
  });

  it('refuses to print xlsx on a terminal, but pipes it', async () => {
    const tty = await run([SEEDS, '-f', 'xlsx'], true);
    expect(tty.code).toBe(2);
    expect(tty.err).toMatch(/xlsx is a binary file: write it with -o/);
    const piped = await run([SEEDS, '-f', 'xlsx']);
    expect(piped.code).toBe(0);
    expect(piped.bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('reads plan documents and folders, reports the ones that fail and exits 1', async () => {
    const r = await run(['seeds/003_c854f6ac33c11df5.txt', 'no-such-folder/', '-f', 'text']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no-such-folder/: no such file');
    expect(r.out).toContain('Châu Thành (Sóc Trăng)\n----------------------');
  });

  it('exits 2 on an invalid target file, naming the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ schemaVersion: 1, generator: 'x', documents: [{ source: 1 }] }));
    const r = await run([join(dir, 'bad.json')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.json: invalid target file at documents\[0\]\.source/);
  });

  it('needs an input', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no input/);
  });

  it('shows progress on a terminal while it extracts a folder of many plans', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-many-'));
    for (let i = 0; i < 20; i++) writeFileSync(join(dir, `plan-${String(i).padStart(2, '0')}.txt`), `UBND tỉnh Bắc Kạn\nKế hoạch số ${i + 1}/KH-UBND\nNăm 2024 thành lập mới ${i + 1} HTX.\n`);
    const quiet = await run([dir, '-f', 'md']);
    expect(quiet.err).toBe('');
    const r = await run([dir, '-f', 'md'], false, true);
    expect(r.code).toBe(0);
    expect(r.err).toContain('extracting 20/20\n');
    expect(r.out).toContain('20 documents from 1 issuer');
  });

  it('groups by 2025 province on request', async () => {
    const r = await run([SEEDS, '-f', 'text', '--by', 'province-2025']);
    expect(r.out).toContain('\nThái Nguyên\n-----------\nUBND tỉnh Bắc Kạn');
  });
});
