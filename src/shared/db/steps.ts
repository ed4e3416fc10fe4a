/**
 * Steps repository for the recorder: each step is written the moment it is recorded, one
 * transaction each. Edits, copies and imports write steps through `writeProcedure` (write.ts).
 */
import type { Step, StepImage, StoredImage } from '../model';
import { appendedSearchText } from './derived';
import { db } from './open';
import { transact } from './transact';

/**
 * Stores a recorded step (and its screenshot, when it has one) and bumps the procedure's count.
 * Idempotent: appending the same step id twice stores it once, so retried events are harmless.
 */
export async function append(step: Step, image?: StoredImage, now = Date.now()): Promise<void> {
  const tx = (await db()).transaction(['procedures', 'steps', 'images'], 'readwrite');
  await transact(tx, 'recording', async () => {
    const procedures = tx.objectStore('procedures');
    const [procedure, existing] = await Promise.all([
      procedures.get(step.procedureId),
      tx.objectStore('steps').getKey(step.id),
    ]);
    if (!procedure) throw new Error('The procedure being recorded no longer exists.');
    if (existing === undefined) {
      if (image) await tx.objectStore('images').put(image);
      await tx.objectStore('steps').put(step);
      await procedures.put({
        ...procedure,
        stepCount: procedure.stepCount + 1,
        searchText: appendedSearchText(procedure.searchText, step),
        updatedAt: now,
      });
    }
  });
}

/** A procedure's steps in order, without images; only the first `count` when given. */
export async function list(procedureId: string, count?: number): Promise<Step[]> {
  const range = IDBKeyRange.bound(
    [procedureId, Number.NEGATIVE_INFINITY],
    [procedureId, Number.POSITIVE_INFINITY],
  );
  return (await db()).getAllFromIndex('steps', 'byProcedurePosition', range, count);
}

/** The procedure's last step in order (the latest recorded one while recording), if any. */
export async function last(procedureId: string): Promise<Step | undefined> {
  const range = IDBKeyRange.bound(
    [procedureId, Number.NEGATIVE_INFINITY],
    [procedureId, Number.POSITIVE_INFINITY],
  );
  const cursor = await (await db())
    .transaction('steps')
    .store.index('byProcedurePosition')
    .openCursor(range, 'prev');
  return cursor?.value;
}

export async function get(id: string): Promise<Step | undefined> {
  return (await db()).get('steps', id);
}

/** Attaches a screenshot taken after the step was stored (deferred by the quota). */
export async function attachImage(
  stepId: string,
  image: StoredImage,
  mode: 'deferred' | 'shared' | 'manual',
  framesCovered = 0,
  covered?: StepImage['covered'],
): Promise<void> {
  const tx = (await db()).transaction(['steps', 'images'], 'readwrite');
  await transact(tx, 'recording', async () => {
    const step = await tx.objectStore('steps').get(stepId);
    if (step && !step.image) {
      await tx.objectStore('images').put(image);
      const { problem: _resolved, ...rest } = step;
      await tx.objectStore('steps').put({
        ...rest,
        image: {
          imageId: image.id,
          mode,
          capturedAt: Date.now(),
          ...(framesCovered ? { framesCovered } : {}),
          ...(covered?.length ? { covered } : {}),
        },
      } as Step);
    }
  });
}

/** Says why a step that is still waiting for its screenshot will not get one. */
export async function markProblem(stepId: string, problem: NonNullable<Step['problem']>): Promise<void> {
  const tx = (await db()).transaction('steps', 'readwrite');
  await transact(tx, 'recording', async () => {
    const step = await tx.store.get(stepId);
    if (step && !step.image) await tx.store.put({ ...step, problem } as Step);
  });
}
