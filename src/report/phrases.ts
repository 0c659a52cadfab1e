import type { DocumentRecord, Target } from '../schema/target-file.js';
import { formatNumber, formatTargetValue } from '../compare/values.js';
import { indicatorLabels } from '../compare/comparison.js';
import type { ReportSummary, TargetLine } from './model.js';

/**
 * The sentences that the text and Markdown reports share, so that both say the same
 * thing in the same words and differ only in layout.
 */

export function deadlineHeading(deadline: number | null): string {
  return deadline === null ? 'No deadline stated' : `By ${deadline}`;
}

export function indicatorLabel(key: string): string {
  return indicatorLabels().get(key) ?? key;
}

function when(t: Target): string {
  return t.deadline === null ? '' : ` in ${t.deadline}`;
}

/**
 * How far the goal lies from what was reached, in the goal's own unit; percentages differ
 * by percentage points. Only for single values: a range or a mix of units has no one gap.
 */
export function gap(line: TargetLine): string | null {
  const { target, baseline } = line;
  if (!baseline || target.value === null || baseline.value === null) return null;
  const d = target.value - baseline.value;
  const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
  const magnitude = formatTargetValue({ ...target, comparator: 'eq', value: Math.abs(d), perYear: false });
  return `gap ${sign}${target.unit.startsWith('percent') ? magnitude.replace('%', ' pp') : magnitude}`;
}

/** "HTX thành lập mới: 36 in 2023 (baseline) → ≥ 35 in 2024 (gap −1)", or "HTX thành lập mới: ≥ 35". */
export function targetSentence(line: TargetLine): string {
  const { target, baseline } = line;
  const label = indicatorLabel(target.indicator);
  if (!baseline) return `${label}: ${formatTargetValue(target)}`;
  const g = gap(line);
  return `${label}: ${formatTargetValue(baseline)}${when(baseline)} (baseline) → ${formatTargetValue(target)}${when(target)}${g ? ` (${g})` : ''}`;
}

export function baselineSentence(b: Target): string {
  return `${indicatorLabel(b.indicator)}: ${formatTargetValue(b)}${when(b)}`;
}

/** "Kế hoạch 532/KH-UBND, issued 2023-08-07" */
export function documentLine(d: DocumentRecord): string {
  const name = [d.documentType ?? 'Document', d.documentNumber ?? '(no number)'].join(' ');
  return `${name}, ${d.issuedDate ? `issued ${d.issuedDate}` : 'date not stated'}`;
}

/** The documents it implements: "20-NQ/TW, 09/NQ-CP". */
export function basis(d: DocumentRecord): string {
  return d.basedOn.length ? d.basedOn.join(', ') : 'not stated';
}

/** "UBND huyện Châu Thành (district: Châu Thành, Sóc Trăng)" */
export function issuerSentence(d: DocumentRecord): string {
  const { name, level, province, district } = d.issuer;
  const where = [district, province].filter((p) => p !== null).join(', ');
  const facts = [level, where].filter((p) => p).join(': ');
  return `${name ?? 'Issuer not named'}${facts ? ` (${facts})` : ''}`;
}

function plural(n: number, word: string): string {
  return `${formatNumber(n)} ${word}${n === 1 ? '' : 's'}`;
}

export function summarySentence(s: ReportSummary): string {
  const span = s.firstDeadline === null ? '' : s.firstDeadline === s.lastDeadline ? `, deadline ${s.firstDeadline}` : `, deadlines ${s.firstDeadline}–${s.lastDeadline}`;
  return `${plural(s.documents, 'document')} from ${plural(s.issuers, 'issuer')}: ${plural(s.targets, 'target')} and ${plural(s.baselines, 'baseline')} over ${plural(s.indicators, 'indicator')}${span}; ${plural(s.warnings, 'warning')}.`;
}
