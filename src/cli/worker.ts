import { Readable } from 'node:stream';
import { formatNdjsonLine } from '../output/formats.js';
import type { RuleSet } from '../rules/rule-set.js';
import { extractRead, readEntry, type FileResult } from './extract-files.js';
import type { WorkerResult, WorkerTask } from './pool.js';
import { loadRuleSet } from './rules-file.js';

/*
 * Worker thread of `extract --jobs N`: reads a batch of files and extracts them. The rule set
 * is loaded once per worker; errors are reported as results, never thrown. A batch of files
 * per task, not one: the pool's own work per task (messages, a memory reading) cost as much
 * as a small file.
 */

const ruleSets = new Map<string, Promise<RuleSet>>();
const noStdin = Readable.from([]);

export default async function extractFiles(task: WorkerTask): Promise<WorkerResult[]> {
  const { job } = task;
  const key = `${job.cwd}\0${job.rules ?? ''}`;
  let rules = ruleSets.get(key);
  if (!rules) {
    rules = loadRuleSet(job.rules, job.cwd);
    ruleSets.set(key, rules);
  }
  const extractJob = { rules: await rules, explain: job.explain, maxSize: job.maxSize, cwd: job.cwd };
  // all the files of the batch are read at once, and extracted one after another as they arrive
  const reads = task.paths.map((path) => readEntry({ kind: 'file', path }, extractJob, noStdin));
  const results: WorkerResult[] = [];
  for (const read of reads) results.push(toWorkerResult(await extractRead(await read, extractJob), job.ndjson));
  return results;
}

function toWorkerResult(r: FileResult, ndjson: boolean): WorkerResult {
  if (!r.ok) {
    // An Error crosses threads as an Error, but keep only what the report prints.
    const e = r.error instanceof Error ? Object.assign(new Error(r.error.message), { stack: r.error.stack }) : undefined;
    return { ok: false, path: r.path, message: r.message, ...(e ? { error: e } : {}) };
  }
  const encoding = r.record.warnings.filter((w) => w.code === 'encoding').map((w) => w.message);
  return ndjson ? { ok: true, line: formatNdjsonLine(r.record), targets: r.record.targets.length, source: r.record.source, encoding } : { ok: true, record: r.record };
}
