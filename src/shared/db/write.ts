/**
 * The one atomic write for "this procedure, its steps and its screenshots now look like this":
 * the editor's saves (a merge included), duplicating and importing all go through `writeProcedure`,
 * in ONE IndexedDB transaction over the three stores, so a write is stored whole or not at all.
 * The repository, not the caller, sets the procedure's derived fields (count, search text,
 * `updatedAt`) from the steps as stored at the end of the transaction.
 *
 * Why field-level patches rather than compare-and-set on a revision: the editor writes what it
 * changed, but the recorder keeps writing to the same step records after the editor read them (a
 * deferred screenshot lands, or says why it will not: `steps.attachImage`, `steps.markProblem`).
 * Writing the editor's whole copy back would drop that image link, and the orphan sweep would
 * then delete the image. A revision check would only detect the clash, and the editor would have
 * to throw the person's edit away or replay it; the recorder only ever sets `image` and `problem`,
 * fields the editor's edit did not touch, so applying just the fields that edit changed onto the
 * stored record keeps both, with nothing to resolve. Two writers changing the same field is
 * last-writer-wins, as before.
 */
import { t } from '../i18n';
import type { Procedure, Step, StoredImage } from '../model';
import { rewrittenSearchText, searchTextOf } from './derived';
import type { StorageAction } from './errors';
import { db } from './open';
import { transact } from './transact';
import { shownByVersions } from './version-images';

/** The fields of a procedure a write may set; the derived ones are the repository's. */
export type ProcedureFields = Partial<
  Pick<Procedure, 'title' | 'intro' | 'view' | 'troubleshooting' | 'access'>
>;

/** A procedure record to add, without the fields the repository derives. */
export type NewProcedure = Omit<Procedure, 'stepCount' | 'searchText'>;

/**
 * The fields of `step` that an edit changed, to be applied onto the stored record: a field named
 * here but absent from `step` is removed. When the stored step is gone, `step` is stored whole.
 */
export interface StepPatch {
  step: Step;
  fields: readonly string[];
}

export interface ProcedureWrite {
  procedureId: string;
  /** A new procedure: added, never overwriting anything; with it, steps and images are added too. */
  create?: NewProcedure;
  /** Fields of the stored procedure to change; `view: undefined` goes back to the default view. */
  fields?: ProcedureFields;
  /** Steps stored whole (new ones). */
  put?: readonly Step[];
  patch?: readonly StepPatch[];
  remove?: readonly string[];
  images?: readonly StoredImage[];
  /**
   * Screenshots the writer no longer needs (left the editor's undo history): deleted in this
   * transaction unless a step stored at its end, or a saved version, still shows one.
   */
  release?: readonly string[];
}

function patched(stored: Step, { step, fields }: StepPatch): Step {
  const next: Record<string, unknown> = { ...stored };
  const source = step as unknown as Record<string, unknown>;
  for (const field of fields) {
    if (field in source) next[field] = source[field];
    else delete next[field];
  }
  return next as unknown as Step;
}

/**
 * Issues requests together and waits for all of them. A request can also throw as it is made
 * (a quota error, a value that cannot be cloned); the transaction then aborts, and the requests
 * already made must not reject unhandled.
 */
async function all(issue: (writes: Promise<unknown>[]) => void): Promise<void> {
  const writes: Promise<unknown>[] = [];
  try {
    issue(writes);
  } catch (error) {
    for (const write of writes) write.catch(() => undefined);
    throw error;
  }
  await Promise.all(writes);
}

function stepRange(procedureId: string): IDBKeyRange {
  return IDBKeyRange.bound([procedureId, Number.NEGATIVE_INFINITY], [procedureId, Number.POSITIVE_INFINITY]);
}

/** Writes `change` whole or not at all; returns the procedure as stored. */
export async function writeProcedure(
  change: ProcedureWrite,
  action: StorageAction,
  now = Date.now(),
): Promise<Procedure> {
  const tx = (await db()).transaction(['procedures', 'steps', 'images', 'versions'], 'readwrite');
  return transact(tx, action, async () => {
    const procedures = tx.objectStore('procedures');
    const steps = tx.objectStore('steps');
    const images = tx.objectStore('images');
    const { procedureId, create } = change;
    const inOrder = steps.index('byProcedurePosition');
    const range = stepRange(procedureId);
    const current = create ? undefined : await procedures.get(procedureId);
    if (!create && !current) throw new Error(t('procedureGone'));
    // Keys only: cheap even for a long procedure, and enough to tell whether steps came, went or moved.
    const orderBefore = create ? [] : await inOrder.getAllKeys(range);
    // `add` for everything new: a write that would overwrite an existing record fails whole.
    await all((writes) => {
      for (const image of change.images ?? []) writes.push(create ? images.add(image) : images.put(image));
      for (const step of change.put ?? []) writes.push(create ? steps.add(step) : steps.put(step));
      for (const id of change.remove ?? []) writes.push(steps.delete(id));
    });
    const written: Step[] = [...(change.put ?? [])];
    for (const patch of change.patch ?? []) {
      const stored = await steps.get(patch.step.id);
      const next = stored ? patched(stored, patch) : patch.step;
      written.push(next);
      await steps.put(next);
    }
    const orderAfter = await inOrder.getAllKeys(range);
    // Every step's record is read only when needed (releasing screenshots, rebuilding the search
    // text): for a long procedure it is by far the costliest part of a write.
    let every: Step[] | undefined;
    const everyStep = async () => {
      every ??= await inOrder.getAll(range);
      return every;
    };
    if (change.release?.length) {
      const shown = new Set((await everyStep()).flatMap((s) => (s.image ? [s.image.imageId] : [])));
      const unshown = change.release.filter((id) => !shown.has(id));
      // A saved version shares its screenshots with the steps: one it shows stays.
      const inVersions = await shownByVersions(tx.objectStore('versions'), unshown);
      for (const id of unshown) if (!inVersions.has(id)) await images.delete(id);
    }
    const base = { ...(current ?? create!), ...change.fields };
    // A view set to undefined is the default again: stored as no field at all.
    if (change.fields && 'view' in change.fields && change.fields.view === undefined) delete base.view;
    // Edits in place (typing, a note) rewrite their own lines; steps that came, went or moved
    // rebuild the whole text from every step, in its new order.
    const sameOrder =
      current &&
      orderBefore.length === orderAfter.length &&
      orderBefore.every((id, i) => id === orderAfter[i]);
    const searchText =
      (sameOrder &&
        rewrittenSearchText(current.searchText, base.title, orderAfter, written, base.troubleshooting)) ||
      searchTextOf(base.title, await everyStep(), base.troubleshooting);
    const procedure: Procedure = {
      ...base,
      stepCount: orderAfter.length,
      searchText,
      updatedAt: create ? create.updatedAt : now,
    };
    await (create ? procedures.add(procedure) : procedures.put(procedure));
    return procedure;
  });
}
