/**
 * Frees the disk space of screenshots no step shows. The check and the deletes are one
 * transaction, so a screenshot the recorder attaches to a step meanwhile (a deferred capture) is
 * either seen as shown or attached after the sweep, never deleted out from under its step.
 */
import { db } from './open';
import { transact } from './transact';

/**
 * Deletes the procedure's screenshots that no stored step shows and that `keep` does not name
 * (those an open editor can bring back with undo). `keep` is asked after the screenshots are
 * listed, so one stored and put into a step meanwhile is kept. Returns how many were deleted.
 */
export async function reclaimImages(
  procedureId: string,
  keep: () => ReadonlySet<string> = () => new Set(),
): Promise<number> {
  const tx = (await db()).transaction(['steps', 'images'], 'readwrite');
  return transact(tx, 'edit', async () => {
    const images = tx.objectStore('images');
    const [stored, steps] = await Promise.all([
      images.index('byProcedure').getAllKeys(procedureId),
      tx.objectStore('steps').index('byProcedure').getAll(procedureId),
    ]);
    const shown = new Set(steps.flatMap((s) => (s.image ? [s.image.imageId] : [])));
    const kept = keep();
    const unused = stored.filter((id) => !shown.has(id) && !kept.has(id));
    await Promise.all(unused.map((id) => images.delete(id)));
    return unused.length;
  });
}
