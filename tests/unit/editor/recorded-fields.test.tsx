/**
 * Under "More" on a step: its page address, edited as the person wants it read; a typed value
 * hidden behind the person's sentence, kept in exports or not; and "Clear the recorded value".
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TypeStep } from '../../../src/shared/model';
import { click, typed } from '../edit/fixtures';
import { recordedProcedure, stored } from './db';
import { button, byLabel, type, waitFor } from './dom';
import { emptyPage, leavePage, mountEditor } from './mount';

let root: HTMLElement;

const steps = (procedureId: string) =>
  [click('a', 1000, 'Open'), { ...typed('b', 2000, 'ACME Corp'), customText: 'Type the customer' }].map(
    (s) => ({
      ...s,
      procedureId,
      url: 'https://books.example/invoices/new?token=…',
    }),
  );

const mount = (procedureId: string) => mountEditor(root, procedureId, 2);

describe('recorded fields in the editor', () => {
  beforeEach(async () => {
    root = await emptyPage();
  });
  afterEach(() => leavePage(root));

  it('shows each step’s page address and lets the person edit it', async () => {
    const store = await mount(await recordedProcedure(steps));
    expect(root.querySelector('.step-page')?.textContent).toContain(
      'https://books.example/invoices/new?token=…',
    );
    button(root, 'More for step 1')!.click();
    const address = await waitFor(() => byLabel(root, 'Page address of step 1'));
    type(address, 'https://books.example/invoices/new');
    await store.flush();
    expect((await stored(store.procedureId)).steps[0]!.url).toBe('https://books.example/invoices/new');
  });

  it('keeps a hidden value in exports only when asked, and clears it for good', async () => {
    const store = await mount(await recordedProcedure(steps));
    button(root, 'More for step 2')!.click();
    const keep = await waitFor(() =>
      [...root.querySelectorAll<HTMLLabelElement>('label.keep-value')].find((l) =>
        l.textContent?.includes('step 2'),
      ),
    );
    keep.querySelector('input')!.click();
    await store.flush();
    expect(((await stored(store.procedureId)).steps[1] as TypeStep).keepValue).toBe(true);

    button(root, 'Clear the recorded value of step 2')!.click();
    await store.flush();
    const cleared = (await stored(store.procedureId)).steps[1] as TypeStep;
    expect(cleared.value).toBeUndefined();
    expect(cleared.keepValue).toBeUndefined();
    expect(cleared.input).toEqual({ label: 'Customer' });
    // Undo brings the value back: clearing is an edit like any other until the person leaves.
    button(root, 'Undo')!.click();
    await store.flush();
    expect(((await stored(store.procedureId)).steps[1] as TypeStep).value).toBe('ACME Corp');
  });
});
