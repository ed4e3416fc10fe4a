/** The focused/full choice reaches IndexedDB, and undo takes it back out. */
import { beforeEach, describe, expect, it } from 'vitest';
import { loadState, sameContent } from '../../../src/editor/state/load';
import { writeDiff } from '../../../src/editor/state/persist';
import { EditorStore } from '../../../src/editor/state/store';
import { duplicateStored } from '../../../src/library/duplicate';
import { setProcedureView, setStepView } from '../../../src/shared/edit';
import { click } from '../edit/fixtures';
import { freshDatabase, recordedProcedure, stored } from './db';

const twoSteps = (procedureId: string) =>
  [click('a', 1000, 'Open'), click('b', 2000, 'Save')].map((s) => ({ ...s, procedureId }));

async function openStore(procedureId: string) {
  const store = new EditorStore(procedureId, {
    load: loadState,
    write: writeDiff,
    same: sameContent,
    notify: () => {},
  });
  await store.load();
  return store;
}

describe('screenshot view persistence', () => {
  beforeEach(freshDatabase);

  it('saves a procedure shown full and removes the field on undo', async () => {
    const id = await recordedProcedure(twoSteps);
    const store = await openStore(id);
    store.edit((s) => setProcedureView(s, 'full'));
    await store.flush();
    expect((await stored(id)).procedure.view).toBe('full');
    store.undo();
    await store.flush();
    expect('view' in (await stored(id)).procedure).toBe(false);
    store.redo();
    await store.flush();
    expect((await openStore(id)).state!.procedure.view).toBe('full');
  });

  it('saves one step shown full and reloads it', async () => {
    const id = await recordedProcedure(twoSteps);
    const store = await openStore(id);
    store.edit((s) => setStepView(s, 'b', 'full'));
    await store.flush();
    const db = await stored(id);
    expect(db.steps.map((s) => s.view)).toEqual([undefined, 'full']);
    store.undo();
    await store.flush();
    expect((await stored(id)).steps.every((s) => !('view' in s))).toBe(true);
  });

  it('copies the choices with the procedure when it is duplicated', async () => {
    const id = await recordedProcedure(twoSteps);
    const store = await openStore(id);
    store.edit((s) => setProcedureView(s, 'full'));
    store.edit((s) => setStepView(s, 'a', 'focused'));
    await store.flush();
    const copy = await stored(await duplicateStored(id));
    expect(copy.procedure.view).toBe('full');
    expect(copy.steps.map((s) => s.view)).toEqual(['focused', undefined]);
  });
});
