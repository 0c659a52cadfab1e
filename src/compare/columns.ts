import { lookupProvince, provinceBy2025 } from '../rules/gazetteer.js';
import type { DocumentRecord, Level } from '../schema/target-file.js';

/**
 * Which column a document's goals go to. By default one column per issuing unit (the
 * province, the district with its province, or the nation); with `province-2025` the 34
 * provinces in force since 1 July 2025 (Resolution 202/2025/QH15), each goal keeping the
 * old unit that set it as its origin.
 */
import type { Grouping } from './groupings.js';

export { GROUPINGS, type Grouping } from './groupings.js';

export interface Column {
  /** Stable across runs and inputs: matching key of `compareVersions`. */
  readonly key: string;
  /** "Hải Dương", "Châu Thành (Sóc Trăng)", "Toàn quốc". */
  readonly label: string;
  readonly level: Level | null;
}

/** A column, and the old unit that set the goal ("Bắc Kạn", "Châu Thành, Sóc Trăng"). */
export interface Placement {
  readonly column: Column;
  readonly origin: string;
}

export const NATIONAL_LABEL = 'Toàn quốc';

const LEVEL_RANK: Record<Level, number> = { national: 0, province: 1, district: 2 };

/** The gazetteer's spelling when the name is known ("TP.HCM" → "Hồ Chí Minh"). */
function provinceName(name: string): string {
  return lookupProvince(name)?.name ?? name;
}

function fileName(source: string): string {
  return source.split(/[\\/]/).pop() ?? source;
}

/** Where the goals of `doc` go under `grouping`. */
export function placeDocument(doc: DocumentRecord, grouping: Grouping): Placement {
  const { level, district, name } = doc.issuer;
  const province = doc.issuer.province === null ? null : provinceName(doc.issuer.province);
  const origin = district !== null && province !== null ? `${district}, ${province}` : (province ?? name ?? fileName(doc.source));
  if (grouping === 'province-2025' && province !== null && level !== 'national') {
    const unit = provinceBy2025(province);
    if (unit !== undefined) return { column: { key: `province:${unit}`, label: unit, level: 'province' }, origin };
  }
  if (level === 'national') return { column: { key: 'national', label: NATIONAL_LABEL, level }, origin: name ?? NATIONAL_LABEL };
  if (level === 'district' && district !== null && province !== null) {
    return { column: { key: `district:${province}/${district}`, label: `${district} (${province})`, level }, origin };
  }
  if (province !== null && level !== 'district') return { column: { key: `province:${province}`, label: province, level: 'province' }, origin };
  // Issuer unknown or incomplete: a column of its own, named as well as we can.
  const label = name ?? fileName(doc.source);
  return { column: { key: `other:${label}`, label, level }, origin };
}

/** Column order: national, province, district, unknown; then by name in Vietnamese order. */
export function compareColumns(a: Column, b: Column): number {
  const rank = (c: Column): number => (c.level === null ? 3 : LEVEL_RANK[c.level]);
  return rank(a) - rank(b) || a.label.localeCompare(b.label, 'vi') || a.key.localeCompare(b.key);
}
