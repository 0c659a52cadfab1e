import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import { RulesFileSchema, type IndicatorRule } from '../schema/rules.js';
import { RulesError } from './rule-set.js';

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

