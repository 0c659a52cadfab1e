import { describe, expect, it } from 'vitest';
import { structureText } from '../../src/pipeline/structure.js';

// Page chrome around a plan: which lines are marked, by the section headings and footer cues.
const chromeOf = (lines: string[]): boolean[] => structureText(lines.join('\n\n')).map((b) => b.chrome);

describe('page chrome', () => {
  it('a section heading alone, at the start or at the end of a short line makes what follows chrome', () => {
    for (const heading of ['Tin liên quan', 'TIN LIÊN QUAN:', 'Tin liên quan đến HTX', 'Xem các tin liên quan']) {
      expect(chromeOf(['Phấn đấu có 100 hợp tác xã.', heading, 'Năm 2022 thành lập mới 35 HTX'])).toEqual([false, true, true]);
    }
  });

  it('a cue inside a longer word, or in the middle of a line, is no section heading', () => {
    expect(chromeOf(['Bản tin liên quanh', 'Năm 2022 thành lập mới 35 HTX'])).toEqual([false, false]);
    expect(chromeOf(['Các tin liên quan khác đều cũ hơn', 'Năm 2022 thành lập mới 35 HTX'])).toEqual([false, false]);
    expect(chromeOf(['Theo bản tin liên quan hôm qua', 'Năm 2022 thành lập mới 35 HTX'])).toEqual([false, false]);
  });

  it('a short footer line with a footer cue is chrome; a cue inside a word is not', () => {
    expect(chromeOf(['Phấn đấu có 100 hợp tác xã.', 'Điện thoại: 0299 3 834 570'])).toEqual([false, true]);
    expect(chromeOf(['Phấn đấu có 100 hợp tác xã.', 'Liên hệ qua emails của Sở'])).toEqual([false, false]);
  });
});
