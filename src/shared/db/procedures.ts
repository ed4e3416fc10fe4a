/** Procedures repository: the only code that touches the procedures store directly. */
import { emptyIntro, newId, type Procedure } from '../model';
import { translateStorageError } from './errors';
import { db } from './open';
import { transact } from './transact';

export interface NewProcedure {
  title: string;
  startUrl: string;
}

export async function create(input: NewProcedure, now = Date.now()): Promise<Procedure> {
  const procedure: Procedure = {
    id: newId(),
    title: input.title,
    intro: emptyIntro(),
    createdAt: now,
    updatedAt: now,
    stepCount: 0,
    searchText: input.title.toLowerCase(),
    startUrl: input.startUrl,
  };
  await (await db()).add('procedures', procedure).catch(translateStorageError);
  return procedure;
}

export async function get(id: string): Promise<Procedure | undefined> {
  return (await db()).get('procedures', id);
}

/** Procedures not in the bin, most recently changed first. */
export async function list(limit = Number.POSITIVE_INFINITY): Promise<Procedure[]> {
  const out: Procedure[] = [];
  let cursor = await (await db())
    .transaction('procedures')
    .store.index('byUpdatedAt')
    .openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    if (cursor.value.deletedAt === undefined) out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

/** Procedures in the bin, for undoing a delete. */
export async function listDeleted(): Promise<Procedure[]> {
  const all = await (await db()).getAll('procedures');
  return all.filter((p) => p.deletedAt !== undefined);
}

export type ProcedurePatch = Partial<
  Pick<Procedure, 'title' | 'intro' | 'searchText' | 'stepCount' | 'view'>
>;

/** Applies a patch; returns the updated procedure. Throws when the procedure is gone. */
export async function update(id: string, patch: ProcedurePatch, now = Date.now()): Promise<Procedure> {
  const tx = (await db()).transaction('procedures', 'readwrite');
  return transact(tx, async () => {
    const current = await tx.store.get(id);
    if (!current) throw new Error('This procedure no longer exists.');
    const next: Procedure = { ...current, ...patch, updatedAt: now };
    // A view patched to undefined is the default again: stored as no field at all.
    if ('view' in patch && patch.view === undefined) delete next.view;
    if (patch.title !== undefined && patch.searchText === undefined) {
      next.searchText = `${patch.title.toLowerCase()}\n${current.searchText.split('\n').slice(1).join('\n')}`;
    }
    await tx.store.put(next);
    return next;
  });
}

/** Moves a procedure to the bin; `restore` undoes it. */
export async function trash(id: string, now = Date.now()): Promise<void> {
  const tx = (await db()).transaction('procedures', 'readwrite');
  await transact(tx, async () => {
    const current = await tx.store.get(id);
    if (current) await tx.store.put({ ...current, deletedAt: now });
  });
}

export async function restore(id: string): Promise<void> {
  const tx = (await db()).transaction('procedures', 'readwrite');
  await transact(tx, async () => {
    const current = await tx.store.get(id);
    if (current) {
      const { deletedAt: _gone, ...rest } = current;
      await tx.store.put(rest);
    }
  });
}

/** Deletes a procedure with all its steps and images, in one transaction. */
export async function remove(id: string): Promise<void> {
  const tx = (await db()).transaction(['procedures', 'steps', 'images'], 'readwrite');
  await transact(tx, async () => {
    await tx.objectStore('procedures').delete(id);
    for (const store of ['steps', 'images'] as const) {
      let cursor = await tx.objectStore(store).index('byProcedure').openKeyCursor(id);
      while (cursor) {
        await tx.objectStore(store).delete(cursor.primaryKey);
        cursor = await cursor.continue();
      }
    }
  });
}
