import builtinText from './indicators.yaml?raw';
import { RulesFileSchema, type IndicatorRule } from '../schema/rules.js';
import { fold } from '../pipeline/normalise.js';
import { wordBit } from './word-filter.js';

/** A cue folded for matching, and padded with spaces for a whole-word `includes`. */
export interface CompiledCue {
  readonly text: string;
  readonly folded: string;
  /** ` ${folded} ` */
  readonly needle: string;
  /** the WordFilter bits of its words: a scope that lacks one of them cannot hold the cue */
  readonly bits: ReadonlyArray<number>;
}

/** A rule with its cues folded for matching (lower case, no diacritics, no punctuation). */
export interface CompiledRule {
  readonly rule: IndicatorRule;
  readonly cues: ReadonlyArray<ReadonlyArray<CompiledCue>>;
  readonly without: ReadonlyArray<CompiledCue>;
  readonly zero: ReadonlyArray<CompiledCue>;
}

export interface RuleSet {
  readonly rules: ReadonlyArray<CompiledRule>;
  readonly byKey: ReadonlyMap<string, CompiledRule>;
  /** the rules that state zero targets in words (every clause is searched for them) */
  readonly withZero: ReadonlyArray<CompiledRule>;
}

export class RulesError extends Error {
  constructor(
    message: string,
    readonly source: string,
    readonly line: number | null,
  ) {
    super(line === null ? `${source}: ${message}` : `${source}:${line}: ${message}`);
    this.name = 'RulesError';
  }
}

/** Folds a phrase the way segments are folded for cue matching. */
export function foldCue(text: string): string {
  return fold(text.normalize('NFC'))
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

function compileCue(text: string): CompiledCue {
  const folded = foldCue(text);
  const bits = folded.split(' ').flatMap((word) => wordBit(word) ?? []);
  return { text, folded, needle: ` ${folded} `, bits: [...new Set(bits)] };
}

function compile(rule: IndicatorRule): CompiledRule {
  return {
    rule,
    cues: rule.cues.map((group) => group.map(compileCue)),
    without: (rule.without ?? []).map(compileCue),
    zero: (rule.zero ?? []).map(compileCue),
  };
}

/** Builds a rule set; later lists add rules or replace rules of the same key. */
export function buildRuleSet(...lists: IndicatorRule[][]): RuleSet {
  const byKey = new Map<string, CompiledRule>();
  for (const list of lists) for (const rule of list) byKey.set(rule.key, compile(rule));
  const rules = [...byKey.values()];
  return { rules, byKey, withZero: rules.filter((r) => r.zero.length > 0) };
}

let builtin: RuleSet | null = null;

/** The rules shipped with the package (parsed once). */
export function builtinRules(): RuleSet {
  // The build (and the test config) turn indicators.yaml into JSON text.
  builtin ??= buildRuleSet(RulesFileSchema.parse(JSON.parse(builtinText)).indicators);
  return builtin;
}

/** The rules shipped with the package, as listed in the YAML (for `htx-targets rules`). */
export function builtinRuleList(): IndicatorRule[] {
  return builtinRules().rules.map((r) => r.rule);
}
