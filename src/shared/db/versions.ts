/**
 * Versions repository: the saved history of each procedure (version-types.ts). A version is saved
 * after a recording stops, after an import, after a burst of edits and after a restore; one equal
 * to the newest is not saved again. Saving prunes to the bounds (version-bounds.ts) in the same
 * transaction, and the screenshots only the pruned versions showed are deleted there too when the
 * caller says no undo history can still bring them back.
 */
import { newId } from '../model';
import { db } from './open';
import { editorLockName } from './reclaim';
import { transact } from './transact';
import { versionsToDrop } from './version-bounds';
import { sameVersionContent } from './version-content';
import { shownByVersions } from './version-images';
import { imageIdsOf, type ProcedureVersion, type VersionReason, type VersionSummary } from './version-types';

export interface SaveOptions {
  now?: number;
  /**
   * Given, screenshots that only pruned versions showed are deleted, except those this names (an
   * editor's undo history). Absent, they stay for the next sweep (reclaim.ts), which knows versions.
   */
  releaseExcept?: () => ReadonlySet<string>;
  /** Saves only when the procedure already has a version to differ from. */
  onlyAfterAnother?: boolean;
}

const byProcedure = (procedureId: string) =>
  IDBKeyRange.bound([procedureId, Number.NEGATIVE_INFINITY], [procedureId, Number.POSITIVE_INFINITY]);

/**
 * Saves what is stored now as a version of the procedure, unless it equals the newest version or
 * the procedure is gone (or in the bin). Returns the version saved, if any.
 */
export async function save(
  procedureId: string,
  reason: VersionReason,
  options: SaveOptions = {},
): Promise<ProcedureVersion | undefined> {
  const now = options.now ?? Date.now();
  const tx = (await db()).transaction(['procedures', 'steps', 'images', 'versions'], 'readwrite');
  return transact(tx, 'edit', async () => {
    const versions = tx.objectStore('versions');
    const inTime = versions.index('byProcedureTime');
    const range = byProcedure(procedureId);
    const [procedure, steps, newest] = await Promise.all([
      tx.objectStore('procedures').get(procedureId),
      tx.objectStore('steps').index('byProcedurePosition').getAll(range),
      inTime.openCursor(range, 'prev'),
    ]);
    if (!procedure || procedure.deletedAt !== undefined) return undefined;
    if (!newest && options.onlyAfterAnother) return undefined;
    if (newest && sameVersionContent(newest.value, { procedure, steps })) return undefined;
    const { deletedAt: _bin, ...record } = procedure;
    const version: ProcedureVersion = {
      id: newId(),
      procedureId,
      at: now,
      reason,
      procedure: record,
      steps,
      imageIds: imageIdsOf(steps),
    };
    await versions.add(version);

    // Keys only: the index key holds the time, so pruning reads no step of any version.
    const entries: { id: string; at: number }[] = [];
    let cursor = await inTime.openKeyCursor(range);
    while (cursor) {
      if (cursor.primaryKey !== version.id) entries.push({ id: cursor.primaryKey, at: cursor.key[1] });
      cursor = await cursor.continue();
    }
    // The one just saved goes last: among equal times it counts as the newest.
    entries.push({ id: version.id, at: version.at });
    const freed = new Set<string>();
    for (const id of versionsToDrop(entries, now)) {
      for (const imageId of (await versions.get(id))?.imageIds ?? []) freed.add(imageId);
      await versions.delete(id);
    }
    if (options.releaseExcept && freed.size > 0) {
      const shown = new Set(version.imageIds);
      const kept = await shownByVersions(versions, freed);
      const held = options.releaseExcept();
      const images = tx.objectStore('images');
      for (const id of freed) if (!shown.has(id) && !kept.has(id) && !held.has(id)) await images.delete(id);
    }
    return version;
  });
}

/**
 * Saves a version from outside an editor page (the background after a recording, an import):
 * when no editor holds the procedure, no undo history can need a pruned version's screenshots,
 * so they go now; otherwise they wait for the sweep that follows that editor's closing.
 */
export async function saveOutsideEditor(
  procedureId: string,
  reason: VersionReason,
  now = Date.now(),
  options: Pick<SaveOptions, 'onlyAfterAnother'> = {},
): Promise<ProcedureVersion | undefined> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return save(procedureId, reason, { ...options, now });
  return locks.request(editorLockName(procedureId), { mode: 'exclusive', ifAvailable: true }, (lock) =>
    save(
      procedureId,
      reason,
      lock ? { ...options, now, releaseExcept: () => new Set() } : { ...options, now },
    ),
  );
}

/**
 * Run by the background when an editor page closes: a page torn down before its own last version
 * was saved still gets it. Only when the procedure has versions: opening and closing an editor on
 * a procedure from before versions existed is not an edit.
 */
export function saveAfterEditorClosed(procedureId: string, now = Date.now()) {
  return saveOutsideEditor(procedureId, 'edits', now, { onlyAfterAnother: true });
}

/** The procedure's versions, newest first, without their steps. */
export async function list(procedureId: string): Promise<VersionSummary[]> {
  const all = await (await db()).getAllFromIndex('versions', 'byProcedureTime', byProcedure(procedureId));
  return all.reverse().map((v) => ({
    id: v.id,
    at: v.at,
    reason: v.reason,
    title: v.procedure.title,
    stepCount: v.steps.length,
  }));
}

export async function get(id: string): Promise<ProcedureVersion | undefined> {
  return (await db()).get('versions', id);
}

/**
 * Forgets the procedure's history: every version goes except one holding what is stored now (the
 * newest when it is that, else a new one saved for `reason`), and with them the screenshots only
 * they showed, such as a screenshot as it was before a black-out (except what `releaseExcept`
 * names: an open editor's undo history). One transaction. Returns how many versions went.
 */
export async function keepOnlyCurrent(
  procedureId: string,
  options: Pick<SaveOptions, 'now' | 'releaseExcept'> = {},
): Promise<number> {
  const now = options.now ?? Date.now();
  const tx = (await db()).transaction(['procedures', 'steps', 'images', 'versions'], 'readwrite');
  return transact(tx, 'edit', async () => {
    const versions = tx.objectStore('versions');
    const range = byProcedure(procedureId);
    const [procedure, steps, all] = await Promise.all([
      tx.objectStore('procedures').get(procedureId),
      tx.objectStore('steps').index('byProcedurePosition').getAll(range),
      versions.index('byProcedureTime').getAll(range),
    ]);
    if (!procedure || procedure.deletedAt !== undefined) return 0;
    const newest = all.at(-1);
    const keep = newest && sameVersionContent(newest, { procedure, steps }) ? newest : undefined;
    const freed = new Set<string>();
    for (const version of all) {
      if (version === keep) continue;
      for (const id of version.imageIds) freed.add(id);
      await versions.delete(version.id);
    }
    if (!keep) {
      const { deletedAt: _bin, ...record } = procedure;
      const imageIds = imageIdsOf(steps);
      await versions.add({
        id: newId(),
        procedureId,
        at: now,
        reason: 'edits',
        procedure: record,
        steps,
        imageIds,
      });
    }
    if (options.releaseExcept) {
      const shown = new Set(imageIdsOf(steps));
      const held = options.releaseExcept();
      const images = tx.objectStore('images');
      for (const id of freed) if (!shown.has(id) && !held.has(id)) await images.delete(id);
    }
    return all.length - (keep ? 1 : 0);
  });
}
