/**
 * The History dialog in the editor page (happy-dom, fake IndexedDB): every control has a name,
 * versions are listed with why, when and how many steps; View shows a version's sentences
 * read-only; Restore replaces the procedure, closes the dialog and says so; Undo brings it back.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/editor/components/App';
import { VersionsContext } from '../../../src/editor/components/versions-context';
import { loadState, sameContent } from '../../../src/editor/state/load';
import { writeDiff } from '../../../src/editor/state/persist';
import { EditorStore } from '../../../src/editor/state/store';
import { EditorVersions } from '../../../src/editor/state/versions';
import { images, reclaimImages, versions } from '../../../src/shared/db';
import { setSentence, swapImage } from '../../../src/shared/edit';
import { click, typed } from '../edit/fixtures';
import { recordedProcedure, stored } from './db';
import { button, byLabel, waitFor } from './dom';
import { emptyPage, leavePage } from './mount';

const twoSteps = (procedureId: string) =>
  [click('a', 1000, 'Open invoices'), typed('b', 2000, 'ACME')].map((s) => ({ ...s, procedureId }));

let root: HTMLElement;

async function mount(procedureId: string) {
  const store = new EditorStore(procedureId, { load: loadState, write: writeDiff, same: sameContent });
  const history = new EditorVersions(store, async () => true);
  render(
    <VersionsContext.Provider value={history}>
      <App store={store} />
    </VersionsContext.Provider>,
    root,
  );
  await store.load();
  await waitFor(() => root.querySelectorAll('ol > li').length === 2);
  return store;
}

const dialog = () => root.querySelector('dialog') as HTMLDialogElement;

describe('History dialog', () => {
  beforeEach(async () => {
    root = await emptyPage();
  });
  afterEach(() => leavePage(root));

  it('lists versions, shows one read-only, restores it undoably', async () => {
    const id = await recordedProcedure(twoSteps);
    await versions.save(id, 'recording', { now: Date.UTC(2026, 10, 26, 3, 0, 0) });
    const store = await mount(id);
    store.edit((s) => setSentence(s, 'a', 'Open the invoice list'));
    await store.flush();
    await versions.save(id, 'edits', { now: Date.UTC(2026, 10, 26, 3, 5, 0) });

    button(root, 'History')!.click();
    await waitFor(() => dialog().open && root.querySelector('.history-list'));
    expect(dialog().getAttribute('aria-labelledby')).toBe('history-title');
    expect(root.querySelector('#history-title')?.textContent).toBe('History of this procedure');
    const items = [...root.querySelectorAll('.history-list li')].map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/Edited · 2 steps/);
    expect(items[1]).toMatch(/Recorded · 2 steps/);
    // Every button in the dialog has a name, and each version's buttons say which version.
    const names = [...dialog().querySelectorAll('button')].map(
      (b) => b.getAttribute('aria-label') ?? b.textContent?.trim(),
    );
    expect(names.every(Boolean)).toBe(true);
    const restoreRecorded = names.find((n) => n?.startsWith('Restore version: Recorded, '));
    const viewRecorded = names.find((n) => n?.startsWith('View version: Recorded, '))!;
    expect(restoreRecorded).toBeDefined();

    button(dialog(), viewRecorded)!.click();
    const steps = await waitFor(() => dialog().querySelector('ol.version-steps'));
    expect(steps.getAttribute('aria-label')).toBe('Steps of this version (read-only)');
    expect(steps.textContent).toContain('Click "Open invoices"');
    expect(steps.querySelectorAll('input, textarea')).toHaveLength(0);
    expect(steps.querySelectorAll('[role="img"], img')).toHaveLength(2);

    button(dialog(), restoreRecorded!)!.click();
    await waitFor(() => !dialog().open);
    await store.flush();
    expect(byLabel(root, 'Step 1 sentence')?.value).toBe('Click "Open invoices"');
    await waitFor(() => root.textContent?.includes('Undo brings back what was there before.'));
    expect((await stored(id)).steps[0]!.customText).toBeUndefined();

    button(root, 'Undo')!.click();
    await store.flush();
    await waitFor(() => byLabel(root, 'Step 1 sentence')?.value === 'Open the invoice list');
    expect((await stored(id)).steps[0]!.customText).toBe('Open the invoice list');
  });

  it('says when no version is saved yet', async () => {
    const id = await recordedProcedure(twoSteps);
    await mount(id);
    button(root, 'History')!.click();
    await waitFor(() => dialog().textContent?.includes('No version saved yet.'));
    button(dialog(), 'Close history')!.click();
    await waitFor(() => !dialog().open);
  });

  it('deletes earlier versions after asking, with the screenshots only they showed', async () => {
    const id = await recordedProcedure(twoSteps);
    await versions.save(id, 'recording', { now: Date.UTC(2026, 10, 26, 3, 0, 0) });
    const store = await mount(id);
    await images.put({ id: 'black-1', procedureId: id, blob: new Blob(['black']), width: 2, height: 1 });
    store.edit((s) => swapImage(s, 'a', 'black-1'));
    await store.flush();
    await versions.save(id, 'edits', { now: Date.UTC(2026, 10, 26, 3, 5, 0) });

    button(root, 'History')!.click();
    await waitFor(() => root.querySelectorAll('.history-list li').length === 2);
    const forget = button(dialog(), 'Delete earlier versions')!;
    forget.click();
    await waitFor(() => forget.getAttribute('aria-expanded') === 'true');
    expect(dialog().textContent).toContain('Undo cannot bring them back.');
    button(dialog(), 'Delete them for good')!.click();
    await waitFor(() => root.querySelectorAll('.history-list li').length === 1);
    await waitFor(() => root.textContent?.includes('1 earlier version deleted.'));
    // Undo can still show the original, so it stays until the editor closes; then it goes.
    expect(await images.get('img-a')).toBeDefined();
    expect(await reclaimImages(id, () => store.presentImageIds())).toBe(1);
    expect(await images.get('img-a')).toBeUndefined();
    expect(await images.get('black-1')).toBeDefined();
  });
});
