/**
 * Covered regions under a step's screenshot: the summary in words, the outlines that "Show covered
 * regions" turns off, and a Remove that, for coverage filled at capture, stays unavailable and
 * says why (focusable, described, doing nothing).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoveredRegion } from '../../../src/shared/edit';
import { click } from '../edit/fixtures';
import { recordedProcedure, stored } from './db';
import { button, rendered, waitFor } from './dom';
import { emptyPage, leavePage, mountEditor } from './mount';

let root: HTMLElement;

const covered: CoveredRegion[] = [
  { kind: 'email', rect: { x: 10, y: 10, width: 120, height: 18 } },
  { kind: 'phone', rect: { x: 10, y: 40, width: 90, height: 18 } },
  { kind: 'email', rect: { x: 10, y: 70, width: 140, height: 18 } },
];

const steps = (procedureId: string) => {
  const a = click('a', 1000, 'Open');
  return [
    { ...a, procedureId, image: { ...a.image!, covered } },
    { ...click('b', 2000, 'Save'), procedureId },
  ];
};

describe('covered regions in the editor', () => {
  beforeEach(async () => {
    root = await emptyPage();
  });
  afterEach(() => leavePage(root));

  it('says what is covered, in words, and only on the step that has coverage', async () => {
    await mountEditor(root, await recordedProcedure(steps), 2);
    const panels = root.querySelectorAll('.cover-panel');
    expect(panels).toHaveLength(1);
    expect(panels[0]!.querySelector('.cover-summary')!.textContent).toBe(
      '3 regions covered: 2 email addresses, 1 phone number',
    );
    // The list opens on demand; the summary is always there.
    expect(root.querySelector('ul.cover-list')).toBeNull();
    const toggle = button(root, 'Covered regions of step 1')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    const list = await waitFor(() => root.querySelector('ul[aria-label="Covered regions of step 1"]'));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect([...list.querySelectorAll('li > span:first-child')].map((s) => s.textContent)).toEqual([
      'Email address at 10, 10 (120 × 18 px)',
      'Phone number at 10, 40 (90 × 18 px)',
      'Email address at 10, 70 (140 × 18 px)',
    ]);
  });

  it('outlines the regions until "Show covered regions" is turned off', async () => {
    await mountEditor(root, await recordedProcedure(steps), 2);
    expect(root.querySelectorAll('.cover-outline')).toHaveLength(3);
    const show = root.querySelector<HTMLInputElement>('input[aria-label="Show covered regions on step 1"]')!;
    expect(show.checked).toBe(true);
    show.click();
    await waitFor(() => root.querySelectorAll('.cover-outline').length === 0);
    // Drawn for the eye only: the list below is what assistive technology reads.
    show.click();
    const outlines = await waitFor(() => root.querySelector('.cover-outlines'));
    expect(outlines.getAttribute('aria-hidden')).toBe('true');
  });

  it('cannot remove coverage filled at capture, and says why', async () => {
    const store = await mountEditor(root, await recordedProcedure(steps), 2);
    button(root, 'Covered regions of step 1')!.click();
    const remove = await waitFor(() => button(root, 'Remove coverage 1 of step 1'));
    expect(remove.getAttribute('aria-disabled')).toBe('true');
    // Still focusable, so the reason can be reached.
    expect(remove.disabled).toBe(false);
    const reason = root.querySelector(`[id="${remove.getAttribute('aria-describedby')}"]`)!;
    expect(reason.textContent).toBe(
      'Covered when the screenshot was taken: the original was never stored, so this stays.',
    );
    remove.click();
    await rendered();
    await store.flush();
    expect((await stored(store.procedureId)).steps[0]!.image!.covered).toEqual(covered);
    expect(store.canUndo).toBe(false);
  });

  it('names every control after its region and step', async () => {
    await mountEditor(root, await recordedProcedure(steps), 2);
    button(root, 'Covered regions of step 1')!.click();
    await waitFor(() => button(root, 'Remove coverage 3 of step 1'));
    for (const i of [1, 2, 3]) {
      expect(button(root, `Remove coverage ${i} of step 1`)).not.toBeNull();
      expect(button(root, `Cover region ${i} of step 1 on every step showing it`)).not.toBeNull();
    }
  });
});
