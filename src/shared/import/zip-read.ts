/**
 * A defensive zip reader. The central directory is parsed and every entry checked (names, count,
 * declared sizes, compression ratio) before a single byte is inflated; inflating then stops as
 * soon as an entry produces more than it declared, so a zip bomb costs at most one chunk's
 * expansion. Only stored and deflated entries are accepted; ZIP64, encryption and multi-disk
 * archives are refused (Handoff never writes them, and 200 MB never needs ZIP64).
 * Layout: PKWARE APPNOTE.TXT §4.3.
 */
import { Inflate } from 'fflate';
import { crc32 } from './crc32';
import { fail, ImportError, quote } from './errors';
import { LIMITS, MB } from './limits';
import { pathProblem } from './paths';

export interface ZipEntry {
  name: string;
  method: 0 | 8;
  compressedSize: number;
  size: number;
  crc: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ARCHIVE = 'archive';

const u16 = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, i: number) => (u16(b, i) + u16(b, i + 2) * 0x10000) >>> 0;

export function looksLikeZip(bytes: Uint8Array): boolean {
  const sig = u32(bytes, 0);
  return bytes.length >= 4 && (sig === LOCAL || sig === EOCD);
}

function findEnd(bytes: Uint8Array): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes, so search only that far back.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) if (u32(bytes, i) === EOCD) return i;
  return fail(ARCHIVE, 'is not a complete zip file (its end record is missing; was it truncated?)');
}

const entryFail = (name: string, detail: string): never => fail(ARCHIVE, `entry ${quote(name)} ${detail}`);

function readCentral(bytes: Uint8Array, at: number, end: number, decoder: TextDecoder): [ZipEntry, number] {
  if (at + 46 > end || u32(bytes, at) !== CENTRAL) fail(ARCHIVE, 'has a damaged central directory');
  const flags = u16(bytes, at + 8);
  const method = u16(bytes, at + 10);
  const nameLength = u16(bytes, at + 28);
  const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  if (next > end) fail(ARCHIVE, 'has a damaged central directory');
  const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
  const entry = {
    name,
    method: method as 0 | 8,
    crc: u32(bytes, at + 16),
    compressedSize: u32(bytes, at + 20),
    size: u32(bytes, at + 24),
    localOffset: u32(bytes, at + 42),
  };
  const problem = pathProblem(name);
  if (problem) entryFail(name, problem);
  if (flags & 1) entryFail(name, 'is encrypted');
  if (method !== 0 && method !== 8)
    entryFail(name, `uses compression method ${method}, which Handoff does not read`);
  if ([entry.compressedSize, entry.size, entry.localOffset].includes(0xffffffff)) {
    entryFail(name, 'needs ZIP64, which Handoff does not read');
  }
  if (method === 0 && entry.compressedSize !== entry.size) entryFail(name, 'has inconsistent sizes');
  return [entry, next];
}

/** Every entry, checked, without inflating anything. */
export function listEntries(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length < 22) fail(ARCHIVE, 'is too short to be a zip file');
  const end = findEnd(bytes);
  const count = u16(bytes, end + 10);
  const size = u32(bytes, end + 12);
  const offset = u32(bytes, end + 16);
  if (u16(bytes, end + 4) !== 0 || u16(bytes, end + 6) !== 0 || u16(bytes, end + 8) !== count) {
    fail(ARCHIVE, 'is split across several files, which Handoff does not read');
  }
  if (count === 0xffff || offset === 0xffffffff) fail(ARCHIVE, 'needs ZIP64, which Handoff does not read');
  if (count > LIMITS.zipEntries)
    fail(ARCHIVE, `has ${count} entries, more than the ${LIMITS.zipEntries} allowed`);
  if (offset + size > end) fail(ARCHIVE, 'has a damaged central directory (was it truncated?)');

  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    const [entry, next] = readCentral(bytes, at, offset + size, decoder);
    at = next;
    if (names.has(entry.name)) entryFail(entry.name, 'appears twice');
    names.add(entry.name);
    if (entry.localOffset + 30 > offset) entryFail(entry.name, 'starts outside the archive');
    if (entry.size > LIMITS.jsonBytes)
      entryFail(entry.name, `declares ${Math.ceil(entry.size / MB)} MB, too large`);
    if (entry.size > LIMITS.bombMinBytes && entry.size > entry.compressedSize * LIMITS.bombRatio) {
      entryFail(entry.name, 'expands more than a real file would (a zip bomb?)');
    }
    total += entry.size;
    if (total > LIMITS.totalUncompressed) {
      fail(ARCHIVE, `declares more than ${LIMITS.totalUncompressed / MB} MB of uncompressed content`);
    }
    entries.push(entry);
  }
  return entries;
}

/** Inflate input is fed in small chunks: each push can expand at most ~1000×, so overshoot stays bounded. */
const CHUNK = 16 * 1024;

function inflateBounded(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const out = new Uint8Array(entry.size);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > entry.size) entryFail(entry.name, 'holds more data than it declares');
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let i = 0; i < data.length; i += CHUNK) {
      inflater.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
    }
    if (data.length === 0) inflater.push(data, true);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    entryFail(entry.name, 'is corrupt (its compressed data cannot be read)');
  }
  if (written !== entry.size) entryFail(entry.name, 'is truncated or corrupt');
  return out;
}

/** The entry's bytes, inflated and checked against its CRC-32. */
export function readEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localOffset;
  if (u32(bytes, at) !== LOCAL) entryFail(entry.name, 'has a damaged local header');
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const stop = start + entry.compressedSize;
  if (stop > bytes.length) entryFail(entry.name, 'is cut short (was the archive truncated?)');
  const data = bytes.subarray(start, stop);
  const content = entry.method === 0 ? data : inflateBounded(data, entry);
  if (crc32(content) !== entry.crc) entryFail(entry.name, 'is corrupt (its checksum does not match)');
  return content;
}
