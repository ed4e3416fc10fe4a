/** The editor page rendered in happy-dom against fake IndexedDB. */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/editor/components/App';
import { loadPreview, loadState } from '../../../src/editor/state/load';
import { writeDiff } from '../../../src/editor/state/persist';
import { EditorStore } from '../../../src/editor/state/store';
import { click, typed } from '../edit/fixtures';
import { recordedProcedure, stored } from './db';
import { button, byLabel, leave, rendered, type, waitFor } from './dom';
import { emptyPage, leavePage, mountEditor } from './mount';

const hostile = '<img src=x onerror="window.pwned=1">';
const steps = (procedureId: string) =>
  [click('a', 1000, 'Open'), typed('b', 2000, hostile), click('c', 3000, 'Save')].map((s) => ({
    ...s,
    procedureId,
  }));

let root: HTMLElement;

const mount = (procedureId: string) => mountEditor(root, procedureId, 3);

describe('editor page', () => {
  beforeEach(async () => {
    root = await emptyPage();
  });
  afterEach(() => leavePage(root));

  it('lists the steps in order with their sentences, page text shown as text', async () => {
    const id = await recordedProcedure(steps);
    await mount(id);
    expect(byLabel(root, 'Title')?.value).toBe('Pay an invoice');
    const sentences = [1, 2, 3].map((n) => byLabel(root, `Step ${n} sentence`)?.value);
    expect(sentences).toEqual(['Click "Open"', `Type "${hostile}" into "Customer"`, 'Click "Save"']);
    expect(root.querySelector('img[src="x"]')).toBeNull();
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
    expect(button(root, 'Delete step 3')).not.toBeNull();
    expect(button(root, 'Download HTML')).not.toBeNull();
  });

  it('saves a sentence edit when the box is left', async () => {
    const id = await recordedProcedure(steps);
    const store = await mount(id);
    const box = byLabel(root, 'Step 1 sentence')!;
    type(box, 'Open the invoices page');
    await new Promise((r) => setTimeout(r, 50));
    // Still typing: the write waits for a pause (400 ms), so storage has the old wording.
    expect((await stored(id)).steps[0]!.customText).toBeUndefined();
    leave(box);
    // Leaving the box writes at once, well before the typing pause would have.
    let db = await stored(id);
    for (let i = 0; i < 20 && !db.procedure.searchText.includes('open the invoices page'); i++) {
      await new Promise((r) => setTimeout(r, 10));
      db = await stored(id);
    }
    expect(store.get().error).toBeUndefined();
    expect(db.steps[0]!.customText).toBe('Open the invoices page');
    expect(db.procedure.searchText).toContain('open the invoices page');
  });

  it('deletes a step with its button, and Undo brings it back', async () => {
    const id = await recordedProcedure(steps);
    const store = await mount(id);
    button(root, 'Delete step 2')!.click();
    await waitFor(() => root.querySelectorAll('ol > li').length === 2);
    await store.flush();
    expect((await stored(id)).steps.map((s) => s.id)).toEqual(['a', 'c']);
    button(root, 'Undo')!.click();
    await waitFor(() => root.querySelectorAll('ol > li').length === 3);
    await store.flush();
    expect((await stored(id)).steps.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('moves a step with Alt+ArrowUp and announces it', async () => {
    const id = await recordedProcedure(steps);
    const store = await mount(id);
    const box = byLabel(root, 'Step 3 sentence')!;
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true }));
    await waitFor(() => byLabel(root, 'Step 2 sentence')?.value === 'Click "Save"');
    expect(root.querySelector('[aria-live]')?.textContent).toBe('Step 3 moved to position 2');
    await store.flush();
    expect((await stored(id)).steps.map((s) => s.id)).toEqual(['a', 'c', 'b']);
  });

  it('Ctrl+Z in a step box undoes the last edit; Ctrl+Shift+Z redoes it', async () => {
    const id = await recordedProcedure(steps);
    const store = await mount(id);
    const box = byLabel(root, 'Step 1 sentence')!;
    type(box, 'Open it');
    leave(box);
    await waitFor(() => !store.saving);
    const key = (shiftKey: boolean) =>
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, shiftKey, bubbles: true }));
    key(false);
    await waitFor(() => byLabel(root, 'Step 1 sentence')?.value === 'Click "Open"');
    key(true);
    await waitFor(() => byLabel(root, 'Step 1 sentence')?.value === 'Open it');
    await store.flush();
    expect((await stored(id)).steps[0]!.customText).toBe('Open it');
  });

  it('leaves Ctrl+Z alone in a box that is not part of the procedure', async () => {
    const id = await recordedProcedure(steps);
    const store = await mount(id);
    button(root, 'Delete step 3')!.click();
    await waitFor(() => root.querySelectorAll('ol > li').length === 2);
    button(root, 'Add a step at the start')!.click();
    const text = await waitFor(() => byLabel(root, 'Text of the new step'));
    text.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }));
    await rendered();
    expect(root.querySelectorAll('ol > li')).toHaveLength(2);
    expect(store.canUndo).toBe(true);
  });

  it('shows the first steps read-only while the rest loads', async () => {
    const id = await recordedProcedure(steps);
    let release: (() => void) | undefined;
    const slowLoad = async (procedureId: string) => {
      await new Promise<void>((open) => (release = open));
      return loadState(procedureId);
    };
    const store = new EditorStore(id, { load: slowLoad, preview: loadPreview, write: writeDiff });
    render(<App store={store} />, root);
    const loading = store.load();
    const first = await waitFor(() => byLabel(root, 'Step 1 sentence'));
    expect(first.readOnly).toBe(true);
    expect(button(root, 'Download HTML')?.disabled).toBe(true);
    release!();
    await loading;
    await waitFor(() => !byLabel(root, 'Step 1 sentence')?.readOnly);
    expect(button(root, 'Download HTML')?.disabled).toBe(false);
  });

  it('shows one sentence when something fails', async () => {
    const id = await recordedProcedure(steps);
    const store = await mount(id);
    store.fail(new Error('The disk is full.'));
    await waitFor(() => root.querySelector('[role="alert"]')?.textContent?.includes('The disk is full.'));
  });
});
