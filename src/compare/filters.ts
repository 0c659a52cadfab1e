import picomatch from 'picomatch';
import { foldVietnamese, provinceBy2025 } from '../rules/gazetteer.js';
import type { DocumentRecord, Kind, Level, Target } from '../schema/target-file.js';

/** What to keep; an absent or empty list keeps everything. Lists are alternatives (OR). */
export interface TargetFilter {
  /** globs over indicator keys: "htx.*", "*.good_rate" */
  readonly indicator?: readonly string[];
  /** deadlines; null keeps goals without one */
  readonly deadline?: ReadonlyArray<number | null>;
  readonly kind?: readonly Kind[];
  readonly level?: readonly Level[];
  /** words of the issuer, its province (old or 2025) or district; case and diacritics ignored */
  readonly issuer?: readonly string[];
}

export type TargetPredicate = (doc: DocumentRecord, target: Target) => boolean;

/**
 * Reads a --deadline value: "2030", "2025,2030", "2025-2030" (inclusive), "none" for goals
 * without a deadline. Returns null when the text is none of these.
 */
export function parseDeadlines(text: string): Array<number | null> | null {
  const out: Array<number | null> = [];
  for (const part of text.split(',').map((p) => p.trim())) {
    if (part === 'none') {
      out.push(null);
      continue;
    }
    const m = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(part);
    if (!m) return null;
    const from = Number(m[1]);
    const to = Number(m[2] ?? m[1]);
    if (to < from || to - from > 200) return null;
    for (let y = from; y <= to; y++) out.push(y);
  }
  return out;
}

/** The filter as one predicate over (document, target). */
export function compileFilter(filter: TargetFilter = {}): TargetPredicate {
  const indicator = filter.indicator?.length ? picomatch([...filter.indicator]) : null;
  const deadlines = filter.deadline?.length ? new Set(filter.deadline) : null;
  const kinds = filter.kind?.length ? new Set(filter.kind) : null;
  const levels = filter.level?.length ? new Set(filter.level) : null;
  const issuerWords = filter.issuer?.length ? filter.issuer.map((w) => foldVietnamese(w.normalize('NFC')).trim()) : null;
  const issuerMatches = (doc: DocumentRecord): boolean => {
    const { name, province, district } = doc.issuer;
    const unit2025 = province === null ? undefined : provinceBy2025(province);
    const hay = foldVietnamese([name, province, district, unit2025].filter((s) => s != null).join(' | ').normalize('NFC'));
    return issuerWords!.some((w) => hay.includes(w));
  };
  return (doc, t) =>
    (indicator === null || indicator(t.indicator)) &&
    (deadlines === null || deadlines.has(t.deadline)) &&
    (kinds === null || kinds.has(t.kind)) &&
    (levels === null || (doc.issuer.level !== null && levels.has(doc.issuer.level))) &&
    (issuerWords === null || issuerMatches(doc));
}
