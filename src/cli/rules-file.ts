import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildRuleSet, builtinRules, RulesError, type RuleSet } from '../rules/rule-set.js';
import { UserError } from './io.js';

/** The built-in rules, plus a user's rules file when one is given. */
export async function loadRuleSet(path: string | undefined, cwd: string): Promise<RuleSet> {
  if (!path) return builtinRules();
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (error) {
    throw new UserError(`${path}: cannot read the rules file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  // the YAML parser loads only when a rules file is given
  const { parseRules } = await import('../rules/parse-rules.js');
  try {
    return buildRuleSet(builtinRules().rules.map((r) => r.rule), parseRules(text, path));
  } catch (error) {
    if (error instanceof RulesError) throw new UserError(error.message);
    throw error;
  }
}
