/**
 * The editor's decision fields and the procedure's two lists, found by their accessible names:
 * each change is one undoable edit, saved to storage; deleting the step a decision leads to drops
 * the link and says so.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EditorStore } from '../../../src/editor/state/store';
import { click } from '../edit/fixtures';
import { freshDatabase, recordedProcedure, stored } from './db';
import { button, byLabel, rendered, type, waitFor } from './dom';
import { mountEditor } from './mount';

let root: HTMLElement;
let store: EditorStore;
let procedureId: string;

const three = (id: string) => [
  { ...click('a', 1000, 'Open'), procedureId: id },
  { ...click('b', 2000, 'Tax exempt'), procedureId: id },
  { ...click('c', 3000, 'Save'), procedureId: id },
];

beforeEach(async () => {
  await freshDatabase();
  root = document.createElement('div');
  document.body.append(root);
  procedureId = await recordedProcedure(three);
  store = await mountEditor(root, procedureId, 3);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** The <select> whose label (the text beside it, not its options) is `name`. */
function selectNamed(name: string): HTMLSelectElement | null {
  for (const label of root.querySelectorAll('label')) {
    const select = label.querySelector('select');
    if (select && label.querySelector('.field-label')?.textContent === name) return select;
  }
  return null;
}

async function addDecisionToStep2(): Promise<HTMLSelectElement> {
  button(root, 'More for step 2')!.click();
  (await waitFor(() => button(root, 'Add a decision to step 2'))).click();
  const condition = await waitFor(() => byLabel(root, 'Do step 2 only if'));
  type(condition, 'the customer is tax exempt');
  return selectNamed('If not, go from step 2 to')!;
}

describe('a decision in the editor', () => {
  it('lists the other steps by number and sentence, links one, and saves it', async () => {
    const select = await addDecisionToStep2();
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'the next step (skip this one)',
      'Step 1: Click "Open"',
      'Step 3: Click "Save"',
    ]);
    select.value = 'c';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await store.flush();
    const { steps } = await stored(procedureId);
    expect(steps[1]!.decision).toEqual({ condition: 'the customer is tax exempt', otherwise: 'c' });
  });

  it('loses its link when that step is deleted, says so, and Undo brings it back', async () => {
    const select = await addDecisionToStep2();
    select.value = 'c';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await rendered();
    button(root, 'Delete step 3')!.click();
    await waitFor(() => root.querySelectorAll('ol.steps > li, ol > li.step').length === 2);
    expect(store.get().announcement.text).toBe(
      'Step 3 deleted. The decision in step 2 led to the deleted step; it now skips its step instead.',
    );
    expect(selectNamed('If not, go from step 2 to')!.value).toBe('');
    store.undo();
    await store.flush();
    expect((await stored(procedureId)).steps[1]!.decision?.otherwise).toBe('c');
  });
});

describe('the access and troubleshooting lists in the editor', () => {
  it('add, fill and mark an entry, each saved, and remove it undoably', async () => {
    button(root, 'Add an access')!.click();
    type(await waitFor(() => byLabel(root, 'Access 1')), 'Billing account');
    const sent = root.querySelector<HTMLInputElement>(
      'input[aria-label="Access 1: its password or key is sent separately"]',
    )!;
    sent.click();
    button(root, 'Add a problem')!.click();
    type(await waitFor(() => byLabel(root, 'Problem 1')), 'Locked out');
    type(byLabel(root, 'What to do about problem 1')!, 'Call IT');
    await store.flush();
    const { procedure } = await stored(procedureId);
    expect(procedure.access).toEqual([{ what: 'Billing account', sentSeparately: true }]);
    expect(procedure.troubleshooting).toEqual([{ problem: 'Locked out', whatToDo: 'Call IT' }]);
    expect(procedure.searchText.split('\n')[0]).toBe('pay an invoice locked out call it');

    button(root, 'Remove problem 1')!.click();
    await store.flush();
    expect((await stored(procedureId)).procedure.troubleshooting).toEqual([]);
    store.undo();
    await store.flush();
    expect((await stored(procedureId)).procedure.troubleshooting).toHaveLength(1);
  });
});
