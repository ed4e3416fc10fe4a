/**
 * Versions from the editor: a burst of edits saves one version of what storage holds; restoring a
 * version is one edit written through writeProcedure, undone by one undo, and saved as a
 * 'restore' version; a screenshot only the restored version showed comes back with it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadState, sameContent } from '../../../src/editor/state/load';
import { writeDiff } from '../../../src/editor/state/persist';
import { EditorStore } from '../../../src/editor/state/store';
import { VERSION_PAUSE_MS } from '../../../src/editor/state/version-burst';
import { restoredState } from '../../../src/editor/state/version-restore';
import { EditorVersions } from '../../../src/editor/state/versions';
import { images, reclaimImages, versions } from '../../../src/shared/db';
import { setSentence, setTitle, swapImage } from '../../../src/shared/edit';
import { click, typed } from '../edit/fixtures';
import { freshDatabase, recordedProcedure, stored } from './db';

const twoSteps = (procedureId: string) =>
  [click('a', 1000, 'Open invoices'), typed('b', 2000, 'ACME')].map((s) => ({ ...s, procedureId }));

/** An editor page as main.tsx wires it: saves feed the burst rule. */
async function openEditor(procedureId: string, pauseMs = VERSION_PAUSE_MS) {
  let onSaved = () => {};
  const store = new EditorStore(procedureId, {
    load: loadState,
    write: writeDiff,
    same: sameContent,
    notify: () => onSaved(),
  });
  const history = new EditorVersions(store, async () => true, pauseMs);
  onSaved = () => history.burst.edited();
  await store.load();
  return { store, history };
}

describe('versions from the editor', () => {
  beforeEach(freshDatabase);
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves one version per burst of edits, after the pause', async () => {
    const id = await recordedProcedure(twoSteps);
    await versions.save(id, 'recording');
    const { store } = await openEditor(id, 50);
    store.edit((s) => setSentence(s, 'a', 'Open the invoices'), { group: 'text-a', delayMs: 0 });
    store.edit((s) => setSentence(s, 'a', 'Open the invoices page'), { group: 'text-a', delayMs: 0 });
    await store.flush();
    await vi.waitFor(async () => expect(await versions.list(id)).toHaveLength(2), { timeout: 2000 });
    const [newest] = await versions.list(id);
    expect(newest!.reason).toBe('edits');
    expect((await versions.get(newest!.id))!.steps[0]!.customText).toBe('Open the invoices page');
  });

  it('restores a version as one edit: undo brings back what was there, and the restore is a version', async () => {
    const id = await recordedProcedure(twoSteps);
    const recorded = (await versions.save(id, 'recording'))!;
    const { store, history } = await openEditor(id);
    store.edit((s) => setTitle(s, 'Pay an invoice today'));
    store.edit((s) => setSentence(s, 'b', 'Type the customer'));
    await store.flush();

    expect(await history.restore(recorded.id)).toBe(true);
    const restored = await stored(id);
    expect(restored.procedure.title).toBe('Pay an invoice');
    expect(restored.steps.map((s) => s.customText)).toEqual([undefined, undefined]);
    expect(restored.steps).toEqual(recorded.steps);
    // The edits were saved as a version before the restore replaced them, then the restore.
    expect((await versions.list(id)).map((v) => v.reason)).toEqual(['restore', 'edits', 'recording']);

    store.undo();
    await store.flush();
    const undone = await stored(id);
    expect(undone.procedure.title).toBe('Pay an invoice today');
    expect(undone.steps[1]!.customText).toBe('Type the customer');
  });

  it('brings back a screenshot only the restored version shows, and keeps it through the sweep', async () => {
    const id = await recordedProcedure(twoSteps);
    const recorded = (await versions.save(id, 'recording'))!;
    const { store, history } = await openEditor(id);
    await images.put({ id: 'black-1', procedureId: id, blob: new Blob(['black']), width: 2, height: 1 });
    store.edit((s) => swapImage(s, 'a', 'black-1'));
    await store.flush();
    // What an editor's closing runs, with no undo history left: the original stays for the version.
    expect(await reclaimImages(id)).toBe(0);
    expect(await images.get('img-a')).toBeDefined();

    await history.restore(recorded.id);
    const after = await stored(id);
    expect(after.steps[0]!.image?.imageId).toBe('img-a');
    expect(await images.get('img-a')).toBeDefined();
  });

  it('says so when the version is gone, and changes nothing', async () => {
    const id = await recordedProcedure(twoSteps);
    const { store, history } = await openEditor(id);
    expect(await history.restore('no-such-version')).toBe(false);
    expect(store.get().error).toBe('That version is no longer kept.');
    expect(store.canUndo).toBe(false);
  });

  it('restoring the version already shown is no edit', async () => {
    const id = await recordedProcedure(twoSteps);
    const recorded = (await versions.save(id, 'recording'))!;
    const { store } = await openEditor(id);
    expect(restoredState(store.state!, recorded)).toBe(store.state);
  });
});
