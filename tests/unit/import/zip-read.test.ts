/** The defensive zip reader on crafted archives: everything is checked before anything is inflated. */
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/shared/import';
import { listEntries, readEntry } from '../../../src/shared/import/zip-read';

const enc = (s: string) => new TextEncoder().encode(s);

/** Offsets of each central directory record (APPNOTE §4.3.12), in order. */
function centralOffsets(zip: Uint8Array): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset);
  const eocd = zip.length - 22;
  const out: number[] = [];
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < view.getUint16(eocd + 10, true); i++) {
    out.push(at);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

/** A copy with a little-endian field of entry `index`'s central record overwritten. */
function patchCentral(
  zip: Uint8Array,
  index: number,
  field: number,
  value: number,
  width: 2 | 4 = 4,
): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const at = centralOffsets(copy)[index]! + field;
  if (width === 2) view.setUint16(at, value, true);
  else view.setUint32(at, value, true);
  return copy;
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  }
  throw new Error('expected an ImportError');
}

const sample = () =>
  zipSync({
    'a.txt': [enc('hello hello hello hello'), { level: 9 }],
    'b.bin': [new Uint8Array([1, 2, 3]), { level: 0 }],
  });

describe('listEntries and readEntry', () => {
  it('read stored and deflated entries back', () => {
    const zip = sample();
    const entries = listEntries(zip);
    expect(entries.map((e) => [e.name, e.method, e.size])).toEqual([
      ['a.txt', 8, 23],
      ['b.bin', 0, 3],
    ]);
    expect(new TextDecoder().decode(readEntry(zip, entries[0]!))).toBe('hello hello hello hello');
    expect(readEntry(zip, entries[1]!)).toEqual(new Uint8Array([1, 2, 3]));
  });

  const names: [string, string][] = [
    ['../evil.png', 'points outside the archive'],
    ['images/../../evil.png', 'points outside the archive'],
    ['/etc/passwd', 'has an absolute path'],
    ['C:/Windows/evil.png', 'has an absolute path'],
    ['images\\evil.png', 'has a backslash in its name'],
    ['./procedure.json', 'has an empty or "." path segment'],
    ['images//a.png', 'has an empty or "." path segment'],
    ['a\u0000b', 'has a control character in its name'],
  ];
  for (const [name, problem] of names) {
    it(`refuses the entry name ${JSON.stringify(name)}`, () => {
      const zip = zipSync({ 'procedure.json': enc('{}'), [name]: enc('x') });
      expect(refusal(() => listEntries(zip))).toBe(`archive: entry ${JSON.stringify(name)} ${problem}`);
    });
  }

  it('refuses a name used twice', () => {
    const zip = zipSync({ 'a.txt': enc('1'), 'b.txt': enc('2') });
    // Rename the second entry in the central directory: same length, so offsets hold.
    const copy = zip.slice();
    copy.set(enc('a'), centralOffsets(copy)[1]! + 46);
    expect(refusal(() => listEntries(copy))).toBe('archive: entry "a.txt" appears twice');
  });

  it('refuses encrypted entries and unknown compression methods', () => {
    expect(refusal(() => listEntries(patchCentral(sample(), 0, 8, 1, 2)))).toBe(
      'archive: entry "a.txt" is encrypted',
    );
    expect(refusal(() => listEntries(patchCentral(sample(), 0, 10, 12, 2)))).toBe(
      'archive: entry "a.txt" uses compression method 12, which Handoff does not read',
    );
  });

  it('refuses huge declared sizes before inflating anything', () => {
    expect(refusal(() => listEntries(patchCentral(sample(), 0, 24, 0xfffffff0)))).toBe(
      'archive: entry "a.txt" declares 4096 MB, too large',
    );
    expect(refusal(() => listEntries(patchCentral(sample(), 0, 24, 0xffffffff)))).toBe(
      'archive: entry "a.txt" needs ZIP64, which Handoff does not read',
    );
  });

  it('refuses an archive whose entries together declare too much', () => {
    const files = Object.fromEntries([...Array(9)].map((_, i) => [`f${i}`, new Uint8Array([i])]));
    let zip: Uint8Array = zipSync(files, { level: 0 });
    for (let i = 0; i < 9; i++) {
      zip = patchCentral(zip, i, 20, 60 * 1024 * 1024);
      zip = patchCentral(zip, i, 24, 60 * 1024 * 1024);
    }
    expect(refusal(() => listEntries(zip))).toBe(
      'archive: declares more than 512 MB of uncompressed content',
    );
  });

  it('refuses a zip bomb by its ratio, without inflating it', () => {
    const zip = zipSync({ 'bomb.bin': [new Uint8Array(4 * 1024 * 1024), { level: 9 }] });
    expect(refusal(() => listEntries(zip))).toBe(
      'archive: entry "bomb.bin" expands more than a real file would (a zip bomb?)',
    );
  });

  it('stops inflating an entry that produces more than it declares', () => {
    const zip = patchCentral(zipSync({ 'a.bin': [new Uint8Array(50_000), { level: 9 }] }), 0, 24, 1000);
    const [entry] = listEntries(zip);
    expect(refusal(() => readEntry(zip, entry!))).toBe(
      'archive: entry "a.bin" holds more data than it declares',
    );
  });

  it('refuses an entry whose checksum does not match', () => {
    const zip = zipSync({ 'b.bin': [new Uint8Array([1, 2, 3]), { level: 0 }] });
    const copy = zip.slice();
    const first = 30 + 'b.bin'.length; // first data byte after the local header
    copy[first] = copy[first]! ^ 0xff;
    expect(refusal(() => readEntry(copy, listEntries(copy)[0]!))).toBe(
      'archive: entry "b.bin" is corrupt (its checksum does not match)',
    );
  });

  it('refuses corrupt deflate data', () => {
    const zip = zipSync({ 'a.txt': [enc('hello '.repeat(100)), { level: 9 }] });
    const copy = zip.slice();
    copy.fill(0xff, 30 + 5, 30 + 5 + 8);
    const message = refusal(() => readEntry(copy, listEntries(copy)[0]!));
    expect(message).toMatch(/^archive: entry "a\.txt" is (corrupt|truncated)/);
  });

  it('refuses too many entries, split archives and ZIP64 end records', () => {
    const patchEnd = (offset: number, value: number) => {
      const copy = sample();
      new DataView(copy.buffer).setUint16(copy.length - 22 + offset, value, true);
      return copy;
    };
    const many = patchEnd(8, 20_000);
    new DataView(many.buffer).setUint16(many.length - 22 + 10, 20_000, true);
    expect(refusal(() => listEntries(many))).toBe('archive: has 20000 entries, more than the 10050 allowed');
    expect(refusal(() => listEntries(patchEnd(4, 1)))).toBe(
      'archive: is split across several files, which Handoff does not read',
    );
    const zip64 = patchEnd(8, 0xffff);
    new DataView(zip64.buffer).setUint16(zip64.length - 22 + 10, 0xffff, true);
    expect(refusal(() => listEntries(zip64))).toBe('archive: needs ZIP64, which Handoff does not read');
  });

  it('refuses every truncation of a valid archive', () => {
    const zip = sample();
    for (let cut = 0; cut < zip.length; cut += 7) {
      const message = refusal(() => {
        const short = zip.subarray(0, cut);
        for (const entry of listEntries(short)) readEntry(short, entry);
      });
      expect(message).toMatch(/^archive: /);
    }
  });
});
