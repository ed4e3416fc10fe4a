/**
 * Annotations in the editor, by keyboard: added with named buttons, each one a named control that
 * the arrow keys move (a run of presses is one undo step), Delete removes, and every change saved.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { click } from '../edit/fixtures';
import { recordedProcedure, stored } from '../editor/db';
import { button, byLabel, leave, type, waitFor } from '../editor/dom';
import { emptyPage, leavePage, mountEditor } from '../editor/mount';

let root: HTMLElement;

const twoClicks = (procedureId: string) =>
  [click('a', 1000, 'Open'), click('b', 2000, 'Save')].map((s) => ({ ...s, procedureId }));

/** An annotation's control: an SVG group with role=button and a name. */
const annotation = (name: string) =>
  [...root.querySelectorAll<SVGGElement>('g[role="button"]')].find(
    (g) => g.getAttribute('aria-label') === name,
  );

const key = (el: Element, k: string, init: KeyboardEventInit = {}) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }));

describe('annotations in the editor', () => {
  beforeEach(async () => {
    root = await emptyPage();
  });
  afterEach(() => leavePage(root));

  it('adds an arrow by its named button, moves it with the arrow keys, undoes the move as one step, deletes it', async () => {
    const store = await mountEditor(root, await recordedProcedure(twoClicks), 2);
    expect(button(root, 'Add arrow to step 2')).toBeNull();
    button(root, 'Annotate step 2')!.click();
    (await waitFor(() => button(root, 'Add arrow to step 2')))!.click();
    const arrow = await waitFor(() => annotation('Arrow, 1 of 1 on step 2'));
    await store.flush();
    const added = (await stored(store.procedureId)).steps[1]!.annotations!;
    expect(added).toHaveLength(1);
    expect(added[0]!.kind).toBe('arrow');
    // The step's marker is the fixture button at (100, 50): the new arrow points at it.
    expect(
      root
        .querySelector('li[data-step-id="b"] .shot img, li[data-step-id="b"] [role="img"]')
        ?.getAttribute('aria-label') ?? '',
    ).toMatch(/Marked on the screenshot: an arrow to the marked element\.$/);

    arrow.focus();
    for (let i = 0; i < 3; i++) key(arrow, 'ArrowRight');
    key(arrow, 'ArrowDown', { shiftKey: true });
    await store.flush();
    const moved = (await stored(store.procedureId)).steps[1]!.annotations![0]!;
    if (moved.kind !== 'arrow' || added[0]!.kind !== 'arrow') throw new Error('not an arrow');
    expect(moved.to).toEqual({ x: added[0]!.to.x + 3, y: added[0]!.to.y + 10 });

    // One undo takes back the whole run of key presses; the arrow itself stays.
    button(root, 'Undo')!.click();
    await store.flush();
    expect((await stored(store.procedureId)).steps[1]!.annotations).toEqual(added);

    key(annotation('Arrow, 1 of 1 on step 2')!, 'Delete');
    await waitFor(() => !annotation('Arrow, 1 of 1 on step 2'));
    await store.flush();
    expect((await stored(store.procedureId)).steps[1]!.annotations).toBeUndefined();
  });

  it('adds a callout whose text is typed in its own box, and a numbered badge', async () => {
    const store = await mountEditor(root, await recordedProcedure(twoClicks), 2);
    button(root, 'Annotate step 1')!.click();
    (await waitFor(() => button(root, 'Add callout to step 1')))!.click();
    const text = await waitFor(() => byLabel(root, 'Callout text'));
    type(text, 'Check the total');
    leave(text);
    await waitFor(() => annotation('Callout "Check the total", 1 of 1 on step 1'));
    button(root, 'Add number to step 1')!.click();
    await waitFor(() => annotation('Number 1, 2 of 2 on step 1'));
    await store.flush();
    const list = (await stored(store.procedureId)).steps[0]!.annotations!;
    expect(list.map((a) => a.kind)).toEqual(['callout', 'badge']);
    expect(list[0]).toMatchObject({ kind: 'callout', text: 'Check the total', colour: 'red' });
    expect(list[1]).toMatchObject({ kind: 'badge', number: 1 });
  });
});
