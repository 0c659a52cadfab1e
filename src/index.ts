/**
 * htx-targets: numeric targets and baselines of Vietnamese collective-economy plans as
 * validated, structured data.
 *
 *   import { extract } from 'htx-targets';
 *   const record = extract(text, { source: 'plan.txt' });
 */
import './pipeline/markdown.js';

export { extract, STAGES, type ExtractOptions } from './pipeline/extract.js';
export * from './schema/target-file.js';
export { IndicatorRuleSchema, RulesFileSchema, type IndicatorRule, type RulesFile } from './schema/rules.js';
export { builtinRules, builtinRuleList, buildRuleSet, RulesError, type RuleSet } from './rules/rule-set.js';
export { parseRules } from './rules/parse-rules.js';
export { targetFileJsonSchema, makeTargetFile, parseTargetFile, TargetFileError } from './schema/io.js';
export { provinceBy2025, lookupProvince, isCentralCity } from './rules/gazetteer.js';
export { GoldenSchema, scoreCase, describeTarget, type Golden, type CaseScore } from './evaluate/golden.js';
