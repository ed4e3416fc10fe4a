/**
 * An editor edit racing a deferred screenshot: the recorder attaches the picture to a step the
 * editor read before it had one; the edit must keep the link, and no sweep may delete the picture.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { loadState, sameContent } from '../../../src/editor/state/load';
import { deleteUnusedImages } from '../../../src/editor/state/orphans';
import { writeDiff } from '../../../src/editor/state/persist';
import { EditorStore } from '../../../src/editor/state/store';
import { images, procedures, steps } from '../../../src/shared/db';
import { setNote, setSentence, setTitle } from '../../../src/shared/edit';
import { clickStep, freshDatabase, image } from './fresh';

const PENDING = { code: 'screenshot-pending' as const, message: 'No screenshot yet.' };

let procedureId: string;

beforeEach(async () => {
  await freshDatabase();
  procedureId = (await procedures.create({ title: 'Pay', startUrl: 'https://x.test/' }, 1)).id;
});

async function openEditor() {
  const store = new EditorStore(procedureId, { load: loadState, write: writeDiff, same: sameContent });
  await store.load();
  return store;
}

describe('an edit racing a deferred screenshot', () => {
  it('keeps the screenshot the recorder attached after the editor read the step', async () => {
    const step = clickStep(procedureId, 1, { problem: PENDING });
    await steps.append(step);
    const editor = await openEditor();
    expect(editor.state!.steps[0]!.image).toBeUndefined();

    // The quota frees up: the recorder attaches the picture while the editor holds its old copy.
    const shot = image(procedureId);
    await steps.attachImage(step.id, shot, 'deferred');

    editor.edit((s) => setSentence(s, step.id, 'Press the first button'));
    editor.edit((s) => setNote(s, step.id, { kind: 'tip', text: 'It is blue' }));
    await editor.flush();

    const stored = await steps.get(step.id);
    expect(stored?.customText).toBe('Press the first button');
    expect(stored?.note).toEqual({ kind: 'tip', text: 'It is blue' });
    expect(stored?.image?.imageId).toBe(shot.id);
    expect(stored?.problem).toBeUndefined();

    // The sweep an editor runs when it opens, with the stale editor's history as "in use".
    expect(await deleteUnusedImages(procedureId, () => editor.referencedImageIds())).toBe(0);
    expect(await images.get(shot.id)).toBeDefined();
  });

  it('keeps a screenshot the recorder attaches while the sweep runs', async () => {
    const step = clickStep(procedureId, 1, { problem: PENDING });
    await steps.append(step);
    const editor = await openEditor();
    const shot = image(procedureId);
    // Whichever transaction runs first, the sweep checks the stored steps in its own.
    const attaching = steps.attachImage(step.id, shot, 'deferred');
    const swept = deleteUnusedImages(procedureId, () => editor.referencedImageIds());
    await Promise.all([attaching, swept]);
    expect((await steps.get(step.id))?.image?.imageId).toBe(shot.id);
    expect(await images.get(shot.id)).toBeDefined();
  });

  it('keeps a title renamed in the library when the editor saves a step edit', async () => {
    const step = clickStep(procedureId, 1);
    await steps.append(step);
    const editor = await openEditor();
    await procedures.update(procedureId, { title: 'Pay a supplier' });
    editor.edit((s) => setSentence(s, step.id, 'Press it'));
    await editor.flush();
    const stored = await procedures.get(procedureId);
    expect(stored?.title).toBe('Pay a supplier');
    // The search text is the repository's: the stored title and the edited sentence.
    expect(stored?.searchText).toBe('pay a supplier\npress it');
  });

  it('still writes a field both changed: the editor’s edit is the later one', async () => {
    const step = clickStep(procedureId, 1);
    await steps.append(step);
    const editor = await openEditor();
    await procedures.update(procedureId, { title: 'From the library' });
    editor.edit((s) => setTitle(s, 'From the editor'));
    await editor.flush();
    expect((await procedures.get(procedureId))?.title).toBe('From the editor');
  });
});
