/**
 * Disk space comes back promptly: a replaced screenshot is deleted with the save that drops it
 * from the undo history, the rest when the editor closes; a deleted procedure's screenshots go
 * as soon as Undo is no longer offered for it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { loadState, sameContent } from '../../../src/editor/state/load';
import { deleteUnusedImages } from '../../../src/editor/state/orphans';
import { writeDiff } from '../../../src/editor/state/persist';
import { EditorStore } from '../../../src/editor/state/store';
import { LibraryStore } from '../../../src/library/store';
import { images, procedures } from '../../../src/shared/db';
import { setNote, swapImage } from '../../../src/shared/edit';
import { click, typed } from '../edit/fixtures';
import { freshDatabase, recordedProcedure } from './db';

const twoSteps = (procedureId: string) =>
  [click('a', 1000, 'Open invoices'), typed('b', 2000, 'ACME')].map((s) => ({ ...s, procedureId }));

async function openEditor(procedureId: string) {
  const store = new EditorStore(procedureId, { load: loadState, write: writeDiff, same: sameContent });
  await store.load();
  return store;
}

/** What a black-out does: store the new pixels, then point the step at them. */
async function blackOut(editor: EditorStore, procedureId: string, stepId: string, id: string) {
  await images.put({ id, procedureId, blob: new Blob(['black']), width: 2000, height: 1000 });
  editor.edit((s) => swapImage(s, stepId, id));
  await editor.flush();
}

describe('replaced screenshots', () => {
  beforeEach(freshDatabase);

  it('stay while undo can bring them back, and go with the save that drops them from history', async () => {
    const id = await recordedProcedure(twoSteps);
    const editor = await openEditor(id);
    await blackOut(editor, id, 'a', 'black-1');
    // Undo can still show the original.
    expect(await images.get('img-a')).toBeDefined();
    editor.undo();
    await editor.flush();
    expect(await images.get('black-1')).toBeDefined();
    // A new edit after undo drops the redo branch, and the black-out with it.
    editor.edit((s) => setNote(s, 'b', { kind: 'tip', text: 'Check the name' }));
    await editor.flush();
    expect(await images.get('black-1')).toBeUndefined();
    expect((await images.listIds(id)).sort()).toEqual(['img-a', 'img-b']);
  });

  it('go when the editor closes, all but what the steps show', async () => {
    const id = await recordedProcedure(twoSteps);
    const editor = await openEditor(id);
    await blackOut(editor, id, 'a', 'black-1');
    await blackOut(editor, id, 'a', 'black-2');
    expect(await images.listIds(id)).toHaveLength(4);
    // What the editor page runs on pagehide.
    expect(await deleteUnusedImages(id, () => editor.presentImageIds())).toBe(2);
    expect((await images.listIds(id)).sort()).toEqual(['black-2', 'img-b']);
  });
});

/** Two steps whose screenshots are the procedure's own (the fixtures' ids are fixed). */
const ownShots = (procedureId: string) =>
  twoSteps(procedureId).map((s) => ({ ...s, image: { ...s.image!, imageId: `${procedureId}-${s.id}` } }));

describe('deleted procedures', () => {
  beforeEach(freshDatabase);

  it('are deleted for real once Undo is offered for another, or the page goes away', async () => {
    const first = await recordedProcedure(ownShots);
    const second = await recordedProcedure(ownShots);
    expect(await images.listIds(first)).toHaveLength(2);
    const library = new LibraryStore();
    await library.refresh();
    const byId = (id: string) => library.get().all.find((p) => p.id === id)!;
    await library.remove(byId(first));
    expect(await procedures.get(first)).toBeDefined();
    await library.remove(byId(second));
    expect(await procedures.get(first)).toBeUndefined();
    expect(await images.listIds(first)).toEqual([]);
    // Undo still brings back the latest one.
    await library.undoRemove();
    expect((await procedures.get(second))?.deletedAt).toBeUndefined();
    await library.remove(byId(second));
    await library.endUndo();
    expect(await procedures.get(second)).toBeUndefined();
    expect(await images.listIds(second)).toEqual([]);
  });
});
