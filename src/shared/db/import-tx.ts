/**
 * Writes an imported procedure with all its steps and images in ONE transaction: either all of it
 * is stored or, if anything fails (a constraint, the disk quota), nothing is. `add`, never `put`,
 * so an import can never overwrite an existing record.
 */
import type { Procedure, Step, StoredImage } from '../model';
import { translateStorageError } from './errors';
import { db } from './open';

export async function importWhole(
  procedure: Procedure,
  steps: readonly Step[],
  images: readonly StoredImage[],
): Promise<void> {
  const tx = (await db()).transaction(['procedures', 'steps', 'images'], 'readwrite');
  try {
    await Promise.all([
      tx.objectStore('procedures').add(procedure),
      ...images.map((image) => tx.objectStore('images').add(image)),
      ...steps.map((step) => tx.objectStore('steps').add(step)),
    ]);
    await tx.done;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request.
    }
    await tx.done.catch(() => undefined);
    translateStorageError(error);
  }
}
