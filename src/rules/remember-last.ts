/**
 * `compute`, remembered for the last text it was given: the stages of one document ask about
 * the same text in turn. A text equal to the last but another string object (the same
 * document read again) is compared in full once; the memory then holds that object, so that
 * later calls compare references, not millions of characters each. Texts shorter than
 * `minLength` are computed every time, so that they do not push the document out.
 */
export function rememberLast<T>(compute: (text: string) => T, minLength = 0): (text: string) => T {
  let last: { text: string; value: T } | null = null;
  return (text) => {
    if (text.length < minLength) return compute(text);
    if (last === null || last.text !== text) last = { text, value: compute(text) };
    else last.text = text;
    return last.value;
  };
}
