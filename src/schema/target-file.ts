import * as z from './zod.js';

/**
 * The data contract shared by every command (see DOMAIN.md). These schemas are the one
 * source of the types: everything else uses `z.infer`.
 */
import { COMPARATORS, FORMATS, KINDS, LEVELS, SCHEMA_VERSION, UNITS } from './constants.js';

export { COMPARATORS, FORMATS, KINDS, LEVELS, SCHEMA_VERSION, UNITS } from './constants.js';

const wholeNumber = (min: number) => z.number().check(z.int(), z.minimum(min));
const nonEmpty = () => z.string().check(z.minLength(1));

export const LevelSchema = z.enum(LEVELS);
export const KindSchema = z.enum(KINDS);
export const ComparatorSchema = z.enum(COMPARATORS);
export const UnitSchema = z.enum(UNITS);
export const FormatSchema = z.enum(FORMATS);

export const LocationSchema = z.object({
  line: z.described(wholeNumber(1), '1-based line in the original input'),
  column: z.described(wholeNumber(1), '1-based column in the original input'),
  offset: z.described(wholeNumber(0), '0-based character offset in the original input'),
  page: z.described(z.optional(wholeNumber(1)), '1-based page, for paged formats (PDF)'),
});

export const ExplanationSchema = z.object({
  rule: z.described(z.string(), 'indicator rule that matched'),
  cues: z.described(z.array(z.string()), 'cue words that matched, as in the rule'),
  comparatorFrom: z.described(z.nullable(z.string()), 'words that set the comparator, if any'),
  deadlineFrom: z.enum(['clause', 'sentence', 'context', 'heading', 'document', 'period', 'none']),
  kindFrom: z.described(z.nullable(z.string()), 'cue that decided target or baseline'),
});

export const TargetSchema = z
  .object({
    id: nonEmpty(),
    kind: KindSchema,
    indicator: nonEmpty(),
    subject: nonEmpty(),
    comparator: ComparatorSchema,
    value: z.nullable(z.number()),
    min: z.nullable(z.number()),
    max: z.nullable(z.number()),
    unit: UnitSchema,
    deadline: z.nullable(wholeNumber(1900).check(z.maximum(2200))),
    perYear: z.described(z.boolean(), 'stated per year ("mỗi năm thành lập mới 20 HTX")'),
    quote: nonEmpty(),
    location: LocationSchema,
    explain: z.optional(ExplanationSchema),
  })
  .check(
    z.superRefine((t, ctx) => {
      if (t.comparator === 'range') {
        if (t.min === null || t.max === null || t.value !== null) {
          ctx.addIssue({ code: 'custom', message: 'a range sets min and max, and value null', path: ['comparator'] });
        } else if (t.min > t.max) {
          ctx.addIssue({ code: 'custom', message: 'min is greater than max', path: ['min'] });
        }
      } else if (t.value === null) {
        ctx.addIssue({ code: 'custom', message: `comparator ${t.comparator} needs a value`, path: ['value'] });
      }
    }),
  );

export const IssuerSchema = z.object({
  name: z.described(z.nullable(z.string()), '"UBND tỉnh Kiên Giang", "Ban Thường vụ Tỉnh ủy Hải Dương"'),
  level: z.nullable(LevelSchema),
  province: z.described(z.nullable(z.string()), 'province or centrally-run city, as named at issue time'),
  district: z.nullable(z.string()),
  inferred: z.described(z.boolean(), 'true when the province was not named in the body and was inferred'),
});

export const WarningSchema = z.object({
  code: nonEmpty(),
  message: nonEmpty(),
  line: z.optional(wholeNumber(1)),
});

export const RejectedNumberSchema = z.object({
  text: z.string(),
  reason: z.string(),
  location: LocationSchema,
});

export const DocumentSchema = z.object({
  source: z.described(z.string(), 'path as given, or "-" for standard input'),
  format: FormatSchema,
  encoding: z.described(z.string(), 'detected input encoding, e.g. "utf-8"'),
  title: z.nullable(z.string()),
  documentType: z.nullable(z.string()),
  documentNumber: z.nullable(z.string()),
  issuedDate: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  issuer: IssuerSchema,
  basedOn: z.array(z.string()),
  targets: z.array(TargetSchema),
  warnings: z.array(WarningSchema),
  rejected: z.described(z.optional(z.array(RejectedNumberSchema)), 'with --explain: numbers seen but not taken'),
});

export const TargetFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generator: z.string(),
  documents: z.array(DocumentSchema),
});

/**
 * `schema` compiled by zod once it is used again: generated code that checks a record in about
 * a tenth of the time of the interpreted parse, with the same answers. A record that fails is
 * parsed again by the interpreter, so its issues and their messages are the same too. The first
 * use is interpreted: compiling costs more than checking one small record, the whole job of a
 * start on one plan.
 */
function compiledOnReuse<T extends z.ZodMiniType>(schema: T): () => T {
  let compiled: T | undefined;
  let used = false;
  return () => {
    if (!used) {
      used = true;
      return schema;
    }
    return (compiled ??= z.compile(schema));
  };
}

export const fastDocumentSchema = compiledOnReuse(DocumentSchema);
export const fastTargetFileSchema = compiledOnReuse(TargetFileSchema);

/** True when `record` keeps the data contract (checked by the compiled schema). */
export function isDocumentRecord(record: unknown): record is DocumentRecord {
  return z.validate(fastDocumentSchema(), record);
}

export type Level = z.infer<typeof LevelSchema>;
export type Kind = z.infer<typeof KindSchema>;
export type Comparator = z.infer<typeof ComparatorSchema>;
export type Unit = z.infer<typeof UnitSchema>;
export type Format = z.infer<typeof FormatSchema>;
export type Location = z.infer<typeof LocationSchema>;
export type Explanation = z.infer<typeof ExplanationSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type Issuer = z.infer<typeof IssuerSchema>;
export type Warning = z.infer<typeof WarningSchema>;
export type RejectedNumber = z.infer<typeof RejectedNumberSchema>;
export type DocumentRecord = z.infer<typeof DocumentSchema>;
export type TargetFile = z.infer<typeof TargetFileSchema>;
