import type { HeadClassName, Measure } from '../schema/rules.js';
import type { CompiledRule, RuleSet } from '../rules/rule-set.js';
import { WordFilter } from '../rules/word-filter.js';

/**
 * Attaches an indicator to a quantity. Each rule states what it measures, what noun it
 * counts and which cue words must stand near the number; the best-scoring rule wins.
 * The first cue group of a rule defines it and must match in the quantity's own words or
 * its clause's lead; further groups qualify it and may match anywhere in the sentence
 * ("Số cán bộ quản lý … : 180 người; trình độ sơ cấp, trung cấp: 210 người").
 *
 * Every part is a cue view (folded words padded with spaces); `after`, `lead` and `beyond`
 * are spans of `sentence`, while `core` may add words of its own (a table's unit column).
 */
export interface Scope {
  /** the quantity's own words before it and the noun phrase after it ("thành lập mới 30 tổ hợp tác") */
  core: string;
  /** the rest of its own words, up to the next item ("…, gắn với phát triển sản phẩm OCOP") */
  after: string;
  /** the start of its clause, up to the first number ("thành lập mới" of a list) */
  lead: string;
  sentence: string;
  /** the rest of the clause past the next number: weak evidence, for when nothing nearer speaks
   * ("60 hợp tác xã đã sở hữu hơn 370 sản phẩm OCOP") */
  beyond: string;
}

export interface Candidate {
  measure: Measure | null;
  /** noun after the number, or the population a percentage is of */
  of: HeadClassName;
  /** whose members, for member counts */
  owner: HeadClassName;
}

export interface IndicatorMatch {
  rule: CompiledRule;
  cues: string[];
  score: number;
}

const WEIGHT_CORE = 3;
const WEIGHT_NEAR = 2;
const WEIGHT_SENTENCE = 1;

function measureFits(rule: CompiledRule, measure: Measure | null): boolean {
  if (measure === null) return false;
  const wanted = rule.rule.measure;
  if (wanted === measure) return true;
  // Growth is a percentage per year even when "/năm" is left out ("tăng trưởng bình quân 7%").
  return wanted === 'growth' && measure === 'percent';
}

let lastSentence = '';
const sentenceWords = new WordFilter();
const scopeWords = new WordFilter();

/** The rules of each measure, per rule set: most rules are of another measure than the number's. */
const BY_MEASURE = new WeakMap<RuleSet, Map<Measure, CompiledRule[]>>();

function rulesFor(rules: RuleSet, measure: Measure): ReadonlyArray<CompiledRule> {
  let byMeasure = BY_MEASURE.get(rules);
  if (!byMeasure) {
    byMeasure = new Map();
    BY_MEASURE.set(rules, byMeasure);
  }
  let list = byMeasure.get(measure);
  if (!list) {
    list = rules.rules.filter((rule) => measureFits(rule, measure));
    byMeasure.set(measure, list);
  }
  return list;
}

/**
 * The words of a scope, to skip most cues without searching five strings: a cue can only
 * stand in a part that holds its first word. The sentence's words are kept for the next
 * quantity of the sentence; the core's are its own (a table's core adds the unit column);
 * the other parts lie within the sentence, but may be cut inside a word, so their first and
 * last words count too.
 */
function fillScopeWords(scope: Scope): WordFilter {
  if (scope.sentence !== lastSentence) {
    sentenceWords.clear();
    sentenceWords.addAll(scope.sentence);
  }
  // hold the caller's string: the next quantity of the sentence compares by reference
  lastSentence = scope.sentence;
  scopeWords.copyFrom(sentenceWords);
  scopeWords.addAll(scope.core);
  scopeWords.addEnds(scope.after);
  scopeWords.addEnds(scope.lead);
  scopeWords.addEnds(scope.beyond);
  return scopeWords;
}

export function matchIndicator(candidate: Candidate, scope: Scope, rules: RuleSet): IndicatorMatch | null {
  if (candidate.measure === null) return null;
  let best: IndicatorMatch | null = null;
  let words: WordFilter | null = null;
  for (const rule of rulesFor(rules, candidate.measure)) {
    const r = rule.rule;
    if (r.of && !r.of.includes(candidate.of)) continue;
    if (r.owner && !r.owner.includes(candidate.owner)) continue;
    words ??= fillScopeWords(scope);
    const match = scoreRule(rule, scope, words);
    if (match && (best === null || match.score > best.score)) best = match;
  }
  return best;
}

function scoreRule(rule: CompiledRule, scope: Scope, words: WordFilter): IndicatorMatch | null {
  const r = rule.rule;
  let score = r.priority;
  const cues: string[] = [];
  for (let g = 0; g < rule.cues.length; g += 1) {
    const group = rule.cues[g]!;
    let weight = 0;
    let cue = '';
    for (const alt of group) {
      if (!words.mayHaveAll(alt.bits)) continue;
      const needle = alt.needle;
      const w =
        scope.core.includes(needle)
          ? WEIGHT_CORE
          : scope.after.includes(needle) || scope.lead.includes(needle)
            ? WEIGHT_NEAR
            : (g > 0 && scope.sentence.includes(needle)) || (g === 0 && r.priority > 0 && scope.beyond.includes(needle))
              ? WEIGHT_SENTENCE
              : 0;
      if (w > weight || (w === weight && w > 0 && alt.folded.length > cue.length)) {
        weight = w;
        cue = alt.text;
      }
    }
    if (weight === 0) return null;
    score += weight * 10 + Math.min(cue.length, 20) / 10;
    cues.push(cue);
  }
  // checked last: most rules fail on their cues first
  if (rule.without.some((w) => words.mayHaveAll(w.bits) && scope.core.includes(w.needle))) return null;
  return { rule, cues, score };
}
