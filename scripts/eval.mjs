// Compares the tool's output with every hand-checked golden file (fixtures/seeds/*,
// fixtures/corpus/*) and prints recall, precision, indicator accuracy and every miss.
//   npm run eval            all cases
//   npm run eval -- corpus  only cases whose folder path contains "corpus"
import { existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const { extract, GoldenSchema, scoreCase, describeTarget } = await import('../dist/index.js');
const filter = process.argv[2] ?? '';
const roots = ['fixtures/seeds', 'fixtures/corpus', 'fixtures/holdout', 'fixtures/holdout2', 'fixtures/holdout3'].filter((r) => existsSync(r));
const cases = [];
for (const root of roots) {
  for (const name of (await readdir(root)).sort()) {
    const dir = join(root, name);
    if (!(await stat(dir)).isDirectory() || !dir.includes(filter) || !(await stat(join(dir, 'expected.json')).catch(() => null))) continue;
    cases.push(dir);
  }
}
let totals = { expected: 0, actual: 0, matched: 0, indicatorRight: 0, comparatorRight: 0, unitRight: 0, docs: 0, province: 0, level: 0, number: 0, date: 0 };
for (const dir of cases) {
  const golden = GoldenSchema.parse(JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')));
  const files = await readdir(dir);
  const inputName = files.find((f) => f.startsWith('input.'));
  const inputPath = golden.source ?? join(dir, inputName);
  const text = await readFile(inputPath, 'utf8');
  const record = extract(text, { source: inputPath, format: inputPath.endsWith('.md') ? 'markdown' : 'text' });
  const s = scoreCase(golden, record);
  totals.expected += s.expected;
  totals.actual += s.actual;
  totals.matched += s.matched;
  totals.indicatorRight += s.indicatorRight;
  totals.comparatorRight += s.comparatorRight;
  totals.unitRight += s.unitRight;
  totals.docs += 1;
  totals.province += s.issuerProvinceRight ? 1 : 0;
  totals.level += s.issuerLevelRight ? 1 : 0;
  totals.number += s.documentNumberRight ? 1 : 0;
  totals.date += s.issuedDateRight ? 1 : 0;
  const r = s.expected ? s.matched / s.expected : 1;
  const p = s.actual ? s.matched / s.actual : 1;
  console.log(`${dir.padEnd(44)} recall ${r.toFixed(2)}  precision ${p.toFixed(2)}  indicator ${s.matched ? (s.indicatorRight / s.matched).toFixed(2) : '-'}  (${s.matched}/${s.expected} matched, ${s.actual} extracted)`);
  for (const f of s.fieldMisses) console.log(`    field  ${f}`);
  for (const m of s.misses) {
    if (m.what === 'missed') console.log(`    MISSED ${describeTarget(m.expected)}`);
    else if (m.what === 'extra') console.log(`    EXTRA  ${describeTarget(m.actual)}`);
    else console.log(`    ${m.what.toUpperCase().padEnd(6)} expected ${describeTarget(m.expected)}\n           got      ${describeTarget(m.actual)}`);
  }
}
const pct = (a, b) => (b ? (a / b).toFixed(3) : '-');
console.log('');
console.log(`cases ${totals.docs}, expected targets ${totals.expected}, extracted ${totals.actual}, matched ${totals.matched}`);
console.log(`recall ${pct(totals.matched, totals.expected)}  precision ${pct(totals.matched, totals.actual)}  indicator ${pct(totals.indicatorRight, totals.matched)}  comparator ${pct(totals.comparatorRight, totals.matched)}  unit ${pct(totals.unitRight, totals.matched)}`);
console.log(`issuer province ${pct(totals.province, totals.docs)}  issuer level ${pct(totals.level, totals.docs)}  document number ${pct(totals.number, totals.docs)}  issued date ${pct(totals.date, totals.docs)}`);
