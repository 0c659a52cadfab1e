import { mkdtemp, readFile, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { PDFDocument, rgb } from 'pdf-lib';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, HeadingLevel } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../src/cli/extract-files.js';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/io.js';
import { InputError, UnsupportedFormatError, readDocument, sniffExtension } from '../src/readers/index.js';
import { CHROME_HEADING, decodeHtml, htmlToMarkdown } from '../src/readers/html.js';
import { buildLines, dropPageFurniture, joinLines, type PdfItem } from '../src/readers/pdf.js';

const ARTICLE = `
<h1>Ban hành Kế hoạch phát triển kinh tế tập thể năm 2024</h1>
<p>Ngày 17/1, UBND tỉnh ban hành Kế hoạch số 21/KH-UBND về phát triển kinh tế tập thể, hợp tác xã năm 2024.</p>
<h2>Mục tiêu cụ thể</h2>
<p>Năm 2024, phấn đấu đạt các chỉ tiêu sau:</p>
<ul>
  <li>Thành lập mới ít nhất 25 HTX và 50 tổ hợp tác;</li>
  <li>Tỷ lệ HTX xếp loại khá, tốt đạt 55 đến 65%.</li>
</ul>
<table>
  <tr><th>Chỉ tiêu</th><th>Năm 2024</th><th>Năm 2025</th></tr>
  <tr><td>Số HTX thành lập mới</td><td>25</td><td>30</td></tr>
</table>`;

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ban hành Kế hoạch - Cổng TTĐT</title>
<script>var views = 123456;</script><style>p{color:red}</style></head><body>
<header class="site-header"><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ</div></header>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a>Top 100 HTX tiêu biểu</a></li></ul></nav>
<div class="breadcrumb">Trang chủ » Kinh tế</div>
<main><article>${ARTICLE}
<div class="view-count">Lượt xem: 7 521</div>
<div class="related-news"><h3>Tin liên quan</h3><ul><li><a>Năm 2022 thành lập mới 35 HTX, vượt kế hoạch</a></li><li><a>Phấn đấu có 1.000 hợp tác xã hoạt động hiệu quả</a></li></ul></div>
<div id="comments" class="comment-box">Bạn đọc: đề nghị thành lập mới 999 HTX</div>
</article></main>
<aside class="sidebar"><h3>Tin mới nhất</h3><ul><li>Thành lập mới 77 HTX trong quý I</li></ul></aside>
<footer><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Đồng Tháp</p><p>Địa chỉ: Số 12, đường 30/4 - Điện thoại: (0277) 3 851 234</p></footer>
</body></html>`;

const bytes = (s: string): Uint8Array => Buffer.from(s, 'utf8');

describe('HTML reader', () => {
  it('renders the article as markdown: headings, lists, tables, paragraphs', () => {
    const { text } = htmlToMarkdown(PAGE);
    const article = text.slice(0, text.indexOf(`## ${CHROME_HEADING}`));
    expect(article).toContain('# Ban hành Kế hoạch phát triển kinh tế tập thể năm 2024\n\n');
    expect(article).toContain('## Mục tiêu cụ thể\n\nNăm 2024, phấn đấu đạt các chỉ tiêu sau:\n\n- Thành lập mới ít nhất 25 HTX và 50 tổ hợp tác;\n- Tỷ lệ HTX');
    expect(article).toContain('| Chỉ tiêu | Năm 2024 | Năm 2025 |\n| --- | --- | --- |\n| Số HTX thành lập mới | 25 | 30 |');
    for (const chrome of ['Trang chủ', 'Lượt xem', 'Tin liên quan', '35 HTX', '77 HTX', 'Điện thoại', 'var views', 'color:red']) expect(article).not.toContain(chrome);
    // Comment boxes are dropped altogether; the page around the article comes after it.
    expect(text).not.toContain('999');
    const chrome = text.slice(text.indexOf(`## ${CHROME_HEADING}`));
    for (const kept of ['Trang chủ', 'Lượt xem: 7 521', '35 HTX', '77 HTX', 'Ủy ban nhân dân tỉnh Đồng Tháp']) expect(chrome).toContain(kept);
  });

  it('takes no target from navigation, counters or related articles, and finds a province named only in the footer, with a warning', async () => {
    const record = await extractBytes(bytes(PAGE), 'page.html', { explain: false });
    expect(record.format).toBe('html');
    expect(record.encoding).toBe('utf-8');
    const values = record.targets.map((t) => t.value ?? t.min);
    expect(values).not.toContain(35);
    expect(values).not.toContain(77);
    expect(values).not.toContain(1000);
    expect(values).not.toContain(999);
    expect(values).not.toContain(7521);
    expect(values).toEqual(expect.arrayContaining([25, 50, 55, 30]));
    const good = record.targets.find((t) => t.indicator === 'htx.good_rate');
    expect(good).toMatchObject({ comparator: 'range', min: 55, max: 65, deadline: 2024 });
    expect(record.targets.find((t) => t.value === 30)?.deadline).toBe(2025);
    expect(record.issuer.province).toBe('Đồng Tháp');
    expect(record.issuer.inferred).toBe(true);
    expect(record.warnings.map((w) => w.code).some((c) => c.startsWith('province-'))).toBe(true);
  });

  it('without an article element, takes the block with most text and says so', () => {
    const page = PAGE.replace('<main><article>', '<div class="wrap"><div class="content">').replace('</article></main>', '</div></div>');
    const { text, warnings } = htmlToMarkdown(page);
    expect(text.indexOf('Thành lập mới ít nhất 25 HTX')).toBeLessThan(text.indexOf(`## ${CHROME_HEADING}`));
    expect(text.slice(0, text.indexOf(`## ${CHROME_HEADING}`))).not.toContain('Top 100');
    expect(warnings.map((w) => w.code)).toContain('html-main-guessed');
  });

  it('honours <meta charset="windows-1258">', () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body><p>Hợp tác xã</p></body></html>`;
    // windows-1258 writes "ợ" as "ơ" and a combining dot below, "ã" as "a" and a combining tilde.
    const raw = iconv.encode(page.replace('ợ', 'ơ\u0323').replace('ã', 'a\u0303'), 'windows1258');
    const decoded = decodeHtml(raw);
    expect(decoded.encoding).toBe('windows-1258');
    expect(decoded.text).toContain('Hợp tác xã');
    // A page that declares windows-1258 but is UTF-8 is read as UTF-8, with a warning.
    const lying = decodeHtml(bytes(page));
    expect(lying.encoding).toBe('utf-8');
    expect(lying.warnings[0]?.message).toMatch(/declares charset windows-1258/);
  });

  it('reads HTML from standard input as a page, and plain text as text', async () => {
    expect(sniffExtension(bytes(PAGE))).toBe('html');
    expect(sniffExtension(bytes('  <html><body><p>x</p></body></html>'))).toBe('html');
    expect(sniffExtension(bytes('Kế hoạch số 21/KH-UBND'))).toBe('txt');
    expect(sniffExtension(bytes('%PDF-1.7\n'))).toBe('pdf');
    const record = await extractBytes(bytes(PAGE), '-', { explain: false });
    expect(record.format).toBe('html');
    expect(record.source).toBe('-');
    expect(record.targets.map((t) => t.value)).not.toContain(35);
  });
});

describe('DOCX reader', () => {
  it('keeps headings, lists and tables', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('KẾ HOẠCH phát triển kinh tế tập thể')] }),
            new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('a) Đến năm 2030:')] }),
            new Paragraph({ bullet: { level: 0 }, children: [new TextRun('Thành lập mới ít nhất 300 HTX;')] }),
            new Table({
              rows: [
                new TableRow({ children: ['Chỉ tiêu', 'Năm 2025', 'Năm 2030'].map((t) => new TableCell({ children: [new Paragraph(t)] })) }),
                new TableRow({ children: ['Số HTX thành lập mới', '120', '300'].map((t) => new TableCell({ children: [new Paragraph(t)] })) }),
              ],
            }),
          ],
        },
      ],
    });
    const read = await readDocument(await Packer.toBuffer(doc), 'plan.docx');
    expect(read.format).toBe('docx');
    expect(read.text).toContain('# KẾ HOẠCH phát triển kinh tế tập thể\n\n## a) Đến năm 2030:\n\n- Thành lập mới ít nhất 300 HTX;');
    expect(read.text).toContain('| Chỉ tiêu | Năm 2025 | Năm 2030 |\n| --- | --- | --- |\n| Số HTX thành lập mới | 120 | 300 |');
  });

  it('refuses what is not a .docx with a clear message', async () => {
    await expect(readDocument(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'x.docx')).rejects.toThrow(/legacy Word \.doc/);
    await expect(readDocument(bytes('hello'), 'x.docx')).rejects.toThrow(InputError);
    await expect(readDocument(Buffer.from('PK\x03\x04 broken zip', 'latin1'), 'x.docx')).rejects.toThrow(/cannot read the \.docx/);
  });
});

const item = (str: string, x: number, y: number, size = 11, right?: number): PdfItem => ({ str, x, y, width: right ? right - x : str.length * size * 0.5, size });

describe('PDF reader', () => {
  it('joins wrapped lines and hyphenated words, keeps paragraphs apart, and drops running headers and page numbers', () => {
    const page = (n: number, body: PdfItem[]): PdfItem[] => [item('UBND TỈNH BẮC KẠN - Kế hoạch số 532/KH-UBND', 70, 800, 8), ...body, item(`Trang ${n}/2`, 280, 40, 9)];
    const p1 = page(1, [
      item('Phấn đấu đến năm 2025 toàn tỉnh có khoảng 3.000 tổ hợp tác với 63.000 thành viên', 92, 700, 11, 525),
      item('và 700 hợp tác xã áp dụng công nghệ trong quản lý, kết nối Inter-', 70, 685, 11, 522),
      item('net và chuyển đổi số.', 70, 670),
      item('- Thành lập mới 30 HTX.', 70, 647),
    ]);
    const p2 = page(2, [item('II. NHIỆM VỤ', 70, 700)]);
    const pages = dropPageFurniture([buildLines(p1), buildLines(p2)]);
    const { text, pageOf } = joinLines(pages);
    expect(text).toBe(
      'Phấn đấu đến năm 2025 toàn tỉnh có khoảng 3.000 tổ hợp tác với 63.000 thành viên và 700 hợp tác xã áp dụng công nghệ trong quản lý, kết nối Internet và chuyển đổi số.\n\n- Thành lập mới 30 HTX.\n\nII. NHIỆM VỤ\n',
    );
    expect(pageOf(text.indexOf('Thành lập'))).toBe(1);
    expect(pageOf(text.indexOf('NHIỆM VỤ'))).toBe(2);
  });

  it('reads a two-column letterhead column by column', () => {
    const lines = buildLines([
      item('ỦY BAN NHÂN DÂN', 70, 780),
      item('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 780),
      item('TỈNH KIÊN GIANG', 80, 765),
      item('Độc lập - Tự do - Hạnh phúc', 330, 765),
    ]);
    expect(joinLines([lines]).text).toBe('ỦY BAN NHÂN DÂN\n\nTỈNH KIÊN GIANG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n');
  });

  it('says that a PDF without a text layer needs OCR first', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 200, height: 100, color: rgb(0.2, 0.2, 0.2) });
    const pdf = await doc.save();
    await expect(readDocument(pdf, 'scan.pdf')).rejects.toThrow(/no text layer: the PDF needs OCR first/);
  });

  it('says that a truncated PDF is damaged', async () => {
    const pdf = await readFile('fixtures/formats/bac-kan-532/document.pdf');
    await expect(readDocument(pdf.subarray(0, 600), 'cut.pdf')).rejects.toThrow(/damaged or truncated|no text layer/);
    await expect(readDocument(bytes('%PDF-1.4\ngarbage'), 'bad.pdf')).rejects.toThrow(InputError);
    await expect(readDocument(bytes('not a pdf'), 'bad.pdf')).rejects.toThrow(/not a PDF/);
  });
});

describe('unsupported formats', () => {
  it('names the format', async () => {
    for (const [name, word] of [['a.doc', '.doc'], ['b.xlsx', '.xlsx'], ['c.png', '.png'], ['d.jpg', '.jpg']] as const) {
      await expect(readDocument(bytes('x'), name)).rejects.toThrow(UnsupportedFormatError);
      await expect(readDocument(bytes('x'), name)).rejects.toThrow(word);
    }
  });

  it('the CLI reports each unsupported file by name, goes on with the others, and exits with 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'htx-readers-'));
    await copyFile('fixtures/formats/bac-kan-532/page.html', join(dir, 'page.html'));
    await copyFile('fixtures/formats/bac-kan-532/document.pdf', join(dir, 'plan.pdf'));
    await writeFile(join(dir, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    await writeFile(join(dir, 'table.xlsx'), Buffer.from('PK\x03\x04', 'latin1'));
    await writeFile(join(dir, 'scan.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    stdout.on('data', (b: Buffer) => out.push(b));
    stderr.on('data', (b: Buffer) => err.push(b));
    const io: Io = { stdout, stderr, stdin: Readable.from(['']), env: {}, cwd: dir };
    const code = await main(['extract', '-j', '1', 'page.html', 'plan.pdf', 'old.doc', 'table.xlsx', 'scan.png'], io);
    const messages = Buffer.concat(err).toString('utf8');
    expect(code).toBe(1);
    for (const [file, format] of [['old.doc', '.doc'], ['table.xlsx', '.xlsx'], ['scan.png', '.png']] as const) {
      expect(messages).toMatch(new RegExp(`${file.replace('.', '\\.')}.*unsupported format \\${format}`));
    }
    const docs = (JSON.parse(Buffer.concat(out).toString('utf8')) as { documents: Array<{ source: string; format: string; targets: unknown[] }> }).documents;
    expect(docs.map((d) => [d.source, d.format])).toEqual([
      ['page.html', 'html'],
      ['plan.pdf', 'pdf'],
    ]);
    expect(docs.every((d) => d.targets.length > 5)).toBe(true);
  });
});
