import { UnsupportedFormatError, type ReadDocument } from './index.js';

/** Placeholder until the html reader lands: a clear error instead of a wrong result. */
export async function readHtml(bytes: Uint8Array, path: string): Promise<ReadDocument> {
  void bytes;
  void path;
  throw new UnsupportedFormatError('unsupported format .html (reader not built yet)');
}
