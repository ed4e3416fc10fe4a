/**
 * Screenshots replaced by a black-out, crop or new capture stay stored while the editor is open so
 * that undo can bring them back. They are deleted the next time an editor opens the procedure
 * with no other editor holding it, and never while it is being recorded (the recorder may store
 * an image a moment before the step that shows it).
 */
import { images } from '../../shared/db';

const lockName = (procedureId: string) => `handoff-editor-${procedureId}`;

/** `used` is asked after listing, so an image stored and shown meanwhile is never taken for unused. */
export async function deleteUnusedImages(procedureId: string, used: () => Set<string>): Promise<number> {
  const stored = await images.listIds(procedureId);
  const keep = used();
  const unused = stored.filter((id) => !keep.has(id));
  for (const id of unused) await images.remove(id);
  return unused.length;
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
