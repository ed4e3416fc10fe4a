/**
 * Deterministic zip writing with fflate's streaming Zip: entries are added one at a time, so the
 * caller can yield to the event loop between images, and every entry gets the same fixed
 * timestamp, so the same contents always give the same archive bytes.
 */
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/**
 * 1980-01-01 00:00, the earliest date a zip can hold. Built from local parts because fflate writes
 * the DOS date from local time: any other construction would shift with the time zone.
 */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: Zip;
  private failure: Error | undefined;

  constructor() {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure ??= error;
      else this.chunks.push(chunk);
    });
  }

  /** Screenshots are already compressed: storing them is as small and much faster than deflating. */
  add(name: string, data: Uint8Array, compress: boolean): void {
    const entry = compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    entry.mtime = FIXED_MTIME;
    this.zip.add(entry);
    entry.push(data, true);
    if (this.failure) throw this.failure;
  }

  finish(): Blob {
    this.zip.end();
    if (this.failure) throw this.failure;
    return new Blob(this.chunks as BlobPart[], { type: 'application/zip' });
  }
}
