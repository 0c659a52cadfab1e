import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract } from '../src/pipeline/extract.js';
import { findMasks, maskAt, type Mask } from '../src/pipeline/masks.js';
import { findNumbers } from '../src/pipeline/numbers.js';
import { findQuantities } from '../src/pipeline/quantities.js';
import { normalise } from '../src/pipeline/normalise.js';
import { segmentSentences, structureText } from '../src/pipeline/structure.js';
import * as lexicon from '../src/rules/lexicon.js';

// No catastrophic backtracking: every regular expression written in the rule modules runs
// on inputs built to make a backtracking engine blow up, and the whole engine reads long
// adversarial documents in linear time. Bounds are generous (a busy 2-core machine); a
// quadratic or exponential pattern overshoots them by orders of magnitude.

const BOUND_MS = 2_000;
const EXTRACT_BOUND_MS = 5_000;
const ROOT = join(import.meta.dirname, '..');
const RULE_DIRS = ['src/pipeline', 'src/rules'];

const N = 100_000;
const run = (unit: string, n = N): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Inputs that trip a backtracking engine: long runs of what the patterns repeat. */
const ADVERSARIAL: Record<string, string> = {
  digits: run('1'),
  dots: run('.'),
  spaces: `1${run(' ')}2`,
  'digits and dots': run('1.'),
  'digits and spaces': run('1 '),
  'digits, dots and spaces': run('1. '),
  'thousands groups': run('1.000'),
  'decimal commas': run('1,1'),
  'dotted numbering 1.1.1': run('1.1'),
  slashes: run('1/'),
  'dashes and letters': run('1-a'),
  'từ từ từ': run('từ '),
  'tu tu tu (folded)': run('tu '),
  'percent signs': run('%'),
  percentages: run('1%'),
  'percent and spaces': run('% '),
  'letters without spaces': run('a'),
  'Vietnamese without spaces': run('hợptácxã'),
  'at signs': run('a@'),
  colons: run('1: A'),
  'open brackets': run('('),
  'year ranges': run('2021-'),
  years: run('2025 '),
  'dates': run('16.6.'),
  'ngay ngay': run('ngay '),
  'thang thang': run('thang 1 '),
  'number words': run('một trăm '),
  pipes: run('|'),
  tabs: run('\t'),
  'hyphens at line ends': run('ab-\n'),
  'newlines': run('\n'),
  'colon spaces': run(': '),
  'quotes': run('"'),
  'phone brackets': run('(0299) '),
  'urls': run('http://'),
};

interface Literal {
  file: string;
  line: number;
  re: RegExp;
}

/** Every regular-expression literal in the rule modules, compiled as written. */
function regexLiterals(): Literal[] {
  const out: Literal[] = [];
  for (const dir of RULE_DIRS) {
    for (const name of readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.ts')).sort()) {
      const file = `${dir}/${name}`;
      const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.ES2022, true);
      const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const text = node.getText(source);
          const slash = text.lastIndexOf('/');
          const flags = text.slice(slash + 1);
          out.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, re: new RegExp(text.slice(1, slash), flags.includes('g') ? flags : `${flags}g`) });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return out;
}

/** Runs a global regex over the whole input, as matchAll does; returns the milliseconds. */
function timeScan(re: RegExp, input: string): number {
  const t = performance.now();
  re.lastIndex = 0;
  let guard = 0;
  for (let m = re.exec(input); m && guard < 1_000_000; m = re.exec(input), guard += 1) {
    if (m[0] === '') re.lastIndex += 1;
  }
  return performance.now() - t;
}

function timed<T>(f: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = f();
  return { ms: performance.now() - t, value };
}

describe('regular expressions of the rules: no catastrophic backtracking', () => {
  const literals = regexLiterals();

  it('finds the patterns to check', () => {
    expect(literals.length).toBeGreaterThan(100);
  });

  it(`each literal pattern scans each adversarial input (${N.toLocaleString('en')} characters) within ${BOUND_MS} ms`, { timeout: 120_000 }, () => {
    const slow: string[] = [];
    for (const { file, line, re } of literals) {
      for (const [name, input] of Object.entries(ADVERSARIAL)) {
        // a tenth first: a pattern that is already slow there is not run on the whole input
        const tenth = timeScan(re, input.slice(0, N / 10));
        const ms = tenth * 10 > BOUND_MS ? tenth * 100 : timeScan(re, input);
        if (ms > BOUND_MS) slow.push(`${file}:${line} ${re} on ${name}: ${Math.round(ms)} ms`);
      }
    }
    expect(slow).toEqual([]);
  });

  it('the engine stages (masks, numbers, quantities, sentences, outline) on each adversarial input', { timeout: 120_000 }, () => {
    const slow: string[] = [];
    for (const [name, input] of Object.entries(ADVERSARIAL)) {
      const norm = normalise(input);
      const { text, folded } = norm;
      const stages: Record<string, () => unknown> = {
        normalise: () => normalise(input),
        findMasks: () => findMasks(folded, text, 0, text.length),
        findNumbers: () => findNumbers(text, 0, text.length),
        findQuantities: () => findQuantities(text, folded, { start: 0, end: text.length, clauses: [{ start: 0, end: text.length }] }),
        segmentSentences: () => segmentSentences(text, 0, text.length),
        structureText: () => structureText(text),
      };
      for (const [stage, f] of Object.entries(stages)) {
        const { ms } = timed(f);
        if (ms > BOUND_MS) slow.push(`${stage} on ${name}: ${Math.round(ms)} ms`);
      }
    }
    expect(slow).toEqual([]);
  });

  // extract() does real work per number (about 20 µs: comparator, unit, noun, indicator), so
  // a 100,000-character run of numbers takes about a second; the bound is for that.
  it('extract() on each adversarial input (text), and on nesting and table runs (markdown)', { timeout: 300_000 }, () => {
    const slow: string[] = [];
    const markdownRuns: Record<string, string> = {
      'nested ordered lists': run('1. '),
      'nested bullets': run('- '),
      'nested quotes': run('> '),
      quotes: run('>'),
      'emphasis marks': run('*'),
      'heading marks': run('#'),
      'code marks': run('`'),
      pipes: ADVERSARIAL.pipes!,
      'table rows': run('| 1 | 2 |\n'),
    };
    const cases: Array<[string, string, 'text' | 'markdown']> = [
      ...Object.entries(ADVERSARIAL).map(([name, input]) => [name, input, 'text'] as [string, string, 'text']),
      ...Object.entries(markdownRuns).map(([name, input]) => [name, input, 'markdown'] as [string, string, 'markdown']),
    ];
    for (const [name, input, format] of cases) {
      const { ms } = timed(() => extract(input, { format }));
      if (ms > EXTRACT_BOUND_MS) slow.push(`extract (${format}) on ${name}: ${Math.round(ms)} ms`);
    }
    expect(slow).toEqual([]);
  });

  it('long runs of every cue word of the lexicon (comparators, nouns, kinds, chrome, number words)', { timeout: 300_000 }, () => {
    const cues = new Set<string>();
    for (const value of Object.values(lexicon)) {
      const items = Array.isArray(value) ? value : typeof value === 'object' && value !== null ? Object.keys(value) : [];
      for (const item of items) {
        const cue = Array.isArray(item) ? item[0] : item;
        if (typeof cue === 'string' && cue.trim() !== '') cues.add(cue);
      }
    }
    expect(cues.size).toBeGreaterThan(100);
    // one document, a line per run (the cue alone, and the cue before a number), so that work
    // that grows with the document, not just with the line, shows too
    const lines: string[] = [];
    for (const cue of cues) for (const unit of [`${cue} `, `${cue} 1 `]) lines.push(run(unit, 2_000));
    const input = lines.join('\n\n');
    const { ms } = timed(() => extract(input));
    const slow = ms > 10 * BOUND_MS ? [`${lines.length} runs, ${input.length} characters: ${Math.round(ms)} ms`] : [];
    expect(slow).toEqual([]);
  });
});

describe('a 5 MB adversarial document', () => {
  const SEEDS_DIR = join(ROOT, 'seeds');
  const seeds = readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'));

  /** Real plans, many distinct goals, one province's figures among others, and pathological lines. */
  function document(size: number): string {
    const parts: string[] = [];
    let length = 0;
    const add = (s: string): void => {
      parts.push(s);
      length += s.length + 2;
    };
    for (const unit of ['1', '1. ', '1.1', 'từ ', '%', 'a', 'UBND tỉnh Kiên Giang ', 'tỉnh Đồng Tháp có 5 HTX, ', '1: A', ' ', '2025 ', 'trên 5 HTX; ', 'hợp tác xã ', 'Năm 2025 có 5 HTX. ', '(1 ']) {
      add(run(unit, size / 50));
    }
    // goals first: a news page's "Tin liên quan" in the seeds makes what follows page chrome
    for (let i = 0; length < size * 0.6; i += 1) {
      add(`- Phấn đấu đến năm ${2025 + (i % 20)} có ${i + 10} HTX, ${i + 3} tổ hợp tác với ${i * 10 + 7} thành viên; tỷ lệ HTX tốt, khá đạt ${i % 100}%. Tỉnh Đồng Tháp có ${i} HTX.`);
    }
    for (let i = 0; length < size; i += 1) add(seeds[i % seeds.length]!);
    return parts.join('\n\n');
  }

  // The target is 5 s, which the engine meets on the development machine when it is quiet
  // (about 4.3 s); a shared 2-core machine under load runs up to a half slower, so the normal
  // run checks that time grows linearly (1 MB → 5 MB) with a ceiling that only a quadratic
  // stage would hit, and HTX_STRICT_PERF=1 holds it to the 5 s target.
  it('is read in linear time, under 5 seconds with HTX_STRICT_PERF=1', { timeout: 300_000 }, () => {
    const small = document(1024 * 1024);
    const input = document(5 * 1024 * 1024);
    expect(input.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const one = timed(() => extract(small, { source: 'adversarial-1mb.txt' }));
    const five = timed(() => extract(input, { source: 'adversarial-5mb.txt' }));
    expect(five.value.targets.length).toBeGreaterThan(1000);
    const message = `extract() took ${Math.round(one.ms)} ms on 1 MB and ${Math.round(five.ms)} ms on 5 MB`;
    // linear: 5× the text in about 5× the time (quadratic would be 25×)
    expect(five.ms / one.ms, message).toBeLessThan(10);
    expect(five.ms, message).toBeLessThan(60_000);
    if (process.env.HTX_STRICT_PERF === '1') expect(five.ms, message).toBeLessThan(5_000);
  });
});

describe('maskAt (binary search) agrees with a scan', () => {
  it('on random sorted disjoint masks, as findMasks returns them', () => {
    // gaps and lengths laid end to end: sorted, and each mask ends at or before the next starts
    const masks = fc.array(fc.tuple(fc.nat(12), fc.integer({ min: 1, max: 15 })), { maxLength: 30 }).map((spans): Mask[] => {
      let at = 0;
      return spans.map(([gap, length]) => {
        const start = at + gap;
        at = start + length;
        return { start, end: at, reason: 'date' as const };
      });
    });
    fc.assert(
      fc.property(masks, fc.nat(300), fc.integer({ min: 1, max: 10 }), (ms, start, len) => {
        expect(maskAt(ms, start, start + len)).toBe(ms.find((m) => m.start < start + len && start < m.end));
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('findMasks returns sorted disjoint masks, even where patterns overlap', () => {
    const text = 'ngay 16.6.2022, chuong trinh so 64-ctr/tu va ke hoach 96/kh-ubnd ngay 8/6, 4.0 ';
    const masks = findMasks(text, text, 0, text.length);
    expect(masks.length).toBeGreaterThan(3);
    masks.forEach((m, i) => {
      expect(m.start).toBeLessThan(m.end);
      if (i > 0) expect(masks[i - 1]!.end).toBeLessThanOrEqual(m.start);
    });
  });
});
