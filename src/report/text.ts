import { cellText, type Comparison, type ComparisonRow } from '../compare/comparison.js';
import type { DocumentSection, ReportModel } from './model.js';
import { baselineSentence, basis, deadlineHeading, documentLine, issuerSentence, summarySentence, targetSentence } from './phrases.js';

/** Terminal emphasis, injected so that this module stays pure; identity when not a TTY. */
export interface TextStyle {
  heading: (s: string) => string;
  dim: (s: string) => string;
  warning: (s: string) => string;
}

export const PLAIN: TextStyle = { heading: (s) => s, dim: (s) => s, warning: (s) => s };

export const REPORT_TITLE = 'Collective-economy targets: report';

/** Goals of the same indicator and year set by two issuers or more: the ones worth setting side by side. */
function sharedRows(comparison: Comparison): ComparisonRow[] {
  return comparison.rows.filter((r) => r.kind === 'target' && r.cells.filter((c) => c !== null).length >= 2);
}

/** "Hải Dương > 70% (highest); Kiên Giang 70–85% (lowest)" */
function sharedRowText(comparison: Comparison, row: ComparisonRow): string {
  return row.cells
    .flatMap((c, i) => (c === null ? [] : [`${comparison.columns[i]!.label} ${cellText(c)}${c.highest ? ' (highest)' : c.lowest ? ' (lowest)' : ''}`]))
    .join('; ');
}

function documentBlock(section: DocumentSection, style: TextStyle): string[] {
  const d = section.document;
  const out = [issuerSentence(d), `${documentLine(d)}; basis: ${basis(d)}`];
  if (d.title) out.push(d.title);
  out.push(style.dim(`Source: ${d.source}`));
  if (section.groups.length === 0 && section.baselines.length === 0) out.push('', '  No targets found.');
  for (const g of section.groups) {
    out.push('', `  ${style.heading(deadlineHeading(g.deadline))}`);
    for (const line of g.lines) out.push(`    ${targetSentence(line)}`);
  }
  if (section.baselines.length > 0) {
    out.push('', `  ${style.heading('Baselines without a matching target')}`);
    for (const b of section.baselines) out.push(`    ${baselineSentence(b)}`);
  }
  if (d.warnings.length > 0) {
    out.push('', `  ${style.warning('Warnings')}`);
    for (const w of d.warnings) out.push(`    - ${w.message}${w.line ? ` (line ${w.line})` : ''}`);
  }
  return out;
}

function underline(title: string, char: string): string[] {
  return [title, char.repeat([...title].length)];
}

/** The report for a terminal or a plain-text email: per issuer, then the comparison. */
export function renderText(model: ReportModel, comparison: Comparison, style: TextStyle = PLAIN): string {
  const out: string[] = [...underline(REPORT_TITLE, '='), summarySentence(model.summary)];
  for (const issuer of model.issuers) {
    out.push('', '', ...underline(issuer.column.label, '-').map(style.heading));
    for (const [i, section] of issuer.documents.entries()) {
      if (i > 0) out.push('');
      out.push(...documentBlock(section, style));
    }
  }
  out.push('', '', ...underline('Comparison across issuers', '-').map(style.heading));
  const shared = sharedRows(comparison);
  if (shared.length === 0) out.push('No indicator has targets from two issuers for the same year.');
  for (const row of shared) out.push(`${row.label}, ${deadlineHeading(row.deadline).toLowerCase()}: ${sharedRowText(comparison, row)}`);
  return `${out.join('\n')}\n`;
}
