/**
 * Patterns that open with a one-character lookbehind ("(?<![\p{L}\d])70") are several times
 * slower in V8 than the same pattern without it: the lookbehind is tried at every position.
 * `leftBounded` splits such a pattern into its body and the class the character before a
 * match must not be in; `boundedMatches` finds the body and checks that one character,
 * resuming one position further when it fails, which gives exactly the matches of the
 * original pattern.
 */
export interface LeftBounded {
  readonly body: RegExp;
  /** the character before a match must not match this; null when the pattern has no such lookbehind */
  readonly notAfter: RegExp | null;
}

const LEADING_LOOKBEHIND = /^\(\?<!(\[(?:\\.|[^\]\\])*\]|\\[dDsSwW]|\\[pP]\{[^}]*\})\)/;

export function leftBounded(pattern: RegExp): LeftBounded {
  const m = LEADING_LOOKBEHIND.exec(pattern.source);
  // "(?<!x)a|b" bounds only its first branch: left as it is
  if (!m || hasTopLevelBranch(pattern.source.slice(m[0].length))) return { body: new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`), notAfter: null };
  const flags = pattern.flags.replace('g', '');
  return { body: new RegExp(pattern.source.slice(m[0].length), `${flags}g`), notAfter: new RegExp(`^${m[1]}$`, flags) };
}

function hasTopLevelBranch(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (c === '\\') i += 1;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** The code point that ends right before `i` (both halves of a surrogate pair). */
function charBefore(text: string, i: number): string {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return text.charAt(i - 1);
}

/** The matches of the original pattern in `text`, left to right. */
export function boundedMatches(pattern: LeftBounded, text: string): RegExpExecArray[] {
  const { body, notAfter } = pattern;
  const matches: RegExpExecArray[] = [];
  let from = 0;
  for (;;) {
    body.lastIndex = from;
    const m = body.exec(text);
    if (m === null) return matches;
    from = body.lastIndex;
    // one code point further (a Unicode pattern would step back into a surrogate pair)
    const next = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
    if (notAfter !== null && m.index > 0 && notAfter.test(charBefore(text, m.index))) {
      from = next;
      continue;
    }
    if (m[0].length === 0) from = next;
    matches.push(m);
  }
}
