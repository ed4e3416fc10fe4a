/** History bounds: at most 50 versions, none older than 30 days, the newest always kept. */
import { describe, expect, it } from 'vitest';
import { VERSION_LIMIT, VERSION_MAX_AGE_MS, versionsToDrop } from '../../../src/shared/db/version-bounds';

const DAY = 24 * 60 * 60 * 1000;
const NOW = 1_800_000_000_000;
const entries = (ats: number[]) => ats.map((at, i) => ({ id: `v${i}`, at }));

describe('versionsToDrop', () => {
  it('keeps everything within both bounds', () => {
    expect(versionsToDrop(entries([NOW - 3 * DAY, NOW - DAY, NOW]), NOW)).toEqual([]);
  });

  it('drops the oldest beyond fifty', () => {
    const list = entries(Array.from({ length: VERSION_LIMIT + 2 }, (_, i) => NOW - 1000 + i));
    expect(versionsToDrop(list, NOW).sort()).toEqual(['v0', 'v1']);
  });

  it('drops versions older than thirty days, but a month-old one just inside stays', () => {
    const list = entries([NOW - VERSION_MAX_AGE_MS - 1, NOW - VERSION_MAX_AGE_MS, NOW]);
    expect(versionsToDrop(list, NOW)).toEqual(['v0']);
  });

  it('always keeps the newest, however old', () => {
    expect(versionsToDrop(entries([NOW - 90 * DAY, NOW - 60 * DAY]), NOW)).toEqual(['v0']);
    expect(versionsToDrop(entries([NOW - 90 * DAY]), NOW)).toEqual([]);
  });

  it('among equal times counts the one listed last as the newest', () => {
    const list = entries(Array.from({ length: VERSION_LIMIT + 1 }, () => NOW));
    expect(versionsToDrop(list, NOW)).toEqual(['v0']);
  });
});
