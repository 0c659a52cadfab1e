import { opendir, realpath, stat } from 'node:fs/promises';
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
  const out: InputEntry[] = [];
  for await (const entry of walkInputs(paths, options)) out.push(entry);
  return out;
}

/**
 * The same entries as `findInputs`, one at a time: a folder is listed when the walk reaches
 * it, so a run over 100,000 files holds one folder's names, not every path.
 */
export async function* walkInputs(paths: readonly string[], options: FindOptions): AsyncGenerator<InputEntry> {
  const extensions = new Set(options.extensions ?? DOCUMENT_EXTENSIONS);
  // the glob matcher loads only when a pattern is given
  const globs = options.include?.length || options.exclude?.length ? (await import('picomatch')).default : null;
  const include = globs && options.include?.length ? globs(options.include, { dot: true }) : null;
  const exclude = globs && options.exclude?.length ? globs(options.exclude, { dot: true }) : null;
  const seen = new Set<string>();
  const wanted = (path: string): boolean => {
    if (!include && !exclude) return true;
    const rel = relative(options.cwd, resolve(options.cwd, path)).split('\\').join('/');
    if (include && !include(rel) && !include(path)) return false;
    return !(exclude && (exclude(rel) || exclude(path)));
  };
  let files = 0;
  async function* walk(dir: string): AsyncGenerator<InputEntry> {
    let real: string;
    try {
      real = await realpath(resolve(options.cwd, dir));
    } catch (error) {
      yield { kind: 'error', path: dir, message: describeFsError(error, 'no such file or folder') };
      return;
    }
    if (seen.has(real)) return; // a link back up the tree
    seen.add(real);
    let listing: Listing;
    try {
      listing = await listFolder(resolve(options.cwd, dir), extensions);
    } catch (error) {
      yield { kind: 'error', path: dir, message: describeFsError(error, 'no such file or folder') };
      return;
    }
    // join() once per folder, not once per file
    const prefix = join(dir, '_').slice(0, -1);
    for (const i of listing.order) {
      const path = prefix + listing.names[i]!;
      let kind = listing.kinds[i]!;
      if (kind === LINK) {
        try {
          const s = await stat(resolve(options.cwd, path));
          kind = s.isDirectory() ? FOLDER : s.isFile() && extensions.has(extensionOf(path)) ? FILE : OTHER;
        } catch (error) {
          yield { kind: 'error', path, message: describeFsError(error, 'no such file or folder') };
          continue;
        }
      }
      if (kind === FOLDER) yield* walk(path);
      else if (kind === FILE && wanted(path)) {
        files += 1;
        yield { kind: 'file', path };
      }
    }
  }
  for (const p of paths) {
    if (p === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    let s;
    try {
      s = await stat(resolve(options.cwd, p));
    } catch (error) {
      yield { kind: 'error', path: p, message: describeFsError(error, 'no such file or folder') };
      continue;
    }
    if (s.isDirectory()) {
      const before = files;
      yield* walk(p);
      if (files === before) yield { kind: 'error', path: p, message: 'no plan documents in this folder (.txt, .md, .html, .docx, .pdf)' };
    } else {
      yield { kind: 'file', path: p };
    }
  }
}

const OTHER = 0;
const FILE = 1;
const FOLDER = 2;
const LINK = 3;

/** A folder's entries worth a look, and the order of their names. */
interface Listing {
  names: string[];
  kinds: Uint8Array;
  order: Int32Array;
}

// Streamed with opendir and kept as names and a byte each: a folder of 50,000 plans read
// whole into directory-entry objects made peak memory grow with the number of files.
async function listFolder(path: string, extensions: ReadonlySet<string>): Promise<Listing> {
  const names: string[] = [];
  const kinds: number[] = [];
  for await (const entry of await opendir(path)) {
    if (entry.name.startsWith('.')) continue;
    const kind = entry.isSymbolicLink() ? LINK : entry.isDirectory() ? FOLDER : entry.isFile() && extensions.has(extensionOf(entry.name)) ? FILE : OTHER;
    if (kind === OTHER) continue;
    names.push(entry.name);
    kinds.push(kind);
  }
  const order = Int32Array.from(names.keys()).sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0));
  return { names, kinds: Uint8Array.from(kinds), order };
}
