import { cellText, entryText, type Comparison } from '../compare/comparison.js';
import { formatTargetValue, representativeNumber } from '../compare/values.js';
import type { DocumentRecord, Unit } from '../schema/target-file.js';
import { chartSvg } from './chart.js';
import { indicatorCharts } from './charts.js';
import { escapeHtml as h } from './escape.js';
import { REPORT_STYLE, REPORT_SCRIPT } from './html-assets.js';
import type { DocumentSection, ReportModel } from './model.js';
import { baselineSentence, basis, deadlineHeading, documentLine, indicatorLabel, issuerSentence, summarySentence, targetSentence } from './phrases.js';
import { REPORT_TITLE } from './text.js';

export interface HtmlOptions {
  /** shown in the footer: which version made the page */
  generator: string;
}

/** Axis labels in the chart's unit: "50%", "3.000", "50 triệu đ/năm". */
function tickFormatter(unit: Unit): (n: number) => string {
  return (n) => formatTargetValue({ comparator: 'eq', value: n, min: null, max: null, unit, perYear: false });
}

function summarySection(model: ReportModel): string {
  const s = model.summary;
  const stats: Array<[string, number]> = [
    ['documents', s.documents],
    ['issuers', s.issuers],
    ['targets', s.targets],
    ['baselines', s.baselines],
    ['indicators', s.indicators],
    ['warnings', s.warnings],
  ];
  return `<section id="summary"><h2>Summary</h2><p>${h(summarySentence(s))}</p><dl class="stats">${stats.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl></section>`;
}

const LEGEND = `<p class="legend" aria-label="legend">
<span><svg viewBox="0 0 24 12" width="24" height="12" aria-hidden="true"><rect class="bar target" x="0" y="1" width="24" height="10"/></svg> value</span>
<span><svg viewBox="0 0 24 12" width="24" height="12" aria-hidden="true"><path class="interval target" d="M2 1v10M2 6H22M22 1v10"/></svg> range</span>
<span><svg viewBox="0 0 24 12" width="24" height="12" aria-hidden="true"><path class="floor target" d="M4 0v12M4 6H20M20 6l-5 -5M20 6l-5 5"/></svg> at least / more than</span>
<span><svg viewBox="0 0 24 12" width="24" height="12" aria-hidden="true"><path class="ceiling target" d="M20 0v12M20 6H4M4 6l5 -5M4 6l5 5"/></svg> below / at most</span>
<span><svg viewBox="0 0 24 12" width="24" height="12" aria-hidden="true"><rect class="bar baseline" x="0" y="1" width="24" height="10"/></svg> baseline (reached)</span>
</p>`;

function chartsSection(comparison: Comparison): string {
  const figures = indicatorCharts(comparison).map(
    (c) =>
      `<figure class="indicator-chart" data-indicator="${h(c.indicator)}" data-unit="${c.unit}"><figcaption>${h(c.title)} <code>${h(c.indicator)}</code></figcaption>${chartSvg(c, tickFormatter(c.unit))}</figure>`,
  );
  return `<section id="charts"><h2>Targets by indicator</h2>${LEGEND}<div class="charts">${figures.join('')}</div></section>`;
}

function comparisonSection(comparison: Comparison): string {
  const head = ['Indicator', 'Deadline', 'Kind', ...comparison.columns.map((c) => c.label)].map((x) => `<th scope="col">${h(x)}</th>`).join('');
  const rows = comparison.rows.map((r) => {
    const cells = r.cells.map((c) => (c === null ? '<td></td>' : `<td${c.highest ? ' class="highest"' : c.lowest ? ' class="lowest"' : ''}>${h(cellText(c))}</td>`));
    return `<tr class="${r.kind}"><th scope="row">${h(r.label)}</th><td>${r.deadline ?? ''}</td><td>${r.kind}</td>${cells.join('')}</tr>`;
  });
  return `<section id="comparison"><h2>Issuers side by side</h2><p class="note">Highest of a row <span class="highest">marked so</span>, lowest <span class="lowest">so</span>.</p><div class="scroll"><table class="comparison"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div></section>`;
}

const TABLE_COLUMNS: ReadonlyArray<{ title: string; type: 'text' | 'number' }> = [
  { title: 'Issuer', type: 'text' },
  { title: 'Kind', type: 'text' },
  { title: 'Indicator', type: 'text' },
  { title: 'Deadline', type: 'number' },
  { title: 'Goal', type: 'number' },
  { title: 'Quote', type: 'text' },
  { title: 'Document', type: 'text' },
  { title: 'Line', type: 'number' },
];

/**
 * Every goal of the comparison, one row per target (repeats included: each has its own
 * quote). Cells carry a sort key where the text would sort wrongly ("≈ 3.000" by 3000).
 */
function targetsSection(comparison: Comparison, documentIds: ReadonlyMap<DocumentRecord, string>): string {
  const rows: string[] = [];
  for (const r of comparison.rows) {
    r.cells.forEach((cell, i) => {
      for (const entry of cell?.entries ?? []) {
        for (const { target: t, document: d } of entry.sources) {
          const goal = representativeNumber(t);
          rows.push(
            `<tr data-kind="${t.kind}" data-indicator="${h(t.indicator)}">` +
              `<td>${h(comparison.columns[i]!.label)}</td><td>${t.kind}</td>` +
              `<td>${h(indicatorLabel(t.indicator))}</td><td>${t.deadline ?? ''}</td>` +
              `<td data-sort="${goal ?? ''}">${h(entryText(entry))}</td>` +
              `<td class="quote">${h(t.quote)}</td>` +
              `<td><a href="#${documentIds.get(d)}">${h(documentLine(d))}</a></td><td>${t.location.line}</td></tr>`,
          );
        }
      }
    });
  }
  const head = TABLE_COLUMNS.map((c) => `<th scope="col" data-type="${c.type}"><button type="button">${c.title}</button></th>`).join('');
  return `<section id="targets-section"><h2>All targets</h2>
<div class="filters"><label>Filter <input id="filter" type="search" placeholder="issuer, indicator, quote…" autocomplete="off"></label>
<label>Kind <select id="kind"><option value="">all</option><option value="target">targets</option><option value="baseline">baselines</option></select></label>
<output id="shown" aria-live="polite">${rows.length} of ${rows.length}</output></div>
<div class="scroll"><table id="targets"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div></section>`;
}

function documentArticle(section: DocumentSection, id: string): string {
  const d = section.document;
  const facts: Array<[string, string]> = [
    ['Issuer', issuerSentence(d)],
    ['Title', d.title ?? 'not stated'],
    ['Basis', basis(d)],
    ['Source', `${d.source} (${d.format}, ${d.encoding})`],
  ];
  const groups = section.groups.map((g) => `<h4>${h(deadlineHeading(g.deadline))}</h4><ul>${g.lines.map((l) => `<li>${h(targetSentence(l))}</li>`).join('')}</ul>`);
  if (section.baselines.length > 0) groups.push(`<h4>Baselines without a matching target</h4><ul>${section.baselines.map((b) => `<li>${h(baselineSentence(b))}</li>`).join('')}</ul>`);
  if (groups.length === 0) groups.push('<p>No targets found.</p>');
  const warnings = d.warnings.length
    ? `<div class="warnings"><h4>Warnings</h4><ul>${d.warnings.map((w) => `<li>${h(w.message)}${w.line ? ` (line ${w.line})` : ''}</li>`).join('')}</ul></div>`
    : '';
  return `<article class="document" id="${id}"><h3>${h(documentLine(d))}</h3><dl>${facts.map(([k, v]) => `<dt>${k}</dt><dd>${h(v)}</dd>`).join('')}</dl>${groups.join('')}${warnings}</article>`;
}

/**
 * The report as one self-contained page: styles, charts (SVG) and the table script are
 * inline, and the content security policy forbids every fetch, so the file works offline,
 * attached to an email, and cannot leak who opened it.
 */
export function renderHtml(model: ReportModel, comparison: Comparison, options: HtmlOptions): string {
  const ids = new Map<DocumentRecord, string>();
  for (const issuer of model.issuers) for (const s of issuer.documents) ids.set(s.document, `doc-${ids.size + 1}`);
  const documents = model.issuers.map(
    (issuer) => `<section class="issuer"><h2>${h(issuer.column.label)}</h2>${issuer.documents.map((s) => documentArticle(s, ids.get(s.document)!)).join('')}</section>`,
  );
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="${h(options.generator)}">
<title>${h(REPORT_TITLE)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header><h1>${h(REPORT_TITLE)}</h1>
<nav><a href="#summary">Summary</a> <a href="#charts">Charts</a> <a href="#comparison">Side by side</a> <a href="#targets-section">All targets</a> <a href="#documents">Documents</a></nav></header>
<main>
${summarySection(model)}
${chartsSection(comparison)}
${comparisonSection(comparison)}
${targetsSection(comparison, ids)}
<div id="documents"><h2 class="part">Documents</h2>${documents.join('')}</div>
</main>
<footer>Made by ${h(options.generator)}. Goals as the documents state them; check each against its quote.</footer>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}
