import { z } from 'zod';
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

const Cue = z.string().trim().min(1);

export const IndicatorRuleSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/, 'a key is dotted lower case, e.g. "htx.women_led"'),
  label: z.string().min(1),
  subject: z.string().min(1),
  unit: UnitSchema,
  measure: MeasureSchema,
  of: z.array(HeadClassSchema).optional(),
  owner: z.array(HeadClassSchema).optional(),
  cues: z.array(z.array(Cue).min(1)).default([]),
  without: z.array(Cue).optional(),
  zero: z.array(Cue).optional(),
  priority: z.number().default(0),
});

export const RulesFileSchema = z.strictObject({
  indicators: z.array(IndicatorRuleSchema),
});

export type Measure = z.infer<typeof MeasureSchema>;
export type HeadClassName = z.infer<typeof HeadClassSchema>;
export type IndicatorRule = z.infer<typeof IndicatorRuleSchema>;
export type RulesFile = z.infer<typeof RulesFileSchema>;
