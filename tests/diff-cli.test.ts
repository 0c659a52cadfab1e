import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/io.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams. */
async function run(argv: string[], options: { tty?: boolean; columns?: number; env?: NodeJS.ProcessEnv; stdin?: string } = {}): Promise<Run> {
  const stdout = Object.assign(new PassThrough(), { isTTY: options.tty ?? false, columns: options.columns });
  const stderr = Object.assign(new PassThrough(), { isTTY: false });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (b: Buffer) => out.push(b));
  stderr.on('data', (b: Buffer) => err.push(b));
  const io: Io = { stdout, stderr, stdin: Readable.from([options.stdin ?? '']), env: options.env ?? {}, cwd: process.cwd() };
  const code = await main(argv, io);
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

const SEEDS = 'fixtures/diff/seeds.json';
const csv = (text: string): string[][] => parse(text, { relax_column_count: false }) as string[][];
const strip = (s: string): string => s.replace(/\x1b\[[0-9;]*m/g, ''); // eslint-disable-line no-control-regex

function tmp(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'htx-diff-')), name);
  writeFileSync(path, text);
  return path;
}

describe('diff: issuers side by side', () => {
  it('on the seed documents: issuers as columns, the acceptance values in their cells', async () => {
    const r = await run(['diff', 'seeds/', '--format', 'csv']);
    expect(r.code).toBe(0);
    const [header, ...rows] = csv(r.stdout);
    expect(header!.slice(5)).toEqual(['Bắc Kạn', 'Hải Dương', 'Kiên Giang', 'Quảng Ninh', 'Châu Thành (Sóc Trăng)']);
    const at = (indicator: string, deadline: string, column: string) => rows.find((x) => x[0] === indicator && x[2] === deadline && x[3] === 'target')![header!.indexOf(column)];
    expect(at('htx.new', '2024', 'Bắc Kạn')).toBe('≥ 35');
    expect(at('htx.good_rate', '2030', 'Hải Dương')).toBe('> 70%');
    expect(at('htx.good_rate', '2030', 'Kiên Giang')).toBe('70–85%');
  });

  it('prints a terminal table with the indicator labels and the issuers', async () => {
    const r = await run(['diff', SEEDS]);
    expect(r.code).toBe(0);
    for (const label of ['Bắc Kạn', 'Hải Dương', 'Kiên Giang', 'Quảng Ninh', 'Châu Thành (Sóc Trăng)', 'HTX thành lập mới', '≥ 35', '70–85% ↑', '> 70% ↓']) expect(r.stdout).toContain(label);
    expect(r.stdout).not.toMatch(/\x1b\[/); // eslint-disable-line no-control-regex
  });

  it('fits the terminal width, colours on a TTY and never with NO_COLOR', async () => {
    const tty = await run(['diff', SEEDS], { tty: true, columns: 60 });
    for (const line of strip(tty.stdout).split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
    expect(tty.stdout).toMatch(/\x1b\[32m/); // eslint-disable-line no-control-regex
    const noColour = await run(['diff', SEEDS], { tty: true, columns: 60, env: { NO_COLOR: '1' } });
    expect(noColour.stdout).not.toMatch(/\x1b\[/); // eslint-disable-line no-control-regex
    expect(noColour.stdout).toBe(strip(tty.stdout));
  });

  it('--by province-2025 gives the 2025 provinces as columns', async () => {
    const r = await run(['diff', SEEDS, '--by', 'province-2025', '--format', 'csv']);
    const [header] = csv(r.stdout);
    expect(header!.slice(5).sort()).toEqual(['An Giang', 'Cần Thơ', 'Hải Phòng', 'Quảng Ninh', 'Thái Nguyên'].sort());
    expect(r.stdout).toContain('≥ 35 (Bắc Kạn)');
  });

  it('filters by indicator glob, deadline, kind, level and issuer', async () => {
    const r = await run(['diff', SEEDS, '--indicator', 'htx.*', '--deadline', '2030', '--kind', 'target', '--level', 'province', '--issuer', 'giang', '--format', 'csv']);
    const [header, ...rows] = csv(r.stdout);
    expect(header!.slice(5)).toEqual(['Kiên Giang']);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((x) => x[0]!.startsWith('htx.') && x[2] === '2030' && x[3] === 'target')).toBe(true);
  });

  it('refuses bad filter values with exit 2', async () => {
    expect((await run(['diff', SEEDS, '--deadline', 'soon'])).code).toBe(2);
    expect((await run(['diff', SEEDS, '--level', 'commune'])).stderr).toMatch(/--level: "commune"/);
  });

  it('writes CSV with numbers as numbers and text made spreadsheet-safe, with --bom', async () => {
    const r = await run(['diff', SEEDS, '--format', 'csv', '--bom']);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    const records = parse(r.stdout, { bom: true, cast: true }) as unknown[][];
    const header = records[0] as string[];
    const profit = records.find((x) => x[0] === 'htx.avg_profit')!;
    expect(profit[2]).toBe(2024);
    expect(profit[header.indexOf('Bắc Kạn')]).toBe(85_000_000);
    // the raw text: the number is written bare, the text cells quoted only where needed
    expect(r.stdout).toMatch(/,2024,target,vnd_per_year,85000000,/);
  });

  it('--layout long: one row per issuer × indicator × deadline × kind × goal, numeric value/min/max', async () => {
    const r = await run(['diff', SEEDS, '--layout', 'long', '--format', 'csv']);
    const records = parse(r.stdout, { columns: true }) as Array<Record<string, string>>;
    const targets = (JSON.parse(readFileSync(SEEDS, 'utf8')) as { documents: Array<{ targets: unknown[] }> }).documents.flatMap((d) => d.targets);
    expect(records).toHaveLength(targets.length);
    for (const rec of records) {
      for (const col of ['value', 'min', 'max', 'deadline']) expect(rec[col]).toMatch(/^(-?\d+(\.\d+)?)?$/);
    }
    const range = records.find((x) => x.indicator === 'htx.good_rate' && x.column === 'Kiên Giang')!;
    expect([range.comparator, range.value, range.min, range.max, range.text]).toEqual(['range', '', '70', '85', '70–85%']);
    const typed = parse(r.stdout, { columns: true, cast: true }) as Array<Record<string, unknown>>;
    expect(typeof typed.find((x) => x.indicator === 'htx.new')!.value).toBe('number');
  });

  it('writes TSV, Markdown and JSON', async () => {
    expect((await run(['diff', SEEDS, '--format', 'tsv'])).stdout.split('\r\n')[0]).toContain('indicator\tlabel\tdeadline');
    const md = await run(['diff', SEEDS, '--format', 'md']);
    expect(md.stdout).toMatch(/^\| indicator \| label \|/);
    expect(md.stdout).toContain('85 triệu đ/năm');
    const json = JSON.parse((await run(['diff', SEEDS, '--format', 'json'])).stdout) as { columns: Array<{ label: string }>; rows: Array<{ indicator: string; cells: Array<{ goals: Array<{ text: string; sources: unknown[] }> }> }> };
    expect(json.columns.map((c) => c.label)).toContain('Bắc Kạn');
    const vc = json.rows.find((x) => x.indicator === 'htx.value_chain_rate')!;
    expect(vc.cells.flatMap((c) => c.goals.map((g) => g.text))).toEqual(expect.arrayContaining(['> 60%']));
  });

  it('writes to a file with -o, the format from its extension', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'htx-diff-')), 'compare.csv');
    const r = await run(['diff', SEEDS, '-o', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^indicator,label,deadline,kind,unit,/);
  });

  it('reads YAML and NDJSON target files and target files on standard input', async () => {
    const file = readFileSync(SEEDS, 'utf8');
    const { stringify } = await import('yaml');
    const yamlPath = tmp('seeds.yaml', stringify(JSON.parse(file)));
    const ndjsonPath = tmp('seeds.ndjson', (JSON.parse(file) as { documents: unknown[] }).documents.map((d) => JSON.stringify(d)).join('\n') + '\n');
    const expected = (await run(['diff', SEEDS, '--format', 'csv'])).stdout;
    expect((await run(['diff', yamlPath, '--format', 'csv'])).stdout).toBe(expected);
    expect((await run(['diff', ndjsonPath, '--format', 'csv'])).stdout).toBe(expected);
    expect((await run(['diff', '-', '--format', 'csv'], { stdin: file })).stdout).toBe(expected);
  });
});

describe('diff: invalid inputs', () => {
  it('refuses a wrong schemaVersion, naming the file and the expected version', async () => {
    const r = await run(['diff', 'fixtures/diff/wrong-version.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/fixtures\/diff\/wrong-version\.json: schemaVersion 2 is not supported.*schemaVersion 1/);
  });

  it('names the file and the field path of a hand-edited value', async () => {
    const r = await run(['diff', 'fixtures/diff/hand-edited.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fixtures/diff/hand-edited.json');
    expect(r.stderr).toContain('documents[1].targets[2].value');
  });

  it('names the line of an invalid NDJSON record and of broken JSON', async () => {
    const r = await run(['diff', tmp('x.ndjson', '{"source":"a"}\n')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/x\.ndjson:1: invalid document record at format/);
    expect((await run(['diff', tmp('x.json', '{"schemaVersion": 1,')])).stderr).toMatch(/x\.json: not valid JSON/);
  });

  it('parses YAML safely: no custom tags, bounded aliases', async () => {
    const tagged = await run(['diff', tmp('t.yaml', 'schemaVersion: !!js/function "function(){}"\n')]);
    expect(tagged.code).toBe(2);
    expect(tagged.stderr).toMatch(/t\.yaml(:1)?: not valid YAML: Unresolved tag/);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`)].join('\n');
    const r = await run(['diff', tmp('bomb.yaml', `${bomb}\n`)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bomb\.yaml: not valid YAML.*alias/i);
  });

  it('says so when no input is given, or a target file is missing', async () => {
    expect((await run(['diff'])).code).toBe(2);
    const r = await run(['diff', 'fixtures/diff/nope.json']);
    expect([r.code, r.stderr]).toEqual([2, 'htx-targets: fixtures/diff/nope.json: no such file\n']);
  });
});

describe('diff --changes', () => {
  it('shows the one changed value alone and exits 1', async () => {
    const r = await run(['diff', '--changes', SEEDS, 'fixtures/diff/seeds-changed.json']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => /^[~+-] /.test(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^~ .*Hải Dương.*2030.*> 70%.*> 75%/);
    expect(r.stdout).toContain('1 difference: 0 added, 0 removed, 1 changed');
  });

  it('exits 0 on identical files and says so', async () => {
    const r = await run(['diff', '--changes', SEEDS, SEEDS]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^No differences: the two versions agree/);
  });

  it('writes the changes as CSV and JSON', async () => {
    const c = await run(['diff', '--changes', SEEDS, 'fixtures/diff/seeds-changed.json', '--format', 'csv']);
    expect(c.code).toBe(1);
    expect(csv(c.stdout)).toEqual([
      ['status', 'issuer', 'indicator', 'label', 'deadline', 'kind', 'before', 'after'],
      ['changed', 'Hải Dương', 'htx.good_rate', expect.any(String), '2030', 'target', '> 70%', '> 75%'],
    ]);
    const j = JSON.parse((await run(['diff', '--changes', SEEDS, 'fixtures/diff/seeds-changed.json', '--format', 'json'])).stdout) as { same: boolean; changes: Array<{ before: Array<{ value: number }>; after: Array<{ value: number }> }> };
    expect(j.same).toBe(false);
    expect([j.changes[0]!.before[0]!.value, j.changes[0]!.after[0]!.value]).toEqual([70, 75]);
  });

  it('colours the change on a TTY', async () => {
    const r = await run(['diff', '--changes', SEEDS, 'fixtures/diff/seeds-changed.json'], { tty: true, columns: 120 });
    expect(r.stdout).toMatch(/\x1b\[33m~/); // eslint-disable-line no-control-regex
  });

  it('exits 2 on an invalid file or a wrong number of inputs', async () => {
    expect((await run(['diff', '--changes', SEEDS, 'fixtures/diff/wrong-version.json'])).code).toBe(2);
    expect((await run(['diff', '--changes', SEEDS])).stderr).toMatch(/give OLD and NEW/);
  });
});

describe('diff --help', () => {
  it('teaches: examples and exit codes', async () => {
    const r = await run(['diff', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('htx-targets diff --changes old.json new.json');
    expect(r.stdout).toMatch(/Exit codes:[\s\S]*0[\s\S]*1[\s\S]*2/);
  });
});

describe('diff through the real bin', () => {
  const built = existsSync('dist/cli.js');
  it.skipIf(!built)('runs `node bin/htx-targets.js diff` (needs npm run build)', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/htx-targets.js', 'diff', SEEDS, '--format', 'csv'], { env: { ...process.env, NO_COLOR: '1' } });
    expect(csv(stdout)[0]).toContain('Bắc Kạn');
  });

  const libreoffice = (process.env.PATH ?? '').split(':').some((d) => existsSync(join(d, 'libreoffice')));
  it.skipIf(!libreoffice)('converts the long CSV to xlsx with LibreOffice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'htx-lo-'));
    const input = join(dir, 'long.csv');
    writeFileSync(input, (await run(['diff', SEEDS, '--layout', 'long', '--format', 'csv'])).stdout);
    await promisify(execFile)('libreoffice', ['--headless', '--convert-to', 'xlsx', '--outdir', dir, input], { timeout: 120_000 });
    expect(existsSync(join(dir, 'long.xlsx'))).toBe(true);
  });
});
