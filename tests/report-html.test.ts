import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildComparison } from '../src/compare/comparison.js';
import { parseTargetFile } from '../src/schema/io.js';
import type { DocumentRecord } from '../src/schema/target-file.js';
import { renderHtml } from '../src/report/html.js';
import { buildReport } from '../src/report/model.js';

// Debian's chromium; .ci/run installs it when it is missing.
const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const SEEDS = 'fixtures/report/seeds.json';
const documents: DocumentRecord[] = parseTargetFile(JSON.parse(readFileSync(SEEDS, 'utf8')), SEEDS).documents;

/**
 * Bars expected per indicator, counted from the target file rather than from the report's
 * own model: one per distinct exact or approximate goal of an issuer for a year and kind.
 */
function expectedBars(): Map<string, number> {
  const goals = new Map<string, Set<string>>();
  for (const d of documents) {
    for (const t of d.targets) {
      if (!goals.has(t.indicator)) goals.set(t.indicator, new Set());
      if (t.comparator === 'eq' || t.comparator === 'approx') goals.get(t.indicator)!.add([d.issuer.name, t.deadline, t.kind, t.comparator, t.value].join('|'));
    }
  }
  return new Map([...goals].map(([k, v]) => [k, v.size]));
}

describe.skipIf(!HAS_CHROMIUM)(`HTML report of the seeds in headless Chromium${HAS_CHROMIUM ? '' : ` (skipped: ${CHROMIUM} is not installed; .ci/run installs it)`}`, () => {
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-html-'));
    profile = join(dir, 'profile');
    const file = join(dir, 'report.html');
    writeFileSync(file, renderHtml(buildReport(documents), buildComparison(documents), { generator: 'htx-targets test' }));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1200, height: 900 },
    });
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(pathToFileURL(file).href);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('loads without console errors or network requests, in UTF-8', async () => {
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.evaluate('document.characterSet')).toBe('UTF-8');
    expect(await page.locator('h2', { hasText: 'Hải Dương' }).count()).toBe(1);
  });

  it('draws one chart per indicator with one bar per exact goal', async () => {
    const bars = expectedBars();
    const drawn = await page.$$eval('figure.indicator-chart', (figures) => figures.map((f) => [f.getAttribute('data-indicator')!, f.querySelectorAll('rect.bar').length] as const));
    expect(drawn.map(([k]) => k).sort()).toEqual([...bars.keys()].sort());
    expect(new Map(drawn)).toEqual(bars);
    // a range is an interval and "at least" a mark: Kiên Giang's 70–85% and Hải Dương's > 70%
    const good = page.locator('figure[data-indicator="htx.good_rate"]');
    expect(await good.locator('path.interval').count()).toBe(1);
    expect(await good.locator('path.floor').count()).toBe(2);
  });

  it('sorts the table when a header is clicked, numbers as numbers', async () => {
    const goals = (): Promise<Array<number | null>> =>
      page.$$eval('#targets tbody td:nth-child(5)', (cells) => cells.map((c) => (c.getAttribute('data-sort') === '' ? null : Number(c.getAttribute('data-sort')))));
    const before = await goals();
    await page.click('#targets th:nth-child(5) button');
    expect(await page.getAttribute('#targets th:nth-child(5)', 'aria-sort')).toBe('ascending');
    const ascending = await goals();
    expect(ascending).toEqual([...before].sort((a, b) => a! - b!));
    expect(ascending[0]).toBe(0);
    expect(ascending.at(-1)).toBe(85_000_000); // the profit goal, 85 triệu đồng
    await page.click('#targets th:nth-child(5) button');
    expect(await page.getAttribute('#targets th:nth-child(5)', 'aria-sort')).toBe('descending');
    expect(await goals()).toEqual([...ascending].reverse());

    await page.click('#targets th:nth-child(3) button');
    const labels = await page.$$eval('#targets tbody td:nth-child(3)', (cells) => cells.map((c) => c.textContent!));
    expect(labels).toEqual([...labels].sort(new Intl.Collator('vi').compare));
  });

  it('filters the table, ignoring case and diacritics', async () => {
    await page.fill('#filter', 'thanh lap moi');
    const visible = await page.$$eval('#targets tbody tr:not([hidden])', (rows) => rows.map((r) => r.textContent!));
    expect(visible.length).toBe(documents.flatMap((d) => d.targets).filter((t) => /\.new$/.test(t.indicator)).length);
    for (const text of visible) expect(text).toContain('thành lập mới');
    expect(await page.textContent('#shown')).toBe(`${visible.length} of 41`);
    await page.selectOption('#kind', 'baseline');
    expect(await page.locator('#targets tbody tr:not([hidden])').count()).toBe(2);
    await page.fill('#filter', '');
    await page.selectOption('#kind', '');
    expect(await page.locator('#targets tbody tr:not([hidden])').count()).toBe(41);
  });

  it('fits a phone without sideways scrolling, and hides the controls in print', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.filters').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1200, height: 900 });
  });

  it('leaves a screenshot for people to look at', async () => {
    mkdirSync('tests/artifacts', { recursive: true });
    await page.screenshot({ path: 'tests/artifacts/report.png', fullPage: true });
    expect(existsSync('tests/artifacts/report.png')).toBe(true);
  });
});
