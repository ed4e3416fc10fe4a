/**
 * Checks an image's bytes against its entry in `images`: the magic bytes decide the type (PNG,
 * JPEG or WebP only), and the header's pixel size must match the declared one, so nothing in the
 * file is taken on trust.
 */
import type { FileImage } from '../export/format';
import { imageInfo } from '../export/image-info';
import { fail } from './errors';
import { LIMITS, MB } from './limits';

const NAMES = { 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/webp': 'WebP' } as const;

/** `path` is the entry's place in the document, e.g. `images[2]`. */
export function checkImage(entry: FileImage, bytes: Uint8Array, path: string): void {
  if (bytes.length > LIMITS.imageBytes) {
    fail(
      path,
      `is ${Math.ceil(bytes.length / MB)} MB, more than the ${LIMITS.imageBytes / MB} MB allowed for one image`,
    );
  }
  const info = imageInfo(bytes);
  if (!info) fail(path, 'is not a PNG, JPEG or WebP image');
  if (info.type !== entry.type) {
    fail(`${path}.type`, `says ${entry.type}, but the image is a ${NAMES[info.type]}`);
  }
  if (info.width !== entry.width) {
    fail(`${path}.width`, `says ${entry.width}, but the image is ${info.width} pixels wide`);
  }
  if (info.height !== entry.height) {
    fail(`${path}.height`, `says ${entry.height}, but the image is ${info.height} pixels high`);
  }
}
