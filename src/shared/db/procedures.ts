/** Procedures repository: the only code that touches the procedures store directly. */
import { emptyIntro, newId, type Procedure } from '../model';
import { searchTextOf } from './derived';
import { translateStorageError } from './errors';
import { db } from './open';
import { transact } from './transact';
import { type ProcedureFields, writeProcedure } from './write';

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
    searchText: searchTextOf(input.title, []),
    startUrl: input.startUrl,
    troubleshooting: [],
    access: [],
  };
  // Only recording creates an empty procedure; copies and imports are added whole by writeProcedure.
  await (await db())
    .add('procedures', procedure)
    .catch((error: unknown) => translateStorageError(error, 'recording'));
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

export type ProcedurePatch = ProcedureFields;

/**
 * Changes the title, intro or view (a rename in the library); returns the updated procedure with
 * its search text rebuilt. Throws when the procedure is gone.
 */
export function update(id: string, patch: ProcedurePatch, now = Date.now()): Promise<Procedure> {
  return writeProcedure({ procedureId: id, fields: patch }, 'edit', now);
}

/** Rebuilds the count and search text from the stored steps (a record written by an older version). */
export function rederive(id: string, now = Date.now()): Promise<Procedure> {
  return writeProcedure({ procedureId: id }, 'edit', now);
}

/** Moves a procedure to the bin; `restore` undoes it. */
export async function trash(id: string, now = Date.now()): Promise<void> {
  const tx = (await db()).transaction('procedures', 'readwrite');
  await transact(tx, 'edit', async () => {
    const current = await tx.store.get(id);
    if (current) await tx.store.put({ ...current, deletedAt: now });
  });
}

export async function restore(id: string): Promise<void> {
  const tx = (await db()).transaction('procedures', 'readwrite');
  await transact(tx, 'edit', async () => {
    const current = await tx.store.get(id);
    if (current) {
      const { deletedAt: _gone, ...rest } = current;
      await tx.store.put(rest);
    }
  });
}

/** Deletes a procedure with all its steps, images and saved versions, in one transaction. */
export async function remove(id: string): Promise<void> {
  const tx = (await db()).transaction(['procedures', 'steps', 'images', 'versions'], 'readwrite');
  await transact(tx, 'edit', async () => {
    await tx.objectStore('procedures').delete(id);
    for (const store of ['steps', 'images', 'versions'] as const) {
      let cursor = await tx.objectStore(store).index('byProcedure').openKeyCursor(id);
      while (cursor) {
        await tx.objectStore(store).delete(cursor.primaryKey);
        cursor = await cursor.continue();
      }
    }
  });
}
