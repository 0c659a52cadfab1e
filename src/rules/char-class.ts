/**
 * Membership of single characters in a Unicode class, answered from a table per UTF-16 code
 * unit that fills as units are met: a `\p{…}` regex run over a whole document, or once per
 * character, costs several times more. A character beyond the BMP (a surrogate pair) is
 * tested with the regex itself.
 */
export class CharClass {
  /** per code unit: 0 not known yet, 1 outside the class, 2 inside */
  private readonly table = new Uint8Array(0x10000);

  /** @param pattern one character, anchored, with the `u` flag: /^\p{M}$/u */
  constructor(private readonly pattern: RegExp) {}

  /** Length of the character at `i` (2 for a surrogate pair) when it is in the class, else 0. */
  widthAt(s: string, i: number): number {
    const code = s.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const point = s.codePointAt(i)!;
      if (point > 0xffff) return this.pattern.test(String.fromCodePoint(point)) ? 2 : 0;
    }
    return this.hasUnit(code) ? 1 : 0;
  }

  /** Whether any character of `s` is in the class. */
  foundIn(s: string): boolean {
    for (let i = 0; i < s.length; i += 1) {
      const code = s.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff) {
        const point = s.codePointAt(i)!;
        if (point > 0xffff) {
          if (this.pattern.test(String.fromCodePoint(point))) return true;
          i += 1;
          continue;
        }
      }
      if (this.hasUnit(code)) return true;
    }
    return false;
  }

  private hasUnit(code: number): boolean {
    let c = this.table[code]!;
    if (c === 0) {
      c = this.pattern.test(String.fromCharCode(code)) ? 2 : 1;
      this.table[code] = c;
    }
    return c === 2;
  }
}

/** Letters (`\p{L}`) and blanks (`\s`): one table each for every stage that asks. */
export const LETTER = new CharClass(/^\p{L}$/u);
export const WHITESPACE = new CharClass(/^\s$/u);
