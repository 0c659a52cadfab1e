// The contract's enumerations without zod, so the CLI can list them without loading it.
export const SCHEMA_VERSION = 1;

export const LEVELS = ['national', 'province', 'district'] as const;
export const KINDS = ['target', 'baseline'] as const;
export const COMPARATORS = ['eq', 'gt', 'gte', 'lt', 'lte', 'approx', 'range'] as const;
export const UNITS = [
  'count',
  'person',
  'percent',
  'vnd',
  'vnd_per_year',
  'vnd_per_month',
  'percent_per_year',
] as const;
export const FORMATS = ['text', 'markdown', 'html', 'docx', 'pdf'] as const;
