/** Edits reach IndexedDB through the repositories, undo included, with count and search text right. */
import { beforeEach, describe, expect, it } from 'vitest';
import { loadState, sameContent } from '../../../src/editor/state/load';
import { writeDiff } from '../../../src/editor/state/persist';
import { EditorStore } from '../../../src/editor/state/store';
import { db as database } from '../../../src/shared/db/open';
import {
  deleteStep,
  mergeWithNext,
  moveStep,
  searchTextOf,
  setNote,
  setSentence,
  setTitle,
} from '../../../src/shared/edit';
import { click, typed } from '../edit/fixtures';
import { freshDatabase, recordedProcedure, stored } from './db';

const threeSteps = (procedureId: string) =>
  [click('a', 1000, 'Open'), typed('b', 2000, 'ACME'), click('c', 3000, 'Save')].map((s) => ({
    ...s,
    procedureId,
  }));

async function openStore(procedureId: string, notify = () => {}) {
  const store = new EditorStore(procedureId, {
    load: loadState,
    write: writeDiff,
    same: sameContent,
    notify,
  });
  await store.load();
  return store;
}

describe('editor persistence', () => {
  beforeEach(freshDatabase);

  it('saves each edit as it is made and reloads it', async () => {
    const id = await recordedProcedure(threeSteps);
    const store = await openStore(id);
    store.edit((s) => setTitle(s, 'Pay a supplier invoice'));
    store.edit((s) => moveStep(s, 'c', 0));
    store.edit((s) => setNote(s, 'a', { kind: 'warning', text: 'Check the amount' }));
    store.edit((s) => deleteStep(s, 'b'));
    await store.flush();
    const db = await stored(id);
    expect(db.steps.map((s) => s.id)).toEqual(['c', 'a']);
    expect(db.steps[1]!.note).toEqual({ kind: 'warning', text: 'Check the amount' });
    expect(db.procedure.title).toBe('Pay a supplier invoice');
    expect(db.procedure.stepCount).toBe(2);
    expect(db.procedure.searchText).toBe(searchTextOf('Pay a supplier invoice', db.steps));
    const reopened = await openStore(id);
    expect(reopened.state!.steps.map((s) => s.id)).toEqual(['c', 'a']);
  });

  it('undo and redo are saved too', async () => {
    const id = await recordedProcedure(threeSteps);
    const store = await openStore(id);
    store.edit((s) => mergeWithNext(s, 'a'));
    await store.flush();
    expect((await stored(id)).steps.map((s) => s.id)).toEqual(['a', 'c']);
    store.undo();
    await store.flush();
    const undone = await stored(id);
    expect(undone.steps.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(undone.steps[0]!.customText).toBeUndefined();
    expect(undone.procedure.stepCount).toBe(3);
    expect(undone.procedure.searchText).toContain('type "acme" into "customer"');
    store.redo();
    await store.flush();
    const redone = await stored(id);
    expect(redone.steps).toHaveLength(2);
    expect(redone.procedure.searchText).toContain('click "open", then type "acme"');
  });

  it('typing is written after a pause, and at once when the box is left', async () => {
    const id = await recordedProcedure(threeSteps);
    const store = await openStore(id);
    for (const text of ['C', 'Cl', 'Click Open now']) {
      store.edit((s) => setSentence(s, 'a', text), { group: 'sentence:a', delayMs: 10_000 });
    }
    expect((await stored(id)).steps[0]!.customText).toBeUndefined();
    expect(store.saving).toBe(true);
    expect(store.get().saving).toBe(true);
    await store.endTyping();
    expect(store.saving).toBe(false);
    expect(store.get().saving).toBe(false);
    expect((await stored(id)).steps[0]!.customText).toBe('Click Open now');
    // One undo step for the whole word.
    store.undo();
    await store.flush();
    expect((await stored(id)).steps[0]!.customText).toBeUndefined();
  });

  it('tells other tabs after a save, and another tab reloads what was saved', async () => {
    const id = await recordedProcedure(threeSteps);
    let notified = 0;
    const first = await openStore(id, () => notified++);
    const second = await openStore(id);
    first.edit((s) => deleteStep(s, 'b'));
    await first.flush();
    expect(notified).toBe(1);
    await second.reloadFromStorage();
    expect(second.state!.steps.map((s) => s.id)).toEqual(['a', 'c']);
    // Its history starts again: undoing there must not resurrect the step deleted here.
    expect(second.canUndo).toBe(false);
  });

  it('keeps an edit made while a reload is reading storage', async () => {
    const id = await recordedProcedure(threeSteps);
    let gate: (() => void) | undefined;
    let calls = 0;
    const gatedLoad = async (procedureId: string) => {
      calls++;
      // The second read (the reload) waits until the test has made its edit.
      if (calls === 2) await new Promise<void>((open) => (gate = open));
      return loadState(procedureId);
    };
    const store = new EditorStore(id, { load: gatedLoad, write: writeDiff, same: sameContent });
    await store.load();
    const reloading = store.reloadFromStorage();
    await expect.poll(() => gate).toBeDefined();
    store.edit((s) => setTitle(s, 'Typed during the reload'));
    gate!();
    await reloading;
    expect(store.state!.procedure.title).toBe('Typed during the reload');
    expect((await stored(id)).procedure.title).toBe('Typed during the reload');
    expect(store.canUndo).toBe(true);
  });

  it('keeps its history when a reload finds what it already has', async () => {
    const id = await recordedProcedure(threeSteps);
    const store = await openStore(id);
    store.edit((s) => setTitle(s, 'Renamed'));
    await store.reloadFromStorage();
    expect(store.canUndo).toBe(true);
  });

  it('repairs a count left wrong by an interrupted write', async () => {
    const id = await recordedProcedure(threeSteps);
    // A record an older version left with wrong derived fields.
    const raw = await database();
    await raw.put('procedures', { ...(await raw.get('procedures', id))!, stepCount: 7, searchText: 'stale' });
    const store = await openStore(id);
    expect(store.state!.procedure.stepCount).toBe(3);
    const db = await stored(id);
    expect(db.procedure.stepCount).toBe(3);
    expect(db.procedure.searchText).toBe(searchTextOf('Pay an invoice', db.steps));
  });

  it('says so in one sentence when the step is gone', async () => {
    const id = await recordedProcedure(threeSteps);
    const store = await openStore(id);
    expect(store.edit((s) => setSentence(s, 'nope', 'x'))).toBe(false);
    expect(store.get().error).toMatch(/^That step no longer exists/);
  });

  it('reports a missing procedure', async () => {
    const store = await openStore('not-there');
    expect(store.get().status).toBe('missing');
  });
});
