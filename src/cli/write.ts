import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { open, rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from './io.js';

const pending = new Set<string>();

/** Removes temporary files of writes that an interrupt or a crash cut short. */
export async function cleanupPendingWrites(): Promise<void> {
  await Promise.all([...pending].map((p) => rm(p, { force: true })));
  pending.clear();
}

/**
 * Writes a file atomically: to a temporary file beside it, flushed, then renamed over the
 * target, so a reader never sees half a file and an interrupted run leaves the old one.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = temporaryPathFor(path);
  pending.add(tmp);
  try {
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw cannotWrite(path, error);
  } finally {
    pending.delete(tmp);
  }
}

const WHY_NOT: Readonly<Record<string, string>> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'a part of its path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EISDIR: 'it is a folder',
};

/** The error of an output file that cannot be written, naming it (not its temporary file). */
function cannotWrite(path: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return new UserError(`${path}: cannot write the output file: ${WHY_NOT[code] ?? (error as Error).message}`);
}

function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** A file written piece by piece, atomically (see `openAtomicWrite`). */
export interface AtomicWrite {
  /** writes a piece; waits while the disk is behind (backpressure) */
  write(piece: string): Promise<void>;
  /** flushes the pieces to disk and puts the file in place of the target */
  commit(): Promise<void>;
  /** removes what was written; the target stays as it was */
  abort(): Promise<void>;
}

/**
 * Writes a file atomically, piece by piece as the pieces are made (NDJSON, one document at a
 * time): to a temporary file beside it, flushed and renamed over the target by `commit`, so
 * that memory holds no more than a piece and a reader never sees half a file.
 */
export async function openAtomicWrite(path: string): Promise<AtomicWrite> {
  const tmp = temporaryPathFor(path);
  pending.add(tmp);
  // flushed to disk before it closes; opened at once, so that an unwritable place fails here
  const stream = createWriteStream(tmp, { flush: true });
  try {
    await once(stream, 'open');
  } catch (error) {
    pending.delete(tmp);
    throw cannotWrite(path, error);
  }
  // a failed write (disk full) is thrown by the next write or by commit, not left as an
  // unhandled 'error' event
  stream.on('error', () => {});
  const remove = async (): Promise<void> => {
    stream.destroy();
    await rm(tmp, { force: true });
    pending.delete(tmp);
  };
  return {
    async write(piece) {
      if (stream.errored) throw cannotWrite(path, stream.errored);
      if (!stream.write(piece)) await once(stream, 'drain').catch((error: unknown) => Promise.reject(cannotWrite(path, error)));
    },
    async commit() {
      try {
        stream.end();
        await finished(stream).catch((error: unknown) => Promise.reject(cannotWrite(path, error)));
        await rename(tmp, path).catch((error: unknown) => Promise.reject(cannotWrite(path, error)));
        pending.delete(tmp);
      } catch (error) {
        await remove();
        throw error;
      }
    },
    abort: remove,
  };
}
