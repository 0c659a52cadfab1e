import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import builtinText from './indicators.yaml?raw';
import { RulesFileSchema, type IndicatorRule } from '../schema/rules.js';
import { fold } from '../pipeline/normalise.js';

/** A rule with its cues folded for matching (lower case, no diacritics, no punctuation). */
export interface CompiledRule {
  readonly rule: IndicatorRule;
  readonly cues: ReadonlyArray<ReadonlyArray<{ text: string; folded: string }>>;
  readonly without: ReadonlyArray<string>;
  readonly zero: ReadonlyArray<string>;
}

export interface RuleSet {
  readonly rules: ReadonlyArray<CompiledRule>;
  readonly byKey: ReadonlyMap<string, CompiledRule>;
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

function compile(rule: IndicatorRule): CompiledRule {
  return {
    rule,
    cues: rule.cues.map((group) => group.map((text) => ({ text, folded: foldCue(text) }))),
    without: (rule.without ?? []).map(foldCue),
    zero: (rule.zero ?? []).map(foldCue),
  };
}

/** Parses a rules file (YAML or JSON), validating it; errors name the line. */
export function parseRules(text: string, source: string): IndicatorRule[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const pos = err.linePos?.[0];
    throw new RulesError(err.message.split('\n')[0] ?? 'invalid YAML', source, pos?.line ?? null);
  }
  const result = RulesFileSchema.safeParse(doc.toJS({ maxAliasCount: 1000 }));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const node = nodeAt(doc.contents, issue.path);
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : null;
    const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    throw new RulesError(`${path}: ${issue.message}`, source, line);
  }
  return result.data.indicators;
}

function nodeAt(root: unknown, path: ReadonlyArray<PropertyKey>): Node | null {
  let node = root as Node | null;
  let deepest = node;
  for (const key of path) {
    if (isMap(node)) node = (node.get(key as string, true) as Node | undefined) ?? null;
    else if (isSeq(node)) node = (node.get(key as number, true) as Node | undefined) ?? null;
    else break;
    if (node === null) break;
    if (!isScalar(node) || node.range) deepest = node;
  }
  return deepest;
}

/** Builds a rule set; later lists add rules or replace rules of the same key. */
export function buildRuleSet(...lists: IndicatorRule[][]): RuleSet {
  const byKey = new Map<string, CompiledRule>();
  for (const list of lists) for (const rule of list) byKey.set(rule.key, compile(rule));
  return { rules: [...byKey.values()], byKey };
}

let builtin: RuleSet | null = null;

/** The rules shipped with the package (parsed once). */
export function builtinRules(): RuleSet {
  builtin ??= buildRuleSet(parseRules(builtinText, 'built-in rules'));
  return builtin;
}

/** The rules shipped with the package, as listed in the YAML (for `htx-targets rules`). */
export function builtinRuleList(): IndicatorRule[] {
  return builtinRules().rules.map((r) => r.rule);
}
