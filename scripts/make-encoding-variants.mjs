#!/usr/bin/env node
// Writes each UTF-8 input .txt file again in the encodings that src/readers/encoding.ts reads,
// for fixtures and tests:
//   NAME.win1258.txt  windows-1258 (letters the code page has whole stay whole; other tones
//                     are combining marks after the letter, as windows-1258 requires)
//   NAME.utf16le.txt  UTF-16 LE with BOM      NAME.utf16be.txt  UTF-16 BE with BOM
//   NAME.nfd.txt      UTF-8, decomposed (NFD) NAME.utf8bom.txt  UTF-8 with BOM
//   NAME.tcvn3.txt    TCVN3 (iconv-lite's "tcvn": TCVN 5712 VN1, the superset of the ABC/VN3
//                     bytes that also has the toned capitals)
//   NAME.vni.txt      VNI-Windows (table src/readers/vni-table.json), written as windows-1252
// Characters an encoding lacks (curly quotes, dashes, bullets in TCVN3) become ASCII look-alikes,
// else "?"; the count is printed.
//
// usage: node scripts/make-encoding-variants.mjs --out DIR FILE.txt [FILE.txt ...]
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';

const table = JSON.parse(readFileSync(new URL('../src/readers/vni-table.json', import.meta.url), 'utf8'));
const VNI = new Map([...Object.entries(table.lower), ...Object.entries(table.upper)]);

/** Same as encodeVni in src/readers/vni.ts: Vietnamese letters → VNI sequences, the rest unchanged. */
function encodeVni(text) {
  let out = '';
  for (const ch of text.normalize('NFC')) out += VNI.get(ch) ?? ch;
  return out;
}

const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const WHOLE_1258 = new Set(iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, i) => i)), 'windows1258'));

/** Text as windows-1258 writes it: whole toned letters where it has them, else letter + tone mark. */
export function toWindows1258Form(text) {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (WHOLE_1258.has(ch)) {
      out += ch;
      continue;
    }
    let base = '';
    let tone = '';
    for (const c of ch.normalize('NFD')) {
      if (TONES.has(c)) tone += c;
      else base += c;
    }
    out += base.normalize('NFC') + tone;
  }
  return out;
}

const LOOK_ALIKES = new Map([
  ['\u2018', "'"], ['\u2019', "'"], ['\u201C', '"'], ['\u201D', '"'], ['\u2013', '-'], ['\u2014', '-'],
  ['\u2026', '...'], ['\u2022', '-'], ['\u00B7', '.'], ['\u2212', '-'], ['\uFEFF', ''],
]);

/** Encode with iconv-lite, replacing what the code page lacks; returns the bytes and how many were replaced. */
function encodeSingleByte(text, encoding) {
  const known = new Set(iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, i) => i)), encoding));
  let replaced = 0;
  let out = '';
  for (const ch of text) {
    if (known.has(ch) || ch === '\n' || ch === '\r' || ch === '\t') {
      out += ch;
    } else {
      replaced++;
      const alike = LOOK_ALIKES.get(ch);
      out += alike !== undefined && [...alike].every((c) => known.has(c)) ? alike : '?';
    }
  }
  return { bytes: iconv.encode(out, encoding), replaced };
}

const VARIANTS = {
  win1258: (t) => encodeSingleByte(toWindows1258Form(t), 'windows1258'),
  utf16le: (t) => ({ bytes: Buffer.from('\uFEFF' + t, 'utf16le'), replaced: 0 }),
  utf16be: (t) => ({ bytes: Buffer.from('\uFEFF' + t, 'utf16le').swap16(), replaced: 0 }),
  nfd: (t) => ({ bytes: Buffer.from(t.normalize('NFD'), 'utf8'), replaced: 0 }),
  tcvn3: (t) => encodeSingleByte(t, 'tcvn'),
  vni: (t) => encodeSingleByte(encodeVni(t), 'windows1252'),
  utf8bom: (t) => ({ bytes: Buffer.from('\uFEFF' + t, 'utf8'), replaced: 0 }),
};

function usage(message) {
  if (message) console.error(message);
  console.error('usage: node scripts/make-encoding-variants.mjs --out DIR FILE.txt [FILE.txt ...]');
  process.exit(2);
}

// Run as a script (make-format-fixtures.mjs also imports toWindows1258Form from here).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));

async function main(args) {
  let outDir = null;
  const inputs = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--out' || a === '-o') outDir = args[++i] ?? usage('--out needs a folder');
    else if (a.startsWith('--out=')) outDir = a.slice('--out='.length);
    else if (a === '--help' || a === '-h') usage();
    else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else inputs.push(a);
  }
  if (!outDir || inputs.length === 0) usage();

  await mkdir(outDir, { recursive: true });
  for (const input of inputs) {
    let text = (await readFile(input, 'utf8')).normalize('NFC');
    if (text.startsWith('\uFEFF')) text = text.slice(1);
    const stem = basename(input).replace(/\.txt$/i, '');
    for (const [suffix, encode] of Object.entries(VARIANTS)) {
      const { bytes, replaced } = encode(text);
      const path = join(outDir, `${stem}.${suffix}.txt`);
      await writeFile(path, bytes);
      console.log(`${path}  ${bytes.length} bytes${replaced ? `  (${replaced} character(s) not in the code page replaced)` : ''}`);
    }
  }
}
