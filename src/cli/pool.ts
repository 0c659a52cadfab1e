import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { FileResult } from './extract-files.js';
import type { InputEntry } from './inputs.js';
import type { DocumentRecord } from '../schema/target-file.js';
import { UserError } from './io.js';

/**
 * Parallel extraction that keeps the input order: work runs on up to `limit` items at a
 * time, and each result is handed over as soon as it and every result before it are done.
 * At most `limit` results wait in memory, so a run over 100,000 files stays flat.
 */
export async function runOrdered<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
  onResult: (result: R, index: number) => void | Promise<void>,
): Promise<void> {
  const n = items.length;
  if (n === 0) return;
  const window = Math.max(1, limit);
  const done = new Map<number, R>();
  let launched = 0;
  let next = 0;
  let flushing = false;
  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (error: unknown): void => {
      failed = true;
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    const launch = (): void => {
      // Bounded: never more than `window` items between the next one to hand over and the last launched.
      while (!failed && launched < n && launched - next < window) {
        const i = launched++;
        work(items[i] as T, i).then((r) => {
          done.set(i, r);
          void flush();
        }, fail);
      }
    };
    const flush = async (): Promise<void> => {
      if (flushing || failed) return;
      flushing = true;
      try {
        while (done.has(next)) {
          const r = done.get(next) as R;
          done.delete(next);
          const i = next;
          next += 1;
          await onResult(r, i);
        }
      } catch (error) {
        fail(error);
        return;
      } finally {
        flushing = false;
      }
      if (next === n) resolve();
      else launch();
    };
    launch();
  });
}

/** `--jobs`: a positive whole number; default the number of cores. */
export function parseJobs(text: string | undefined): number {
  if (text === undefined) return availableParallelism();
  if (!/^\s*\d+\s*$/.test(text) || Number(text) < 1) throw new UserError(`--jobs: "${text}" is not a positive whole number (e.g. 1, 2, 4)`);
  return Math.min(Number(text), 256);
}

/** What a worker needs to read and extract files: plain data, cloneable. */
export interface WorkerJob {
  /** the user's rules file, resolved; the worker loads it once */
  rules?: string;
  explain: boolean;
  maxSize: number;
  cwd: string;
  /** return the NDJSON line instead of the record (less to copy between threads) */
  ndjson: boolean;
}

export interface WorkerTask {
  path: string;
  job: WorkerJob;
}

/** A result from a worker: the record, or its NDJSON line. */
export type WorkerResult =
  | { ok: true; record?: DocumentRecord; line?: string; targets?: number; /** the source and encoding warnings of a streamed record */ source?: string; encoding?: string[] }
  | Extract<FileResult, { ok: false }>;

/** The worker script next to the bundle (dist/worker.js), wherever the chunk that asks for it sits. */
function workerFile(): string {
  for (const rel of ['./worker.js', '../worker.js']) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error('the worker script dist/worker.js is missing: run `npm run build`, or use --jobs 1');
}

export interface ExtractPool {
  run(entry: Extract<InputEntry, { kind: 'file' }>): Promise<WorkerResult>;
  close(): Promise<void>;
}

/** A tinypool of `threads` workers that read and extract files. */
export async function openPool(threads: number, job: WorkerJob): Promise<ExtractPool> {
  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({ filename: workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
  return {
    async run(entry) {
      try {
        return (await pool.run({ path: entry.path, job } satisfies WorkerTask)) as WorkerResult;
      } catch (error) {
        return { ok: false, path: entry.path, message: `worker failed: ${(error as Error).message}`, error };
      }
    },
    close: () => pool.destroy(),
  };
}
