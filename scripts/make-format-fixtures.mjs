#!/usr/bin/env node
// Builds fixtures/formats/<plan>/ from plain UTF-8 plans: the same plan as
//   original.txt            the plain text (copied as is)
//   page.html               a saved web page: site header, navigation menu, breadcrumb, view
//                           counter, the article, related articles with numbers, comment box,
//                           footer with address and phone (the last plan: windows-1258 with
//                           <meta charset="windows-1258">)
//   document.docx           Word: title and capital lines as headings, "- " lines as a bulleted list
//   document.pdf            A4, DejaVu Sans, hard-wrapped lines with a first-line indent, a
//                           running header and "Trang N/M" page numbers
//   original.<enc>.txt      encoding variants, by scripts/make-encoding-variants.mjs
// The text of each paragraph is written unchanged, so every variant must give the targets of
// original.txt. Deterministic: same inputs, same bytes (fixed dates in the .docx and .pdf).
//
// usage: node scripts/make-format-fixtures.mjs [--out fixtures/formats]
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { toWindows1258Form } from './make-encoding-variants.mjs';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, rgb } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import JSZip from 'jszip';

const PLANS = [
  { name: 'kien-giang-251', source: 'seeds/001_5ee1f493e2dc585a.txt', site: 'Thư viện văn bản pháp luật' },
  { name: 'bac-kan-532', source: 'seeds/004_e8c341b51b59ed2c.txt', site: 'Cổng thông tin điện tử tỉnh Bắc Kạn' },
  { name: 'ha-tinh-186', source: 'fixtures/corpus/prov-ha-tinh-kh-ubnd/input.txt', site: 'Báo Hà Tĩnh điện tử', charset: 'windows-1258' },
];
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const FIXED_DATE = new Date('2024-01-01T00:00:00Z');

const args = process.argv.slice(2);
const outRoot = args[args.indexOf('--out') + 1] && args.includes('--out') ? args[args.indexOf('--out') + 1] : 'fixtures/formats';

// ---------------------------------------------------------------------------------------
// Plain text → paragraphs with a role

const BULLET = /^[-+•]\s+/;
function isCaps(s) {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4) return false;
  return [...letters].filter((c) => /\p{Lu}/u.test(c)).length / letters.length > 0.85;
}

function paragraphs(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out = [];
  let first = true;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (/^[-=_]{3,}$/.test(line)) continue; // letterhead rules
    if (first) out.push({ role: 'title', text: line });
    else if (BULLET.test(line)) out.push({ role: 'bullet', text: line.replace(BULLET, ''), marker: line[0] });
    else if (isCaps(line)) out.push({ role: 'caps', text: line });
    else out.push({ role: 'para', text: line });
    first = false;
  }
  return out;
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// ---------------------------------------------------------------------------------------
// HTML with site chrome

function html(plan, paras) {
  const body = [];
  let list = false;
  for (const p of paras) {
    if (p.role === 'bullet' && !list) {
      body.push('<ul>');
      list = true;
    } else if (p.role !== 'bullet' && list) {
      body.push('</ul>');
      list = false;
    }
    if (p.role === 'title') continue;
    if (p.role === 'bullet') body.push(`  <li>${esc(p.text)}</li>`);
    else if (p.role === 'caps') body.push(`<p style="text-align:center"><strong>${esc(p.text)}</strong></p>`);
    else body.push(`<p>${esc(p.text)}</p>`);
  }
  if (list) body.push('</ul>');
  const title = paras[0].text;
  const charset = plan.charset ?? 'utf-8';
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="${charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} - ${esc(plan.site)}</title>
<link rel="stylesheet" href="/css/site.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('config', 'UA-1234567-8');</script>
<style>.menu li{display:inline-block}</style>
</head>
<body>
<header id="header" class="site-header">
  <div class="logo"><a href="/"><img src="/logo.png" alt="${esc(plan.site)}"></a></div>
  <div class="top-links">Thứ Tư, 17/01/2024 | <a href="/lien-he">Liên hệ</a> | <a href="/rss">RSS</a> | Hotline: 0912 345 678</div>
</header>
<nav class="main-menu">
  <ul class="menu">
    <li><a href="/">Trang chủ</a></li>
    <li><a href="/gioi-thieu">Giới thiệu</a></li>
    <li><a href="/tin-tuc">Tin tức - Sự kiện</a></li>
    <li><a href="/kinh-te">Kinh tế</a></li>
    <li><a href="/van-ban">Văn bản</a></li>
    <li><a href="/top-100">Top 100 HTX tiêu biểu</a></li>
  </ul>
</nav>
<div class="container">
  <div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/kinh-te">Kinh tế</a> » Hợp tác xã</div>
  <div class="row">
    <div class="col-md-8">
      <article class="news-detail">
        <h1 class="news-title">${esc(title)}</h1>
        <div class="news-meta">17/01/2024 15:20 <span class="view-count">Lượt xem: 1.245</span></div>
        <div class="share-tools"><a href="#">Chia sẻ</a> <a href="#">In bài</a> <span>Cỡ chữ: A A A</span></div>
        <div class="news-content" itemprop="articleBody">
${body.join('\n')}
        </div>
        <div class="tags">Từ khóa: <a>kinh tế tập thể</a>, <a>hợp tác xã</a>, <a>Nghị quyết 20</a></div>
      </article>
      <div class="related-news">
        <h3>Tin liên quan</h3>
        <ul>
          <li><a href="/a1">Năm 2022 thành lập mới 35 HTX, vượt kế hoạch đề ra</a> <span>(10/01/2023)</span></li>
          <li><a href="/a2">Hỗ trợ 15 HTX xây dựng kho lạnh, 70% HTX đạt loại khá</a> <span>(20/11/2023)</span></li>
          <li><a href="/a3">Phấn đấu đến năm 2025 có 1.000 hợp tác xã hoạt động hiệu quả</a> <span>(28/9/2023)</span></li>
        </ul>
      </div>
      <div class="comment-box" id="comments">
        <h3>Bình luận (2)</h3>
        <div class="comment">Nguyễn Văn A: Mong tỉnh thành lập thêm 500 HTX nữa.</div>
        <form><textarea name="c"></textarea><button>Gửi bình luận</button></form>
      </div>
    </div>
    <aside class="col-md-4 sidebar">
      <div class="widget"><h3>Tin mới nhất</h3><ul><li><a>Hội nghị biểu dương 50 HTX tiêu biểu giai đoạn 2018 - 2023</a></li><li><a>Tổng kết 10 năm thi hành Luật Hợp tác xã</a></li></ul></div>
      <div class="widget stats"><h3>Thống kê truy cập</h3><p>Đang truy cập: 312</p><p>Tổng lượt truy cập: 18.452.761</p></div>
    </aside>
  </div>
</div>
<footer id="footer">
  <p><strong>${esc(plan.site.toUpperCase())}</strong></p>
  <p>Cơ quan chủ quản: Ban biên tập ${esc(plan.site)}</p>
  <p>Địa chỉ: Số 12, đường 30/4, Phường 1 - Điện thoại: (0277) 3 851 234 - Fax: (0277) 3 851 235</p>
  <p>Giấy phép số 45/GP-TTĐT ngày 25/3/2019. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
<script src="/js/site.js"></script>
</body>
</html>
`;
}

// windows-1258 has some toned letters whole and writes the others as a letter and a
// combining tone mark; typographic quotes and dashes are not in the code page.
function toWindows1258Page(text) {
  return toWindows1258Form(text).replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/[–—]/g, '-').replace(/…/g, '...');
}

// ---------------------------------------------------------------------------------------
// DOCX

async function docx(paras) {
  const children = paras.map((p) => {
    if (p.role === 'title') return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(p.text)] });
    if (p.role === 'caps') return new Paragraph({ children: [new TextRun({ text: p.text, bold: true })] });
    if (p.role === 'bullet') return new Paragraph({ bullet: { level: 0 }, children: [new TextRun(p.text)] });
    return new Paragraph({ children: [new TextRun(p.text)] });
  });
  const doc = new Document({
    creator: 'htx-targets fixtures',
    title: paras[0].text,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } },
    sections: [{ children }],
  });
  return fixZipDates(await Packer.toBuffer(doc));
}

// The .docx records the time of writing (core.xml dates, zip entry times): fixed here, so
// that the fixtures are reproducible. JSZip is what the docx package itself writes with.
async function fixZipDates(buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    let content = await entry.async('nodebuffer');
    if (name === 'docProps/core.xml') {
      content = Buffer.from(content.toString('utf8').replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${FIXED_DATE.toISOString().replace('.000', '')}`));
    }
    out.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}

// ---------------------------------------------------------------------------------------
// PDF

async function pdf(paras, fontBytes) {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(fontBytes, { subset: true });
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  doc.setProducer('htx-targets fixtures');
  doc.setCreator('htx-targets fixtures');
  const W = 595.28;
  const H = 841.89;
  const left = 70;
  const right = W - 60;
  const top = H - 80;
  const bottom = 80;
  const size = 11;
  const lead = 15;
  const indent = 22;
  const header = paras[0].text.length > 80 ? `${paras[0].text.slice(0, 77).replace(/\s+\S*$/, '')} …` : paras[0].text;
  const pages = [];
  let page = null;
  let y = 0;
  const newPage = () => {
    page = doc.addPage([W, H]);
    pages.push(page);
    y = top;
  };
  const wrap = (text, first, rest) => {
    const words = text.split(/\s+/);
    const lines = [];
    let line = '';
    for (const w of words) {
      const next = line ? `${line} ${w}` : w;
      const width = lines.length === 0 ? first : rest;
      if (line && font.widthOfTextAtSize(next, size) > width) {
        lines.push(line);
        line = w;
      } else line = next;
    }
    if (line) lines.push(line);
    return lines;
  };
  newPage();
  for (const p of paras) {
    const body = p.role === 'para';
    const marker = p.role === 'bullet' ? `${p.marker} ` : '';
    const x0 = body ? left + indent : left;
    const lines = wrap(marker + p.text, right - x0, right - left);
    lines.forEach((line, i) => {
      if (y < bottom) newPage();
      const x = i === 0 ? x0 : left;
      const centred = p.role === 'caps' || p.role === 'title';
      const w = font.widthOfTextAtSize(line, size);
      page.drawText(line, { x: centred && lines.length === 1 ? (left + right - w) / 2 : x, y, size, font, color: rgb(0, 0, 0) });
      y -= lead;
    });
    y -= 8;
  }
  pages.forEach((pg, i) => {
    pg.drawText(header, { x: left, y: H - 45, size: 8, font, color: rgb(0.3, 0.3, 0.3) });
    const n = `Trang ${i + 1}/${pages.length}`;
    pg.drawText(n, { x: (W - font.widthOfTextAtSize(n, 9)) / 2, y: 40, size: 9, font, color: rgb(0.3, 0.3, 0.3) });
  });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

// ---------------------------------------------------------------------------------------

const fontBytes = await readFile(FONT);
for (const plan of PLANS) {
  const dir = join(outRoot, plan.name);
  await mkdir(dir, { recursive: true });
  const text = (await readFile(plan.source, 'utf8')).normalize('NFC');
  const paras = paragraphs(text);
  const original = join(dir, 'original.txt');
  await writeFile(original, await readFile(plan.source));
  const page = html(plan, paras);
  await writeFile(join(dir, 'page.html'), plan.charset === 'windows-1258' ? iconv.encode(toWindows1258Page(page), 'windows1258') : page);
  await writeFile(join(dir, 'document.docx'), await docx(paras));
  await writeFile(join(dir, 'document.pdf'), await pdf(paras, fontBytes));
  execFileSync(process.execPath, ['scripts/make-encoding-variants.mjs', '--out', dir, original], { stdio: 'inherit' });
  console.log(`${dir}: ${paras.length} paragraphs`);
}
