import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes, looksBinary, type Encoding } from '../src/readers/encoding.js';
import { VNI_TABLE, decodeVni, encodeVni } from '../src/readers/vni.js';

// ---------------------------------------------------------------------------------------
// Fixtures built here: every Vietnamese letter, realistic sentences, and encoders.

const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323']; // none, sắc, huyền, hỏi, ngã, nặng
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const LOWER = [...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))), 'đ'];
const LETTERS = [...LOWER, ...LOWER.map((l) => l.toUpperCase())];

const SENTENCES = [
  'Đến năm 2030, toàn tỉnh có khoảng 3.000 tổ hợp tác với 63.000 thành viên; 700 hợp tác xã với 100.000 thành viên.',
  'Ủy ban nhân dân tỉnh Kiên Giang',
  'UBND HUYỆN CHÂU THÀNH - TỈNH SÓC TRĂNG',
  'Phấn đấu đến năm 2025, thu nhập bình quân của thành viên hợp tác xã đạt 85 triệu đồng/năm; ' +
    'tỷ lệ hợp tác xã hoạt động hiệu quả, xếp loại tốt, khá đạt từ 70% - 85%.\r\n' +
    'Thành lập mới 30 tổ hợp tác, 180 HTX, 2 liên hiệp HTX; không có HTX yếu kém.',
  'Ban Thường vụ Tỉnh ủy Hải Dương ban hành Chương trình hành động số 64-CTr/TU thực hiện Nghị quyết số 20-NQ/TW ' +
    'ngày 16.6.2022 của Ban Chấp hành Trung ương khóa XIII về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể.',
];

/** The letter inside a realistic sentence, so that the encoding can be told from the rest. */
const inSentence = (letter: string): string =>
  `Đến năm 2030, toàn tỉnh có khoảng 3.000 tổ hợp tác (chữ ${letter}, x${letter}y) với 63.000 thành viên; 700 hợp tác xã với 100.000 thành viên.`;

const TONE_SET = new Set(TONES.slice(1));
// Bytes that windows-1258 has for a whole character (precomposed Latin-1 letters and ă â ê ô ơ ư đ).
const CP1258_CHARS = new Set([...iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, i) => i)), 'windows1258')]);

/**
 * windows-1258 writes a toned letter as base + combining tone (iconv-lite maps character by
 * character, so it needs that form). `precomposed` keeps letters that the code page has
 * whole (á, à, é, ...), as Windows does; otherwise every tone is a combining mark.
 */
function toWindows1258(text: string, precomposed: boolean): Buffer {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (precomposed && CP1258_CHARS.has(ch)) {
      out += ch;
      continue;
    }
    let base = '';
    let tone = '';
    for (const c of ch.normalize('NFD')) {
      if (TONE_SET.has(c)) tone += c;
      else base += c;
    }
    out += base.normalize('NFC') + tone;
  }
  return iconv.encode(out, 'windows1258');
}

const ENCODERS: Record<string, { encoding: Encoding; encode: (text: string) => Uint8Array }> = {
  'utf-8': { encoding: 'utf-8', encode: (t) => Buffer.from(t, 'utf8') },
  'utf-8 NFD': { encoding: 'utf-8', encode: (t) => Buffer.from(t.normalize('NFD'), 'utf8') },
  'utf-8 BOM': { encoding: 'utf-8-bom', encode: (t) => Buffer.from('\uFEFF' + t, 'utf8') },
  'utf-16le BOM': { encoding: 'utf-16le', encode: (t) => Buffer.from('\uFEFF' + t, 'utf16le') },
  'utf-16be BOM': { encoding: 'utf-16be', encode: (t) => Buffer.from('\uFEFF' + t, 'utf16le').swap16() },
  'utf-16le NFD BOM': { encoding: 'utf-16le', encode: (t) => Buffer.from('\uFEFF' + t.normalize('NFD'), 'utf16le') },
  'windows-1258 (tones as marks)': { encoding: 'windows-1258', encode: (t) => toWindows1258(t, false) },
  'windows-1258 (precomposed where possible)': { encoding: 'windows-1258', encode: (t) => toWindows1258(t, true) },
  tcvn3: { encoding: 'tcvn3', encode: (t) => iconv.encode(t.normalize('NFC'), 'tcvn') },
  'tcvn3 from NFD': { encoding: 'tcvn3', encode: (t) => iconv.encode(t.normalize('NFD').normalize('NFC'), 'tcvn') },
  vni: { encoding: 'vni', encode: (t) => iconv.encode(encodeVni(t), 'windows1252') },
  'vni from NFD': { encoding: 'vni', encode: (t) => iconv.encode(encodeVni(t.normalize('NFD')), 'windows1252') },
};

// ---------------------------------------------------------------------------------------

describe('Vietnamese letters', () => {
  it('lists all 146 letters: 12 vowels x 6 tones x 2 cases, plus đ Đ', () => {
    expect(new Set(LETTERS).size).toBe(146);
    for (const l of LETTERS) expect(l).toHaveLength(1);
  });
});

describe('VNI table', () => {
  it('holds every non-ASCII Vietnamese letter, as 1 or 2 latin1 characters', () => {
    const expected = LETTERS.filter((l) => l.charCodeAt(0) > 0x7f).sort();
    expect(Object.keys(VNI_TABLE).sort()).toEqual(expected);
    for (const [letter, seq] of Object.entries(VNI_TABLE)) {
      expect(letter.normalize('NFC')).toBe(letter);
      expect(seq.length === 1 || seq.length === 2).toBe(true);
      for (const ch of seq) expect(ch.charCodeAt(0)).toBeLessThan(0x100);
    }
  });

  it('writes capitals as the latin1 upper case of the lower-case sequence', () => {
    for (const l of LOWER) {
      const seq = VNI_TABLE[l];
      if (seq === undefined) continue;
      expect(VNI_TABLE[l.toUpperCase()]).toBe(seq.toUpperCase());
    }
  });

  it('gives no two letters the same sequence', () => {
    const seqs = Object.values(VNI_TABLE);
    expect(new Set(seqs).size).toBe(seqs.length);
  });
});

describe('encodeVni / decodeVni', () => {
  it.each([
    ['Vieät Nam', 'Việt Nam'],
    ['hôïp taùc xaõ', 'hợp tác xã'],
    ['HÔÏP TAÙC XAÕ', 'HỢP TÁC XÃ'],
    ['Uûy ban nhaân daân tænh Kieân Giang', 'Ủy ban nhân dân tỉnh Kiên Giang'],
    ['kinh teá taäp theå', 'kinh tế tập thể'],
    ['ñöôïc, cuûa, vaø, naêm, caùc', 'được, của, và, năm, các'],
    ['Ñaûng boä thò xaõ', 'Đảng bộ thị xã'],
    ['lónh vöïc, thaïc só, baèng, chaúng, ñaëc, kyø, quyù, thuôû', 'lĩnh vực, thạc sĩ, bằng, chẳng, đặc, kỳ, quý, thuở'],
    ['Chính phuû; Thuû töôùng', 'Chính phủ; Thủ tướng'],
    ['\u0093kinh teá\u0094 \u0096 100%', '“kinh tế” – 100%'],
  ])('decodes %j as %j', (vni, text) => {
    expect(decodeVni(vni)).toBe(text);
  });

  it.each(LETTERS)('round-trips %s alone, between letters and in a sentence', (letter) => {
    for (const text of [letter, `x${letter}y`, `${letter}${letter}`, inSentence(letter)]) {
      const vni = encodeVni(text);
      for (const ch of vni) expect(ch.charCodeAt(0)).toBeLessThan(0x100);
      expect(decodeVni(vni)).toBe(text);
      expect(decodeVni(encodeVni(text.normalize('NFD')))).toBe(text);
    }
  });

  it('round-trips all letters run together and every sentence', () => {
    const all = LETTERS.join('');
    expect(decodeVni(encodeVni(all))).toBe(all);
    for (const s of SENTENCES) expect(decodeVni(encodeVni(s))).toBe(s);
  });

  it('reads the same text whether the bytes came as latin1 or windows-1252', () => {
    const bytes = iconv.encode(encodeVni('“Hợp tác xã” – kinh tế tập thể…'), 'windows1252');
    expect(decodeVni(bytes.toString('latin1'))).toBe('“Hợp tác xã” – kinh tế tập thể…');
    expect(decodeVni(iconv.decode(bytes, 'windows1252'))).toBe('“Hợp tác xã” – kinh tế tập thể…');
  });
});

describe('decodeBytes: every encoding, every sentence', () => {
  const cases = Object.entries(ENCODERS).flatMap(([name, enc]) => SENTENCES.map((s) => [name, s, enc] as const));
  it.each(cases)('%s: %s', (_name, sentence, { encoding, encode }) => {
    const r = decodeBytes(encode(sentence));
    expect(r.text).toBe(sentence);
    expect(r.text).toBe(r.text.normalize('NFC'));
    expect(r.encoding).toBe(encoding);
    expect(r.confident).toBe(true);
    expect(r.warning).toBeNull();
  });
});

describe('decodeBytes: every letter in a sentence through the legacy encodings', () => {
  const legacy = ['windows-1258 (tones as marks)', 'windows-1258 (precomposed where possible)', 'tcvn3', 'vni'];
  const cases = legacy.flatMap((name) => LETTERS.map((l) => [name, l] as const));
  it.each(cases)('%s: %s', (name, letter) => {
    const enc = ENCODERS[name];
    if (enc === undefined) throw new Error(name);
    const text = inSentence(letter);
    const r = decodeBytes(enc.encode(text));
    expect(r.text).toBe(text);
    expect(r.encoding).toBe(enc.encoding);
    expect(r.confident).toBe(true);
  });
});

describe('decodeBytes: TCVN3 as ABC / .VnTime documents store it', () => {
  it('reads the classic bytes (shown in windows-1252 as "Céng hoµ x· héi chñ nghÜa ViÖt Nam")', () => {
    const bytes = Buffer.from('Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc', 'latin1');
    const r = decodeBytes(bytes);
    expect(r).toMatchObject({ encoding: 'tcvn3', confident: true, warning: null });
    expect(r.text).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc');
  });

  it('restores capitals set with a capitals font (VN3 has no toned capitals)', () => {
    // "UBND HUYỆN CHÂU THÀNH - TỈNH SÓC TRĂNG" with the toned capitals stored as lower case.
    const bytes = Buffer.from('UBND HUYÖN CH¢U THµNH - TØNH SãC TR¡NG\n§¶NG Bé TØNH, Xu©n Léc, X· Hµ', 'latin1');
    const r = decodeBytes(bytes);
    expect(r.encoding).toBe('tcvn3');
    expect(r.text).toBe('UBND HUYỆN CHÂU THÀNH - TỈNH SÓC TRĂNG\nĐẢNG BỘ TỈNH, Xuân Lộc, Xã Hà');
  });

  it.each([
    ['CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['UBND X· T©n Phó, huyÖn Ch©u Thµnh', 'UBND Xã Tân Phú, huyện Châu Thành'],
    ['Xu©n Léc, X· Hµ, Bé Tµi chÝnh', 'Xuân Lộc, Xã Hà, Bộ Tài chính'],
    ['Ban Th­êng vô TØnh ñy H¶i D­¬ng', 'Ban Thường vụ Tỉnh ủy Hải Dương'],
    ['Sè: 251/KH-UBND', 'Số: 251/KH-UBND'],
    ['§¶NG Bé', 'ĐẢNG Bộ'],
  ])('capitals: %s', (stored, text) => {
    const r = decodeBytes(Buffer.from(`${stored}\nkinh tÕ tËp thÓ, hîp t¸c x·`, 'latin1'));
    expect(r.encoding).toBe('tcvn3');
    expect(r.text).toBe(`${text}\nkinh tế tập thể, hợp tác xã`);
  });
});

describe('decodeBytes: TCVN3 with VN1 capitals', () => {
  it('leaves the case alone when the file uses VN1 toned capitals anywhere', () => {
    const text = 'ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG\nSố: 251/KH-UBND; Bộ KH';
    const r = decodeBytes(iconv.encode(text, 'tcvn'));
    expect(r).toMatchObject({ text, encoding: 'tcvn3', confident: true });
  });
});

describe('decodeBytes: BOMs, NFD, line ends', () => {
  it('strips the BOM and normalises to NFC', () => {
    const text = 'Hợp tác xã\r\nkinh tế tập thể';
    for (const [bytes, encoding] of [
      [Buffer.from('\uFEFF' + text.normalize('NFD'), 'utf8'), 'utf-8-bom'],
      [Buffer.from('\uFEFF' + text.normalize('NFD'), 'utf16le'), 'utf-16le'],
      [Buffer.from('\uFEFF' + text.normalize('NFD'), 'utf16le').swap16(), 'utf-16be'],
    ] as const) {
      const r = decodeBytes(bytes);
      expect(r).toEqual({ text, encoding, confident: true, warning: null });
    }
  });

  it('keeps CRLF and non-breaking spaces as they are', () => {
    const text = 'Mục tiêu:\r\n- 700\u00A0hợp tác xã';
    expect(decodeBytes(Buffer.from(text)).text).toBe(text);
    expect(decodeBytes(toWindows1258(text + ' với 100.000 thành viên của các tổ hợp tác', false)).text).toBe(
      text + ' với 100.000 thành viên của các tổ hợp tác',
    );
  });

  it('recognises UTF-16 without a BOM by its zero bytes', () => {
    const text = SENTENCES[0] ?? '';
    expect(decodeBytes(Buffer.from(text, 'utf16le'))).toMatchObject({ text, encoding: 'utf-16le' });
    expect(decodeBytes(Buffer.from(text, 'utf16le').swap16())).toMatchObject({ text, encoding: 'utf-16be' });
  });

  it('reads empty input and pure ASCII as confident UTF-8', () => {
    expect(decodeBytes(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8', confident: true, warning: null });
    const ascii = 'Ke hoach so 251/KH-UBND: 700 HTX, 100.000 thanh vien.';
    expect(decodeBytes(Buffer.from(ascii))).toEqual({ text: ascii, encoding: 'utf-8', confident: true, warning: null });
  });

  it('accepts a Uint8Array that is a view into a larger buffer', () => {
    const whole = Buffer.concat([Buffer.from('xxxx'), iconv.encode(encodeVni(SENTENCES[0] ?? ''), 'windows1252'), Buffer.from('yyyy')]);
    const view = new Uint8Array(whole.buffer, whole.byteOffset + 4, whole.length - 8);
    expect(decodeBytes(view)).toMatchObject({ text: SENTENCES[0], encoding: 'vni', confident: true });
  });
});

describe('decodeBytes: never guessing silently', () => {
  it.each([
    ['windows-1258', toWindows1258('năm', false)],
    ['tcvn3', iconv.encode('năm', 'tcvn')],
    ['vni', iconv.encode(encodeVni('năm'), 'windows1252')],
  ] as const)('short ambiguous input: warns that %s is a guess', (encoding, bytes) => {
    const r = decodeBytes(bytes);
    expect(r.text).toBe('năm');
    expect(r.encoding).toBe(encoding);
    expect(r.confident).toBe(false);
    expect(r.warning).toBe(`encoding not certain: read as ${encoding} (guess)`);
  });

  it('always names the guess in the warning when not confident', () => {
    for (const text of ['Hợp tác xã', 'Việt', 'của', 'Số: 251']) {
      for (const bytes of [toWindows1258(text, false), iconv.encode(text, 'tcvn'), iconv.encode(encodeVni(text), 'windows1252')]) {
        const r = decodeBytes(bytes);
        if (!r.confident) expect(r.warning).toContain(`read as ${r.encoding}`);
        else expect(r.warning).toBeNull();
      }
    }
  });

  it('random bytes: UTF-8 with replacement characters, not confident, with a warning', () => {
    let seed = 20220616;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (const [n, low] of [
      [16, 0],
      [300, 0],
      [5000, 0],
      [300, 0x20],
      [5000, 0x20],
    ] as const) {
      const bytes = Uint8Array.from({ length: n }, () => low + Math.floor(random() * (256 - low)));
      const r = decodeBytes(bytes);
      expect(r.encoding).toBe('utf-8');
      expect(r.confident).toBe(false);
      expect(r.warning).toMatch(/encoding not (recognised|certain)/);
      expect(r.text).toBe(r.text.normalize('NFC'));
    }
  });

  it('UTF-8 with a few broken bytes: UTF-8, not confident, says bytes were replaced', () => {
    const good = Buffer.from(SENTENCES.join('\n'));
    const broken = Buffer.concat([good.subarray(0, 40), Buffer.from([0xff, 0x80]), good.subarray(40)]);
    const r = decodeBytes(broken);
    expect(r.encoding).toBe('utf-8');
    expect(r.confident).toBe(false);
    expect(r.warning).toMatch(/replaced with U\+FFFD/);
    expect(r.text).toContain('\uFFFD');
    expect(r.text).toContain('Ủy ban nhân dân tỉnh Kiên Giang');
  });

  it('broken UTF-8 after a UTF-8 BOM: not confident, warns', () => {
    const r = decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xff, 0x62]));
    expect(r).toMatchObject({ text: 'a\uFFFDb', encoding: 'utf-8-bom', confident: false });
    expect(r.warning).toMatch(/replaced/);
  });

  it('Western European windows-1252 text is not passed off as Vietnamese', () => {
    const r = decodeBytes(iconv.encode('Der Bürgermeister hat größere Pläne für die Straße. Ça va très bien.', 'windows1252'));
    expect(r.confident).toBe(false);
    expect(r.warning).not.toBeNull();
  });
});

describe('looksBinary', () => {
  it('says yes to NUL bytes and to a high share of control bytes', () => {
    expect(looksBinary(Buffer.from('%PDF-1.7\n\u0000\u0001\u0002binary', 'latin1'))).toBe(true);
    expect(looksBinary(Uint8Array.from({ length: 400 }, (_, i) => (i * 7) % 32))).toBe(true);
    expect(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe(true);
  });

  it.each(Object.entries(ENCODERS))('says no to text in %s', (_name, { encode }) => {
    for (const s of SENTENCES) expect(looksBinary(encode(s))).toBe(false);
  });

  it('says no to empty input, UTF-16 without BOM, and TCVN3 capitals on control codes', () => {
    expect(looksBinary(new Uint8Array(0))).toBe(false);
    expect(looksBinary(Buffer.from(SENTENCES[0] ?? '', 'utf16le'))).toBe(false);
    const caps = iconv.encode('ỨNG DỤNG, ỦY BAN, TỰ DO, KỶ LUẬT', 'tcvn');
    expect(caps.some((b) => b < 0x20)).toBe(true);
    expect(looksBinary(caps)).toBe(false);
    expect(decodeBytes(caps)).toMatchObject({ text: 'ỨNG DỤNG, ỦY BAN, TỰ DO, KỶ LUẬT', encoding: 'tcvn3' });
  });
});

describe('speed', () => {
  it('decodes 5 MB in each encoding well under a second', () => {
    let text = '';
    while (text.length < 5_000_000) text += SENTENCES.join('\n') + '\n';
    for (const name of ['utf-8', 'utf-8 NFD', 'windows-1258 (tones as marks)', 'tcvn3', 'vni']) {
      const enc = ENCODERS[name];
      if (enc === undefined) throw new Error(name);
      const bytes = enc.encode(text);
      const t0 = performance.now();
      const r = decodeBytes(bytes);
      const ms = performance.now() - t0;
      expect(r.encoding).toBe(enc.encoding);
      expect(r.text.length).toBe(text.length);
      expect(ms, `${name}: ${ms.toFixed(0)} ms`).toBeLessThan(1000);
    }
  });
});
