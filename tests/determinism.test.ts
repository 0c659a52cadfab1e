import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin, SEEDS, tempDir } from './helpers/bin.js';

// Same inputs, byte-identical output: whatever --jobs, the order in which files were
// created on disk, or the time zone and locale of the machine.

const SEED_FILES = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

let tmp: { dir: string; cleanup: () => void };
const at = (...p: string[]): string => join(tmp.dir, ...p);

/** The seeds (several copies, in subfolders) created in the given order. */
function makeFolder(name: string, order: number[]): void {
  mkdirSync(at(name));
  const files: Array<{ path: string; from: string }> = [];
  for (let copy = 0; copy < 3; copy += 1) {
    for (const f of SEED_FILES) files.push({ path: join(`part-${copy}`, f), from: join(SEEDS, f) });
  }
  for (const i of order.map((k) => k % files.length)) {
    const { path, from } = files[i]!;
    mkdirSync(at(name, path, '..'), { recursive: true });
    try {
      copyFileSync(from, at(name, path));
    } catch {
      // already created
    }
  }
  for (const { path, from } of files) {
    try {
      writeFileSync(at(name, path), readFileSync(from), { flag: 'wx' });
    } catch {
      // already created
    }
  }
}

const extract = async (args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> => {
  const r = await runBin(['extract', ...args], { cwd: tmp.dir, env });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
};

beforeAll(() => {
  tmp = tempDir('htx-determinism-');
  const n = SEED_FILES.length * 3;
  const forward = Array.from({ length: n }, (_, i) => i);
  makeFolder('forward', forward);
  makeFolder('backward', [...forward].reverse());
  makeFolder('shuffled', forward.map((i) => (i * 7 + 3) % n));
});

afterAll(() => tmp.cleanup());

describe('determinism', () => {
  it('whatever --jobs (1, 2, the default)', { timeout: 60_000 }, async () => {
    const one = await extract(['forward', '--jobs', '1']);
    expect(JSON.parse(one).documents).toHaveLength(SEED_FILES.length * 3);
    expect(await extract(['forward', '--jobs', '2'])).toBe(one);
    expect(await extract(['forward'])).toBe(one);
    const csv = await extract(['forward', '-f', 'csv', '--jobs', '1']);
    expect(await extract(['forward', '-f', 'csv', '--jobs', '2'])).toBe(csv);
    const ndjson = await extract(['forward', '-f', 'ndjson', '--jobs', '1']);
    expect(await extract(['forward', '-f', 'ndjson', '--jobs', '2'])).toBe(ndjson);
  });

  it('whatever the order in which the files were created', { timeout: 60_000 }, async () => {
    const forward = await extract(['forward']);
    const rename = (s: string, from: string): string => s.split(`"${from}/`).join('"forward/');
    expect(rename(await extract(['backward']), 'backward')).toBe(forward);
    expect(rename(await extract(['shuffled']), 'shuffled')).toBe(forward);
  });

  it('whatever the time zone and locale (TZ=Asia/Ho_Chi_Minh, TZ=UTC, LANG=C)', { timeout: 60_000 }, async () => {
    for (const format of ['json', 'csv', 'yaml']) {
      const args = ['forward', '-f', format, '--jobs', '1'];
      const hcm = await extract(args, { TZ: 'Asia/Ho_Chi_Minh', LANG: 'vi_VN.UTF-8' });
      expect(await extract(args, { TZ: 'UTC', LANG: 'en_US.UTF-8' }), format).toBe(hcm);
      expect(await extract(args, { TZ: 'America/Los_Angeles', LANG: 'C', LC_ALL: 'C' }), format).toBe(hcm);
    }
  });

  it('the same run twice, and in-process ids are stable', async () => {
    const a = await extract(['forward', '--jobs', '1']);
    const b = await extract(['forward', '--jobs', '1']);
    expect(b).toBe(a);
    const ids = (JSON.parse(a) as { documents: Array<{ targets: Array<{ id: string }> }> }).documents.flatMap((d) => d.targets.map((t) => t.id));
    expect(ids.length).toBeGreaterThan(0);
  });
});
