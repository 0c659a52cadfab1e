import { chmodSync, copyFileSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin, SEEDS, tempDir } from './helpers/bin.js';
import { loadTargets } from '../src/cli/load-targets.js';
import { UserError } from '../src/cli/io.js';
import { SCHEMA_VERSION } from '../src/schema/target-file.js';

// Bad inputs through the real command line: each gives one line on stderr naming the file
// and the problem, the other files are still extracted, and the exit code says that
// something failed. Stack traces only with --debug.

const SEED = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()[0]!;
const isRoot = process.getuid?.() === 0;

let tmp: { dir: string; cleanup: () => void };
const at = (...p: string[]): string => join(tmp.dir, ...p);

beforeAll(() => {
  tmp = tempDir('htx-failures-');
  copyFileSync(join(SEEDS, SEED), at('good.txt'));
  writeFileSync(at('empty.txt'), '');
  // binary: NUL bytes and control codes
  writeFileSync(at('binary.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  // a .pdf and a .docx that are not what they claim, and truncated ones
  writeFileSync(at('garbage.pdf'), Buffer.from('this is not a pdf at all \x00\x01\x02'));
  writeFileSync(at('garbage.docx'), Buffer.from('neither is this a docx \x00\xff'));
  writeFileSync(at('truncated.pdf'), Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa'));
  writeFileSync(at('truncated.docx'), Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00', 'latin1'), Buffer.alloc(64, 0x41)]));
  // invalid UTF-8: Vietnamese text with cut multi-byte sequences and stray bytes
  writeFileSync(
    at('invalid-utf8.txt'),
    Buffer.concat([Buffer.from('Kế hoạch phát triển hợp tác xã. Phấn đấu đến năm 2030 có 700 hợp tác xã. '), Buffer.from([0xe1, 0xba, 0x20, 0xff, 0xfe, 0xc3, 0x28, 0xe1])]),
  );
  // a symbolic link loop
  symlinkSync('loop-b.txt', at('loop-a.txt'));
  symlinkSync('loop-a.txt', at('loop-b.txt'));
  // a folder with no plans
  mkdirSync(at('no-plans'));
  writeFileSync(at('no-plans', 'notes.csv'), 'a,b\n1,2\n');
});

afterAll(() => {
  try {
    chmodSync(at('unreadable.txt'), 0o644);
  } catch {
    // not created (running as root)
  }
  tmp.cleanup();
});

/** Runs `extract good.txt <bad>` and checks the shared promises; returns stderr. */
async function badInput(bad: string, problem: RegExp): Promise<string> {
  const r = await runBin(['extract', at('good.txt'), bad], { cwd: tmp.dir });
  expect(r.code, r.stderr).toBe(1);
  const lines = r.stderr.trim().split('\n');
  const line = lines.find((l) => l.includes(bad));
  expect(line, r.stderr).toBeDefined();
  expect(line).toMatch(problem);
  expect(line).toMatch(/^htx-targets: /);
  // one line for the bad file, one summary line; no stack trace
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(lines.filter((l) => l.includes(bad))).toHaveLength(1);
  // the good file is still extracted
  const out = JSON.parse(r.stdout) as { documents: Array<{ source: string; targets: unknown[] }> };
  expect(out.documents.map((d) => d.source)).toEqual([at('good.txt')]);
  expect(out.documents[0]!.targets.length).toBeGreaterThan(0);
  return r.stderr;
}

describe('bad files: one line naming the file and the problem, the others processed, exit 1', () => {
  it('a missing file', async () => {
    await badInput(at('missing.txt'), /no such file/);
  });

  it.skipIf(isRoot)('an unreadable file (no read permission)', async () => {
    writeFileSync(at('unreadable.txt'), 'Phấn đấu có 700 hợp tác xã.');
    chmodSync(at('unreadable.txt'), 0o000);
    await badInput(at('unreadable.txt'), /permission denied/);
  });

  it('an empty file', async () => {
    await badInput(at('empty.txt'), /empty file/);
  });

  it('a binary file', async () => {
    await badInput(at('binary.txt'), /binary/);
  });

  it('a .pdf that is not a PDF, and a truncated PDF', async () => {
    await badInput(at('garbage.pdf'), /not a PDF/);
    await badInput(at('truncated.pdf'), /damaged or truncated/);
  });

  it('a .docx that is not a .docx, and a truncated one', async () => {
    await badInput(at('garbage.docx'), /not a \.docx/);
    await badInput(at('truncated.docx'), /cannot read the \.docx|truncated|damaged/);
  });

  it('a symbolic link loop', async () => {
    await badInput(at('loop-a.txt'), /symbolic link loop/);
  });

  it('a folder with no plans', async () => {
    await badInput(at('no-plans'), /no plan documents/);
  });

  it('invalid UTF-8 is read with replacement characters: one line on stderr names it, the record says so, exit 1', async () => {
    const r = await runBin(['extract', at('good.txt'), at('invalid-utf8.txt')], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr.trim().split('\n').filter((l) => l.includes('invalid-utf8.txt'))).toEqual([expect.stringMatching(/U\+FFFD|replace|not recognised/)]);
    const out = JSON.parse(r.stdout) as { documents: Array<{ source: string; warnings: Array<{ code: string; message: string }> }> };
    expect(out.documents.map((d) => d.source)).toEqual([at('good.txt'), at('invalid-utf8.txt')]);
    const encoding = out.documents[1]!.warnings.find((w) => w.code === 'encoding');
    expect(encoding?.message).toMatch(/U\+FFFD|replacement/);
  });

  it('a whole folder of bad files: every bad one named once, the good one extracted', async () => {
    const r = await runBin(['extract', tmp.dir], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(1);
    for (const name of ['empty.txt', 'binary.txt', 'garbage.pdf', 'garbage.docx', 'truncated.pdf', 'truncated.docx', 'loop-a.txt', 'loop-b.txt']) {
      expect(r.stderr.split('\n').filter((l) => l.includes(name)), `${name} in\n${r.stderr}`).toHaveLength(1);
    }
    const out = JSON.parse(r.stdout) as { documents: Array<{ source: string }> };
    expect(out.documents.map((d) => d.source)).toContain(at('good.txt'));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--debug adds the stack trace of a failure', async () => {
    const r = await runBin(['extract', at('good.txt'), at('garbage.pdf'), '--debug'], { cwd: tmp.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/garbage\.pdf: not a PDF/);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});

describe('--max-size', () => {
  it('refuses a larger file with a clear message; the others are processed', async () => {
    const r = await runBin(['extract', at('good.txt'), join(SEEDS, SEED), '--max-size', '1KB'], { cwd: tmp.dir });
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l.includes('--max-size'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/good\.txt: file is \d+ bytes, over the --max-size limit of 1024 bytes/);
    const out = JSON.parse(r.stdout) as { documents: unknown[] };
    expect(out.documents).toEqual([]);
  });

  it('takes files at or under the limit', async () => {
    const r = await runBin(['extract', at('good.txt'), '--max-size', '50MB'], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
  });

  it('refuses standard input over the limit', async () => {
    const r = await runBin(['extract', '-', '--max-size', '100'], { cwd: tmp.dir, input: 'Phấn đấu có 700 hợp tác xã. '.repeat(20) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^htx-targets: -: standard input is larger than --max-size \(100 bytes\)$/m);
  });

  it('a size that is not one is a usage error (exit 2)', async () => {
    const r = await runBin(['extract', at('good.txt'), '--max-size', 'lots'], { cwd: tmp.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--max-size: "lots" is not a size/);
  });
});

describe('exit codes', () => {
  it('0 when every input is read', async () => {
    const r = await runBin(['extract', at('good.txt')], { cwd: tmp.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('1 when some inputs fail, and the output is still written for the rest', async () => {
    const r = await runBin(['extract', at('good.txt'), at('empty.txt'), '-o', at('partial.json')], { cwd: tmp.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/1 documents?, \d+ targets, 1 failed/);
  });

  it('2 for a usage error: unknown option, no input, unknown format', async () => {
    for (const args of [['extract', at('good.txt'), '--no-such-option'], ['extract'], ['extract', at('good.txt'), '-f', 'docx'], ['no-such-command']]) {
      const r = await runBin(args, { cwd: tmp.dir });
      expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('2 for an invalid rules file, named with the problem', async () => {
    writeFileSync(at('bad-rules.yaml'), 'rules:\n  - key: [unclosed\n');
    const r = await runBin(['extract', at('good.txt'), '--rules', at('bad-rules.yaml')], { cwd: tmp.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad-rules\.yaml/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('extract --help lists them', async () => {
    const r = await runBin(['extract', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Exit codes:/);
    expect(r.stdout).toMatch(/0 success/);
    expect(r.stdout).toMatch(/1 some inputs failed/);
    expect(r.stdout).toMatch(/2 usage error/);
  });

  it('the top-level --help lists them too', async () => {
    const r = await runBin(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Exit codes:\n\s+0\s+success\n\s+1\s+some inputs failed[^]*2\s+usage error/);
  });
});

describe('reading target files (diff and report): validated, bounded, safe YAML', () => {
  const load = (input: string, maxSize = 50 * 1024 * 1024): ReturnType<typeof loadTargets> =>
    loadTargets([input], { cwd: tmp.dir, stdin: process.stdin, maxSize });

  it('a file written by extract loads back', async () => {
    const r = await runBin(['extract', at('good.txt'), '-o', at('targets.json'), '-q']);
    expect(r.code, r.stderr).toBe(0);
    const loaded = await load(at('targets.json'));
    expect(loaded.documents).toHaveLength(1);
    expect(loaded.failures).toEqual([]);
  });

  it('another schemaVersion is refused, naming the version expected', async () => {
    writeFileSync(at('v99.json'), JSON.stringify({ schemaVersion: 99, generator: 'x', documents: [] }));
    await expect(load(at('v99.json'))).rejects.toThrow(UserError);
    await expect(load(at('v99.json'))).rejects.toThrow(new RegExp(`schemaVersion 99 .*reads schemaVersion ${SCHEMA_VERSION}`));
  });

  it('a file over the size limit is refused', async () => {
    writeFileSync(at('big.json'), JSON.stringify({ schemaVersion: SCHEMA_VERSION, generator: 'x', documents: [], pad: 'x'.repeat(5000) }));
    await expect(load(at('big.json'), 1024)).rejects.toThrow(/over the --max-size limit of 1024 bytes/);
  });

  it('a file that is not a target file names the field', async () => {
    writeFileSync(at('wrong.json'), JSON.stringify({ schemaVersion: SCHEMA_VERSION, generator: 'x', documents: [{ source: 1 }] }));
    await expect(load(at('wrong.json'))).rejects.toThrow(/documents\[0\]/);
  });

  it('YAML alias expansion is bounded ("billion laughs"): refused fast', async () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i += 1) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    writeFileSync(at('laughs.yaml'), `${lines.join('\n')}\n`);
    const t = performance.now();
    await expect(load(at('laughs.yaml'))).rejects.toThrow(UserError);
    expect(performance.now() - t).toBeLessThan(2_000);
  });

  it('YAML custom tags are refused, not run', async () => {
    writeFileSync(at('tags.yaml'), 'schemaVersion: 1\ngenerator: !!js/function "function () { return 1 }"\ndocuments: []\n');
    await expect(load(at('tags.yaml'))).rejects.toThrow(UserError);
    writeFileSync(at('tags2.yaml'), 'schemaVersion: 1\ngenerator: !custom x\ndocuments: []\n');
    await expect(load(at('tags2.yaml'))).rejects.toThrow(UserError);
  });
});
