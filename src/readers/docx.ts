import { UnsupportedFormatError, type ReadDocument } from './index.js';

/** Placeholder until the docx reader lands: a clear error instead of a wrong result. */
export async function readDocx(bytes: Uint8Array, path: string): Promise<ReadDocument> {
  void bytes;
  void path;
  throw new UnsupportedFormatError('unsupported format .docx (reader not built yet)');
}
