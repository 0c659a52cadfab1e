#!/usr/bin/env node
// `npm run bench`: speed and memory of htx-targets on a synthetic corpus (see bench/corpus.mjs).
//
//   node bench/run.mjs [--docs 10000] [--runs 3] [--lib-docs 2000] [--rss-docs 10000,50000] [--big 1,10,50]
//                      [--jobs 1,2] [--skip cold,lib,cli,io,rss,big] [--no-build]
//
// Uses the bundle in dist/ (rebuilt first when a source file is newer). Prints a table and
// writes bench/results.json. Times of whole processes are taken with process.hrtime around
// the child; peak RSS with /usr/bin/time -f %M when present, else by polling VmHWM in
// /proc/<pid>/status. Figures depend on the machine and on what else runs on it: the load
// average is recorded with the results.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setInterval, clearInterval } from 'node:timers';
import { bigText, writeCorpus } from './corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'htx-targets.js');

function args() {
  const a = process.argv.slice(2);
  const get = (name, dflt) => {
    const i = a.indexOf(`--${name}`);
    return i >= 0 ? a[i + 1] : dflt;
  };
  if (a.includes('--help')) {
    process.stdout.write('node bench/run.mjs [--docs 10000] [--runs 3] [--lib-docs 2000] [--rss-docs 10000,50000] [--big 1,10,50] [--jobs 1,2] [--skip cold,lib,cli,io,rss,big] [--no-build]\n');
    process.exit(0);
  }
  return {
    docs: Number(get('docs', 10000)),
    runs: Number(get('runs', 3)),
    libDocs: Number(get('lib-docs', 2000)),
    rssDocs: get('rss-docs', '10000,50000').split(',').filter(Boolean).map(Number),
    big: get('big', '1,10,50').split(',').filter(Boolean).map(Number),
    jobs: get('jobs', '1,2').split(',').map(Number),
    skip: new Set(get('skip', '').split(',').filter(Boolean)),
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const log = (s) => process.stderr.write(`bench: ${s}\n`);

function newestMtime(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function ensureBuild() {
  if (!existsSync(join(root, 'src'))) return; // a snapshot of the package without sources
  const outs = ['cli.js', 'index.js', 'worker.js'].map((f) => join(root, 'dist', f));
  const built = outs.every(existsSync) ? Math.min(...outs.map((f) => statSync(f).mtimeMs)) : 0;
  if (built < newestMtime(join(root, 'src'))) {
    log('dist/ is older than src/: npm run build');
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  }
}

const HAS_TIME = existsSync('/usr/bin/time');

/** Milliseconds of `extract()` on one file, in a child process warmed up on another file. */
function timeOneFile(path, warmUp) {
  const script = `
    import { readFileSync } from 'node:fs';
    const { extract } = await import(${JSON.stringify(join(root, 'dist', 'index.js'))});
    extract(readFileSync(${JSON.stringify(warmUp)}, 'utf8'));
    const text = readFileSync(${JSON.stringify(path)}, 'utf8');
    const t0 = process.hrtime.bigint();
    extract(text);
    process.stdout.write(String(Number(process.hrtime.bigint() - t0) / 1e6));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', maxBuffer: 1e6 });
  return Number(out);
}

/** Runs `node bin/htx-targets.js …args`, stdout drained and counted; wall ms and peak RSS (MB). */
function runCli(cliArgs) {
  return runNode([bin, ...cliArgs]);
}

/** Runs `node …args` as `runCli` does. */
function runNode(nodeArgs) {
  return new Promise((resolve, reject) => {
    const argv = HAS_TIME ? ['/usr/bin/time', ['-f', '%M', process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
    const t0 = process.hrtime.bigint();
    const child = spawn(argv[0], argv[1], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let bytes = 0;
    let lines = 0;
    let stderr = '';
    let hwm = 0;
    child.stdout.on('data', (b) => {
      bytes += b.length;
      for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) lines += 1;
    });
    child.stderr.on('data', (b) => (stderr += b));
    // Without /usr/bin/time: poll the peak ("high water mark") of the child's resident set.
    const poll = HAS_TIME
      ? null
      : setInterval(() => {
          readFile(`/proc/${child.pid}/status`, 'utf8').then(
            (s) => (hwm = Math.max(hwm, Number(/VmHWM:\s+(\d+)/.exec(s)?.[1] ?? 0))),
            () => {},
          );
        }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = ms(t0);
      if (poll) clearInterval(poll);
      let rssKb = hwm;
      if (HAS_TIME) {
        const m = /(\d+)\s*$/.exec(stderr.trim());
        rssKb = m ? Number(m[1]) : 0;
        stderr = stderr.trim().replace(/\d+\s*$/, '');
      }
      if (code !== 0 && code !== 1) return reject(new Error(`node ${nodeArgs.join(' ')} exited ${code}: ${stderr.slice(0, 500)}`));
      resolve({ wall, rssMb: rssKb / 1024, bytes, lines });
    });
  });
}

async function listCorpus(dir) {
  return (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
}

async function main() {
  const opt = args();
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: `${availableParallelism()} × ${cpus()[0]?.model ?? '?'}`,
    loadavgBefore: loadavg().map((x) => Number(x.toFixed(2))),
    options: { ...opt, skip: [...opt.skip] },
  };
  if (!process.argv.includes('--no-build')) ensureBuild();
  const corpusDir = join(root, 'bench', 'corpus', `docs-${opt.docs}`);
  log(`corpus of ${opt.docs} plans in ${corpusDir}`);
  const made = await writeCorpus(corpusDir, opt.docs);
  const files = await listCorpus(corpusDir);
  let corpusBytes = 0;
  for (const f of files) corpusBytes += statSync(f).size;
  results.corpus = { dir: corpusDir, docs: files.length, bytes: corpusBytes, avgBytes: Math.round(corpusBytes / files.length), reused: made.reused };
  const seed = join(root, 'seeds', readdirSync(join(root, 'seeds')).sort()[0]);

  // 1. cold start, whole processes
  if (!opt.skip.has('cold')) {
    log('cold start');
    // Interleaved with node's own start (`node -e 0`), the floor of both, so that a slow
    // moment of the machine weighs on all three alike.
    const runs = Math.max(opt.runs, 15);
    const node = [];
    const version = [];
    const one = [];
    await runCli(['extract', seed, '-q']); // file cache
    for (let i = 0; i < runs; i++) {
      node.push((await runNode(['-e', '0'])).wall);
      version.push((await runCli(['--version'])).wall);
      one.push((await runCli(['extract', seed, '-q'])).wall);
    }
    results.coldStart = { runs, nodeMs: median(node), versionMs: median(version), extractOneSeedMs: median(one), seed: seed.slice(root.length + 1) };
  }

  // 2 and 4. library throughput, stage shares, and the I/O floor over the same files
  const { extract, STAGES } = await import(join(root, 'dist', 'index.js'));
  const libFiles = files.slice(0, Math.min(opt.libDocs, files.length));
  if (!opt.skip.has('lib')) {
    log(`library extract() over ${libFiles.length} plans, ${opt.runs} runs`);
    const texts = await Promise.all(libFiles.map((f) => readFile(f, 'utf8')));
    const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    for (const t of texts.slice(0, 200)) extract(t); // warm-up (JIT)
    const times = [];
    for (let r = 0; r < opt.runs; r++) {
      const t0 = process.hrtime.bigint();
      for (const t of texts) extract(t);
      times.push(ms(t0));
    }
    // stage shares from a run of their own: the timer calls between stages cost time too
    const profile = {};
    for (const t of texts) extract(t, { profile });
    const t = median(times);
    const total = Object.values(profile).reduce((a, b) => a + b, 0);
    results.library = {
      docs: texts.length,
      ms: t,
      docsPerSec: texts.length / (t / 1000),
      mbPerSec: bytes / 1e6 / (t / 1000),
      stageShare: Object.fromEntries(STAGES.map((s) => [s, (profile[s] ?? 0) / total])),
    };
  }
  if (!opt.skip.has('io')) {
    log('I/O floor: read + NFC, no extraction');
    const decoder = new TextDecoder('utf-8');
    const floor = async (list) => {
      const t0 = process.hrtime.bigint();
      let chars = 0;
      for (const f of list) chars += decoder.decode(await readFile(f)).normalize('NFC').length;
      return { ms: ms(t0), chars };
    };
    await floor(libFiles);
    const lib = [];
    const all = [];
    for (let r = 0; r < opt.runs; r++) {
      lib.push((await floor(libFiles)).ms);
      all.push((await floor(files)).ms);
    }
    results.ioFloor = { docs: files.length, ms: median(all), docsPerSec: files.length / (median(all) / 1000), libDocsMs: median(lib) };
    if (results.library) results.ioFloor.extractRatio = results.library.ms / median(lib);
  }

  // 3. CLI throughput over the whole corpus, --jobs 1 and --jobs 2
  if (!opt.skip.has('cli')) {
    results.cli = {};
    // The settings take turns, run by run, so that a slow phase of the machine does not fall
    // on one of them only and bend their ratio.
    const runs = new Map(opt.jobs.map((j) => [j, []]));
    for (let r = 0; r < opt.runs; r++) {
      for (const j of opt.jobs) {
        log(`CLI extract --jobs ${j} over ${files.length} plans, run ${r + 1} of ${opt.runs}`);
        runs.get(j).push(await runCli(['extract', corpusDir, '-f', 'ndjson', '-q', '--jobs', String(j)]));
      }
    }
    for (const [j, list] of runs) {
      const wall = median(list.map((x) => x.wall));
      results.cli[`jobs${j}`] = { docs: list[0].lines, ms: wall, docsPerSec: list[0].lines / (wall / 1000), peakRssMb: Math.max(...list.map((x) => x.rssMb)) };
    }
    if (results.cli.jobs1 && results.cli.jobs2) results.cli.speedup = results.cli.jobs2.docsPerSec / results.cli.jobs1.docsPerSec;
  }

  // 5. memory stays flat: peak RSS of NDJSON runs over 10,000 and 50,000 plans (default --jobs)
  if (!opt.skip.has('rss')) {
    results.rss = {};
    for (const n of opt.rssDocs) {
      const dir = n === opt.docs ? corpusDir : join(root, 'bench', 'corpus', `docs-${n}`);
      log(`peak RSS, NDJSON over ${n} plans (corpus in ${dir})`);
      await writeCorpus(dir, n);
      const r = await runCli(['extract', dir, '-f', 'ndjson', '-q']);
      results.rss[`docs${n}`] = { docs: r.lines, peakRssMb: r.rssMb, ms: r.wall };
    }
    const [a, b] = opt.rssDocs;
    if (a && b && results.rss[`docs${a}`] && results.rss[`docs${b}`]) results.rss.growth = results.rss[`docs${b}`].peakRssMb / results.rss[`docs${a}`].peakRssMb - 1;
  }

  // 6. linear in input size: one big file of 1, 10, 50 MB
  if (!opt.skip.has('big')) {
    results.big = {};
    const bigDir = join(root, 'bench', 'corpus', 'big');
    await mkdir(bigDir, { recursive: true });
    const files = [];
    for (const mb of opt.big) {
      const path = join(bigDir, `plan-${mb}MB.txt`);
      if (!existsSync(path)) await writeFile(path, bigText(mb * 1e6));
      files.push({ mb, path, bytes: statSync(path).size });
    }
    // Each file in a fresh process, after the same warm-up (the smallest file), so that no
    // size inherits another's heap; sizes interleaved, three times, and the fastest run kept:
    // the machine is shared, and a slower phase of it would otherwise fall on one size only.
    const best = new Map();
    const rounds = 3;
    for (let round = 0; round < rounds; round++) {
      for (const { mb, path } of files) {
        log(`one ${mb} MB file, round ${round + 1} of ${rounds}`);
        const t = timeOneFile(path, files[0].path);
        best.set(mb, Math.min(best.get(mb) ?? Infinity, t));
      }
    }
    for (const { mb, bytes } of files) {
      const t = best.get(mb);
      results.big[`${mb}MB`] = { bytes, ms: t, msPerMb: t / (bytes / 1e6) };
    }
    const rates = Object.values(results.big).map((x) => x.msPerMb);
    const base = rates[0];
    results.big.maxDeviationFromLinear = Math.max(...rates.map((r) => Math.abs(r / base - 1)));
  }

  results.loadavgAfter = loadavg().map((x) => Number(x.toFixed(2)));
  await writeFile(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(table(results));
}

function table(r) {
  const rows = [];
  const f = (x, d = 0) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(d));
  const pct = (x) => `${(x * 100).toFixed(0)}%`;
  rows.push(['measure', 'result', 'target']);
  if (r.coldStart) {
    if (r.coldStart.nodeMs !== undefined) rows.push(["node's own start, `node -e 0` (median)", `${f(r.coldStart.nodeMs)} ms`, '']);
    rows.push(['cold start `htx-targets --version` (median)', `${f(r.coldStart.versionMs)} ms`, '≤ 120 ms']);
    rows.push(['cold start `extract` of one seed (median)', `${f(r.coldStart.extractOneSeedMs)} ms`, '≤ 250 ms']);
  }
  if (r.library) {
    rows.push([`library extract(), one thread (${r.library.docs} plans)`, `${f(r.library.docsPerSec)} docs/s, ${f(r.library.mbPerSec, 2)} MB/s`, '≥ 500 docs/s']);
    rows.push(['  stage shares', Object.entries(r.library.stageShare).map(([k, v]) => `${k} ${pct(v)}`).join(', '), '']);
  }
  if (r.ioFloor) rows.push([`I/O floor: read + NFC (${r.ioFloor.docs} files)`, `${f(r.ioFloor.docsPerSec)} docs/s; extraction = ${f(r.ioFloor.extractRatio, 0)}× the floor`, '']);
  if (r.cli) {
    for (const [k, v] of Object.entries(r.cli)) if (typeof v === 'object') rows.push([`CLI extract -f ndjson --${k.replace('jobs', 'jobs ')} (${v.docs} plans)`, `${f(v.docsPerSec)} docs/s, peak RSS ${f(v.peakRssMb)} MB`, '']);
    if (r.cli.speedup) rows.push(['  --jobs 2 / --jobs 1', `${f(r.cli.speedup, 2)}×`, '≥ 1.6×']);
  }
  if (r.rss) {
    for (const v of Object.values(r.rss)) if (typeof v === 'object') rows.push([`peak RSS, NDJSON over ${v.docs} plans`, `${f(v.peakRssMb)} MB`, '≤ 300 MB']);
    if (r.rss.growth !== undefined) rows.push(['  growth from the first to the second', pct(r.rss.growth), '≤ 10%']);
  }
  if (r.big) {
    for (const [k, v] of Object.entries(r.big)) if (typeof v === 'object') rows.push([`one ${k} file`, `${f(v.ms)} ms (${f(v.msPerMb)} ms/MB)`, '']);
    rows.push(['  largest deviation from linear', pct(r.big.maxDeviationFromLinear), '≤ 15%']);
  }
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((x) => x[i].length)));
  const line = (x) => `| ${x.map((c, i) => c.padEnd(w[i])).join(' | ')} |`;
  const out = [line(rows[0]), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...rows.slice(1).map(line)];
  out.push('', `node ${r.node}, ${r.cpus}; load average ${r.loadavgBefore.join(' ')} before, ${r.loadavgAfter.join(' ')} after; corpus ${r.corpus.docs} plans, ${f(r.corpus.avgBytes)} bytes on average`);
  return `${out.join('\n')}\n`;
}

await main();
