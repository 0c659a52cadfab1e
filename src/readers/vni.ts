// VNI-Windows ("VNI Times" fonts): Vietnamese written as an ASCII base letter followed by
// a mark byte, plus a few stand-alone bytes (ô = ơ, ö = ư, ñ = đ, æ = ỉ, ó = ĩ, ò = ị, î = ỵ).
// No package decodes it, so the table lives in vni-table.json (plain data, shared with
// scripts/make-encoding-variants.mjs). Strings here are the bytes read as windows-1252/latin1.
import table from './vni-table.json' with { type: 'json' };

/** Vietnamese letter (NFC) → its VNI sequence (latin1 characters), lower and upper case. */
export const VNI_TABLE: Readonly<Record<string, string>> = Object.freeze({
  ...(table.lower as Record<string, string>),
  ...(table.upper as Record<string, string>),
});

// windows-1252 characters for the C1 range 0x80-0x9F, so latin1-read bytes come out as
// the punctuation a Windows editor showed (curly quotes, dashes, ellipsis).
const CP1252_C1 =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

// Decoding tables, compiled once, as UTF-16 code units (every Vietnamese letter is one
// precomposed BMP character). PAIR_CODE is indexed by (first << 8) | second, both < 0x100;
// 0 means "no such pair".
const PAIR_CODE = new Uint16Array(0x10000);
const SINGLE_CODE = new Uint16Array(0x100);
const ENCODE = new Map<string, string>();

function addPair(a: number, b: number, letter: string): void {
  const key = (a << 8) | b;
  if (PAIR_CODE[key] === 0) PAIR_CODE[key] = letter.charCodeAt(0);
}

for (let c = 0; c < 0x100; c++) SINGLE_CODE[c] = c;
for (let c = 0x80; c < 0xa0; c++) SINGLE_CODE[c] = CP1252_C1.charCodeAt(c - 0x80);
for (const [letter, seq] of Object.entries(VNI_TABLE)) {
  if (letter.length !== 1) throw new Error(`vni-table.json: ${letter} is not one precomposed letter`);
  ENCODE.set(letter, seq);
  if (seq.length === 1) {
    SINGLE_CODE[seq.charCodeAt(0)] = letter.charCodeAt(0);
  } else if (seq.length === 2) {
    addPair(seq.charCodeAt(0), seq.charCodeAt(1), letter);
  } else {
    throw new Error(`vni-table.json: sequence for ${letter} must be 1 or 2 characters`);
  }
}
// Decode-only aliases, added only where the canonical table leaves the pair free:
// a base whose case differs from its mark's ("Aù", "aÙ": the base decides the case),
// and "yï" for ỵ (some keyboards typed y + dot instead of the stand-alone î).
for (const [letter, seq] of Object.entries(VNI_TABLE)) {
  if (seq.length !== 2) continue;
  const base = seq.charAt(0);
  const mark = seq.charAt(1);
  const otherMark = mark === mark.toLowerCase() ? mark.toUpperCase() : mark.toLowerCase();
  if (otherMark !== mark && otherMark.length === 1 && otherMark.charCodeAt(0) < 0x100) {
    const caseOfBase = base === base.toUpperCase() ? letter.toUpperCase() : letter.toLowerCase();
    addPair(base.charCodeAt(0), otherMark.charCodeAt(0), caseOfBase);
  }
}
addPair(0x79, 0xef, 'ỵ'); // yï
addPair(0x59, 0xcf, 'Ỵ'); // YÏ
addPair(0x59, 0xef, 'Ỵ'); // Yï

const CHUNK = 0x2000;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = new TextDecoder('utf-16le');

function fromCodes(codes: Uint16Array): string {
  if (LITTLE_ENDIAN) return utf16.decode(codes);
  let text = '';
  for (let i = 0; i < codes.length; i += CHUNK) text += String.fromCharCode(...codes.subarray(i, i + CHUNK));
  return text;
}

/**
 * Decode VNI text. `s` is the file's bytes read as windows-1252 or latin1 (one character
 * per byte; C1 characters 0x80-0x9F become their windows-1252 punctuation; characters
 * above 0xFF are kept). Longest match first: a base + mark pair, then a stand-alone
 * letter, else the character itself. The result is NFC.
 */
export function decodeVni(s: string): string {
  const n = s.length;
  const out = new Uint16Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x100) {
      out[k++] = c;
      continue;
    }
    if (i + 1 < n) {
      const m = s.charCodeAt(i + 1);
      if (m >= 0xc0 && m < 0x100) {
        const letter = PAIR_CODE[(c << 8) | m] ?? 0;
        if (letter !== 0) {
          out[k++] = letter;
          i++;
          continue;
        }
      }
    }
    out[k++] = SINGLE_CODE[c] ?? c;
  }
  return fromCodes(out.subarray(0, k)).normalize('NFC');
}

/**
 * Encode text as VNI: every Vietnamese letter becomes its VNI sequence; every other
 * character is left as it is (the caller turns the result into bytes with windows-1252).
 * The input is NFC-normalised first, so NFD text encodes the same way.
 */
export function encodeVni(text: string): string {
  const s = text.normalize('NFC');
  let out = '';
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    const seq = ENCODE.get(s.charAt(i));
    if (seq === undefined || seq === s.charAt(i)) continue;
    out += s.slice(runStart, i) + seq;
    runStart = i + 1;
  }
  return runStart === 0 ? s : out + s.slice(runStart);
}
