import { CharClass } from './char-class.js';
import { rememberLast } from './remember-last.js';
import { WordFilter } from './word-filter.js';
import { groupBy } from './group-by.js';
import {
  DISTRICTS,
  NOT_PROVINCE_PHRASES,
  PROVINCES,
  PROVINCES_2025,
  type DistrictType,
  type Province2025Name,
  type ProvinceName,
  type ProvinceRow,
  type ProvinceType,
} from './provinces.js';

/*
 * Pure lookups over the gazetteer tables in `provinces.ts`. Everything is compiled once at
 * module load into token tries keyed by folded words, so a scan is one pass over the words
 * of a document with a Map lookup per word: no per-call regex building, no backtracking.
 */

// ---------------------------------------------------------------------------------------
// Folding

/** Letters that look like Đ/đ but do not decompose to D: Đ đ, the Icelandic Ð of old
 * TCVN3/VNI conversions, and the African Ɖ. */
const D_LIKE = new Set([0x0110, 0x0111, 0x00d0, 0x0189]);

/** Folded code unit per UTF-16 code unit; 0 = not computed yet. */
const FOLD_TABLE = new Uint16Array(0x10000);

function foldCode(code: number): number {
  const cached = FOLD_TABLE[code] ?? 0;
  if (cached !== 0) return cached;
  let out = code;
  if (D_LIKE.has(code)) {
    out = 0x64; // d
  } else if (code < 0xd800 || code > 0xdfff) {
    // Lone surrogate halves stay as they are; everything else: first char of NFD, lowered.
    const base = String.fromCharCode(code).normalize('NFD').charAt(0);
    const lower = base.toLowerCase();
    // "İ".toLowerCase() is two code units; keep the length promise.
    out = (lower.length === 1 ? lower : base).charCodeAt(0);
  }
  FOLD_TABLE[code] = out;
  return out;
}

/**
 * Lower-cases and strips Vietnamese diacritics ("Đắk Lắk" → "dak lak") one UTF-16 code
 * unit at a time, so the result has exactly the length of the input and offsets line up.
 * Meant for NFC text: a combining mark of NFD input is passed through unchanged. A document
 * is folded by normalise, the outline and the gazetteer in turn: the last long text is
 * folded once.
 */
export const foldVietnamese = rememberLast(foldCodes, 256);

function foldCodes(s: string): string {
  const n = s.length;
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i++) codes[i] = foldCode(s.charCodeAt(i));
  // A straight copy of the code units (lone surrogates kept), several times faster than
  // String.fromCharCode over chunks.
  return Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength).toString('utf16le');
}

/** Tone marks; the other marks (circumflex, breve, horn) change the letter and stay. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A word's letters and its tone, wherever the tone was placed: "hoà" and "hòa" give the
 * same key (old and new tone placement), "đà" and "đa" do not.
 */
function toneKey(word: string): string {
  let key = TONE_KEYS.get(word);
  if (key === undefined) {
    // Bounded: a document of random words must not grow the cache without end.
    if (TONE_KEYS.size >= 10_000) TONE_KEYS.clear();
    key = computeToneKey(word);
    TONE_KEYS.set(word, key);
  }
  return key;
}

const TONE_KEYS = new Map<string, string>();

function computeToneKey(word: string): string {
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = (nfd.match(TONE_MARKS) ?? []).join('');
  return `${nfd.replace(TONE_MARKS, '').normalize('NFC')}|${tones}`;
}

// ---------------------------------------------------------------------------------------
// Words

interface Word {
  /** Folded word, apostrophes unified ("h'drai"). */
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

const WORD_CHAR = new CharClass(/^[\p{L}\p{N}]$/u);

/** Length of the letter or digit at `i` (2 for one beyond the BMP), or 0; ASCII answered inline. */
function wordWidthAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
  return WORD_CHAR.widthAt(s, i);
}

/**
 * The words of a text: runs of letters and digits, with inner apostrophes kept ("Ia H'Drai",
 * "Cư M'gar", "M'Đrắk"). Scanned by hand: a regex match object per word was a fifth of the
 * gazetteer's time on long documents.
 */
function wordsOf(folded: string): WordList {
  const n = folded.length;
  // grown by doubling: plain arrays of numbers cost a third of the scan
  let starts = new Int32Array((n >> 3) + 16);
  let ends = new Int32Array(starts.length);
  let count = 0;
  let i = 0;
  while (i < n) {
    let width = wordWidthAt(folded, i);
    if (width === 0) {
      i += 1;
      continue;
    }
    const start = i;
    for (;;) {
      while (width > 0) {
        i += width;
        width = i < n ? wordWidthAt(folded, i) : 0;
      }
      const c = folded.charCodeAt(i);
      if ((c === 0x27 || c === 0x2019) && i + 1 < n && wordWidthAt(folded, i + 1) > 0) {
        i += 1;
        width = wordWidthAt(folded, i);
        continue;
      }
      break;
    }
    if (count === starts.length) {
      starts = grown(starts);
      ends = grown(ends);
    }
    starts[count] = start;
    ends[count] = i;
    count += 1;
  }
  return new WordList(folded, starts.slice(0, count), ends.slice(0, count));
}

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * The words of a text as offsets: a long document has millions of words, and an object per
 * word made the heap (and the collector's work) grow faster than the text. A word is made
 * when asked for, with its key folded and apostrophes unified.
 */
class WordList {
  readonly length: number;

  constructor(
    private readonly folded: string,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
  ) {
    this.length = starts.length;
  }

  /** The i-th word, or undefined outside the list (like an array index, not Array.at). */
  at(i: number): Word | undefined {
    const key = this.key(i);
    return key === undefined ? undefined : { key, start: this.starts[i]!, end: this.ends[i]! };
  }

  /** The key of the i-th word alone, for the many words that are looked at and passed by. */
  key(i: number): string | undefined {
    if (i < 0 || i >= this.length) return undefined;
    const raw = this.folded.slice(this.starts[i], this.ends[i]);
    return raw.includes('’') ? raw.replace(/’/g, "'") : raw;
  }

  all(): Word[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i)!);
  }

  /** The i-th word may be in `filter` (its apostrophes are checked as written: rare). */
  mayBeIn(filter: WordFilter, i: number): boolean {
    return filter.mayHaveSpan(this.folded, this.starts[i]!, this.ends[i]!);
  }

  /** Start of the i-th word. */
  startOf(i: number): number {
    return this.starts[i]!;
  }

  /** End of the i-th word. */
  endOf(i: number): number {
    return this.ends[i]!;
  }
}

/**
 * A set of word keys that passes by most words on a hash of their letters, before slicing
 * a string for them: most words of a text start no name.
 */
class KeySet {
  private readonly filter = new WordFilter();

  constructor(private readonly keys: ReadonlySet<string>) {
    // the text may write a key's apostrophe either way ("M'Đrắk", "M’Đrắk")
    for (const k of keys) for (const spelling of apostropheSpellings(k)) this.filter.add(spelling);
  }

  hasWord(words: WordList, i: number): boolean {
    return i >= 0 && i < words.length && words.mayBeIn(this.filter, i) && this.keys.has(words.key(i)!);
  }
}

function apostropheSpellings(key: string): string[] {
  const at = key.indexOf("'");
  if (at < 0) return [key];
  return apostropheSpellings(key.slice(at + 1)).flatMap((rest) => [`${key.slice(0, at)}'${rest}`, `${key.slice(0, at)}’${rest}`]);
}

function keyWords(name: string): string[] {
  return wordsOf(foldVietnamese(name.normalize('NFC'))).all().map((w) => w.key);
}

/** Between the words of one name: spaces, or a hyphen or dash ("Bà Rịa - Vũng Tàu", "BR-VT"). */
const NAME_GAP_RE = /^(?:[^\S\r\n]+|[^\S\r\n]*[-‐‑–—][^\S\r\n]*)$/;
/** Between a prefix and the name: spaces and at most one dot ("TP.HCM", "TP. Hồ Chí Minh"). */
const PREFIX_GAP_RE = /^[^\S\r\n]*\.?[^\S\r\n]*$/;
/** Between two words of a prefix ("thành phố"): spaces only. */
const SPACE_GAP_RE = /^[^\S\r\n]+$/;

// ---------------------------------------------------------------------------------------
// Working text: NFC with a map back to the caller's offsets

interface WorkingText {
  readonly text: string;
  readonly folded: string;
  readonly words: WordList;
  /** Offset in the caller's string of each working offset (length text.length + 1); null = identity. */
  readonly origin: Int32Array | null;
}

// the regex `\p{M}` over a whole document was an eighth of the gazetteer's time
const MARK = new CharClass(/^\p{M}$/u);
/** A base character with its combining marks, or a run of marks with no base. */
const CLUSTER_RE = /\P{M}\p{M}*|\p{M}+/gsu;

// The issuer asks for provinces and districts of the same text one after the other: the
// working text and its province scan are built once per text, not once per question.
const workingTextOf = rememberLast(buildWorkingText);
const PROVINCES_OF = new WeakMap<WorkingText, Array<{ entry: ProvinceEntry; first: number; last: number }>>();

function provincesOf(w: WorkingText): Array<{ entry: ProvinceEntry; first: number; last: number }> {
  let found = PROVINCES_OF.get(w);
  if (found === undefined) {
    found = scanProvinces(w);
    PROVINCES_OF.set(w, found);
  }
  return found;
}

function buildWorkingText(text: string): WorkingText {
  if (!MARK.foundIn(text)) {
    const folded = foldVietnamese(text);
    return { text, folded, words: wordsOf(folded), origin: null };
  }
  // NFD (or mixed) input: compose cluster by cluster and remember where each came from.
  let out = '';
  const origin: number[] = [];
  for (const m of text.matchAll(CLUSTER_RE)) {
    const composed = m[0].normalize('NFC');
    for (let k = 0; k < composed.length; k++) origin.push(m.index + Math.min(k, m[0].length - 1));
    out += composed;
  }
  origin.push(text.length);
  const folded = foldVietnamese(out);
  return { text: out, folded, words: wordsOf(folded), origin: Int32Array.from(origin) };
}

function sourceOffset(w: WorkingText, offset: number): number {
  return w.origin === null ? offset : (w.origin[offset] ?? offset);
}

// ---------------------------------------------------------------------------------------
// Token tries

interface TrieNode<T> {
  readonly next: Map<string, TrieNode<T>>;
  value?: T;
}

/** A trie with the keys of its first level as a KeySet, once all entries are in. */
interface Trie<T> {
  readonly root: TrieNode<T>;
  readonly first: KeySet;
}

function sealTrie<T>(root: TrieNode<T>): Trie<T> {
  return { root, first: new KeySet(new Set(root.next.keys())) };
}

function newNode<T>(): TrieNode<T> {
  return { next: new Map() };
}

function trieInsert<T>(root: TrieNode<T>, keys: readonly string[], make: (old: T | undefined) => T): void {
  let node = root;
  for (const k of keys) {
    let child = node.next.get(k);
    if (child === undefined) {
      child = newNode<T>();
      node.next.set(k, child);
    }
    node = child;
  }
  node.value = make(node.value);
}

const NO_MATCHES: never[] = [];

/** Every entry of the trie that starts at word `from`, longest first; words must be joined by a name gap. */
function trieMatches<T>(trie: Trie<T>, w: WorkingText, from: number): Array<{ value: T; last: number }> {
  if (!trie.first.hasWord(w.words, from)) return NO_MATCHES; // the common case: not a name
  const found: Array<{ value: T; last: number }> = [];
  const words = w.words;
  let node: TrieNode<T> | undefined = trie.root;
  for (let i = from; i < words.length; i++) {
    if (i > from && !isNameGap(w.folded, words.endOf(i - 1), words.startOf(i))) break;
    node = node.next.get(words.key(i)!);
    if (node === undefined) break;
    if (node.value !== undefined) found.push({ value: node.value, last: i });
  }
  return found.reverse();
}

/** NAME_GAP_RE, with the common gap (one space) answered without a slice. */
function isNameGap(folded: string, from: number, to: number): boolean {
  return (to === from + 1 && folded.charCodeAt(from) === 32) || NAME_GAP_RE.test(folded.slice(from, to));
}

// ---------------------------------------------------------------------------------------
// Provinces

export interface ProvinceEntry extends ProvinceRow {
  readonly name: ProvinceName;
  /** The unit of Resolution 202/2025/QH15 it belongs to since 1 July 2025. */
  readonly unit2025: Province2025Name;
}

export interface Province2025Entry {
  readonly name: Province2025Name;
  readonly type: ProvinceType;
  readonly members: readonly ProvinceName[];
}

/** Prefixes that announce a province: "tỉnh", "thành phố", "TP", "Tỉnh ủy", "Thành ủy". */
const PROVINCE_PREFIXES: readonly string[] = ['tỉnh', 'thành phố', 'TP', 'tỉnh ủy', 'thành ủy'];

/**
 * Words that, right before a province name, make it something else: a district of the
 * same name ("huyện Quảng Ninh" is in Quảng Bình), a commune or ward ("xã Hòa Bình"),
 * a street ("đường Hải Phòng") or a river ("sông Đồng Nai").
 */
const NOT_PROVINCE_BEFORE: readonly string[] = [
  'huyện', 'quận', 'thị xã', 'TX', 'xã', 'phường', 'thị trấn', 'thôn', 'ấp', 'đường', 'phố', 'sông',
];

/**
 * Surnames and the two commonest middle names: "Nguyễn Hòa Bình", "Trần Thái Bình" are
 * people. Only checked when the word is capitalised and no prefix precedes the name.
 */
const PERSON_NAME_WORDS: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Đinh', 'Đào', 'Trương', 'Trịnh', 'Đoàn', 'Lưu', 'Lương', 'Văn', 'Thị',
];

interface PhraseRule {
  readonly words: readonly string[];
  /** The words as written, lower-cased, to check diacritics against. */
  readonly spelled: readonly string[];
}

function phrase(s: string): PhraseRule {
  const nfc = s.normalize('NFC');
  return {
    words: keyWords(nfc),
    spelled: wordsOf(foldVietnamese(nfc)).all().map((w) => nfc.slice(w.start, w.end).toLowerCase()),
  };
}

const PROVINCE_PREFIX_RULES = PROVINCE_PREFIXES.map(phrase);
const NOT_PROVINCE_BEFORE_RULES = NOT_PROVINCE_BEFORE.map(phrase);
const PERSON_NAME_KEYS = new Set(PERSON_NAME_WORDS.map((s) => toneKey(s)));

interface ProvinceAlias {
  readonly kind: 'province';
  readonly entry: ProvinceEntry;
  /** True when every spelling with these words needs a prefix ("Huế", "HCM"). */
  readonly needsPrefix: boolean;
  /** Spellings with these words, lower-cased NFC, for the diacritics check. */
  readonly spellings: ReadonlyArray<readonly string[]>;
}

type ProvinceTrieValue = ProvinceAlias | { readonly kind: 'not-province' };

const UNIT_2025_OF = new Map<ProvinceName, Province2025Name>();
for (const unit of PROVINCES_2025) for (const m of unit.members) UNIT_2025_OF.set(m, unit.name);

/** The 63 provinces with their 2025 unit, in code order. */
export const PROVINCE_ENTRIES: readonly ProvinceEntry[] = PROVINCES.map((row): ProvinceEntry => {
  const unit2025 = UNIT_2025_OF.get(row.name);
  if (unit2025 === undefined) throw new Error(`gazetteer: ${row.name} is in no 2025 unit`);
  return { ...row, unit2025 };
});

/** The 34 units since 1 July 2025. */
export const PROVINCE_2025_ENTRIES: readonly Province2025Entry[] = PROVINCES_2025;

/** Strips leading "tỉnh", "thành phố", "TP": the words of the name proper, and whether a prefix was there. */
function stripPrefix(words: readonly string[]): { words: readonly string[]; prefixed: boolean } {
  for (const p of PROVINCE_PREFIX_RULES) {
    if (p.words.length < words.length && p.words.every((k, i) => words[i] === k)) {
      return { words: words.slice(p.words.length), prefixed: true };
    }
  }
  return { words, prefixed: false };
}

const PROVINCE_TRIE = newNode<ProvinceTrieValue>();
/** Folded words (joined by spaces) → entry, for lookups by name: every alias, prefixed or not. */
const PROVINCE_BY_KEY = new Map<string, ProvinceEntry>();
const PROVINCE_2025_BY_KEY = new Map<string, Province2025Entry>();

for (const entry of PROVINCE_ENTRIES) {
  const needsPrefix = new Set((entry.needsPrefix ?? []).map((s) => keyWords(s).join(' ')));
  const spellings: string[] = [entry.name, ...entry.aliases, ...(entry.needsPrefix ?? [])];
  for (const spelling of spellings) {
    const rule = phrase(spelling);
    const { words, prefixed } = stripPrefix(rule.words);
    const spelled = rule.spelled.slice(rule.words.length - words.length);
    const key = words.join(' ');
    const clash = PROVINCE_BY_KEY.get(key);
    if (clash !== undefined && clash !== entry) throw new Error(`gazetteer: "${spelling}" names ${clash.name} too`);
    PROVINCE_BY_KEY.set(key, entry);
    PROVINCE_BY_KEY.set(rule.words.join(' '), entry);
    const strict = prefixed || needsPrefix.has(key);
    trieInsert(PROVINCE_TRIE, words, (old): ProvinceTrieValue => {
      if (old?.kind === 'province') {
        return { ...old, needsPrefix: old.needsPrefix && strict, spellings: [...old.spellings, spelled] };
      }
      return { kind: 'province', entry, needsPrefix: strict, spellings: [spelled] };
    });
  }
}
for (const p of NOT_PROVINCE_PHRASES) trieInsert(PROVINCE_TRIE, keyWords(p), () => ({ kind: 'not-province' }));
const PROVINCES_BY_WORDS = sealTrie(PROVINCE_TRIE);
for (const unit of PROVINCE_2025_ENTRIES) PROVINCE_2025_BY_KEY.set(keyWords(unit.name).join(' '), unit);

// The issuer looks up the same few province names for every organ of every plan.
const NAME_KEYS = new Map<string, { full: string; bare: string }>();

function nameKey(name: string): { full: string; bare: string } {
  let key = NAME_KEYS.get(name);
  if (key === undefined) {
    // bounded, like the tone keys: names from a document of random words must not pile up
    if (NAME_KEYS.size >= 10_000) NAME_KEYS.clear();
    const words = keyWords(name);
    key = { full: words.join(' '), bare: stripPrefix(words).words.join(' ') };
    NAME_KEYS.set(name, key);
  }
  return key;
}

/**
 * The province (pre-2025) for any of its names or aliases, with or without its prefix:
 * "TỈNH SÓC TRĂNG", "tinh soc trang", "TP.HCM", "Huế", "Đắc Lắc". Undefined when unknown.
 */
export function lookupProvince(name: string): ProvinceEntry | undefined {
  const { full, bare } = nameKey(name);
  return PROVINCE_BY_KEY.get(full) ?? PROVINCE_BY_KEY.get(bare);
}

/** The 2025 unit named `name` ("Huế", "thành phố Cần Thơ"); only the 34 new names, no aliases. */
export function lookupProvince2025(name: string): Province2025Entry | undefined {
  const { full, bare } = nameKey(name);
  return PROVINCE_2025_BY_KEY.get(full) ?? PROVINCE_2025_BY_KEY.get(bare);
}

/**
 * The unit since 1 July 2025 that a province belongs to: "Sóc Trăng" → "Cần Thơ",
 * "Bắc Kạn" → "Thái Nguyên", "Thừa Thiên Huế" → "Huế"; identity for unchanged provinces
 * and for names that already are 2025 units.
 */
export function provinceBy2025(name: string): Province2025Name | undefined {
  return lookupProvince(name)?.unit2025 ?? lookupProvince2025(name)?.name;
}

/**
 * True for the centrally-run cities: Hà Nội, Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ,
 * and Huế (since 2025; "Thừa Thiên Huế" names the former tỉnh and gives false).
 */
export function isCentralCity(name: string): boolean {
  const unit = lookupProvince2025(name);
  if (unit !== undefined) return unit.type === 'thành phố';
  return lookupProvince(name)?.type === 'thành phố';
}

// ---------------------------------------------------------------------------------------
// Finding mentions

export interface ProvinceMention {
  /** Official pre-2025 name ("Thừa Thiên Huế" also for "thành phố Huế"). */
  readonly province: ProvinceName;
  /** The unit since 1 July 2025. */
  readonly province2025: Province2025Name;
  /** Offsets of the name itself (not of a "tỉnh" before it) in the caller's string. */
  readonly start: number;
  readonly end: number;
  readonly level: 'province';
}

/** Does the phrase end at word `last` (inclusive), its words separated by spaces only? */
function phraseEndsAt(w: WorkingText, rule: PhraseRule, last: number): boolean {
  const n = rule.words.length;
  const first = last - n + 1;
  if (first < 0) return false;
  for (let k = 0; k < n; k++) if (w.words.key(first + k) !== rule.words[k]) return false;
  for (let k = 0; k < n; k++) {
    const word = w.words.at(first + k)!;
    const spelled = rule.spelled[k] ?? '';
    if (!compatibleSpelling(w, word, spelled)) return false;
    if (k > 0) {
      const prev = w.words.at(first + k - 1);
      if (prev === undefined || !SPACE_GAP_RE.test(w.folded.slice(prev.end, word.start))) return false;
    }
  }
  return true;
}

/** The word as written carries no diacritics, or the same ones as `spelled` (tone placement aside). */
function compatibleSpelling(w: WorkingText, word: Word, spelled: string): boolean {
  const written = w.text.slice(word.start, word.end).toLowerCase();
  if (written === word.key) return true; // no diacritics at all
  return toneKey(written) === toneKey(spelled);
}

/** A rule phrase ending right before word `i`, separated from it by a prefix gap. */
function precededBy(w: WorkingText, rules: readonly PhraseRule[], i: number): boolean {
  const word = w.words.at(i);
  const prev = w.words.at(i - 1);
  if (word === undefined || prev === undefined) return false;
  if (!PREFIX_GAP_RE.test(w.folded.slice(prev.end, word.start))) return false;
  return rules.some((r) => phraseEndsAt(w, r, i - 1));
}

function isUpperInitial(w: WorkingText, word: Word): boolean {
  const ch = w.text.charAt(word.start);
  return ch !== ch.toLowerCase() || (ch >= '0' && ch <= '9');
}

function isAllCaps(w: WorkingText, word: Word): boolean {
  const s = w.text.slice(word.start, word.end);
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

/** The neighbour word on the same line is all caps too: the name sits inside a heading. */
function inCapsRun(w: WorkingText, first: number, last: number): boolean {
  const before = w.words.at(first - 1);
  const after = w.words.at(last + 1);
  const firstWord = w.words.at(first);
  const lastWord = w.words.at(last);
  if (firstWord === undefined || lastWord === undefined) return false;
  const sameLine = (a: number, b: number) => !/[\r\n]/.test(w.text.slice(a, b));
  return (
    (before !== undefined && sameLine(before.end, firstWord.start) && isAllCaps(w, before)) ||
    (after !== undefined && sameLine(lastWord.end, after.start) && isAllCaps(w, after))
  );
}

/** "Hà Nội, Hồ Chí Minh", "Hà Nam và Nam Định": a name right after another one in a list. */
const LIST_GAP_RE = /^[^\S\r\n]*(?:[,;/]|va|-|–)[^\S\r\n]*$/; // on folded text: "và" is "va"

function acceptProvince(w: WorkingText, alias: ProvinceAlias, first: number, last: number, prevEnd: number): boolean {
  const firstWord = w.words.at(first);
  if (firstWord === undefined) return false;
  if (precededBy(w, PROVINCE_PREFIX_RULES, first)) return true;
  if (precededBy(w, NOT_PROVINCE_BEFORE_RULES, first) && !isHopTacXa(w, first)) return false;
  // A list that started with a province carries on: "các tỉnh Hà Nam, Nam Định và Huế".
  const listed = prevEnd >= 0 && LIST_GAP_RE.test(w.folded.slice(prevEnd, firstWord.start));
  if (alias.needsPrefix && !listed) return false;
  for (let i = first; i <= last; i++) {
    const word = w.words.at(i);
    if (word === undefined || !isUpperInitial(w, word)) return false;
  }
  if (!listed && isAfterPersonName(w, first)) return false;
  if (alias.entry.commonWord === true) {
    const spelledRight = alias.spellings.some((sp) =>
      sp.every((s, k) => {
        const word = w.words.at(first + k);
        return word !== undefined && compatibleSpelling(w, word, s);
      }),
    );
    if (!spelledRight) return false;
    const allCaps = Array.from({ length: last - first + 1 }, (_, k) => w.words.at(first + k)!).every((word) => isAllCaps(w, word));
    if (!listed && allCaps && inCapsRun(w, first, last)) return false;
  }
  return true;
}

/** "Nguyễn Hòa Bình", "Lê Văn Thái Bình": a capitalised surname or middle name right before. */
function isAfterPersonName(w: WorkingText, first: number): boolean {
  const before = w.words.at(first - 1);
  const firstWord = w.words.at(first);
  if (before === undefined || firstWord === undefined) return false;
  return (
    SPACE_GAP_RE.test(w.folded.slice(before.end, firstWord.start)) &&
    isUpperInitial(w, before) &&
    !isAllCaps(w, before) &&
    PERSON_NAME_KEYS.has(toneKey(w.text.slice(before.start, before.end)))
  );
}

/** "hợp tác xã Sóc Trăng": that "xã" is a cooperative, not a commune. */
function isHopTacXa(w: WorkingText, first: number): boolean {
  return w.words.at(first - 1)?.key === 'xa' && w.words.at(first - 2)?.key === 'tac' && w.words.at(first - 3)?.key === 'hop';
}

function scanProvinces(w: WorkingText): Array<{ entry: ProvinceEntry; first: number; last: number }> {
  const found: Array<{ entry: ProvinceEntry; first: number; last: number }> = [];
  let prevEnd = -1;
  let i = 0;
  while (i < w.words.length) {
    let advance = 1;
    for (const { value, last } of trieMatches(PROVINCES_BY_WORDS, w, i)) {
      if (value.kind === 'not-province') {
        advance = last - i + 1;
        break;
      }
      if (acceptProvince(w, value, i, last, prevEnd)) {
        found.push({ entry: value.entry, first: i, last });
        prevEnd = w.words.at(last)?.end ?? -1;
        advance = last - i + 1;
        break;
      }
    }
    i += advance;
  }
  return found;
}

/**
 * Province mentions in running text, accent- and case-insensitive ("TỈNH SÓC TRĂNG",
 * "tinh soc trang"), on NFC or NFD input, offsets in the caller's string. Longest name
 * wins ("Thái Bình Dương" is the ocean, "Hà Nam Ninh" the old province). Bare names
 * must be capitalised; ambiguous short forms ("Huế", "HCM", "Hồ Chí Minh") need a
 * "tỉnh"/"thành phố"/"TP" before them or an earlier province in the same list, and
 * names that are also common words ("hòa bình", "diễn biến") must carry their own
 * diacritics (or none) and stand outside all-caps headings.
 */
export function findProvinceMentions(text: string): ProvinceMention[] {
  const w = workingTextOf(text);
  return provincesOf(w).map(({ entry, first, last }) => toProvinceMention(w, entry, first, last));
}

function toProvinceMention(w: WorkingText, entry: ProvinceEntry, first: number, last: number): ProvinceMention {
  return {
    province: entry.name,
    province2025: entry.unit2025,
    start: sourceOffset(w, w.words.at(first)?.start ?? 0),
    end: sourceOffset(w, w.words.at(last)?.end ?? 0),
    level: 'province',
  };
}

// ---------------------------------------------------------------------------------------
// Districts

export interface DistrictEntry {
  readonly name: string;
  readonly type: DistrictType;
  readonly province: ProvinceName;
}

export interface DistrictMention {
  /** The bare name as the gazetteer writes it: "Châu Thành", "1" for "Quận 1". */
  readonly district: string;
  /** The type the text gives it ("huyện Châu Thành" → "huyện"). */
  readonly districtType: DistrictType;
  /** Provinces having a unit of that name and type (any type when none has the stated one). */
  readonly candidates: readonly ProvinceName[];
  /** False when no unit has the stated type and the candidates come from the same name under another type. */
  readonly exactType: boolean;
  /** The province when it is certain: a single candidate, or one named right after ("… - TỈNH SÓC TRĂNG"). */
  readonly province?: ProvinceName;
  /** Offsets in the caller's string: the whole phrase, type word included ("huyện Châu Thành"). */
  readonly start: number;
  readonly end: number;
  /** Where the bare name starts. */
  readonly nameStart: number;
  readonly level: 'district';
}

/**
 * Type words before a district name; the abbreviations are the usual ones in letterheads,
 * and the party committees ("Huyện ủy Châu Thành", "Thị ủy Ngã Năm") name their unit too.
 */
const DISTRICT_PREFIXES: ReadonlyArray<readonly [string, DistrictType]> = [
  ['huyện', 'huyện'],
  ['huyện ủy', 'huyện'],
  ['quận', 'quận'],
  ['quận ủy', 'quận'],
  ['thị xã', 'thị xã'],
  ['TX', 'thị xã'],
  ['thị ủy', 'thị xã'],
  ['thành phố', 'thành phố'],
  ['TP', 'thành phố'],
  ['thành ủy', 'thành phố'],
];

/** "cơ quan", "liên quan", "khách quan": an unaccented "quan" after these is not "quận". */
const NOT_QUAN_BEFORE = new Set(['co', 'lien', 'tuong', 'chu', 'khach', 'bi', 'lac', 'tham', 'ngoai', 'truc']);

const DISTRICT_PREFIX_RULES = DISTRICT_PREFIXES.map(([s, type]) => ({ rule: phrase(s), type }));

/** Every district-level unit, province by province in table order. */
export const DISTRICT_ENTRIES: readonly DistrictEntry[] = DISTRICTS.flatMap((group) => {
  const out: DistrictEntry[] = [];
  for (const type of ['quận', 'thành phố', 'thị xã', 'huyện'] as const) {
    const names: readonly string[] = (group as { readonly [K in DistrictType]?: readonly string[] })[type] ?? [];
    for (const name of names) out.push({ name, type, province: group.province });
  }
  return out;
});

const DISTRICT_TRIE = newNode<DistrictEntry[]>();
for (const d of DISTRICT_ENTRIES) trieInsert(DISTRICT_TRIE, keyWords(d.name), (old) => [...(old ?? []), d]);
const DISTRICTS_BY_WORDS = sealTrie(DISTRICT_TRIE);

/** Units named `name` (any spelling, without its type word), optionally of one type. */
export function lookupDistricts(name: string, type?: DistrictType): DistrictEntry[] {
  let node: TrieNode<DistrictEntry[]> | undefined = DISTRICT_TRIE;
  for (const k of keyWords(name)) node = node?.next.get(k);
  const all = node?.value ?? [];
  return type === undefined ? [...all] : all.filter((d) => d.type === type);
}

/** Between a district name and the province that follows it: "huyện Châu Thành, tỉnh Sóc Trăng". */
const DISTRICT_PROVINCE_GAP_RE = /^[\s,;(\-–—]*(?:(?:tinh|thanh pho|tp)\.?\s*)?$/;

/** The district prefixes by their last word ("xã" of "thị xã"), in DISTRICT_PREFIXES order. */
const DISTRICT_PREFIXES_BY_LAST = groupBy(DISTRICT_PREFIX_RULES, (p) => p.rule.words[p.rule.words.length - 1]!);

function districtPrefixAt(w: WorkingText, i: number): { type: DistrictType; first: number; accented: boolean } | null {
  for (const { rule, type } of DISTRICT_PREFIXES_BY_LAST.get(w.words.key(i) ?? '') ?? []) {
    if (!phraseEndsAt(w, rule, i)) continue;
    const first = i - rule.words.length + 1;
    let accented = false;
    for (let k = first; k <= i; k++) {
      const word = w.words.at(k);
      if (word !== undefined && w.text.slice(word.start, word.end).toLowerCase() !== word.key) accented = true;
    }
    return { type, first, accented };
  }
  return null;
}

/**
 * District-level mentions: "huyện X", "thị xã X", "TX X", "quận X", "thành phố X", "TP X"
 * where X is a unit of the gazetteer. Names repeat across provinces, so each mention
 * lists its candidate provinces, and settles on one when the text names it right after.
 */
const DISTRICT_PREFIX_LAST_WORDS = new KeySet(new Set(DISTRICT_PREFIXES_BY_LAST.keys()));

export function findDistrictMentions(text: string): DistrictMention[] {
  const w = workingTextOf(text);
  const provinces = provincesOf(w);
  const provinceAtWord = new Map<number, ProvinceEntry>();
  for (const p of provinces) provinceAtWord.set(p.first, p.entry);

  const found: DistrictMention[] = [];
  let i = 0;
  while (i < w.words.length - 1) {
    // the common case, a word that ends no district prefix, without making any word
    if (!DISTRICT_PREFIX_LAST_WORDS.hasWord(w.words, i)) {
      i++;
      continue;
    }
    const prefix = districtPrefixAt(w, i);
    const nameWord = w.words.at(i + 1);
    const prefixWord = w.words.at(i);
    if (
      prefix === null ||
      nameWord === undefined ||
      prefixWord === undefined ||
      !PREFIX_GAP_RE.test(w.folded.slice(prefixWord.end, nameWord.start))
    ) {
      i++;
      continue;
    }
    const mention = matchDistrict(w, prefix, i + 1, provinceAtWord);
    if (mention === null) {
      i++;
      continue;
    }
    found.push(mention.value);
    i = mention.last + 1;
  }
  return found;
}

function matchDistrict(
  w: WorkingText,
  prefix: { type: DistrictType; first: number; accented: boolean },
  from: number,
  provinceAtWord: ReadonlyMap<number, ProvinceEntry>,
): { value: DistrictMention; last: number } | null {
  const fromWord = w.words.at(from);
  const prefixFirst = w.words.at(prefix.first);
  if (fromWord === undefined || prefixFirst === undefined) return null;
  if (prefix.type === 'quận' && !prefix.accented) {
    // Unaccented "quan" is "quận" only when not part of "cơ quan", "liên quan"… and followed by a proper name.
    const before = w.words.at(prefix.first - 1);
    if (before !== undefined && NOT_QUAN_BEFORE.has(before.key)) return null;
    if (!isUpperInitial(w, fromWord)) return null;
  }
  for (const { value, last } of trieMatches(DISTRICTS_BY_WORDS, w, from)) {
    const byName = narrowBySpelling(w, value, from);
    const exact = byName.filter((d) => d.type === prefix.type);
    const chosen = exact.length > 0 ? exact : byName;
    const candidates = [...new Set(chosen.map((d) => d.province))];
    const lastWord = w.words.at(last);
    const first = chosen[0];
    if (lastWord === undefined || first === undefined) continue;
    let province: ProvinceName | undefined = candidates.length === 1 ? candidates[0] : undefined;
    // "huyện Châu Thành, tỉnh Sóc Trăng", "HUYỆN CHÂU THÀNH - TỈNH SÓC TRĂNG", "Châu Thành (Sóc Trăng)":
    // a province mention starts within the next three words (its own prefix takes up to two).
    for (let k = last + 1; k <= last + 3 && province === undefined && candidates.length > 1; k++) {
      const p = provinceAtWord.get(k);
      const pWord = w.words.at(k);
      if (p === undefined || pWord === undefined || !candidates.includes(p.name)) continue;
      if (DISTRICT_PROVINCE_GAP_RE.test(w.folded.slice(lastWord.end, pWord.start))) province = p.name;
    }
    const mention: DistrictMention = {
      district: first.name,
      districtType: prefix.type,
      candidates,
      exactType: exact.length > 0,
      ...(province === undefined ? {} : { province }),
      start: sourceOffset(w, prefixFirst.start),
      end: sourceOffset(w, lastWord.end),
      nameStart: sourceOffset(w, fromWord.start),
      level: 'district',
    };
    return { value: mention, last };
  }
  return null;
}

/** The words of each unit's name as the gazetteer spells them, made when first asked for. */
const SPELLED = new WeakMap<DistrictEntry, string[]>();

function spelledWords(d: DistrictEntry): string[] {
  let spelled = SPELLED.get(d);
  if (spelled === undefined) {
    spelled = wordsOf(foldVietnamese(d.name)).all().map((x) => d.name.slice(x.start, x.end));
    SPELLED.set(d, spelled);
  }
  return spelled;
}

/** "Phù Mỹ" (Bình Định) and "Phú Mỹ" (Bà Rịa - Vũng Tàu) fold alike: keep the spelling the text used, if any fits. */
function narrowBySpelling(w: WorkingText, entries: readonly DistrictEntry[], from: number): DistrictEntry[] {
  const fitting = entries.filter((d) =>
    spelledWords(d).every((s, k) => {
      const word = w.words.at(from + k);
      return word !== undefined && compatibleSpelling(w, word, s);
    }),
  );
  return fitting.length > 0 ? fitting : [...entries];
}
