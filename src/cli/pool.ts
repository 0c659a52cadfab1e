import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { FileResult } from './extract-files.js';
import type { InputEntry } from './inputs.js';
import type { DocumentRecord } from '../schema/target-file.js';
import { UserError } from './io.js';

/**
 * Runs `work` on the items with at most `limit` of them between the next result to hand over
 * and the last one started, and hands results to `onResult` in input order, one at a time
 * (awaiting it: a slow consumer holds the run). Items are drawn from the iterable only as
 * room opens, so a long stream of inputs is never held whole.
 */
export async function runOrdered<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  limit: number,
  work: (item: T, index: number) => Promise<R>,
  onResult: (result: R, index: number) => void | Promise<void>,
): Promise<void> {
  const window = Math.max(1, limit);
  const pending: Array<Promise<R>> = [];
  let started = 0;
  let handed = 0;
  const handOver = async (): Promise<void> => {
    const result = await pending.shift()!;
    await onResult(result, handed);
    handed += 1;
  };
  for await (const item of items) {
    const p = work(item, started);
    started += 1;
    // awaited in turn below; meanwhile a rejection is not an unhandled one
    p.catch(() => {});
    pending.push(p);
    if (pending.length >= window) await handOver();
  }
  while (pending.length > 0) await handOver();
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
  paths: string[];
  job: WorkerJob;
}

/** Files per worker task. */
export const BATCH = 4;

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

/**
 * Gathers files into batches of BATCH for `runTask`, and hands each file its own result. A file
 * waits for its batch to fill, or for the caller to pause (the next turn of the event loop),
 * whichever comes first. A batch whose task fails is tried again file by file, so that only a
 * file that kills a worker (out of memory) fails, not the others sent with it.
 */
export function batched(runTask: (paths: string[]) => Promise<WorkerResult[]>): (path: string) => Promise<WorkerResult> {
  type Waiting = { path: string; done: (r: WorkerResult) => void };
  let waiting: Waiting[] = [];
  let flushing = false;
  const runBatch = (batch: Waiting[]): void => {
    runTask(batch.map((b) => b.path)).then(
      (results) => batch.forEach((b, i) => b.done(results[i]!)),
      (error: Error) => {
        if (batch.length > 1) batch.forEach((b) => runBatch([b]));
        else batch.forEach((b) => b.done({ ok: false, path: b.path, message: `worker failed: ${error.message}`, error }));
      },
    );
  };
  const send = (): void => {
    flushing = false;
    const batch = waiting;
    waiting = [];
    if (batch.length > 0) runBatch(batch);
  };
  return (path) =>
    new Promise((done) => {
      waiting.push({ path, done });
      if (waiting.length >= BATCH) send();
      else if (!flushing) {
        flushing = true;
        setImmediate(send);
      }
    });
}

/** A tinypool of `threads` workers that read and extract files, BATCH files per task. */
export async function openPool(threads: number, job: WorkerJob): Promise<ExtractPool> {
  const { default: Tinypool } = await import('tinypool');
  // A worker holds one small plan at a time: a young generation of 16 MB (V8's default is
  // larger) keeps its memory down at the same speed (10,000 plans: 263-272 MB peak for the
  // process, against 285-292 MB; 8 MB was a tenth slower).
  const pool = new Tinypool({ filename: workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: 1000, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
  const run = batched(async (paths) => (await pool.run({ paths, job } satisfies WorkerTask)) as WorkerResult[]);
  return {
    run: (entry) => run(entry.path),
    close: () => pool.destroy(),
  };
}
