/** Decoding captureVisibleTab's data: URL and reading a PNG's size without decoding pixels. */
import { describe, expect, it } from 'vitest';
import { dataUrlToBlob, pngSize } from '../../../src/background/redact';

/** The first 24 bytes of a PNG: signature, IHDR length and type, width, height. */
function pngHeader(width: number, height: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

const toDataUrl = (bytes: Uint8Array, mime = 'image/png') =>
  `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;

describe('dataUrlToBlob', () => {
  it('decodes the bytes and keeps the type', async () => {
    const bytes = pngHeader(2560, 1440);
    const blob = dataUrlToBlob(toDataUrl(bytes));
    expect(blob.type).toBe('image/png');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
  });

  it('decodes every byte value', async () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const blob = dataUrlToBlob(toDataUrl(all, 'image/jpeg'));
    expect(blob.type).toBe('image/jpeg');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(all);
  });
});

describe('pngSize', () => {
  it('reads width and height from the IHDR chunk', async () => {
    expect(await pngSize(new Blob([pngHeader(2560, 1440)]))).toEqual({ width: 2560, height: 1440 });
    expect(await pngSize(new Blob([pngHeader(1, 70_000)]))).toEqual({ width: 1, height: 70_000 });
  });

  it('refuses what is not a PNG or too short to say', async () => {
    const jpeg = new Uint8Array(30);
    jpeg.set([0xff, 0xd8, 0xff]);
    expect(await pngSize(new Blob([jpeg]))).toBeUndefined();
    expect(await pngSize(new Blob([pngHeader(10, 10).slice(0, 20)]))).toBeUndefined();
  });
});
