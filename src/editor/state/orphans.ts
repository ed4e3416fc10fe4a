/**
 * Screenshots replaced by a black-out, crop or new capture stay stored while the editor can bring
 * them back with undo. Each save deletes those that left the undo history (store.ts, write.ts);
 * closing the editor releases those only the history held; and opening an editor with no other
 * editor on the procedure sweeps whatever a closed page could not. Every deletion checks, in its
 * own transaction, that no stored step shows the screenshot (the recorder may attach one meanwhile).
 */
import { editorLockName as lockName, reclaimImages } from '../../shared/db';

/** `used` is asked after listing, so an image stored and shown meanwhile is never taken for unused. */
export function deleteUnusedImages(procedureId: string, used: () => Set<string>): Promise<number> {
  return reclaimImages(procedureId, used);
}

/** True when no other editor page holds the procedure (so no other undo history needs its images). */
export async function soleEditor(procedureId: string): Promise<boolean> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return false;
  const { held = [] } = await locks.query();
  return held.filter((lock) => lock.name === lockName(procedureId)).length <= 1;
}

/**
 * Holds a shared Web Lock named after the procedure for as long as this page lives, after
 * running `clean` only if no other editor holds it. Without Web Locks nothing is cleaned.
 */
export async function holdProcedure(procedureId: string, clean: () => Promise<unknown>): Promise<void> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return;
  await locks.request(lockName(procedureId), { mode: 'exclusive', ifAvailable: true }, async (lock) => {
    if (lock) await clean();
  });
  // Never resolves: the lock is released when the page goes away.
  void locks.request(lockName(procedureId), { mode: 'shared' }, () => new Promise<void>(() => {}));
}
