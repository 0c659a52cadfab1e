import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { extractText } from 'unpdf';
import { afterAll, describe, expect, it } from 'vitest';
import { extractBytes } from '../src/cli/extract-files.js';
import type { DocumentRecord, Target } from '../src/schema/target-file.js';

// Every fixture in fixtures/formats/<plan>/ (built by scripts/make-format-fixtures.mjs) is the
// same plan as original.txt in another container or encoding: it must give the same targets.
const ROOT = 'fixtures/formats';

const EXPECTED_READER: Array<[RegExp, string, string | RegExp]> = [
  [/\.win1258\.txt$/, 'text', 'windows-1258'],
  [/\.utf16le\.txt$/, 'text', 'utf-16le'],
  [/\.utf16be\.txt$/, 'text', 'utf-16be'],
  [/\.nfd\.txt$/, 'text', 'utf-8'],
  [/\.tcvn3\.txt$/, 'text', 'tcvn3'],
  [/\.vni\.txt$/, 'text', 'vni'],
  [/\.utf8bom\.txt$/, 'text', 'utf-8-bom'],
  [/\.html$/, 'html', /^(?:utf-8|windows-1258)$/],
  [/\.docx$/, 'docx', 'utf-8'],
  [/\.pdf$/, 'pdf', 'utf-8'],
];

// Characters that legacy code pages lack become ASCII look-alikes in the variants.
const squash = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

function projection(t: Target): string {
  return JSON.stringify([t.kind, t.indicator, t.subject, t.comparator, t.value, t.min, t.max, t.unit, t.deadline, t.perYear, squash(t.quote)]);
}

const sorted = (r: DocumentRecord): string[] => r.targets.map(projection).sort();

async function run(path: string): Promise<DocumentRecord> {
  return extractBytes(await readFile(path), path, { explain: false });
}

const pdfPages: number[] = [];
const plans = (await readdir(ROOT, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('format fixtures', () => {
  it('has at least three plans, each in every container and encoding', async () => {
    expect(plans.length).toBeGreaterThanOrEqual(3);
    for (const plan of plans) {
      const files = await readdir(join(ROOT, plan));
      for (const [re] of EXPECTED_READER) expect(files.some((f) => re.test(f)), `${plan}: ${re}`).toBe(true);
    }
  });

  afterAll(() => {
    // The PDFs run over several pages: targets are found past the first page.
    expect(Math.max(...pdfPages)).toBeGreaterThan(1);
  });

  for (const plan of plans) {
    describe(plan, async () => {
      const dir = join(ROOT, plan);
      const files = (await readdir(dir)).filter((f) => f !== 'original.txt').sort();
      for (const file of files) {
        it(`${file} gives the targets of original.txt`, async () => {
          const original = await run(join(dir, 'original.txt'));
          expect(original.targets.length).toBeGreaterThan(3);
          const record = await run(join(dir, file));
          const reader = EXPECTED_READER.find(([re]) => re.test(file));
          expect(reader, file).toBeDefined();
          expect(record.format).toBe(reader![1]);
          if (typeof reader![2] === 'string') expect(record.encoding).toBe(reader![2]);
          else expect(record.encoding).toMatch(reader![2]);
          expect(sorted(record)).toEqual(sorted(original));
          if (file.endsWith('.pdf')) {
            // Each target's page is the page whose text holds its quote.
            const { text } = await extractText(new Uint8Array(await readFile(join(dir, file))), { mergePages: false });
            const compact = (s: string): string => squash(s).replace(/\s+/g, '');
            for (const t of record.targets) {
              expect(t.location.page, t.quote).toBeGreaterThanOrEqual(1);
              expect(compact(text[t.location.page! - 1] ?? ''), `${t.quote} on page ${t.location.page}`).toContain(compact(t.quote).slice(-15));
            }
            pdfPages.push(...record.targets.map((t) => t.location.page ?? 0));
          }
        });
      }
    });
  }
});
