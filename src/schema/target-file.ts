import { z } from 'zod';

/**
 * The data contract shared by every command (see DOMAIN.md). These schemas are the one
 * source of the types: everything else uses `z.infer`.
 */
import { COMPARATORS, FORMATS, KINDS, LEVELS, SCHEMA_VERSION, UNITS } from './constants.js';

export { COMPARATORS, FORMATS, KINDS, LEVELS, SCHEMA_VERSION, UNITS } from './constants.js';

export const LevelSchema = z.enum(LEVELS);
export const KindSchema = z.enum(KINDS);
export const ComparatorSchema = z.enum(COMPARATORS);
export const UnitSchema = z.enum(UNITS);
export const FormatSchema = z.enum(FORMATS);

export const LocationSchema = z.object({
  line: z.number().int().min(1).describe('1-based line in the original input'),
  column: z.number().int().min(1).describe('1-based column in the original input'),
  offset: z.number().int().min(0).describe('0-based character offset in the original input'),
  page: z.number().int().min(1).optional().describe('1-based page, for paged formats (PDF)'),
});

export const ExplanationSchema = z.object({
  rule: z.string().describe('indicator rule that matched'),
  cues: z.array(z.string()).describe('cue words that matched, as in the rule'),
  comparatorFrom: z.string().nullable().describe('words that set the comparator, if any'),
  deadlineFrom: z.enum(['clause', 'sentence', 'context', 'heading', 'document', 'period', 'none']),
  kindFrom: z.string().nullable().describe('cue that decided target or baseline'),
});

export const TargetSchema = z
  .object({
    id: z.string().min(1),
    kind: KindSchema,
    indicator: z.string().min(1),
    subject: z.string().min(1),
    comparator: ComparatorSchema,
    value: z.number().finite().nullable(),
    min: z.number().finite().nullable(),
    max: z.number().finite().nullable(),
    unit: UnitSchema,
    deadline: z.number().int().min(1900).max(2200).nullable(),
    perYear: z.boolean().describe('stated per year ("mỗi năm thành lập mới 20 HTX")'),
    quote: z.string().min(1),
    location: LocationSchema,
    explain: ExplanationSchema.optional(),
  })
  .superRefine((t, ctx) => {
    if (t.comparator === 'range') {
      if (t.min === null || t.max === null || t.value !== null) {
        ctx.addIssue({ code: 'custom', message: 'a range sets min and max, and value null', path: ['comparator'] });
      } else if (t.min > t.max) {
        ctx.addIssue({ code: 'custom', message: 'min is greater than max', path: ['min'] });
      }
    } else if (t.value === null) {
      ctx.addIssue({ code: 'custom', message: `comparator ${t.comparator} needs a value`, path: ['value'] });
    }
  });

export const IssuerSchema = z.object({
  name: z.string().nullable().describe('"UBND tỉnh Kiên Giang", "Ban Thường vụ Tỉnh ủy Hải Dương"'),
  level: LevelSchema.nullable(),
  province: z.string().nullable().describe('province or centrally-run city, as named at issue time'),
  district: z.string().nullable(),
  inferred: z.boolean().describe('true when the province was not named in the body and was inferred'),
});

export const WarningSchema = z.object({
  code: z.string().min(1),
  message: z.string().min(1),
  line: z.number().int().min(1).optional(),
});

export const RejectedNumberSchema = z.object({
  text: z.string(),
  reason: z.string(),
  location: LocationSchema,
});

export const DocumentSchema = z.object({
  source: z.string().describe('path as given, or "-" for standard input'),
  format: FormatSchema,
  encoding: z.string().describe('detected input encoding, e.g. "utf-8"'),
  title: z.string().nullable(),
  documentType: z.string().nullable(),
  documentNumber: z.string().nullable(),
  issuedDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  issuer: IssuerSchema,
  basedOn: z.array(z.string()),
  targets: z.array(TargetSchema),
  warnings: z.array(WarningSchema),
  rejected: z.array(RejectedNumberSchema).optional().describe('with --explain: numbers seen but not taken'),
});

export const TargetFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generator: z.string(),
  documents: z.array(DocumentSchema),
});

/**
 * `schema` compiled by zod on first use: generated code that checks a record in about a tenth
 * of the time of the interpreted parse, with the same answers. A record that fails is parsed
 * again by the interpreter, so its issues and their messages are the same too.
 */
function compiledOnFirstUse<T extends z.ZodType>(schema: T): () => T {
  let compiled: T | undefined;
  return () => (compiled ??= z.compile(schema));
}

export const fastDocumentSchema = compiledOnFirstUse(DocumentSchema);
export const fastTargetFileSchema = compiledOnFirstUse(TargetFileSchema);

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
