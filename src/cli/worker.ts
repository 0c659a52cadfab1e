import { Readable } from 'node:stream';
import { formatNdjsonLine } from '../output/formats.js';
import type { RuleSet } from '../rules/rule-set.js';
import { extractEntry } from './extract-files.js';
import type { WorkerResult, WorkerTask } from './pool.js';
import { loadRuleSet } from './rules-file.js';

/*
 * Worker thread of `extract --jobs N`: reads one file and extracts it. The rule set is
 * loaded once per worker; errors are reported as results, never thrown.
 */

const ruleSets = new Map<string, Promise<RuleSet>>();
const noStdin = Readable.from([]);

export default async function extractFile(task: WorkerTask): Promise<WorkerResult> {
  const { job } = task;
  const key = `${job.cwd}\0${job.rules ?? ''}`;
  let rules = ruleSets.get(key);
  if (!rules) {
    rules = loadRuleSet(job.rules, job.cwd);
    ruleSets.set(key, rules);
  }
  const r = await extractEntry({ kind: 'file', path: task.path }, { rules: await rules, explain: job.explain, maxSize: job.maxSize, cwd: job.cwd }, noStdin);
  if (!r.ok) {
    // An Error crosses threads as an Error, but keep only what the report prints.
    const e = r.error instanceof Error ? Object.assign(new Error(r.error.message), { stack: r.error.stack }) : undefined;
    return { ok: false, path: r.path, message: r.message, ...(e ? { error: e } : {}) };
  }
  const encoding = r.record.warnings.filter((w) => w.code === 'encoding').map((w) => w.message);
  return job.ndjson ? { ok: true, line: formatNdjsonLine(r.record), targets: r.record.targets.length, source: r.record.source, encoding } : { ok: true, record: r.record };
}
