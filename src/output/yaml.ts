import { stringify } from 'yaml';

/**
 * YAML text, one line per value (no folding). In a module of its own, imported on demand,
 * so that the YAML library loads only when YAML is asked for; a dynamic import of the
 * CommonJS package itself would give its default export only once bundled.
 */
export function toYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0 });
}
