import * as z from '../schema/zod.js';
import { ComparatorSchema, KindSchema, LevelSchema, UnitSchema, type DocumentRecord, type Target } from '../schema/target-file.js';

/**
 * Golden files: what a person read off a plan, value by value (fixtures/<case>/expected.json),
 * and the comparison of the tool's output with them. A target matches when kind, deadline
 * and value (or range) agree; the indicator, comparator and unit of matched pairs are
 * scored apart, so a miss says which part was wrong.
 */
export const GoldenTargetSchema = z.object({
  kind: KindSchema,
  indicator: z.string(),
  comparator: ComparatorSchema,
  value: z.nullable(z.number()),
  min: z.nullable(z.number()),
  max: z.nullable(z.number()),
  unit: UnitSchema,
  deadline: z.nullable(z.number().check(z.int())),
  perYear: z.optional(z.boolean()),
  quote: z.string(),
});

export const GoldenSchema = z.object({
  note: z.optional(z.string()),
  source: z.described(z.optional(z.string()), 'input path relative to the repository, when not input.* beside the file'),
  document: z.object({
    documentType: z.optional(z.nullable(z.string())),
    documentNumber: z.nullable(z.string()),
    issuedDate: z.nullable(z.string()),
    issuer: z.object({ name: z.nullable(z.string()), level: z.nullable(LevelSchema), province: z.nullable(z.string()), district: z.nullable(z.string()) }),
    basedOn: z.optional(z.array(z.string())),
  }),
  targets: z.array(GoldenTargetSchema),
  notTargets: z.optional(z.array(z.unknown())),
});

export type GoldenTarget = z.infer<typeof GoldenTargetSchema>;
export type Golden = z.infer<typeof GoldenSchema>;

export interface Miss {
  what: 'missed' | 'extra' | 'indicator' | 'comparator' | 'unit' | 'perYear';
  expected?: GoldenTarget;
  actual?: Target;
}

export interface CaseScore {
  expected: number;
  actual: number;
  matched: number;
  indicatorRight: number;
  comparatorRight: number;
  unitRight: number;
  issuerProvinceRight: boolean;
  issuerLevelRight: boolean;
  documentNumberRight: boolean;
  issuedDateRight: boolean;
  misses: Miss[];
  fieldMisses: string[];
}

function sameAmount(e: GoldenTarget, a: Target): boolean {
  const eq = (x: number | null, y: number | null): boolean => (x === null ? y === null : y !== null && Math.abs(x - y) < 1e-9 * Math.max(1, Math.abs(x)));
  return e.kind === a.kind && e.deadline === a.deadline && eq(e.value, a.value) && eq(e.min, a.min) && eq(e.max, a.max);
}

const fold = (s: string | null | undefined): string =>
  (s ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim();

export function scoreCase(golden: Golden, record: DocumentRecord): CaseScore {
  const remaining = [...record.targets];
  const misses: Miss[] = [];
  let matched = 0;
  let indicatorRight = 0;
  let comparatorRight = 0;
  let unitRight = 0;
  for (const e of golden.targets) {
    const candidates = remaining.filter((a) => sameAmount(e, a));
    const a = candidates.find((c) => c.indicator === e.indicator) ?? candidates[0];
    if (!a) {
      misses.push({ what: 'missed', expected: e });
      continue;
    }
    remaining.splice(remaining.indexOf(a), 1);
    matched += 1;
    if (a.indicator === e.indicator) indicatorRight += 1;
    else misses.push({ what: 'indicator', expected: e, actual: a });
    if (a.comparator === e.comparator) comparatorRight += 1;
    else misses.push({ what: 'comparator', expected: e, actual: a });
    if (a.unit === e.unit) unitRight += 1;
    else misses.push({ what: 'unit', expected: e, actual: a });
    if (e.perYear !== undefined && e.perYear !== a.perYear) misses.push({ what: 'perYear', expected: e, actual: a });
  }
  for (const a of remaining) misses.push({ what: 'extra', actual: a });
  const d = golden.document;
  const fieldMisses: string[] = [];
  const check = (name: string, ok: boolean, expected: unknown, actual: unknown): boolean => {
    if (!ok) fieldMisses.push(`${name}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    return ok;
  };
  const issuerProvinceRight = check('issuer.province', fold(d.issuer.province) === fold(record.issuer.province), d.issuer.province, record.issuer.province);
  const issuerLevelRight = check('issuer.level', d.issuer.level === record.issuer.level, d.issuer.level, record.issuer.level);
  check('issuer.district', fold(d.issuer.district) === fold(record.issuer.district), d.issuer.district, record.issuer.district);
  check('issuer.name', fold(d.issuer.name) === fold(record.issuer.name), d.issuer.name, record.issuer.name);
  const documentNumberRight = check('documentNumber', d.documentNumber === record.documentNumber, d.documentNumber, record.documentNumber);
  const issuedDateRight = check('issuedDate', d.issuedDate === record.issuedDate, d.issuedDate, record.issuedDate);
  if (d.documentType !== undefined) check('documentType', fold(d.documentType) === fold(record.documentType), d.documentType, record.documentType);
  if (d.basedOn !== undefined) check('basedOn', JSON.stringify(d.basedOn) === JSON.stringify(record.basedOn), d.basedOn, record.basedOn);
  return {
    expected: golden.targets.length,
    actual: record.targets.length,
    matched,
    indicatorRight,
    comparatorRight,
    unitRight,
    issuerProvinceRight,
    issuerLevelRight,
    documentNumberRight,
    issuedDateRight,
    misses,
    fieldMisses,
  };
}

export function describeTarget(t: GoldenTarget | Target): string {
  const amount = t.comparator === 'range' ? `${t.min}–${t.max}` : `${t.value}`;
  return `${t.kind} ${t.indicator} ${t.comparator} ${amount} ${t.unit} ${t.deadline ?? '-'} «${t.quote.replace(/\s+/g, ' ').slice(0, 70)}»`;
}
