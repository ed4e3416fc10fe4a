/** The library: search, rename, duplicate, delete with undo, bin clean-up — on fake IndexedDB. */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryApp } from '../../../src/library/components/LibraryApp';
import { emptyOldBin, KEEP_IN_BIN_MS } from '../../../src/library/purge';
import { matches } from '../../../src/library/search';
import { LibraryStore } from '../../../src/library/store';
import { images, procedures, steps } from '../../../src/shared/db';
import { click, typed } from '../edit/fixtures';
import { freshDatabase, recordedProcedure, stored } from './db';
import { button, byLabel, rendered, type, waitFor } from './dom';
import { emptyPage, leavePage } from './mount';

const twoSteps = (procedureId: string) =>
  [click('a', 1000, 'Open invoices'), typed('b', 2000, 'ACME')].map((s) => ({ ...s, procedureId }));

describe('search', () => {
  it('needs every word, in any order, from title or steps', () => {
    const p = {
      title: 'Pay',
      searchText: 'pay an invoice\nclick "open invoices"\ntype "acme" into "customer"',
    };
    expect(matches(p, 'ACME invoice')).toBe(true);
    expect(matches(p, '  ')).toBe(true);
    expect(matches(p, 'acme refund')).toBe(false);
  });
});

describe('library store', () => {
  beforeEach(freshDatabase);

  it('duplicates a procedure with its steps and screenshots under new ids', async () => {
    const id = await recordedProcedure((pid) => twoSteps(pid));
    const store = new LibraryStore();
    await store.refresh();
    await store.duplicate(store.get().all[0]!);
    const all = store.get().all;
    expect(all.map((p) => p.title).sort()).toEqual(['Pay an invoice', 'Pay an invoice (copy)']);
    const copyId = all.find((p) => p.title.endsWith('(copy)'))!.id;
    const [original, copy] = [await stored(id), await stored(copyId)];
    expect(copy.procedure.stepCount).toBe(2);
    expect(copy.procedure.searchText).toContain('type "acme" into "customer"');
    expect(copy.steps.map((s) => s.type)).toEqual(['click', 'type']);
    expect(copy.steps.some((s) => original.steps.some((o) => o.id === s.id))).toBe(false);
    expect(copy.imageIds).toHaveLength(2);
    expect(copy.imageIds.some((i) => original.imageIds.includes(i))).toBe(false);
    const shown = await images.get(copy.steps[0]!.image!.imageId);
    expect(shown?.procedureId).toBe(copyId);
    // Deleting the copy leaves the original whole.
    await procedures.remove(copyId);
    expect((await stored(id)).imageIds).toHaveLength(2);
  });

  it('deletes to the bin and Undo restores', async () => {
    await recordedProcedure(twoSteps);
    const store = new LibraryStore();
    await store.refresh();
    const p = store.get().all[0]!;
    await store.remove(p);
    expect(store.get().all).toHaveLength(0);
    expect(store.get().message).toBe('Deleted “Pay an invoice”.');
    await store.undoRemove();
    expect(store.get().all.map((x) => x.id)).toEqual([p.id]);
    expect(await steps.list(p.id)).toHaveLength(2);
  });

  it('empties the bin of procedures deleted over a day ago only', async () => {
    const old = await recordedProcedure(twoSteps);
    const recent = await recordedProcedure(twoSteps);
    const now = Date.now();
    await procedures.trash(old, now - KEEP_IN_BIN_MS - 1);
    await procedures.trash(recent, now - 1000);
    expect(await emptyOldBin(now)).toBe(1);
    expect(await procedures.get(old)).toBeUndefined();
    expect(await images.listIds(old)).toEqual([]);
    expect(await procedures.get(recent)).toBeDefined();
  });
});

describe('library page', () => {
  let root: HTMLElement;
  beforeEach(async () => {
    root = await emptyPage();
  });
  afterEach(() => leavePage(root));

  it('lists, filters, renames and confirms before deleting', async () => {
    await recordedProcedure(twoSteps);
    const second = await procedures.create({ title: 'Refund a customer', startUrl: 'https://example.test/' });
    const store = new LibraryStore();
    render(<LibraryApp store={store} />, root);
    await store.refresh();
    await waitFor(() => root.querySelectorAll('li.procedure').length === 2);
    expect(root.textContent).toContain('2 steps');

    type(byLabel(root, 'Search procedures')!, 'acme');
    await waitFor(() => root.querySelectorAll('li.procedure').length === 1);
    expect(root.querySelector('li.procedure a')?.textContent).toBe('Pay an invoice');
    type(byLabel(root, 'Search procedures')!, '');

    (await waitFor(() => button(root, 'Rename “Refund a customer”'))).click();
    const box = await waitFor(() => byLabel(root, 'New title for “Refund a customer”'));
    type(box, 'Refund an order');
    await rendered();
    button(root, 'Save title')!.click();
    await waitFor(() => root.textContent?.includes('Renamed to “Refund an order”.'));
    expect((await procedures.get(second.id))?.title).toBe('Refund an order');

    // The row shows its buttons again once the rename has been saved and the list refreshed.
    (await waitFor(() => button(root, 'Delete “Refund an order”'))).click();
    // Nothing is deleted until confirmed.
    expect(await procedures.get(second.id)).toBeDefined();
    (await waitFor(() => button(root, 'Delete'))).click();
    await waitFor(() => root.querySelectorAll('li.procedure').length === 1);
    button(root, 'Undo')!.click();
    await waitFor(() => root.querySelectorAll('li.procedure').length === 2);
  });

  it('has a labelled file input for importing', async () => {
    const store = new LibraryStore();
    render(<LibraryApp store={store} />, root);
    const input = root.querySelector('input[type="file"]');
    expect(input?.getAttribute('aria-label')).toBe('Import a procedure');
  });
});
