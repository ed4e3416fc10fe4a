/** The small pure pieces under the exports: image sniffing, base64, SHA-256, escaping, file names. */
import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../src/shared/export/base64';
import { escapeHtml, jsonForTemplate } from '../../../src/shared/export/escape';
import { fileStem } from '../../../src/shared/export/file-name';
import { imageInfo } from '../../../src/shared/export/image-info';
import { sha256 } from '../../../src/shared/export/sha256';
import { crc32 } from '../../../src/shared/import/crc32';
import { HOSTILE, makeJpeg, makePng, makeWebp } from './fixtures';

describe('imageInfo', () => {
  it('reads type and size from PNG, JPEG and WebP headers', () => {
    expect(imageInfo(makePng(640, 360))).toEqual({ type: 'image/png', width: 640, height: 360 });
    expect(imageInfo(makeJpeg(1920, 1080))).toEqual({ type: 'image/jpeg', width: 1920, height: 1080 });
    expect(imageInfo(makeWebp(3, 16384))).toEqual({ type: 'image/webp', width: 3, height: 16384 });
  });

  it('reads lossy and extended WebP headers', () => {
    const riff = (chunk: string, data: number[]) =>
      new Uint8Array([
        ...Buffer.from('RIFF'),
        0,
        0,
        0,
        0,
        ...Buffer.from(`WEBP${chunk}`),
        0,
        0,
        0,
        0,
        ...data,
      ]);
    // VP8: frame tag (3 bytes), start code 9d 01 2a, 14-bit width and height.
    const vp8 = riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, 0x80, 0x02, 0x68, 0x01, 0, 0]);
    expect(imageInfo(vp8)).toEqual({ type: 'image/webp', width: 640, height: 360 });
    // VP8X: flags, 3 reserved bytes, 24-bit width-1 and height-1.
    const vp8x = riff('VP8X', [0, 0, 0, 0, 0x7f, 0x02, 0, 0x67, 0x01, 0, 0, 0]);
    expect(imageInfo(vp8x)).toEqual({ type: 'image/webp', width: 640, height: 360 });
  });

  it('refuses anything else, including truncated headers', () => {
    expect(imageInfo(new Uint8Array())).toBeUndefined();
    expect(imageInfo(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
    expect(imageInfo(new TextEncoder().encode('GIF89a\x01\x00\x01\x00'))).toBeUndefined();
    expect(imageInfo(makePng(10, 10).subarray(0, 20))).toBeUndefined();
    expect(imageInfo(makeJpeg(10, 10).subarray(0, 12))).toBeUndefined();
    expect(imageInfo(makeWebp(10, 10).subarray(0, 22))).toBeUndefined();
  });
});

describe('base64', () => {
  it('round-trips bytes, including large arrays built in chunks', () => {
    const bytes = new Uint8Array(100_001).map((_, i) => (i * 31) & 255);
    const text = bytesToBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(text)).toEqual(bytes);
  });

  it('refuses text that is not canonical base64', () => {
    for (const bad of ['abc', 'ab=c', 'a b=', '!!!!', 'YQ===']) expect(base64ToBytes(bad)).toBeUndefined();
  });
});

describe('sha256', () => {
  it('matches WebCrypto across block boundaries', async () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 1000]) {
      const data = new Uint8Array(length).map((_, i) => (i * 7 + length) & 255);
      const expected = new Uint8Array(await webcrypto.subtle.digest('SHA-256', data));
      expect(sha256(data), `length ${length}`).toEqual(expected);
    }
  });
});

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('escaping', () => {
  it('escapes all five HTML-significant characters', () => {
    expect(escapeHtml(`${HOSTILE}"'&`)).toBe('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;');
  });

  it('keeps JSON free of < > & and still parseable to the same value', () => {
    const value = { title: '</template><script>alert(1)</script>&amp;' };
    const safe = jsonForTemplate(JSON.stringify(value));
    expect(safe).not.toMatch(/[<>&]/);
    expect(JSON.parse(safe)).toEqual(value);
  });
});

describe('fileStem', () => {
  it('keeps letters and digits of any script and replaces the rest', () => {
    expect(fileStem('Send an invoice: Q3/2024!')).toBe('Send-an-invoice-Q3-2024');
    expect(fileStem('Überweisung – 請求書')).toBe('Überweisung-請求書');
    expect(fileStem('../../etc/passwd')).toBe('etc-passwd');
    expect(fileStem('   ')).toBe('procedure');
    expect(Array.from(fileStem('x'.repeat(500))).length).toBe(80);
  });
});
