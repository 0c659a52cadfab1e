/**
 * Reading inputs for every command: a stream up to a size limit, and file-system errors
 * said in a few words ("no such file", "permission denied").
 */
export async function readStream(stream: NodeJS.ReadableStream, maxSize: number, tooLarge: (message: string) => Error = (m) => new Error(m)): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > maxSize) throw tooLarge(`standard input is larger than --max-size (${maxSize} bytes)`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

const FS_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder',
  ELOOP: 'symbolic link loop',
};

/** A file-system error in a few words; `missing` says what was not found. */
export function describeFsError(error: unknown, missing = 'no such file'): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return missing;
  return (code && FS_ERRORS[code]) ?? (error as Error).message;
}
