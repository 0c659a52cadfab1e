import { config, globalRegistry, type ZodMiniType } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini: zod's schemas written as functions, so that a bundle holds only the parts used
// (a fraction of the full zod, which every start had to load). It sets no language for its
// messages: English, as the full zod gives them.
config(en());

export * from 'zod/mini';

/**
 * `schema` with a description for the JSON Schema. Metadata only, as the full zod's
 * `.describe()`: `z.describe()` of zod/mini is a check, which every parse would run.
 */
export function described<T extends ZodMiniType>(schema: T, description: string): T {
  globalRegistry.add(schema, { description });
  return schema;
}
