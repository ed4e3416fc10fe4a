/**
 * Deleted procedures wait in the bin only while the library offers Undo: the next deletion, or
 * the page going away, deletes them for real (store.ts). One left behind by a page that could not
 * finish (it crashed, or closed mid-write) is deleted here when the library opens, a day later,
 * so that an Undo still on screen in another library tab keeps working.
 */
import { procedures } from '../shared/db';

export const KEEP_IN_BIN_MS = 24 * 60 * 60 * 1000;

export async function emptyOldBin(now = Date.now()): Promise<number> {
  const old = (await procedures.listDeleted()).filter((p) => now - (p.deletedAt ?? now) > KEEP_IN_BIN_MS);
  for (const p of old) await procedures.remove(p.id);
  return old.length;
}
