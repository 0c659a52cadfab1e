import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract } from '../src/pipeline/extract.js';
import { normalise } from '../src/pipeline/normalise.js';
import { InputError, readDocument, UnsupportedFormatError } from '../src/readers/index.js';
import { DocumentSchema, type Format } from '../src/schema/target-file.js';

// Fuzzing the engine: whatever the input, extract() returns a record that passes the
// schema, and every quote is text of the (normalised) input. The normal test run uses a
// fixed seed and few runs; `npm run fuzz` sets FUZZ_RUNS for long runs (and FUZZ_SEED to
// explore other seeds).

const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? '') || 60);
const SEED = Number(process.env.FUZZ_SEED ?? '') || 20240616;
const LONG = process.env.FUZZ_RUNS !== undefined;
// A long run takes as long as it takes; the normal run stays well under 20 s in total.
const TIMEOUT = LONG ? 0 : 60_000;
const params = (scale = 1): fc.Parameters<unknown> => ({ numRuns: Math.max(1, Math.round(RUNS * scale)), seed: SEED, endOnFailure: true });

const SEEDS_DIR = join(import.meta.dirname, '..', 'seeds');
const SEEDS = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'));

/** Runs extract and checks the three promises; returns nothing, throws on a broken one. */
function checkExtract(input: string, format: Format = 'text'): void {
  const record = extract(input, { format, source: 'fuzz', explain: true });
  const parsed = DocumentSchema.safeParse(record);
  if (!parsed.success) throw new Error(`schema: ${JSON.stringify(parsed.error.issues[0])}`);
  const { text } = normalise(input);
  for (const t of record.targets) {
    if (!text.includes(t.quote)) throw new Error(`quote not in the input: ${JSON.stringify(t.quote)}`);
    if (t.location.offset > input.length) throw new Error(`location past the end: ${t.location.offset} > ${input.length}`);
  }
}

// Words, numbers and punctuation of the domain, so that random text reaches deep into the
// rules (comparators, ranges, units, headings, tables, years) instead of stopping early.
const TOKENS = [
  'Đến năm 2030', 'năm 2025', 'giai đoạn 2021-2025', 'phấn đấu', 'mục tiêu', 'chỉ tiêu', 'Hiện có', 'tính đến 30/6/2023',
  'có khoảng', 'trên', 'hơn', 'vượt', 'ít nhất', 'tối thiểu', 'từ', 'đến', 'trở lên', 'không dưới', 'dưới', 'không quá',
  'tối đa', 'khoảng', 'gần', 'đạt', 'đạt từ', 'thành lập mới', 'không có', 'yếu kém', 'tốt, khá', 'hoạt động hiệu quả',
  'hợp tác xã', 'HTX', 'tổ hợp tác', 'THT', 'liên hiệp HTX', 'thành viên', 'cán bộ quản lý', 'giám đốc', 'người',
  'thu nhập bình quân', 'doanh thu', 'lợi nhuận', 'triệu đồng/năm', 'tỷ đồng', 'triệu', 'nghìn', 'ngàn', 'tỷ', '%', '%/năm',
  'mỗi năm', 'hằng năm', 'ba', 'hai', 'một trăm', 'mười', 'năm', 'tư', 'lăm', 'OCOP', 'chuyển đổi số', 'công nghệ cao',
  'chuỗi giá trị', 'kinh tế tập thể', 'UBND tỉnh', 'Tỉnh ủy', 'Kiên Giang', 'huyện Châu Thành', 'Số: 251/KH-UBND',
  'Nghị quyết số 20-NQ/TW', 'ngày 16.6.2022', 'ban hành Kế hoạch', 'Căn cứ', 'KẾ HOẠCH', 'MỤC TIÊU CỤ THỂ', 'Lượt xem: 119',
  'Tin liên quan', 'Điện thoại: (0299) 3 834 570', '4.0', 'lần thứ năm', 'khóa XIII', '6 tháng cuối năm', 'https://x.vn/a',
  '3.000', '63.000', '100.000', '2,4', '0,8', '70', '85', '01', '7 521', '1.1.1', '16:29', '\u00A0', '\u200B', '\u00AD',
  'a)', 'b)', '1.', '1.2.', 'II.', '-', '+', '•', '|', '\t', ';', ':', ',', '.', '. ', '(', ')', '…', '**', '_', '`', '#', '##',
  '\n', '\n', '\n\n', '\r\n', ' ', ' ', ' ', 'x-\nã', 'e\u0301', 'Ð', '=HYPERLINK("http://x")', '"', '“', '”',
];
const tokenText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((ts) => ts.join(''));
const tokenSpaced = fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((ts) => ts.join(' '));

type Mutation =
  | { op: 'deleteLine' | 'duplicateLine'; at: number }
  | { op: 'swapLines'; a: number; b: number }
  | { op: 'deleteChars'; at: number; len: number }
  | { op: 'duplicateChars'; at: number; len: number }
  | { op: 'swapChars'; a: number; b: number }
  | { op: 'insert'; at: number; text: string };

const position = fc.nat({ max: 1_000_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('deleteLine' as const, 'duplicateLine' as const), at: position }),
  fc.record({ op: fc.constant('swapLines' as const), a: position, b: position }),
  fc.record({ op: fc.constantFrom('deleteChars' as const, 'duplicateChars' as const), at: position, len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('swapChars' as const), a: position, b: position }),
  fc.record({ op: fc.constant('insert' as const), at: position, text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8, unit: 'binary' })) }),
);

function mutate(text: string, ms: readonly Mutation[]): string {
  let s = text;
  for (const m of ms) {
    const lines = s.split('\n');
    const li = (n: number): number => n % Math.max(1, lines.length);
    const ci = (n: number): number => n % Math.max(1, s.length);
    switch (m.op) {
      case 'deleteLine':
        lines.splice(li(m.at), 1);
        s = lines.join('\n');
        break;
      case 'duplicateLine':
        lines.splice(li(m.at), 0, lines[li(m.at)] ?? '');
        s = lines.join('\n');
        break;
      case 'swapLines': {
        const a = li(m.a);
        const b = li(m.b);
        [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
        s = lines.join('\n');
        break;
      }
      case 'deleteChars':
        s = s.slice(0, ci(m.at)) + s.slice(ci(m.at) + m.len);
        break;
      case 'duplicateChars':
        s = s.slice(0, ci(m.at) + m.len) + s.slice(ci(m.at));
        break;
      case 'swapChars': {
        const a = Math.min(ci(m.a), ci(m.b));
        const b = Math.max(ci(m.a), ci(m.b));
        if (a !== b) s = s.slice(0, a) + s[b] + s.slice(a + 1, b) + s[a] + s.slice(b + 1);
        break;
      }
      case 'insert':
        s = s.slice(0, ci(m.at)) + m.text + s.slice(ci(m.at));
        break;
    }
  }
  return s;
}

const format = fc.constantFrom<Format>('text', 'markdown');

describe('fuzz: extract() never throws, passes the schema, quotes come from the input', () => {
  it('every seed as it is, in both formats', () => {
    for (const s of SEEDS) {
      checkExtract(s, 'text');
      checkExtract(s, 'markdown');
    }
  });

  it('regressions found by fuzzing', () => {
    // "năm 2224" in the issuing sentence became the plan year, then a deadline the schema refuses
    checkExtract('UBND huyện Châu Thành ban hành Kế hoạch phát triển kinh tế tập thể trên địa bàn huyện Châu Thành năm 2224.\n\nĐã có 50 hợp tác xã.');
    checkExtract('KẾ HOẠCH phát triển hợp tác xã năm 9999\n\nPhấn đấu có 700 hợp tác xã. Hiện có 600 hợp tác xã.');
    // Markdown nested thousands deep: remark overflowed the stack
    checkExtract('1. '.repeat(20_000), 'markdown');
    checkExtract(`${'> '.repeat(20_000)}Phấn đấu có 700 hợp tác xã.`, 'markdown');
  });

  it('arbitrary unicode strings', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 300 })), format, (s, f) => {
        checkExtract(s, f);
      }),
      params(),
    );
  });

  it('random sequences of domain words, numbers and punctuation', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.oneof(tokenText, tokenSpaced), format, (s, f) => {
        checkExtract(s, f);
      }),
      params(2),
    );
  });

  it('random bytes decoded like a .txt file', { timeout: TIMEOUT }, async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 600 }),
      // mostly text with a few odd bytes: reaches the encoding guesser, not just the binary check
      fc.tuple(fc.constantFrom(...SEEDS), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 12 })).map(([s, edits]) => {
        const b = Buffer.from(s.slice(0, 1500), 'utf8');
        for (const [at, v] of edits) b[at % b.length] = v;
        return new Uint8Array(b);
      }),
    );
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom('plan.txt', 'plan.md'), async (b, name) => {
        let doc;
        try {
          doc = await readDocument(b, name);
        } catch (error) {
          // a reader may refuse a file, with a reason, but only in its own terms
          if (error instanceof InputError || error instanceof UnsupportedFormatError) return;
          throw error;
        }
        expect(typeof doc.text).toBe('string');
        checkExtract(doc.text, doc.format);
      }),
      params(),
    );
  });

  it('seeds mutated by deleting, duplicating and swapping lines and characters', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.nat({ max: SEEDS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 12 }), format, (i, ms, f) => {
        checkExtract(mutate(SEEDS[i]!, ms), f);
      }),
      params(0.5),
    );
  });
});
