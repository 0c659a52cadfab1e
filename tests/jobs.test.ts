import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BATCH, batched, parseJobs, runOrdered, type WorkerResult } from '../src/cli/pool.js';
import { OUTPUT_FORMAT_CHOICES } from '../src/cli/commands/extract.js';
import { OUTPUT_FORMATS } from '../src/output/formats.js';
import { UserError } from '../src/cli/io.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('batched worker tasks', () => {
  const ok = (path: string): WorkerResult => ({ ok: true, line: `${path}\n`, source: path });

  it('sends full batches at once and the rest on the next turn, each file getting its own result', async () => {
    const sizes: number[] = [];
    const run = batched(async (paths) => {
      sizes.push(paths.length);
      return paths.map(ok);
    });
    const paths = Array.from({ length: BATCH * 2 + 1 }, (_, i) => `f${i}.txt`);
    const results = await Promise.all(paths.map((p) => run(p)));
    expect(results.map((r) => (r.ok ? r.source : null))).toEqual(paths);
    expect(sizes).toEqual([BATCH, BATCH, 1]);
  });

  it('tries the files of a failed batch again one by one, so only the one that kills a worker fails', async () => {
    const tasks: string[][] = [];
    const run = batched(async (paths) => {
      tasks.push(paths);
      if (paths.includes('huge.txt')) throw new Error('worker ran out of memory');
      return paths.map(ok);
    });
    const paths = ['a.txt', 'huge.txt', 'b.txt', 'c.txt'].slice(0, BATCH);
    const results = await Promise.all(paths.map((p) => run(p)));
    expect(results.map((r) => r.ok)).toEqual(paths.map((p) => p !== 'huge.txt'));
    const failed = results.find((r) => !r.ok);
    expect(failed && !failed.ok ? failed.message : '').toBe('worker failed: worker ran out of memory');
    // the batch once, then each file alone
    expect(tasks.length).toBe(1 + paths.length);
  });
});

describe('runOrdered', () => {
  it('hands results over in input order whatever the order they finish in', async () => {
    const items = Array.from({ length: 60 }, (_, i) => i);
    const out: number[] = [];
    await runOrdered(items, 4, async (i) => {
      await sleep((i * 7919) % 13);
      return i * 10;
    }, (r) => {
      out.push(r);
    });
    expect(out).toEqual(items.map((i) => i * 10));
  });

  it('keeps at most `limit` items in flight or waiting', async () => {
    let active = 0;
    let peak = 0;
    let next = 0;
    await runOrdered(Array.from({ length: 100 }, (_, i) => i), 3, async (i) => {
      active += 1;
      peak = Math.max(peak, active);
      await sleep(i % 5 === 0 ? 6 : 1);
      return i;
    }, async (r) => {
      expect(r).toBe(next);
      next += 1;
      active -= 1;
      await sleep(0);
    });
    expect(next).toBe(100);
    expect(peak).toBeLessThanOrEqual(3);
  });

  it('waits for a slow consumer (backpressure) and does nothing for no items', async () => {
    await runOrdered([], 2, async () => 1, () => {
      throw new Error('no call');
    });
    const seen: number[] = [];
    await runOrdered([1, 2, 3], 2, async (x) => x, async (x) => {
      await sleep(5);
      seen.push(x);
    });
    expect(seen).toEqual([1, 2, 3]);
  });

  it('draws from an async iterable only as room opens, so a long stream is never held whole', async () => {
    let drawn = 0;
    let handed = 0;
    let ahead = 0;
    async function* stream(): AsyncGenerator<number> {
      for (let i = 0; i < 50; i += 1) {
        drawn += 1;
        ahead = Math.max(ahead, drawn - handed);
        yield i;
      }
    }
    const out: number[] = [];
    await runOrdered(stream(), 3, async (i) => {
      await sleep(i % 4);
      return i;
    }, (r) => {
      out.push(r);
      handed += 1;
    });
    expect(out).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(ahead).toBeLessThanOrEqual(3);
  });

  it('rejects when the work fails, with no unhandled rejection of later items', async () => {
    await expect(runOrdered([1, 2, 3, 4], 4, async (x) => {
      if (x >= 2) throw new Error(`bad ${x}`);
      return x;
    }, () => {})).rejects.toThrow('bad 2');
  });

  it('rejects when the consumer throws', async () => {
    await expect(runOrdered([1, 2, 3], 2, async (x) => x, (x) => {
      if (x === 2) throw new Error('boom');
    })).rejects.toThrow('boom');
  });
});

describe('--jobs', () => {
  it('parses a positive whole number, defaults to the cores', () => {
    expect(parseJobs('2')).toBe(2);
    expect(parseJobs(undefined)).toBeGreaterThanOrEqual(1);
    expect(() => parseJobs('0')).toThrow(UserError);
    expect(() => parseJobs('two')).toThrow(UserError);
  });

  it('offers the same output formats as the formatter (kept in sync for lazy loading)', () => {
    expect([...OUTPUT_FORMAT_CHOICES]).toEqual([...OUTPUT_FORMATS]);
  });
});

// End to end through the bundle: the workers run dist/worker.js.
const root = join(__dirname, '..');
const bin = join(root, 'bin', 'htx-targets.js');
let dir = '';

function run(args: string[]): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('extract --jobs 2 against --jobs 1', () => {
  beforeAll(async () => {
    const stale = !existsSync(join(root, 'dist', 'worker.js')) || statSync(join(root, 'dist', 'worker.js')).mtimeMs < statSync(join(root, 'src', 'cli', 'worker.ts')).mtimeMs;
    if (stale) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'ignore' });
    dir = mkdtempSync(join(tmpdir(), 'htx-jobs-'));
    // @ts-expect-error plain JS module of the benchmark
    const { planText } = (await import('../bench/corpus.mjs')) as { planText: (i: number) => string };
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, `${String(i).padStart(3, '0')}.txt`), planText(i));
    // one input over --max-size in the middle: reported, the others still written in order
    writeFileSync(join(dir, '020b.txt'), planText(1).repeat(8));
  }, 120_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const format of ['ndjson', 'json', 'csv'] as const) {
    it(`gives byte-identical ${format} output and the same failures`, () => {
      const one = run(['extract', dir, '-f', format, '--jobs', '1', '--explain', '--max-size', '20KB']);
      const two = run(['extract', dir, '-f', format, '--jobs', '2', '--explain', '--max-size', '20KB']);
      expect(two.status).toBe(one.status);
      expect(two.stderr).toBe(one.stderr);
      expect(two.stdout).toBe(one.stdout);
      expect(one.stdout.length).toBeGreaterThan(1000);
      expect(one.stderr).toContain('020b.txt');
      if (format === 'ndjson') {
        const sources = one.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { source: string }).source);
        expect(sources).toEqual([...sources].sort());
        expect(sources).toHaveLength(40);
      }
    }, 120_000);
  }
});
