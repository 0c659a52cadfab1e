import * as z from './zod.js';
import { UnitSchema } from './target-file.js';

export const HEAD_CLASSES = [
  'tht',
  'htx',
  'lhhtx',
  'member_htx',
  'ktt',
  'member',
  'manager',
  'director',
  'person',
  'model',
  'product',
  'none',
] as const;

export const MeasureSchema = z.enum(['count', 'person', 'percent', 'growth', 'money']);
export const HeadClassSchema = z.enum(HEAD_CLASSES);

const Cue = z.string().check(z.trim(), z.minLength(1));

export const IndicatorRuleSchema = z.strictObject({
  key: z.string().check(z.regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/, 'a key is dotted lower case, e.g. "htx.women_led"')),
  label: z.string().check(z.minLength(1)),
  subject: z.string().check(z.minLength(1)),
  unit: UnitSchema,
  measure: MeasureSchema,
  of: z.optional(z.array(HeadClassSchema)),
  owner: z.optional(z.array(HeadClassSchema)),
  cues: z._default(z.array(z.array(Cue).check(z.minLength(1))), []),
  without: z.optional(z.array(Cue)),
  zero: z.optional(z.array(Cue)),
  priority: z._default(z.number(), 0),
});

export const RulesFileSchema = z.strictObject({
  indicators: z.array(IndicatorRuleSchema),
});

export type Measure = z.infer<typeof MeasureSchema>;
export type HeadClassName = z.infer<typeof HeadClassSchema>;
export type IndicatorRule = z.infer<typeof IndicatorRuleSchema>;
export type RulesFile = z.infer<typeof RulesFileSchema>;
