/**
 * Recognises screenshots by their magic bytes and reads their pixel size from the header, without
 * decoding. Used by export (a stored Blob's `type` may be empty) and by import (a file's claimed
 * type and size are never trusted).
 */

export type ImageType = 'image/png' | 'image/jpeg' | 'image/webp';
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;

export const IMAGE_EXTENSION: Record<ImageType, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
};

export interface ImageInfo {
  type: ImageType;
  width: number;
  height: number;
}

const be16 = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const le16 = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const le24 = (b: Uint8Array, i: number) => le16(b, i) | ((b[i + 2] ?? 0) << 16);
const be32 = (b: Uint8Array, i: number) => be16(b, i) * 0x10000 + be16(b, i + 2);
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function png(b: Uint8Array): ImageInfo | undefined {
  if (b.length < 24 || PNG_SIGNATURE.some((v, i) => b[i] !== v)) return undefined;
  // The first chunk must be IHDR (PNG spec §5.6): width and height are its first two fields.
  if (ascii(b, 12, 4) !== 'IHDR') return undefined;
  return { type: 'image/png', width: be32(b, 16), height: be32(b, 20) };
}

/** Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not. */
const isSof = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

function jpeg(b: Uint8Array): ImageInfo | undefined {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8 || b[2] !== 0xff) return undefined;
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return undefined;
    while (b[i] === 0xff && i < b.length) i++; // fill bytes before a marker are allowed
    const marker = b[i] ?? 0;
    i++;
    if (marker === 0xd9 || marker === 0xda) return undefined; // end of image or scan before any frame
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue; // markers without a length
    if (isSof(marker)) {
      if (i + 7 > b.length) return undefined;
      return { type: 'image/jpeg', height: be16(b, i + 3), width: be16(b, i + 5) };
    }
    const length = be16(b, i);
    if (length < 2) return undefined;
    i += length;
  }
  return undefined;
}

function webp(b: Uint8Array): ImageInfo | undefined {
  if (b.length < 25 || ascii(b, 0, 4) !== 'RIFF' || ascii(b, 8, 4) !== 'WEBP') return undefined;
  const chunk = ascii(b, 12, 4);
  // Layouts from https://developers.google.com/speed/webp/docs/riff_container
  if (chunk === 'VP8 ') {
    if (b.length < 30 || b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return undefined;
    return { type: 'image/webp', width: le16(b, 26) & 0x3fff, height: le16(b, 28) & 0x3fff };
  }
  if (chunk === 'VP8L') {
    if (b[20] !== 0x2f) return undefined;
    const bits = le16(b, 21) + le16(b, 23) * 0x10000;
    return { type: 'image/webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X' && b.length >= 30)
    return { type: 'image/webp', width: le24(b, 24) + 1, height: le24(b, 27) + 1 };
  return undefined;
}

/** The image's type and size, or undefined when the bytes are not a PNG, JPEG or WebP we can read. */
export function imageInfo(bytes: Uint8Array): ImageInfo | undefined {
  return png(bytes) ?? jpeg(bytes) ?? webp(bytes);
}
