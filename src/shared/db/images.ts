/** Screenshot repository: Blobs only, never base64. */
import type { StoredImage } from '../model';
import { translateStorageError } from './errors';
import { db } from './open';

export async function get(id: string): Promise<StoredImage | undefined> {
  return (await db()).get('images', id);
}

/**
 * Stores a screenshot the editor is about to show in a step (a crop, a black-out, a new capture);
 * the edit that points a step at it follows. Recorded screenshots are stored with their step.
 */
export async function put(image: StoredImage): Promise<void> {
  await (await db()).put('images', image).catch((error: unknown) => translateStorageError(error, 'edit'));
}

export async function listIds(procedureId: string): Promise<string[]> {
  return (await db()).getAllKeysFromIndex('images', 'byProcedure', procedureId);
}

export async function remove(id: string): Promise<void> {
  await (await db()).delete('images', id);
}
