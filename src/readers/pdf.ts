import { UnsupportedFormatError, type ReadDocument } from './index.js';

/** Placeholder until the pdf reader lands: a clear error instead of a wrong result. */
export async function readPdf(bytes: Uint8Array, path: string): Promise<ReadDocument> {
  void bytes;
  void path;
  throw new UnsupportedFormatError('unsupported format .pdf (reader not built yet)');
}
