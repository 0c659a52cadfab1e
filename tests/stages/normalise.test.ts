import { describe, expect, it } from 'vitest';
import { fold, makeLocator, normalise } from '../../src/pipeline/normalise.js';

describe('normalise', () => {
  it.each([
    ['NFD becomes NFC', 'Ha\u0300 No\u0302\u0323i', 'Hà Nội'],
    ['CRLF becomes LF', 'a\r\nb\rc', 'a\nb\nc'],
    ['non-breaking and odd spaces become spaces', 'khoảng\u00A03.000\u2009HTX', 'khoảng 3.000 HTX'],
    ['zero-width characters and soft hyphens disappear', 'hợp\u200B tác\u00AD xã\uFEFF', 'hợp tác xã'],
    ['Icelandic Eth stands for Đ', '\u00D0ến năm', 'Đến năm'],
    ['a foreign word split at a line end comes back', 'Inter-\nnet', 'Internet'],
    ['a hyphen between long words stays', 'kinh tế-\nxã hội', 'kinh tế-\nxã hội'],
  ])('%s', (_name, input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });

  it('folds to lower case without diacritics, keeping the length', () => {
    const text = 'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK';
    expect(fold(text)).toBe('uy ban nhan dan tinh dak lak');
    expect(fold(text)).toHaveLength(text.length);
  });

  it('maps normalised offsets back to the original line and column', () => {
    const original = 'Dòng một\r\nCó khoa\u0309ng 3.000 HTX';
    const norm = normalise(original);
    const at = norm.text.indexOf('3.000');
    expect(makeLocator(norm).locate(at)).toEqual({ line: 2, column: 12, offset: original.indexOf('3.000') });
  });
});
