/** Screenshot repository: Blobs only, never base64. */
import type { StoredImage } from '../model';
import { translateStorageError } from './errors';
import { db } from './open';

export async function get(id: string): Promise<StoredImage | undefined> {
  return (await db()).get('images', id);
}

export async function put(image: StoredImage): Promise<void> {
  await (await db()).put('images', image).catch(translateStorageError);
}

export async function remove(id: string): Promise<void> {
  await (await db()).delete('images', id);
}

export async function listIds(procedureId: string): Promise<string[]> {
  return (await db()).getAllKeysFromIndex('images', 'byProcedure', procedureId);
}
