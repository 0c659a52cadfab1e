import { cellText, type Comparison } from '../compare/comparison.js';
import { markdownTable } from '../compare/tables.js';
import type { DocumentSection, ReportModel } from './model.js';
import { escapeMarkdown as md, markdownCode } from './escape.js';
import { baselineSentence, basis, deadlineHeading, documentLine, issuerSentence, summarySentence, targetSentence } from './phrases.js';
import { REPORT_TITLE } from './text.js';

function documentBlock(section: DocumentSection): string[] {
  const d = section.document;
  const out = [
    `### ${md(documentLine(d))}`,
    '',
    `- Issuer: ${md(issuerSentence(d))}`,
    ...(d.title ? [`- Title: ${md(d.title)}`] : []),
    `- Basis: ${md(basis(d))}`,
    `- Source: ${markdownCode(d.source)}`,
  ];
  if (section.groups.length === 0 && section.baselines.length === 0) out.push('', 'No targets found.');
  for (const g of section.groups) out.push('', `**${deadlineHeading(g.deadline)}**`, '', ...g.lines.map((l) => `- ${md(targetSentence(l))}`));
  if (section.baselines.length > 0) out.push('', '**Baselines without a matching target**', '', ...section.baselines.map((b) => `- ${md(baselineSentence(b))}`));
  if (d.warnings.length > 0) out.push('', '**Warnings**', '', ...d.warnings.map((w) => `- ${md(w.message)}${w.line ? ` (line ${w.line})` : ''}`));
  return out;
}

/**
 * The comparison with every goal written as in the text report ("≈ 3.000", not 3000);
 * highest and lowest of a row in bold and italics, since Markdown has no colour.
 */
function comparisonTable(comparison: Comparison): string {
  const rows = comparison.rows.map((r) => [
    r.label,
    r.deadline,
    r.kind,
    ...r.cells.map((c) => (c === null ? null : c.highest ? `**${cellText(c)}**` : c.lowest ? `_${cellText(c)}_` : cellText(c))),
  ]);
  return markdownTable({ header: ['Indicator', 'Deadline', 'Kind', ...comparison.columns.map((c) => c.label)], rows });
}

/** The report as GitHub-flavoured Markdown, for documents and issues. */
export function renderMarkdown(model: ReportModel, comparison: Comparison): string {
  const out = [`# ${REPORT_TITLE}`, '', summarySentence(model.summary)];
  for (const issuer of model.issuers) {
    out.push('', `## ${md(issuer.column.label)}`);
    for (const section of issuer.documents) out.push('', ...documentBlock(section));
  }
  out.push('', '## Comparison across issuers', '');
  if (comparison.rows.length === 0) out.push('No targets to compare.');
  else out.push('Highest of a row in **bold**, lowest in _italics_.', '', comparisonTable(comparison).trimEnd());
  return `${out.join('\n')}\n`;
}
