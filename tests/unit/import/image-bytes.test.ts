/** checkImage: the bytes decide, the entry must agree. */
import { describe, expect, it } from 'vitest';
import type { FileImage } from '../../../src/shared/export/format';
import { checkImage } from '../../../src/shared/import/image-bytes';
import { makeJpeg, makePng, makeWebp } from '../export/fixtures';

const entry = (over: Partial<FileImage> = {}): FileImage => ({
  id: 'image-001',
  path: 'images/image-001.png',
  width: 64,
  height: 36,
  type: 'image/png',
  ...over,
});

describe('checkImage', () => {
  it('accepts each allowed type when the entry matches', () => {
    expect(() => checkImage(entry(), makePng(64, 36), 'images[0]')).not.toThrow();
    expect(() => checkImage(entry({ type: 'image/jpeg' }), makeJpeg(64, 36), 'images[0]')).not.toThrow();
    expect(() => checkImage(entry({ type: 'image/webp' }), makeWebp(64, 36), 'images[0]')).not.toThrow();
  });

  it('refuses an image over 64 MB before looking at it', () => {
    const huge = new Uint8Array(64 * 1024 * 1024 + 1);
    huge.set(makePng(64, 36));
    expect(() => checkImage(entry(), huge, 'images[2]')).toThrow(
      'images[2]: is 65 MB, more than the 64 MB allowed for one image',
    );
  });

  it('names the field that disagrees with the bytes', () => {
    expect(() => checkImage(entry({ type: 'image/webp' }), makePng(64, 36), 'images[1]')).toThrow(
      'images[1].type: says image/webp, but the image is a PNG',
    );
    expect(() => checkImage(entry({ height: 37 }), makePng(64, 36), 'images[1]')).toThrow(
      'images[1].height: says 37, but the image is 36 pixels high',
    );
  });
});
