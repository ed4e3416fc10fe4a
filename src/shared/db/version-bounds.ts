/**
 * How much history is kept: at most VERSION_LIMIT versions of a procedure and none older than
 * VERSION_MAX_AGE_MS, but always the newest, so a procedure left alone for months still has the
 * version it was last saved as. Pure, so the bounds are tested with a made-up clock.
 */

export const VERSION_LIMIT = 50;
export const VERSION_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

export interface VersionEntry {
  id: string;
  at: number;
}

/** The ids of the versions to drop from `entries` (any order) at time `now`. */
export function versionsToDrop(entries: readonly VersionEntry[], now: number): string[] {
  // Newest first; equal times keep their given order, so the one saved last (listed last) wins.
  const newestFirst = entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => b.entry.at - a.entry.at || b.i - a.i)
    .map(({ entry }) => entry);
  return newestFirst
    .filter((entry, rank) => rank > 0 && (rank >= VERSION_LIMIT || now - entry.at > VERSION_MAX_AGE_MS))
    .map((entry) => entry.id);
}
