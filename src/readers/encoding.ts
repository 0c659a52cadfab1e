// Bytes → text. Byte-order marks decide when present; valid UTF-8 is UTF-8; anything else
// is scored as each legacy Vietnamese encoding (windows-1258, TCVN3/ABC, VNI) by how
// Vietnamese the result reads, and a guess is always reported as a guess.
// Pure functions: no I/O. Output text is NFC.
import { createRequire } from 'node:module';
import { decodeVni } from './vni.js';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3' | 'vni';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** false when the encoding was guessed or bytes had to be replaced; `warning` then says so. */
  confident: boolean;
  warning: string | null;
}

type Legacy = 'windows-1258' | 'tcvn3' | 'vni';
type Candidate = Legacy | 'utf-8';

/** How much of the input is read to score candidate encodings (the whole file is decoded once chosen). */
const SAMPLE_BYTES = 128 * 1024;

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });
const utf8Lossy = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// ---------------------------------------------------------------------------------------
// Legacy decoders

function decodeWindows1258(bytes: Uint8Array): string {
  // windows-1258 writes tones as combining marks after the letter: NFC puts them together.
  return iconv().decode(asBuffer(bytes), 'windows1258').normalize('NFC');
}

// iconv-lite (with its code page tables) loads only when a file is not UTF-8 or UTF-16.
type Iconv = typeof import('iconv-lite');
let iconvModule: Iconv | null = null;
function iconv(): Iconv {
  iconvModule ??= createRequire(import.meta.url)('iconv-lite') as Iconv;
  return iconvModule;
}

function decodeTcvn3(bytes: Uint8Array): string {
  // iconv-lite's "tcvn" is TCVN 5712:1993 VN1, a superset of VN3 (the ABC / .VnTime
  // encoding): the lower-case letters sit on the same bytes, and VN1 adds the upper-case
  // toned letters that VN3 lacks.
  const text = iconv().decode(asBuffer(bytes), 'tcvn');
  return (hasVn1Capitals(bytes) ? text : fixTcvn3Caps(text)).normalize('NFC');
}

/** Bytes that only VN1 has: toned capitals (VN3 has capitals only for Ă Â Ê Ô Ơ Ư Đ). */
let vn1Capital: Uint8Array | null = null;
function vn1Capitals(): Uint8Array {
  if (vn1Capital) return vn1Capital;
  vn1Capital = new Uint8Array(256);
  const all = iconv().decode(Buffer.from(Array.from({ length: 256 }, (_, i) => i)), 'tcvn');
  for (let b = 0; b < 256; b++) {
    const ch = all.charAt(b);
    if (ch.toLowerCase() !== ch && ch.charCodeAt(0) > 0x7f && (b < 0xa1 || b > 0xa7)) vn1Capital[b] = 1;
  }
  return vn1Capital;
}

function hasVn1Capitals(bytes: Uint8Array): boolean {
  const capital = vn1Capitals();
  for (let i = 0; i < bytes.length; i++) if (capital[bytes[i] ?? 0] === 1) return true;
  return false;
}

function decodeVniBytes(bytes: Uint8Array): string {
  return decodeVni(asBuffer(bytes).toString('latin1'));
}

function decodeCandidate(bytes: Uint8Array, c: Candidate): string {
  switch (c) {
    case 'windows-1258':
      return decodeWindows1258(bytes);
    case 'tcvn3':
      return decodeTcvn3(bytes);
    case 'vni':
      return decodeVniBytes(bytes);
    case 'utf-8':
      return utf8Lossy.decode(bytes).normalize('NFC');
  }
}

// VN3 has no upper-case toned letters: documents set capitals with the ".VnTimeH" fonts,
// which draw the lower-case codes as capitals, so "HỢP" is stored as H + ợ + P. A word with
// no lower-case ASCII letter and at least two capitals (or a capital after a lower-case
// letter) is such a word. A word with one leading capital ("Xã", "Bộ", "Hà") is only
// taken for capitals between two capitalised words on its line ("ĐẢNG Bộ TỈNH", "CỘNG HÒA
// Xã HỘI"); otherwise it is left alone. Files that use VN1's own toned capitals anywhere
// have their case right and are not touched.
const UPPER = 1;
const LOWER_ASCII = 2;
const LOWER_OTHER = 3;
const MARK = 4;
/** Letter class of every code point below U+1F00 (Latin, combining marks, Vietnamese). */
const LETTER_CLASS = new Uint8Array(0x1f00);
for (let c = 0x41; c < LETTER_CLASS.length; c++) {
  const ch = String.fromCharCode(c);
  if (c >= 0x300 && c < 0x370) LETTER_CLASS[c] = MARK;
  else if (c >= 0x61 && c <= 0x7a) LETTER_CLASS[c] = LOWER_ASCII;
  else if (c > 0x24f && c < 0x1e00) continue;
  else if (ch.toLowerCase() !== ch && ch.toLowerCase().length === 1) LETTER_CLASS[c] = UPPER;
  else if (ch.toUpperCase() !== ch && ch.toUpperCase().length === 1) LETTER_CLASS[c] = LOWER_OTHER;
}

const OTHER = 0; // has lower-case letters of its own
const CAPS = 1; // all capitals already
const FIX = 2; // capitals stored in lower case: upper-case it
const LEAD = 3; // one leading capital + lower-case Vietnamese letters: depends on the neighbours

function fixTcvn3Caps(s: string): string {
  const fixes: number[] = []; // start, end pairs, in order
  // Words of the current line: start, end, kind (one-letter words are skipped).
  const line: number[] = [];
  let start = -1;
  let uppers = 0;
  let lowerAscii = false;
  let lowerVn = false;
  let upperAfterLower = false;
  let firstUpper = false;

  const capsLike = (k: number | undefined): boolean => k === CAPS || k === FIX;
  const endLine = (): void => {
    for (let j = 0; j < line.length; j += 3) {
      const kind = line[j + 2];
      if (kind === FIX) {
        fixes.push(line[j] ?? 0, line[j + 1] ?? 0);
      } else if (kind === LEAD) {
        if (capsLike(line[j - 1]) && capsLike(line[j + 5])) fixes.push(line[j] ?? 0, line[j + 1] ?? 0);
      }
    }
    line.length = 0;
  };

  const n = s.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? s.charCodeAt(i) : 0x0a;
    const cls = c < 0x1f00 ? (LETTER_CLASS[c] ?? 0) : 0;
    if (cls !== 0) {
      if (start < 0) {
        start = i;
        uppers = 0;
        lowerAscii = false;
        lowerVn = false;
        upperAfterLower = false;
        firstUpper = cls === UPPER;
      }
      if (cls === UPPER) {
        uppers++;
        if (lowerVn) upperAfterLower = true;
      } else if (cls === LOWER_ASCII) lowerAscii = true;
      else if (cls === LOWER_OTHER) lowerVn = true;
      continue;
    }
    if (start >= 0) {
      let kind = OTHER;
      if (!lowerAscii && lowerVn && (uppers >= 2 || upperAfterLower)) kind = FIX;
      else if (!lowerAscii && lowerVn && uppers === 1 && firstUpper) kind = LEAD;
      else if (!lowerAscii && !lowerVn && uppers > 0) kind = CAPS;
      if (i - start > 1) line.push(start, i, kind);
      start = -1;
    }
    if (c === 0x0a || c === 0x0d) endLine();
  }
  if (fixes.length === 0) return s;
  const out: string[] = [];
  let last = 0;
  for (let j = 0; j < fixes.length; j += 2) {
    const a = fixes[j] ?? 0;
    const b = fixes[j + 1] ?? 0;
    out.push(s.slice(last, a), s.slice(a, b).toUpperCase());
    last = b;
  }
  out.push(s.slice(last));
  return out.join('');
}

// ---------------------------------------------------------------------------------------
// How Vietnamese does a decoding read?

const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323']; // none, sắc, huyền, hỏi, ngã, nặng
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const CONSONANTS = 'bcdđghklmnpqrstvx';

/** lower-case letter → [letter without tone, tone 0-5] */
const LETTERS = new Map<string, readonly [string, number]>();
for (const v of VOWELS) {
  for (let t = 0; t < TONE_MARKS.length; t++) LETTERS.set((v + TONE_MARKS[t]).normalize('NFC'), [v, t]);
}
for (const c of CONSONANTS) LETTERS.set(c, [c, 0]);

const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];

// Rimes without tone (after "qu" and "gi" the u / i belongs to the onset: "quốc" = qu + ôc).
const RIMES = new Set(
  (
    'a ai ao au ay ac ach am an ang anh ap at ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây ' +
    'e eo ec em en eng ep et ê êch êm ên êng ênh êp êt êu ' +
    'i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu ' +
    'y yêm yên yêt yêu ych ynh yt yn ' +
    'o oc oi om on ong op ot oong ooc oa oac oach oai oam oan oang oanh oao oap oat oay ' +
    'oăc oăm oăn oăng oăt oe oem oen oeo oet ' +
    'ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt ' +
    'u ua uc ui um un ung up ut uân uâng uât uây uê uêch uênh uy uya uych uyên uyêt uyn uynh uyp uyt uyu ' +
    'uôc uôi uôm uôn uông uôt uơ ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu'
  ).split(' '),
);
const FRONT = new Set(['i', 'e', 'ê', 'y']);

/** Frequent words of plans like these (only words with a Vietnamese letter matter for scoring). */
const FREQUENT = new Set(
  (
    'của và các được năm hợp tác xã tế tập thể có là những trong với người không một đã phát triển ' +
    'tỉnh huyện thành viên đến tổ chức hoạt động nhân dân ủy kế hoạch thực hiện số về nghị quyết mục ' +
    'chỉ đạo sản xuất nông nghiệp cơ sở quản lý hỗ trợ để từ tại này đồng triệu tỷ đạt trên hơn ít ' +
    'nhất tối thiểu khoảng giai đoạn chương trình hành thường vụ hội việc nâng hiệu quả đổi mới ' +
    'liên kết ứng dụng công nghệ chuyển lợi nhuận bình quân phấn đấu xây dựng tiếp tục cụ trung ương'
  ).split(' '),
);

function isSyllable(word: string): boolean {
  if (word.length > 7) return false;
  let bare = '';
  let tone = 0;
  for (const ch of word) {
    const info = LETTERS.get(ch);
    if (info === undefined) return false;
    if (info[1] !== 0) {
      if (tone !== 0) return false;
      tone = info[1];
    }
    bare += info[0];
  }
  for (const onset of ONSETS) {
    if (!bare.startsWith(onset)) continue;
    const rime = bare.slice(onset.length);
    if (!RIMES.has(rime)) continue;
    const first = rime.charAt(0);
    if ((onset === 'k' || onset === 'gh' || onset === 'ngh') && !FRONT.has(first)) continue;
    if ((onset === 'c' || onset === 'ng') && FRONT.has(first)) continue;
    // Stop endings (c, ch, p, t) take only the sắc or nặng tone.
    const stop = rime.endsWith('c') || rime.endsWith('ch') || rime.endsWith('p') || rime.endsWith('t');
    if (stop && tone !== 1 && tone !== 5) continue;
    return true;
  }
  return false;
}

interface Score {
  /** words with a non-ASCII letter */
  words: number;
  /** of those, valid Vietnamese syllables */
  valid: number;
  /** of those, frequent words */
  frequent: number;
  /** characters that do not belong in Vietnamese text (controls, stray symbols, U+FFFD, lone marks) */
  weird: number;
  value: number;
  quality: number;
}

const WORD = /[\p{L}\p{M}]+/gu;

function hasNonAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 0x7f) return true;
  return false;
}

function isWeird(c: number): boolean {
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d;
  if (c < 0x7f) return false;
  if (c < 0xa0) return true;
  if (c < 0xc0) return c !== 0xa0 && c !== 0xab && c !== 0xbb && c !== 0xb0 && c !== 0xa9;
  if (c === 0xd7 || c === 0xf7) return true;
  if (c >= 0x300 && c < 0x370) return true;
  return c === 0xfffd;
}

function scoreText(text: string): Score {
  const seen = new Map<string, number>(); // 0 invalid, 1 valid, 2 valid and frequent
  let words = 0;
  let valid = 0;
  let frequent = 0;
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (!hasNonAscii(w)) continue;
    words++;
    const lw = w.toLowerCase();
    let v = seen.get(lw);
    if (v === undefined) {
      v = isSyllable(lw) ? (FREQUENT.has(lw) ? 2 : 1) : 0;
      seen.set(lw, v);
    }
    if (v > 0) valid++;
    if (v > 1) frequent++;
  }
  let weird = 0;
  for (let i = 0; i < text.length; i++) if (isWeird(text.charCodeAt(i))) weird++;
  const invalid = words - valid;
  return {
    words,
    valid,
    frequent,
    weird,
    value: valid + frequent - invalid - weird,
    quality: valid / Math.max(1, words + weird),
  };
}

// ---------------------------------------------------------------------------------------
// Binary and UTF-16 sniffing

/** Share of zero bytes at even and odd offsets of the first 4 KiB. */
function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  let guess: 'utf-16le' | 'utf-16be' | null = null;
  if (zeroOdd >= pairs * 0.3 && zeroEven <= pairs * 0.05) guess = 'utf-16le';
  else if (zeroEven >= pairs * 0.3 && zeroOdd <= pairs * 0.05) guess = 'utf-16be';
  if (guess === null) return null;
  // It must read as text: no lone surrogates, next to no control characters.
  const text = decodeUtf16(bytes.subarray(0, n), guess);
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)) bad++;
  }
  return bad <= text.length * 0.01 ? guess : null;
}

function decodeUtf16(bytes: Uint8Array, enc: 'utf-16le' | 'utf-16be'): string {
  if (enc === 'utf-16le') return utf16le.decode(bytes);
  const even = bytes.length & ~1;
  const swapped = new Uint8Array(even);
  for (let i = 0; i < even; i += 2) {
    swapped[i] = bytes[i + 1] ?? 0;
    swapped[i + 1] = bytes[i] ?? 0;
  }
  const text = utf16le.decode(swapped);
  return even < bytes.length ? text + '\ufffd' : text;
}

/** Control codes that TCVN3 (VN1) uses for capitals: Ú Ụ Ừ Ử Ữ Ứ Ự Ỳ Ỷ Ỹ Ý Ỵ. */
function isVn1Control(c: number): boolean {
  return c < 0x18 && c !== 0 && c !== 0x03 && (c < 0x07 || c > 0x10);
}

function isLetterByte(c: number | undefined): boolean {
  return c !== undefined && ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0x80 || isVn1Control(c));
}

/**
 * True when the bytes are not text: a NUL byte (outside UTF-16), or more than 10% control
 * bytes in the first 64 KiB (TCVN3's VN1 extension puts a dozen capitals on control codes,
 * so a few are allowed).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const text = decodeUtf16(bytes.subarray(2, 2 + 65536), b0 === 0xff ? 'utf-16le' : 'utf-16be');
    let control = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
    }
    return control > text.length * 0.1;
  }
  if (utf16Guess(bytes) !== null) return false;
  if (bytes.indexOf(0) >= 0) return true;
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i] ?? 0;
    if (c === 0x7f) control++;
    else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) {
      // A TCVN3 (VN1) capital next to a letter is text.
      if (isVn1Control(c) && (isLetterByte(bytes[i - 1]) || isLetterByte(bytes[i + 1]))) continue;
      control++;
    }
  }
  return control > n * 0.1;
}

// ---------------------------------------------------------------------------------------

function result(text: string, encoding: Encoding, confident: boolean, warning: string | null): DecodedText {
  return { text, encoding, confident, warning };
}

function hasVn1Controls(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (isVn1Control(bytes[i] ?? 0)) return true;
  return false;
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Fatal.decode(bytes);
  } catch {
    return null;
  }
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/**
 * Decode a file's bytes to NFC text and say which encoding was used.
 * - a byte-order mark decides UTF-8 / UTF-16 LE / UTF-16 BE (and is stripped);
 * - UTF-16 without a mark is recognised by its zero bytes;
 * - valid UTF-8 (pure ASCII included) is UTF-8;
 * - otherwise windows-1258, TCVN3 and VNI (and UTF-8 with replacements) are scored by the
 *   share of valid Vietnamese syllables they produce; the best wins, `confident` only when
 *   it clearly beats the runner-up, else `warning` names the guess;
 * - bytes that read as none of them come back as UTF-8 with U+FFFD, not confident.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    const rest = bytes.subarray(3);
    const strict = tryUtf8(rest);
    if (strict !== null) return result(strict.normalize('NFC'), 'utf-8-bom', true, null);
    const text = utf8Lossy.decode(rest).normalize('NFC');
    return result(text, 'utf-8-bom', false, `invalid UTF-8 after the byte-order mark: ${countReplacements(text)} byte sequence(s) replaced with U+FFFD`);
  }
  if (b0 === 0xff && b1 === 0xfe) return result(decodeUtf16(bytes.subarray(2), 'utf-16le').normalize('NFC'), 'utf-16le', true, null);
  if (b0 === 0xfe && b1 === 0xff) return result(decodeUtf16(bytes.subarray(2), 'utf-16be').normalize('NFC'), 'utf-16be', true, null);

  const u16 = utf16Guess(bytes);
  if (u16 !== null) {
    return result(decodeUtf16(bytes, u16).normalize('NFC'), u16, true, null);
  }

  const utf8 = tryUtf8(bytes);
  // Valid UTF-8 is UTF-8. (Pure ASCII reads the same in every candidate: VNI, TCVN3 and
  // windows-1258 put every Vietnamese mark on a byte >= 0x80, except the VN1 capitals on
  // control codes, checked below.)
  if (utf8 !== null && !hasVn1Controls(bytes)) return result(utf8.normalize('NFC'), 'utf-8', true, null);

  const sample = bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
  const candidates: Candidate[] = ['windows-1258', 'tcvn3', 'vni', 'utf-8'];
  const scored = candidates
    .map((c, order) => ({ c, order, score: scoreText(decodeCandidate(sample, c)) }))
    .sort((x, y) => y.score.value - x.score.value || y.score.frequent - x.score.frequent || x.order - y.order);
  const best = scored[0];
  const second = scored[1];
  if (best === undefined || second === undefined) throw new Error('unreachable');

  const s = best.score;
  const readsAsVietnamese = s.valid > 0 && s.quality >= 0.5;
  if (utf8 !== null && (best.c === 'utf-8' || !readsAsVietnamese)) {
    return result(utf8.normalize('NFC'), 'utf-8', true, null);
  }
  if (best.c === 'utf-8') {
    const text = utf8Lossy.decode(bytes).normalize('NFC');
    const bad = countReplacements(text);
    return result(text, 'utf-8', false, `encoding not certain: read as utf-8 (guess); ${bad} invalid byte sequence(s) replaced with U+FFFD`);
  }

  if (!readsAsVietnamese) {
    // Reads as no Vietnamese encoding: hand back UTF-8 with replacement characters.
    const text = utf8Lossy.decode(bytes).normalize('NFC');
    return result(text, 'utf-8', false, 'encoding not recognised: read as utf-8 with replacement characters');
  }
  const margin = s.value - second.score.value;
  const confident = s.valid >= 4 && s.quality >= 0.75 && margin >= Math.max(4, 0.25 * s.valid);
  const text = decodeCandidate(bytes, best.c);
  return result(text, best.c, confident, confident ? null : `encoding not certain: read as ${best.c} (guess)`);
}
