/**
 * Deleted procedures wait in the bin so that Undo works; the library empties the bin of those
 * deleted more than a day ago, which frees their screenshots' disk space.
 */
import { procedures } from '../shared/db';

export const KEEP_IN_BIN_MS = 24 * 60 * 60 * 1000;

export async function emptyOldBin(now = Date.now()): Promise<number> {
  const old = (await procedures.listDeleted()).filter((p) => now - (p.deletedAt ?? now) > KEEP_IN_BIN_MS);
  for (const p of old) await procedures.remove(p.id);
  return old.length;
}
