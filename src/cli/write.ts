import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

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
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
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
    throw error;
  } finally {
    pending.delete(tmp);
  }
}
