import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { DOCUMENT_EXTENSIONS, extensionOf } from '../readers/index.js';
import { describeFsError } from './read-input.js';

/** An input to read, or a path that could not be listed (reported, the run goes on). */
export type InputEntry = { kind: 'file'; path: string } | { kind: 'stdin' } | { kind: 'error'; path: string; message: string };

export interface FindOptions {
  include?: string[];
  exclude?: string[];
  /** extensions a folder walk takes (files named explicitly are always taken) */
  extensions?: readonly string[];
  cwd: string;
}

/**
 * Files, folders (recursive) and "-" for standard input, in a deterministic order:
 * paths sorted within each folder, whatever the order on disk.
 */
export async function findInputs(paths: readonly string[], options: FindOptions): Promise<InputEntry[]> {
  const extensions = new Set(options.extensions ?? DOCUMENT_EXTENSIONS);
  // the glob matcher loads only when a pattern is given
  const globs = options.include?.length || options.exclude?.length ? (await import('picomatch')).default : null;
  const include = globs && options.include?.length ? globs(options.include, { dot: true }) : null;
  const exclude = globs && options.exclude?.length ? globs(options.exclude, { dot: true }) : null;
  const out: InputEntry[] = [];
  const seen = new Set<string>();
  const wanted = (path: string): boolean => {
    const rel = relative(options.cwd, resolve(options.cwd, path)).split('\\').join('/');
    if (include && !include(rel) && !include(path)) return false;
    return !(exclude && (exclude(rel) || exclude(path)));
  };
  const walk = async (dir: string, root: string): Promise<void> => {
    let real: string;
    try {
      real = await realpath(resolve(options.cwd, dir));
    } catch (error) {
      out.push({ kind: 'error', path: dir, message: describeFsError(error, 'no such file or folder') });
      return;
    }
    if (seen.has(real)) return; // a link back up the tree
    seen.add(real);
    let entries;
    try {
      entries = await readdir(resolve(options.cwd, dir), { withFileTypes: true });
    } catch (error) {
      out.push({ kind: 'error', path: dir, message: describeFsError(error, 'no such file or folder') });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const s = await stat(resolve(options.cwd, path));
          isDir = s.isDirectory();
          isFile = s.isFile();
        } catch (error) {
          out.push({ kind: 'error', path, message: describeFsError(error, 'no such file or folder') });
          continue;
        }
      }
      if (isDir) await walk(path, root);
      else if (isFile && extensions.has(extensionOf(path)) && wanted(path)) out.push({ kind: 'file', path });
    }
  };
  for (const p of paths) {
    if (p === '-') {
      out.push({ kind: 'stdin' });
      continue;
    }
    let s;
    try {
      s = await stat(resolve(options.cwd, p));
    } catch (error) {
      out.push({ kind: 'error', path: p, message: describeFsError(error, 'no such file or folder') });
      continue;
    }
    if (s.isDirectory()) {
      const before = out.length;
      await walk(p, p);
      if (!out.slice(before).some((e) => e.kind === 'file')) out.push({ kind: 'error', path: p, message: 'no plan documents in this folder (.txt, .md, .html, .docx, .pdf)' });
    } else {
      out.push({ kind: 'file', path: p });
    }
  }
  return out;
}
