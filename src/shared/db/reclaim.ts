/**
 * Frees the disk space of screenshots no step and no saved version shows. The check and the
 * deletes are one transaction, so a screenshot the recorder attaches to a step meanwhile (a
 * deferred capture) is either seen as shown or attached after the sweep, never deleted out from
 * under its step; a screenshot only an older version shows stays until that version is pruned.
 */
import { db } from './open';
import { transact } from './transact';
import { shownByVersions } from './version-images';

/**
 * Deletes the procedure's screenshots that no stored step or saved version shows and that `keep` does not name
 * (those an open editor can bring back with undo). `keep` is asked after the screenshots are
 * listed, so one stored and put into a step meanwhile is kept. Returns how many were deleted.
 */
export async function reclaimImages(
  procedureId: string,
  keep: () => ReadonlySet<string> = () => new Set(),
): Promise<number> {
  const tx = (await db()).transaction(['steps', 'images', 'versions'], 'readwrite');
  return transact(tx, 'edit', async () => {
    const images = tx.objectStore('images');
    const [stored, steps] = await Promise.all([
      images.index('byProcedure').getAllKeys(procedureId),
      tx.objectStore('steps').index('byProcedure').getAll(procedureId),
    ]);
    const shown = new Set(steps.flatMap((s) => (s.image ? [s.image.imageId] : [])));
    const kept = keep();
    const candidates = stored.filter((id) => !shown.has(id) && !kept.has(id));
    const inVersions = await shownByVersions(tx.objectStore('versions'), candidates);
    const unused = candidates.filter((id) => !inVersions.has(id));
    await Promise.all(unused.map((id) => images.delete(id)));
    return unused.length;
  });
}

/** The Web Lock every open editor page holds, shared, for the procedure it edits (editor/state/orphans.ts). */
export const editorLockName = (procedureId: string) => `handoff-editor-${procedureId}`;

/** How long a closing editor may take to let go of its lock, and how often to look. */
const RELEASE_TRIES = 20;
const RELEASE_EVERY_MS = 250;

/**
 * Run by the background when an editor page closes (the page itself may not live long enough to
 * finish): once no editor holds the procedure, no undo history can bring a replaced screenshot
 * back, so every screenshot no step shows goes. The closing page still holds its lock for a
 * moment, so this asks again for a few seconds; while another editor stays open it gives up, and
 * that editor's own closing does the work. It never queues behind open editors: a queued request
 * would hold back the next editor's lock.
 */
export async function reclaimWhenNoEditor(procedureId: string): Promise<number> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return 0;
  for (let i = 0; i < RELEASE_TRIES; i++) {
    const deleted = await locks.request(
      editorLockName(procedureId),
      { mode: 'exclusive', ifAvailable: true },
      async (lock) => (lock ? reclaimImages(procedureId) : undefined),
    );
    if (deleted !== undefined) return deleted;
    await new Promise((resolve) => setTimeout(resolve, RELEASE_EVERY_MS));
  }
  return 0;
}
