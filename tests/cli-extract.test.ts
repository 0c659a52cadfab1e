import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { TargetFileSchema } from '../src/schema/target-file.js';
import { runBin } from './helpers/bin.js';
import { runCli } from './helpers/cli.js';

function tmpDir(): string {
  return mkdtempSync(join(tmpdir(), 'htx-extract-'));
}

describe('htx-targets extract', () => {
  it('writes one validated JSON target file for a folder, documents in sorted order', async () => {
    const r = await runCli(['extract', 'seeds/']);
    expect(r.code).toBe(0);
    const file = TargetFileSchema.parse(JSON.parse(r.stdout));
    expect(file.documents.map((d) => d.source)).toEqual([...file.documents.map((d) => d.source)].sort());
    expect(file.documents).toHaveLength(5);
    expect(file.documents.reduce((n, d) => n + d.targets.length, 0)).toBe(41);
  });

  it.each([
    ['yaml', (s: string) => TargetFileSchema.parse(parseYaml(s)).documents.length],
    ['ndjson', (s: string) => s.trim().split('\n').length],
  ] as const)('--format %s', async (format, count) => {
    const r = await runCli(['extract', 'seeds/', '--format', format]);
    expect(r.code).toBe(0);
    expect(count(r.stdout)).toBe(5);
  });

  it('CSV: one row per target, document fields repeated, numbers as numbers, and a BOM on request', async () => {
    const r = await runCli(['extract', 'seeds/004_e8c341b51b59ed2c.txt', '--format', 'csv', '--bom']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(r.stdout.slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(12);
    const profit = rows.find((x) => x.indicator === 'htx.avg_profit')!;
    expect(profit).toMatchObject({ issuer: 'UBND tỉnh Bắc Kạn', documentNumber: '532/KH-UBND', value: '85000000', unit: 'vnd_per_year', deadline: '2024' });
    expect(r.stdout).toMatch(/,85000000,/);
  });

  it('TSV has the same rows, tab-separated', async () => {
    const r = await runCli(['extract', 'seeds/004_e8c341b51b59ed2c.txt', '--format', 'tsv']);
    const lines = r.stdout.trim().split('\r\n');
    expect(lines).toHaveLength(13);
    expect(lines[0]!.split('\t')).toContain('indicator');
  });

  it('neutralises formulas in text cells taken from a crafted document', async () => {
    const dir = tmpDir();
    writeFileSync(join(dir, 'crafted.txt'), '=HYPERLINK("http://x") đến năm 2030 thành lập mới 30 hợp tác xã.\n');
    const r = await runCli(['extract', join(dir, 'crafted.txt'), '--format', 'csv']);
    const rows = parseCsv(r.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows[0]!.quote!.startsWith("'=")).toBe(true);
    expect(rows[0]!.value).toBe('30');
  });

  it('writes -o files atomically, in the format their extension names', async () => {
    const dir = tmpDir();
    const out = join(dir, 'targets.yaml');
    const r = await runCli(['extract', 'seeds/', '-o', out]);
    expect(r.code).toBe(0);
    expect(TargetFileSchema.parse(parseYaml(readFileSync(out, 'utf8'))).documents).toHaveLength(5);
    expect(r.stderr).toContain('5 documents, 41 targets');
  });

  it('reads standard input with -', async () => {
    const r = await runCli(['extract', '-'], { stdin: 'Năm 2025, phấn đấu thành lập mới 20 hợp tác xã.' });
    const doc = JSON.parse(r.stdout).documents[0];
    expect(doc.source).toBe('-');
    expect(doc.targets[0]).toMatchObject({ indicator: 'htx.new', value: 20, deadline: 2025 });
  });

  it('--explain gives the rule and cues of each target and the numbers not taken, with reasons', async () => {
    const r = await runCli(['extract', 'seeds/000_231b9d49de819eb6.txt', '--explain']);
    const doc = JSON.parse(r.stdout).documents[0];
    expect(doc.targets[0].explain).toMatchObject({ rule: 'tht.new', cues: ['thành lập mới'], deadlineFrom: 'clause' });
    const reasons = Object.fromEntries(doc.rejected.map((x: { text: string; reason: string }) => [x.text, x.reason]));
    expect(reasons['ngày 16.6.2022']).toBe('date');
    expect(reasons['Chương trình hành động số 64-CTr/TU']).toBe('document number');
    expect(reasons['5']).toBe('no domain indicator');
  });

  it('a missing path, an empty file: one line each naming it, the others still processed, exit 1', async () => {
    const dir = tmpDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = await runCli(['extract', 'nope/missing.txt', join(dir, 'empty.txt'), 'seeds/004_e8c341b51b59ed2c.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('htx-targets: nope/missing.txt: no such file or folder');
    expect(r.stderr).toContain(`htx-targets: ${join(dir, 'empty.txt')}: empty file`);
    expect(JSON.parse(r.stdout).documents).toHaveLength(1);
  });

  it('no input is a usage error (exit 2)', async () => {
    const r = await runCli(['extract']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no input/);
  });

  it('refuses an output path that is also an input', async () => {
    const dir = tmpDir();
    writeFileSync(join(dir, 'plan.txt'), 'Năm 2025 thành lập mới 20 HTX.');
    const r = await runCli(['extract', join(dir, 'plan.txt'), '-o', join(dir, 'plan.txt')]);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'plan.txt'), 'utf8')).toBe('Năm 2025 thành lập mới 20 HTX.');
  });
});

describe('user rules', () => {
  const rules = `indicators:
  - key: htx.women_led
    label: HTX do phụ nữ làm giám đốc
    subject: htx
    unit: count
    measure: count
    of: [htx]
    cues: [[phụ nữ làm giám đốc, nữ giám đốc]]
    priority: 3
`;

  it('--rules adds an indicator without code', async () => {
    const dir = tmpDir();
    writeFileSync(join(dir, 'rules.yaml'), rules);
    writeFileSync(join(dir, 'plan.txt'), 'Đến năm 2030, toàn tỉnh có 50 HTX do phụ nữ làm giám đốc.');
    const r = await runCli(['extract', join(dir, 'plan.txt'), '--rules', join(dir, 'rules.yaml')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).documents[0].targets[0]).toMatchObject({ indicator: 'htx.women_led', value: 50, deadline: 2030 });
    const listed = await runCli(['rules', '--rules', join(dir, 'rules.yaml')]);
    expect(listed.stdout).toContain('htx.women_led');
    expect(listed.stdout).toContain('phụ nữ làm giám đốc');
  });

  it('an invalid rules file is refused with its line number', async () => {
    const dir = tmpDir();
    writeFileSync(join(dir, 'bad.yaml'), rules.replace('measure: count', 'measure: weight'));
    const r = await runCli(['extract', 'seeds/', '--rules', join(dir, 'bad.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:6: indicators\.0\.measure/);
    expect(r.stdout).toBe('');
  });

  it('htx-targets rules lists every built-in indicator with its cue words', async () => {
    const r = await runCli(['rules']);
    for (const key of ['tht.new', 'htx.good_rate', 'htx.member_avg_income', 'ktt.population_share']) expect(r.stdout).toContain(key);
  });
});

describe('htx-targets schema', () => {
  it('prints the JSON Schema of target files', async () => {
    const r = await runCli(['schema']);
    const schema = JSON.parse(r.stdout);
    expect(schema.properties.documents.items.properties.targets.items.required).toEqual(expect.arrayContaining(['id', 'kind', 'indicator', 'comparator', 'value', 'unit', 'deadline', 'quote', 'location']));
  });
});

describe('help', () => {
  it('teaches: every command is listed with examples and exit codes', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const word of ['extract', 'diff', 'report', 'rules', 'schema', 'Examples:', 'Exit codes:']) expect(r.stdout).toContain(word);
  });
});

// The command line answers --version before it loads the CLI: the same answer as the CLI's.
describe('version', () => {
  it('--version and -V print the version of package.json, as the CLI itself does', async () => {
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const r = await runBin([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${version}\n`);
    }
    expect((await runCli(['--version'])).stdout).toBe(`${version}\n`);
    // with anything else on the line, the CLI reads it as usual
    expect((await runBin(['--version', '--help'])).stdout).toBe(`${version}\n`);
  });
});

// The bundle loads the YAML library on demand; a dynamic import of that CommonJS package
// once gave no named exports there, which only the built CLI shows.
describe('the built CLI writes YAML', () => {
  it('extract --format yaml, and rules --format yaml read back as a rules file', async () => {
    const extracted = await runBin(['extract', 'seeds/', '--format', 'yaml']);
    expect(extracted.code, extracted.stderr).toBe(0);
    expect(TargetFileSchema.parse(parseYaml(extracted.stdout)).documents).toHaveLength(5);
    const listed = await runBin(['rules', '--format', 'yaml']);
    expect(listed.code, listed.stderr).toBe(0);
    const dir = tmpDir();
    writeFileSync(join(dir, 'rules.yaml'), listed.stdout);
    const again = await runBin(['extract', 'seeds/', '--rules', join(dir, 'rules.yaml'), '-q']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe((await runBin(['extract', 'seeds/', '-q'])).stdout);
  });
});
